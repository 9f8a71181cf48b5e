namespace ClaimTagger.Evaluation;

/// <summary>The names of the splits of a gold set.</summary>
public static class GoldSetSplits
{
    /// <summary>The development split: study it, debug rules on it, tune on it.</summary>
    public const string Dev = "dev";

    /// <summary>The held-out split: only ever measured, never studied or tuned on.</summary>
    public const string Test = "test";
}
