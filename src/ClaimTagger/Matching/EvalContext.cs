namespace ClaimTagger.Matching;

/// <summary>The per-call state conditions are evaluated with: the article, a simulator, and explain records.</summary>
internal sealed class EvalContext(MatchContext match, bool explain)
{
    public MatchContext Match { get; } = match;

    public NfaSimulator Simulator { get; } = new();

    /// <summary>Gets a scratch list for one pattern's matches (filled and read before any nested evaluation).</summary>
    public List<NfaMatch> NfaMatches { get; } = [];

    public bool Explain { get; } = explain;

    /// <summary>Gets the probes of the patterns run for the current rule and window (explain only).</summary>
    public List<PatternProbe> Probes { get; } = [];

    /// <summary>Gets the matches removed by a filter for the current rule and window, with the reason (explain only).</summary>
    public List<(RawMatch Match, string Reason)> Filtered { get; } = [];
}
