namespace ClaimTagger.Matching;

/// <summary>The per-call state conditions are evaluated with: the article, a simulator, and explain records.</summary>
internal sealed class EvalContext(MatchContext match, bool explain)
{
    // One simulator per thread, reused from article to article: its buffers (a thread list per window position)
    // then grow once instead of being built again for every article. Runs on one thread never overlap.
    [ThreadStatic]
    private static NfaSimulator? t_simulator;

    public MatchContext Match { get; } = match;

    public NfaSimulator Simulator { get; } = t_simulator ??= new NfaSimulator();

    /// <summary>Gets a scratch list for one pattern's matches (filled and read before any nested evaluation).</summary>
    public List<NfaMatch> NfaMatches { get; } = [];

    public bool Explain { get; } = explain;

    /// <summary>Gets the probes of the patterns run for the current rule and window (explain only).</summary>
    public List<PatternProbe> Probes { get; } = [];

    /// <summary>Gets the matches removed by a filter for the current rule and window, with the reason (explain only).</summary>
    public List<(RawMatch Match, string Reason)> Filtered { get; } = [];
}
