namespace ClaimTagger.Rules;

/// <summary>The text of one rule file and the name diagnostics will use for it.</summary>
/// <param name="Name">The file's name or path, as it should appear in diagnostics.</param>
/// <param name="Yaml">The file's YAML text.</param>
public sealed record RuleSource(string Name, string Yaml);
