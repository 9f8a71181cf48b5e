namespace ClaimTagger.Rules;

/// <summary>How one inline example fared.</summary>
public enum RuleExampleOutcome
{
    /// <summary>The rule did what the example expects.</summary>
    Passed,

    /// <summary>The rule did not do what the example expects.</summary>
    Failed,

    /// <summary>The example is marked <c>todo</c> and still fails: a known gap, reported but not a failure.</summary>
    Todo,

    /// <summary>The example is marked <c>todo</c> but now passes: remove the mark.</summary>
    TodoPassed,
}
