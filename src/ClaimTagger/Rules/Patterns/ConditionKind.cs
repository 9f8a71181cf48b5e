namespace ClaimTagger.Rules.Patterns;

/// <summary>How a condition produces its matches.</summary>
internal enum ConditionKind
{
    /// <summary>A token pattern.</summary>
    Pattern,

    /// <summary>The matches of any branch.</summary>
    Any,

    /// <summary>The matches of the first branch that every other branch overlaps.</summary>
    All,
}
