using ClaimTagger.Text;

namespace ClaimTagger.Resolution;

/// <summary>A mention of a person split into its title and name ("Spanish Foreign Minister Ana Ruiz").</summary>
/// <param name="Mention">The whole mention as written.</param>
/// <param name="Title">The title part ("Spanish Foreign Minister"), or <see langword="null"/> when there is none.</param>
/// <param name="Name">The name part ("Ana Ruiz"), or <see langword="null"/> when the mention names nobody ("the mayor").</param>
/// <param name="NameSpan">Where the name part lies in the text; empty when <paramref name="Name"/> is <see langword="null"/>.</param>
internal sealed record PersonName(string Mention, string? Title, string? Name, TextSpan NameSpan)
{
    /// <summary>Gets the number of words in the name ("Ana Ruiz" → 2).</summary>
    public int NameWordCount => Name is null ? 0 : Name.Count(c => c == ' ') + 1;

    /// <summary>Gets the name's last word, lower-cased ("ruiz"), used to match a later surname-only mention.</summary>
    public string? Surname => Name is null ? null : Name[(Name.LastIndexOf(' ') + 1)..].ToLowerInvariant();
}
