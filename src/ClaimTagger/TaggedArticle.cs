namespace ClaimTagger;

/// <summary>The result of tagging one article: its sentences, its tags, and any diagnostics.</summary>
/// <param name="Text">The untouched input; every offset points into it.</param>
/// <param name="Sentences">The sentences in text order.</param>
/// <param name="Tags">The tags, ordered by start then end.</param>
/// <param name="Diagnostics">Problems met while tagging (a limit reached, a regex timed out); empty when all went well.</param>
public sealed record TaggedArticle(string Text, IReadOnlyList<TaggedSentence> Sentences, IReadOnlyList<Tag> Tags, IReadOnlyList<string> Diagnostics)
{
    /// <summary>Returns the tags with label <paramref name="label"/>.</summary>
    /// <param name="label">A label.</param>
    /// <returns>The matching tags, in order.</returns>
    public IEnumerable<Tag> TagsWithLabel(Label label) => Tags.Where(t => t.Label == label);

    /// <summary>Returns the tags that overlap sentence <paramref name="sentenceIndex"/>.</summary>
    /// <param name="sentenceIndex">A sentence index.</param>
    /// <returns>The tags, in order.</returns>
    public IEnumerable<Tag> TagsOf(int sentenceIndex) => Tags.Where(t => t.Sentences.Contains(sentenceIndex));
}
