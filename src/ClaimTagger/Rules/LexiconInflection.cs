namespace ClaimTagger.Rules;

/// <summary>Which inflected forms a lexicon adds for each entry (<c>inflect:</c>).</summary>
public enum LexiconInflection
{
    /// <summary>Only the entries as written.</summary>
    None,

    /// <summary>Verb forms of the first word: say → says, said, saying; "point out" → "pointed out".</summary>
    Verb,

    /// <summary>The plural of the last word: official → officials; "source close to" is left alone.</summary>
    Noun,
}
