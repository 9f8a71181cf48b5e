namespace ClaimTagger.Rules;

/// <summary>The text of one rule file and the name diagnostics will use for it.</summary>
/// <param name="Name">The file's name or path, as it should appear in diagnostics.</param>
/// <param name="Yaml">The file's YAML text.</param>
public sealed record RuleSource(string Name, string Yaml)
{
    /// <summary>
    /// Gets a value indicating whether this is one of the built-in default files embedded in the library. Their YAML
    /// is not checked against hostile input (size, depth, aliases, duplicate keys, tags) on every load: it is ours, and
    /// a test runs the same check over it.
    /// </summary>
    internal bool IsBuiltIn { get; init; }
}
