namespace ClaimTagger.Rules;

/// <summary>How serious a rule diagnostic is.</summary>
public enum RuleDiagnosticSeverity
{
    /// <summary>The rule set cannot be used; <see cref="ClaimTaggerBuilder.Build"/> throws.</summary>
    Error,

    /// <summary>The rule set works, but something is probably wrong or missing (a rule with no example).</summary>
    Warning,
}
