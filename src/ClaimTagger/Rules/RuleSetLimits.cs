namespace ClaimTagger.Rules;

/// <summary>Limits that protect the loader from hostile or runaway rule files.</summary>
/// <remarks>A file or set that passes a limit is reported with a CT01xx/CT02xx/CT03xx error, never loaded in part.</remarks>
public sealed record RuleSetLimits
{
    /// <summary>Gets the default limits.</summary>
    public static RuleSetLimits Default { get; } = new();

    /// <summary>Gets the largest rule file, in characters (default 2,000,000).</summary>
    public int MaxDocumentLength { get; init; } = 2_000_000;

    /// <summary>Gets the deepest nesting of YAML mappings and sequences (default 40).</summary>
    public int MaxNestingDepth { get; init; } = 40;

    /// <summary>Gets the most YAML nodes a file may hold once aliases are expanded (default 500,000).</summary>
    public int MaxNodes { get; init; } = 500_000;

    /// <summary>Gets the most rules in one rule set, over all files (default 20,000).</summary>
    public int MaxRules { get; init; } = 20_000;

    /// <summary>Gets the most entries in one lexicon after inflection (default 100,000).</summary>
    public int MaxLexiconEntries { get; init; } = 100_000;

    /// <summary>Gets the most automaton states one pattern may compile to (default 5,000).</summary>
    public int MaxPatternStates { get; init; } = 5_000;

    /// <summary>Gets the largest upper bound of a <c>{n,m}</c> repetition (default 100).</summary>
    public int MaxRepetition { get; init; } = 100;

    /// <summary>Gets the match timeout of a single regex test on one token (default 1 s); a timeout skips the rule for that sentence and is reported in <see cref="TaggedArticle.Diagnostics"/>.</summary>
    public TimeSpan RegexTimeout { get; init; } = TimeSpan.FromSeconds(1);
}
