namespace ClaimTagger.Evaluation;

/// <summary>What went wrong for one tag in an evaluation.</summary>
public enum MismatchKind
{
    /// <summary>A gold tag that no prediction overlaps (a false negative).</summary>
    Missed,

    /// <summary>A predicted tag that overlaps no gold tag of its label (a false positive).</summary>
    Spurious,

    /// <summary>A matched pair whose predicted source names someone else, or is missing.</summary>
    WrongSource,

    /// <summary>A matched pair whose predicted cue differs from the gold cue, or is missing.</summary>
    WrongCue,
}
