using System.Text;

namespace ClaimTagger.Rules;

/// <summary>The results of running the inline examples of a rule set.</summary>
/// <param name="Results">One result per example, in rule and file order.</param>
public sealed record RuleExampleReport(IReadOnlyList<RuleExampleResult> Results)
{
    /// <summary>Gets the examples that failed.</summary>
    public IReadOnlyList<RuleExampleResult> Failures => Results.Where(r => r.IsFailure).ToList();

    /// <summary>Gets the number of examples that passed (a passing <c>todo</c> counts).</summary>
    public int PassedCount => Results.Count(r => r.Outcome is RuleExampleOutcome.Passed or RuleExampleOutcome.TodoPassed);

    /// <summary>Gets the number of examples that failed.</summary>
    public int FailedCount => Results.Count(r => r.IsFailure);

    /// <summary>Gets the number of <c>todo</c> examples that still fail.</summary>
    public int TodoCount => Results.Count(r => r.Outcome == RuleExampleOutcome.Todo);

    /// <summary>Gets a value indicating whether any example failed.</summary>
    public bool HasFailures => FailedCount > 0;

    /// <summary>Returns every failure and todo, one per line, then a summary line.</summary>
    /// <returns>The report as text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (RuleExampleResult r in Results)
        {
            if (r.Outcome != RuleExampleOutcome.Passed)
            {
                text.Append(r).Append('\n');
            }
        }

        text.Append(PassedCount).Append(" passed, ").Append(FailedCount).Append(" failed");
        if (TodoCount > 0)
        {
            text.Append(", ").Append(TodoCount).Append(" todo");
        }

        return text.ToString();
    }
}
