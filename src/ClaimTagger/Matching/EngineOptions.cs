namespace ClaimTagger.Matching;

/// <summary>How the engine runs: with or without the prefilter, recording explain data, for one rule only.</summary>
/// <param name="UsePrefilter">Whether to skip rules whose required words are absent (on by default).</param>
/// <param name="Explain">Whether to run every rule in scope and record how far each got.</param>
/// <param name="OnlyRule">When set, only the rule with this id runs.</param>
internal sealed record EngineOptions(bool UsePrefilter = true, bool Explain = false, string? OnlyRule = null)
{
    public static EngineOptions Default { get; } = new();
}
