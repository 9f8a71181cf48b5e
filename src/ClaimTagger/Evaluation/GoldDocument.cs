namespace ClaimTagger.Evaluation;

/// <summary>One article of a gold set: its untouched text and every tag an annotator gave it.</summary>
/// <param name="Id">A stable identifier, unique within the gold set (<c>07-court-fraud-trial</c>).</param>
/// <param name="Split">The split the document belongs to: <c>dev</c> (free to study and tune on) or <c>test</c>
/// (held out: measure only).</param>
/// <param name="Style">The outlet style the article imitates (<c>wire</c>, <c>tabloid</c>, <c>court</c> …).</param>
/// <param name="Text">The article as scraped; every offset of every tag points into it, in UTF-16 units.</param>
/// <param name="Tags">The gold tags, ordered by start then end.</param>
public sealed record GoldDocument(string Id, string Split, string Style, string Text, IReadOnlyList<GoldTag> Tags);
