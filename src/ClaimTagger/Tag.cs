namespace ClaimTagger;

/// <summary>A labelled span of the article, with the rule that produced it and its roles.</summary>
/// <param name="Label">The tag's label.</param>
/// <param name="Rule">The id of the rule that produced the tag.</param>
/// <param name="Kind">A finer kind within the label (<c>loaded-verb</c>, <c>scare-quote</c>, <c>unnamed-source</c> …), or <see langword="null"/>.</param>
/// <param name="Start">The UTF-16 index where the tag starts.</param>
/// <param name="End">The UTF-16 index one past where it ends.</param>
/// <param name="Text">The input between <paramref name="Start"/> and <paramref name="End"/>.</param>
/// <param name="Sentences">The indexes of every sentence the tag overlaps.</param>
/// <param name="Confidence">The rule's confidence, in 0..1.</param>
/// <param name="Roles">The tag's roles by name (<c>source</c>, <c>cue</c>, <c>content</c>, <c>target</c> …).</param>
public sealed record Tag(
    Label Label,
    string Rule,
    string? Kind,
    int Start,
    int End,
    string Text,
    IReadOnlyList<int> Sentences,
    double Confidence,
    IReadOnlyDictionary<string, RoleSpan> Roles)
{
    /// <summary>Returns the role called <paramref name="name"/>, or <see langword="null"/> when the tag has none.</summary>
    /// <param name="name">A role name.</param>
    /// <returns>The role, or <see langword="null"/>.</returns>
    public RoleSpan? Role(string name) => Roles.TryGetValue(name, out RoleSpan? role) ? role : null;
}
