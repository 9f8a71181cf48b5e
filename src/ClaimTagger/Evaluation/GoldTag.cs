namespace ClaimTagger.Evaluation;

/// <summary>One hand-annotated tag of a gold document: a labelled span and its roles.</summary>
/// <param name="Label">The tag's label (<see cref="ClaimTagger.Label.DirectQuote"/>, <see cref="ClaimTagger.Label.Claim"/> …).</param>
/// <param name="Kind">A finer kind within the label (<c>loaded-verb</c>, <c>unnamed-source</c> …), or <see langword="null"/>.</param>
/// <param name="Start">The UTF-16 index where the tag starts.</param>
/// <param name="End">The UTF-16 index one past where it ends.</param>
/// <param name="Text">The document text between <paramref name="Start"/> and <paramref name="End"/>.</param>
/// <param name="Roles">The tag's roles by name (<c>source</c>, <c>cue</c>, <c>content</c>, <c>target</c>); gold roles use the
/// same <see cref="RoleSpan"/> record as tagger output, with <see cref="RoleSpan.Resolved"/> set on sources only.</param>
/// <remarks>Thread safety: instances are immutable when built from read-only collections, as
/// <see cref="GoldSetReader"/> does.</remarks>
public sealed record GoldTag(Label Label, string? Kind, int Start, int End, string Text, IReadOnlyDictionary<string, RoleSpan> Roles)
{
    /// <summary>Returns the role called <paramref name="name"/>, or <see langword="null"/> when the tag has none.</summary>
    /// <param name="name">A role name (<c>source</c>, <c>cue</c>, <c>content</c>, <c>target</c>).</param>
    /// <returns>The role, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public RoleSpan? Role(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Roles.TryGetValue(name, out RoleSpan? role) ? role : null;
    }
}
