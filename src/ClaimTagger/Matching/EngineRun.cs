namespace ClaimTagger.Matching;

/// <summary>The output of one engine run: candidate matches, runtime diagnostics, and explain traces.</summary>
internal sealed class EngineRun
{
    public List<RuleMatch> Matches { get; } = [];

    public List<string> Diagnostics { get; } = [];

    public List<WindowTrace> Traces { get; } = [];
}
