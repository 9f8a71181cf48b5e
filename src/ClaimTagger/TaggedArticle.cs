using ClaimTagger.Sections;

namespace ClaimTagger;

/// <summary>The result of tagging one article: its sentences, its tags, and any diagnostics.</summary>
/// <param name="Text">The untouched input; every offset points into it.</param>
/// <param name="Sentences">The sentences in text order.</param>
/// <param name="Tags">The tags, ordered by start then end.</param>
/// <param name="Diagnostics">Problems met while tagging (a limit reached, a regex timed out); empty when all went well.</param>
/// <remarks>Thread safety: the record and its lists are immutable once returned by a tagger; read it from any thread.</remarks>
public sealed record TaggedArticle(string Text, IReadOnlyList<TaggedSentence> Sentences, IReadOnlyList<Tag> Tags, IReadOnlyList<string> Diagnostics)
{
    /// <summary>Returns the tags with label <paramref name="label"/>.</summary>
    /// <param name="label">A label.</param>
    /// <returns>The matching tags, in order.</returns>
    public IEnumerable<Tag> TagsWithLabel(Label label) => Tags.Where(t => t.Label == label);

    /// <summary>Tells whether any tag has label <paramref name="label"/>.</summary>
    /// <param name="label">A label.</param>
    /// <returns><see langword="true"/> when at least one tag carries the label.</returns>
    public bool HasLabel(Label label)
    {
        foreach (Tag tag in Tags)
        {
            if (tag.Label == label)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the tags that overlap sentence <paramref name="sentenceIndex"/>.</summary>
    /// <param name="sentenceIndex">A sentence index.</param>
    /// <returns>The tags, in order.</returns>
    public IEnumerable<Tag> TagsOf(int sentenceIndex) => Tags.Where(t => t.Sentences.Contains(sentenceIndex));

    /// <summary>Returns the tags that overlap <paramref name="sentence"/>.</summary>
    /// <param name="sentence">A sentence of this article.</param>
    /// <returns>The tags, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sentence"/> is <see langword="null"/>.</exception>
    public IEnumerable<Tag> TagsOf(TaggedSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return TagsOf(sentence.Index);
    }

    /// <summary>Returns the sentences that lie in sections of kind <paramref name="section"/> (the headline, the body …).</summary>
    /// <param name="section">A section kind.</param>
    /// <returns>The sentences, in text order.</returns>
    public IEnumerable<TaggedSentence> SentencesIn(SectionKind section) => Sentences.Where(s => s.Section == section);

    /// <summary>Returns the tags that overlap a sentence in a section of kind <paramref name="section"/>.</summary>
    /// <param name="section">A section kind.</param>
    /// <returns>The tags, in order.</returns>
    public IEnumerable<Tag> TagsIn(SectionKind section) =>
        Tags.Where(t => t.Sentences.Any(i => i >= 0 && i < Sentences.Count && Sentences[i].Section == section));

    /// <summary>Returns the sentence holding the character at <paramref name="offset"/>, or <see langword="null"/> when
    /// none does (the offset is out of range or falls on a line break between sentences).</summary>
    /// <param name="offset">A UTF-16 index into <see cref="Text"/>.</param>
    /// <returns>The sentence, or <see langword="null"/>.</returns>
    public TaggedSentence? SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            TaggedSentence s = Sentences[mid];
            if (offset < s.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>
    /// Groups the article's statements (<see cref="Label.DirectQuote"/> and <see cref="Label.Claim"/> tags) by who
    /// makes them: the <c>source</c> role's resolved name ("he" → "Jane Okafor"), or its text when it was not resolved.
    /// </summary>
    /// <returns>Each source with its tags in text order; sources in the order they first speak. Statements without a
    /// source role are left out. Names are compared ordinally.</returns>
    public IReadOnlyDictionary<string, IReadOnlyList<Tag>> QuotesBySource()
    {
        var groups = new Dictionary<string, List<Tag>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (Tag tag in Tags)
        {
            if ((tag.Label != Label.DirectQuote && tag.Label != Label.Claim) || tag.Role("source") is not { } source)
            {
                continue;
            }

            string name = source.Resolved ?? source.Text;
            if (!groups.TryGetValue(name, out List<Tag>? list))
            {
                groups[name] = list = [];
                order.Add(name);
            }

            list.Add(tag);
        }

        var result = new Dictionary<string, IReadOnlyList<Tag>>(groups.Count, StringComparer.Ordinal);
        foreach (string name in order)
        {
            result[name] = groups[name].AsReadOnly();
        }

        return result.AsReadOnly();
    }
}
