using ClaimTagger.Sections;
using ClaimTagger.Sentences;
using ClaimTagger.Tokens;

namespace ClaimTagger.Quotes;

/// <summary>Pairs quotation marks into quoted spans. (Placeholder: finds none.)</summary>
public static class QuoteFinder
{
    /// <summary>Finds the quoted spans of an article.</summary>
    /// <param name="text">The untouched article text.</param>
    /// <param name="paragraphs">The article's paragraphs.</param>
    /// <param name="sentences">The article's sentences.</param>
    /// <param name="tokens">The article's tokens; quotation marks are <see cref="TokenKind.QuoteMark"/> tokens.</param>
    /// <returns>The quoted spans ordered by start.</returns>
    public static QuoteSpan[] Find(string text, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Sentence> sentences, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [];
    }
}
