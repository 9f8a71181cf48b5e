namespace ClaimTagger;

/// <summary>Tags articles: who says what, and how the reporter frames it.</summary>
/// <remarks>Implementations are thread-safe and never throw on article text.</remarks>
public interface ITagger
{
    /// <summary>Tags one article.</summary>
    /// <param name="text">The article, as scraped: headline, dateline, caption, byline, body, page junk.</param>
    /// <returns>The article's sentences and tags.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    TaggedArticle Tag(string text);
}
