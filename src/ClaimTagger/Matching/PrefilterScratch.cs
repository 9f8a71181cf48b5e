namespace ClaimTagger.Matching;

/// <summary>The per-call buffers of <see cref="Prefilter.StrictCandidates"/>: stamps by word, word group and rule, and
/// the number of groups met per rule. A stamp equal to the current generation means "seen in this window".</summary>
internal sealed class PrefilterScratch
{
    private int _generation;

    /// <summary>Initializes a new instance of the <see cref="PrefilterScratch"/> class.</summary>
    /// <param name="words">The size of the word table.</param>
    /// <param name="groups">The largest group count of the prefilters it serves.</param>
    /// <param name="rules">The number of rules of the engine.</param>
    public PrefilterScratch(int words, int groups, int rules)
    {
        WordStamp = new int[words];
        GroupStamp = new int[groups];
        RuleStamp = new int[rules];
        Met = new int[rules];
    }

    public int[] WordStamp { get; }

    public int[] GroupStamp { get; }

    public int[] RuleStamp { get; }

    public int[] Met { get; }

    /// <summary>Starts a new window.</summary>
    /// <returns>The window's generation.</returns>
    public int NextGeneration() => ++_generation;
}
