namespace ClaimTagger.Rules;

/// <summary>The result of running one inline example.</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Example">The example.</param>
/// <param name="Outcome">How it fared.</param>
/// <param name="Message">What was expected and what the rule produced (for a pass, "passed").</param>
public sealed record RuleExampleResult(string RuleId, RuleExample Example, RuleExampleOutcome Outcome, string Message)
{
    /// <summary>Gets a value indicating whether the example counts as a failure.</summary>
    public bool IsFailure => Outcome == RuleExampleOutcome.Failed;

    /// <summary>Returns the failure as a diagnostic (code CT0410), for tools that print diagnostics uniformly.</summary>
    /// <returns>An error diagnostic for a failure, a warning for a todo, <see langword="null"/> for a pass.</returns>
    public RuleDiagnostic? ToDiagnostic() => Outcome switch
    {
        RuleExampleOutcome.Failed => new RuleDiagnostic(RuleErrorMessages.ExampleFailedCode, RuleDiagnosticSeverity.Error, Message, Example.Location, RuleId),
        RuleExampleOutcome.Todo or RuleExampleOutcome.TodoPassed => new RuleDiagnostic(RuleErrorMessages.ExampleFailedCode, RuleDiagnosticSeverity.Warning, Message, Example.Location, RuleId),
        _ => null,
    };

    /// <summary>Returns <c>path(line,col): rule-id: expected …, got …</c>.</summary>
    /// <returns>The result as one line.</returns>
    public override string ToString() => $"{Example.Location}: {RuleId}: {Message}";
}
