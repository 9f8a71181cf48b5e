namespace ClaimTagger.Rules;

/// <summary>The outcome of loading rule files: the rule set when there is no error, and every diagnostic.</summary>
public sealed class RuleSetParseResult
{
    internal RuleSetParseResult(RuleSet? ruleSet, IReadOnlyList<RuleDiagnostic> diagnostics)
    {
        RuleSet = ruleSet;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the loaded rule set, or <see langword="null"/> when any diagnostic is an error (nothing is half-loaded).</summary>
    public RuleSet? RuleSet { get; }

    /// <summary>Gets every diagnostic, errors and warnings, in the order found.</summary>
    public IReadOnlyList<RuleDiagnostic> Diagnostics { get; }

    /// <summary>Gets a value indicating whether any diagnostic is an error.</summary>
    public bool HasErrors => RuleSet is null;

    /// <summary>Returns the rule set, or throws when there are errors.</summary>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleSetException">Any diagnostic is an error; the exception lists them all.</exception>
    public RuleSet GetRuleSetOrThrow() => RuleSet ?? throw new RuleSetException(Diagnostics);
}
