namespace ClaimTagger.Rules;

/// <summary>Thrown when rule files have errors; the message lists every diagnostic, one per line.</summary>
public sealed class RuleSetException : FormatException
{
    /// <summary>Initializes a new instance of the <see cref="RuleSetException"/> class.</summary>
    public RuleSetException()
        : this([])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleSetException"/> class with a message.</summary>
    /// <param name="message">The message.</param>
    public RuleSetException(string message)
        : base(message)
    {
        Diagnostics = [];
    }

    /// <summary>Initializes a new instance of the <see cref="RuleSetException"/> class with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public RuleSetException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = [];
    }

    /// <summary>Initializes a new instance of the <see cref="RuleSetException"/> class from diagnostics.</summary>
    /// <param name="diagnostics">Every diagnostic of the failed load (errors and warnings).</param>
    public RuleSetException(IReadOnlyList<RuleDiagnostic> diagnostics)
        : base(FormatMessage(diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Gets every diagnostic of the failed load, errors first as they were found.</summary>
    public IReadOnlyList<RuleDiagnostic> Diagnostics { get; }

    private static string FormatMessage(IReadOnlyList<RuleDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        int errors = 0;
        foreach (RuleDiagnostic d in diagnostics)
        {
            if (d.IsError)
            {
                errors++;
            }
        }

        var text = new System.Text.StringBuilder();
        text.Append("The rule files have ").Append(errors).Append(errors == 1 ? " error:" : " errors:");
        foreach (RuleDiagnostic d in diagnostics)
        {
            text.Append('\n').Append(d);
        }

        return text.ToString();
    }
}
