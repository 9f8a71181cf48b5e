namespace ClaimTagger.Rules;

/// <summary>How overlapping tags of one label group are settled.</summary>
public enum ConflictPolicy
{
    /// <summary>The longest tag wins; then the higher priority; then the earlier rule; then the earlier start.</summary>
    LongestThenPriority,

    /// <summary>The higher priority wins; then the longest tag; then the earlier rule; then the earlier start.</summary>
    PriorityThenLongest,

    /// <summary>Every tag is kept.</summary>
    KeepAll,
}
