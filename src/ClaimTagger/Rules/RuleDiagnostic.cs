namespace ClaimTagger.Rules;

/// <summary>A problem found in a rule file, with its stable code and position.</summary>
/// <param name="Code">The stable code (<c>CT0104</c>): CT01xx schema, CT02xx patterns and regexes, CT03xx across rules, CT04xx examples.</param>
/// <param name="Severity">Whether the problem stops the rule set from loading.</param>
/// <param name="Message">What is wrong, and how to fix it where that is known.</param>
/// <param name="Location">Where the problem is.</param>
/// <param name="RuleId">The id of the rule the problem belongs to, or <see langword="null"/>.</param>
public sealed record RuleDiagnostic(string Code, RuleDiagnosticSeverity Severity, string Message, SourceLocation Location, string? RuleId = null)
{
    /// <summary>Gets a value indicating whether this is an error.</summary>
    public bool IsError => Severity == RuleDiagnosticSeverity.Error;

    /// <summary>Returns the diagnostic in the compiler form <c>path(line,col): error CT0123: message [rule id]</c>.</summary>
    /// <returns>The diagnostic as one line of text.</returns>
    public override string ToString()
    {
        string severity = Severity == RuleDiagnosticSeverity.Error ? "error" : "warning";
        string rule = RuleId is null ? string.Empty : $" [{RuleId}]";
        return $"{Location}: {severity} {Code}: {Message}{rule}";
    }
}
