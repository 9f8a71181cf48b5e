namespace ClaimTagger;

/// <summary>Tags articles: who says what, and how the reporter frames it.</summary>
/// <remarks>
/// Implementations are thread-safe and never throw on article text. <see cref="TaggerExtensions"/> adds overloads for
/// <see cref="ReadOnlyMemory{T}"/> and <see cref="TextReader"/> input, and batch tagging in input order
/// (<c>TagMany</c>, <c>TagManyAsync</c>) for every implementation.
/// </remarks>
public interface ITagger
{
    /// <summary>Tags one article.</summary>
    /// <param name="text">The article, as scraped: headline, dateline, caption, byline, body, page junk.</param>
    /// <returns>The article's sentences and tags.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    TaggedArticle Tag(string text);

    /// <summary>Explains why each rule did or did not fire on <paramref name="text"/>: whether the prefilter kept it, how
    /// far its patterns got and where they failed, what each role captured, and which tag won each conflict and why.</summary>
    /// <param name="text">The text to explain (an article, or a single sentence).</param>
    /// <param name="ruleId">When set, only this rule is reported (every rule still runs, so conflicts are real).</param>
    /// <returns>The report; its <see cref="object.ToString"/> is readable text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> names no enabled rule.</exception>
    Matching.ExplainReport Explain(string text, string? ruleId = null);
}
