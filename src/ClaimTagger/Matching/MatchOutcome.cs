namespace ClaimTagger.Matching;

/// <summary>What became of a match in an explain report.</summary>
public enum MatchOutcome
{
    /// <summary>The match became a tag.</summary>
    Tagged,

    /// <summary>The match lost a conflict to another tag of its label group.</summary>
    Suppressed,

    /// <summary>A filter of the rule (<c>not</c>, <c>inside</c>, context, quote scope) removed the match.</summary>
    Filtered,
}
