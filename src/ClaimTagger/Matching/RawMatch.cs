namespace ClaimTagger.Matching;

/// <summary>A role captured by a match: token positions, and whether it stands for a quote's content.</summary>
/// <param name="Role">The role's name.</param>
/// <param name="Start">The first token.</param>
/// <param name="End">One past the last token.</param>
/// <param name="QuoteContent">Whether the capture is a quote element (its role text is the content, without marks).</param>
internal readonly record struct RoleCapture(string Role, int Start, int End, bool QuoteContent);

/// <summary>A match of a condition in a window, before scope checks and conflict resolution (a value: a rule set with
/// many rules finds many of them, and each lives only while its window is run).</summary>
/// <param name="Start">The first token (absolute).</param>
/// <param name="End">One past the last token.</param>
/// <param name="Roles">The captured roles, in pattern order.</param>
internal readonly record struct RawMatch(int Start, int End, RoleCapture[] Roles)
{
    /// <summary>Returns whether the two matches share a token.</summary>
    /// <param name="other">Another match.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool Overlaps(RawMatch other) => Start < other.End && other.Start < End;

    /// <summary>Returns whether <paramref name="other"/> lies within this match.</summary>
    /// <param name="other">Another match.</param>
    /// <returns><see langword="true"/> when contained.</returns>
    public bool Contains(RawMatch other) => Start <= other.Start && other.End <= End;
}
