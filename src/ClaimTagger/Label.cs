namespace ClaimTagger;

/// <summary>
/// The label of a tag. Labels are an open set: rule files may define their own (<c>Denial</c>, <c>Speculation</c>);
/// the four built-in ones have constants here.
/// </summary>
/// <param name="Name">The label's name, as written in rule files and JSON output.</param>
public readonly record struct Label(string Name)
{
    /// <summary>Words in quotation marks presented as someone's exact words.</summary>
    public static readonly Label DirectQuote = new("DirectQuote");

    /// <summary>Reported speech without quotation marks around the whole.</summary>
    public static readonly Label Claim = new("Claim");

    /// <summary>Wording that marks something as unproven or hands it to an unnamed source.</summary>
    public static readonly Label Attribution = new("Attribution");

    /// <summary>The reporter's own loaded choices: judging verbs, loaded labels, scare quotes, emphasis.</summary>
    public static readonly Label ReporterFraming = new("ReporterFraming");

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>Converts a label to its name.</summary>
    /// <param name="label">The label.</param>
    public static implicit operator string(Label label) => label.Name;
}
