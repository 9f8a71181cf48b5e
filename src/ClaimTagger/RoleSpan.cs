namespace ClaimTagger;

/// <summary>A role of a tag (source, cue, content, target …): a span of the input, and for sources the canonical name.</summary>
/// <param name="Start">The UTF-16 index where the role starts.</param>
/// <param name="End">The UTF-16 index one past where it ends.</param>
/// <param name="Text">The input between <paramref name="Start"/> and <paramref name="End"/>.</param>
/// <param name="Resolved">For a source, the canonical name it refers to ("he" → "Jane Okafor"); otherwise <see langword="null"/>.</param>
public sealed record RoleSpan(int Start, int End, string Text, string? Resolved = null);
