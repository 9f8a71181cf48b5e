using ClaimTagger.Rules;

namespace ClaimTagger.Matching;

/// <summary>What happened when one rule ran (or was skipped) in one window, recorded in explain mode.</summary>
internal sealed class WindowTrace
{
    public required Rule Rule { get; init; }

    public required int FirstSentence { get; init; }

    public required int LastSentence { get; init; }

    public required int FirstToken { get; init; }

    public required int EndToken { get; init; }

    public required bool PrefilterKept { get; init; }

    public required IReadOnlyList<string> RequiredWords { get; init; }

    public List<PatternProbe> Probes { get; } = [];

    public List<(RawMatch Match, string Reason)> Filtered { get; } = [];

    public List<RuleMatch> Matches { get; } = [];

    /// <summary>Gets or sets the error that stopped the rule in this window (a regex timeout), if any.</summary>
    public string? Error { get; set; }
}
