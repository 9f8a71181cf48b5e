using ClaimTagger.Text;

namespace ClaimTagger.Tokens;

/// <summary>A token of the article: a word, number, punctuation mark or quotation mark, with its offsets.</summary>
/// <param name="Start">The UTF-16 index of the token's first character in the untouched input.</param>
/// <param name="Length">The token's length in UTF-16 code units.</param>
/// <param name="Kind">What kind of token this is.</param>
/// <param name="Flags">Facts about the token (capitalisation, pronoun, quote direction …).</param>
/// <remarks>A token holds no string: its text is <c>text.Substring(Start, Length)</c>, so tokenizing allocates nothing per token.
/// It takes 12 bytes (<see cref="TokenKind"/> and <see cref="TokenFlags"/> are one and two bytes), so an article's
/// token array is about two bytes per character of text.</remarks>
public readonly record struct Token(int Start, int Length, TokenKind Kind, TokenFlags Flags)
{
    /// <summary>Gets the index one past the token's last character.</summary>
    public int End => Start + Length;

    /// <summary>Gets the token's span.</summary>
    public TextSpan Span => new(Start, Start + Length);

    /// <summary>Returns whether the token has every flag in <paramref name="flags"/>.</summary>
    /// <param name="flags">The flags to test.</param>
    /// <returns><see langword="true"/> when all of them are set.</returns>
    public bool Has(TokenFlags flags) => (Flags & flags) == flags;

    /// <summary>Returns the token's characters.</summary>
    /// <param name="text">The text the token points into.</param>
    /// <returns>A span over the token's characters.</returns>
    public ReadOnlySpan<char> AsSpan(string text) => text.AsSpan(Start, Length);
}
