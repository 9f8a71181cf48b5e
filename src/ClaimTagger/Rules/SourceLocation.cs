namespace ClaimTagger.Rules;

/// <summary>A position in a rule file: the file's name and a 1-based line and column.</summary>
/// <param name="Source">The name the file was loaded under (a path, or the name given to <see cref="RuleSetParser"/>).</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
public sealed record SourceLocation(string Source, int Line, int Column)
{
    /// <summary>Returns the location in the compiler form <c>source(line,col)</c>.</summary>
    /// <returns>The location as text.</returns>
    public override string ToString() => $"{Source}({Line},{Column})";
}
