namespace ClaimTagger.Matching;

/// <summary>How far one token pattern of a rule got in one window.</summary>
/// <param name="Path">Where the pattern sits in the rule (<c>pattern</c>, <c>any[1].pattern</c>, <c>not[0].pattern</c>).</param>
/// <param name="Matched">Whether the pattern matched at least once (before filters).</param>
/// <param name="ElementCount">The number of top-level elements of the pattern.</param>
/// <param name="FurthestElement">The 0-based index of the furthest element tried that failed, or -1 when none was tried.</param>
/// <param name="FurthestElementName">A short description of that element (<c>lexicon speech-verbs as cue</c>), or <see langword="null"/>.</param>
/// <param name="FailedAt">The UTF-16 index of the token where that element failed, or <see langword="null"/> when it failed at the window's end.</param>
/// <param name="FailedToken">The text of that token, or <see langword="null"/> at the window's end.</param>
public sealed record PatternTrace(string Path, bool Matched, int ElementCount, int FurthestElement, string? FurthestElementName, int? FailedAt, string? FailedToken)
{
    /// <summary>Returns a one-line description.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        string state = Matched ? "matched" : FurthestElement < 0 ? "never started" :
            $"reached element {FurthestElement + 1} of {ElementCount} ({FurthestElementName}), failed at " +
            (FailedToken is null ? "the end of the window" : $"'{FailedToken}' (offset {FailedAt})");
        return $"{Path}: {state}";
    }
}
