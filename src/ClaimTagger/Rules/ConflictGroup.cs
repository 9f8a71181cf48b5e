namespace ClaimTagger.Rules;

/// <summary>Labels whose overlapping tags are settled together, and how.</summary>
/// <param name="Labels">The labels of the group.</param>
/// <param name="Policy">The policy.</param>
/// <param name="Location">Where the group is declared, or <see langword="null"/> for the built-in default.</param>
public sealed record ConflictGroup(IReadOnlyList<Label> Labels, ConflictPolicy Policy, SourceLocation? Location);
