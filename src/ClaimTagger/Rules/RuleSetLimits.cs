namespace ClaimTagger.Rules;

/// <summary>Limits that protect the loader from hostile or runaway rule files.</summary>
/// <remarks>
/// A file or set that passes a limit is reported with a CT01xx/CT02xx/CT03xx error, never loaded in part.
/// docs/reliability.md lists every limit with its default, its error code and what it protects against.
/// </remarks>
public sealed record RuleSetLimits
{
    /// <summary>The highest <see cref="MaxNestingDepth"/> accepted: YAML is parsed recursively, and 1,000 levels stay well inside a 1 MB thread stack.</summary>
    public const int NestingDepthCeiling = 1_000;

    private readonly int _maxDocumentLength = 2_000_000;
    private readonly int _maxNestingDepth = 40;
    private readonly int _maxNodes = 500_000;
    private readonly int _maxRules = 20_000;
    private readonly int _maxLexiconEntries = 100_000;
    private readonly int _maxPatternStates = 5_000;
    private readonly int _maxRepetition = 100;
    private readonly TimeSpan _regexTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Gets the default limits.</summary>
    public static RuleSetLimits Default { get; } = new();

    /// <summary>Gets the largest rule file, in characters (default 2,000,000; error CT0101).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is below 1.</exception>
    public int MaxDocumentLength { get => _maxDocumentLength; init => _maxDocumentLength = Positive(value); }

    /// <summary>Gets the deepest nesting of YAML mappings and sequences (default 40, at most <see cref="NestingDepthCeiling"/>; error CT0102).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is below 1 or above <see cref="NestingDepthCeiling"/>.</exception>
    public int MaxNestingDepth
    {
        get => _maxNestingDepth;
        init
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, NestingDepthCeiling);
            _maxNestingDepth = Positive(value);
        }
    }

    /// <summary>Gets the most YAML nodes a file may hold once aliases are expanded (default 500,000; error CT0103).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is below 1.</exception>
    public int MaxNodes { get => _maxNodes; init => _maxNodes = Positive(value); }

    /// <summary>Gets the most rules in one rule set, over all files (default 20,000; error CT0305).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is below 1.</exception>
    public int MaxRules { get => _maxRules; init => _maxRules = Positive(value); }

    /// <summary>Gets the most entries in one lexicon after inflection (default 100,000; error CT0117).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is below 1.</exception>
    public int MaxLexiconEntries { get => _maxLexiconEntries; init => _maxLexiconEntries = Positive(value); }

    /// <summary>Gets the most automaton states one pattern may compile to (default 5,000; error CT0211).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is below 1.</exception>
    public int MaxPatternStates { get => _maxPatternStates; init => _maxPatternStates = Positive(value); }

    /// <summary>Gets the largest upper bound of a <c>{n,m}</c> repetition (default 100; error CT0205).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is below 1.</exception>
    public int MaxRepetition { get => _maxRepetition; init => _maxRepetition = Positive(value); }

    /// <summary>Gets the match timeout of a single regex test on one token (default 1 s); a timeout skips the rule for that sentence and is reported in <see cref="TaggedArticle.Diagnostics"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not positive and not <see cref="System.Text.RegularExpressions.Regex.InfiniteMatchTimeout"/>.</exception>
    public TimeSpan RegexTimeout
    {
        get => _regexTimeout;
        init
        {
            if (value <= TimeSpan.Zero && value != System.Text.RegularExpressions.Regex.InfiniteMatchTimeout)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The regex timeout must be positive or Regex.InfiniteMatchTimeout.");
            }

            _regexTimeout = value;
        }
    }

    private static int Positive(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        return value;
    }
}
