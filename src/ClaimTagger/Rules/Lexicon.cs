namespace ClaimTagger.Rules;

/// <summary>A named word list shared by the rules of a rule set.</summary>
/// <param name="Name">The lexicon's name, used as <c>lexicon: name</c>.</param>
/// <param name="Entries">The entries as written (one or more words each).</param>
/// <param name="Forms">Every form matched: the entries and, when inflected, their inflections.</param>
/// <param name="Inflection">Which inflected forms were added.</param>
/// <param name="CaseSensitive">Whether entries match only with the same capitalisation.</param>
/// <param name="Location">Where the lexicon is defined.</param>
public sealed record Lexicon(
    string Name,
    IReadOnlyList<string> Entries,
    IReadOnlyList<string> Forms,
    LexiconInflection Inflection,
    bool CaseSensitive,
    SourceLocation Location);
