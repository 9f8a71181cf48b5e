using ClaimTagger.Rules.Patterns;

namespace ClaimTagger.Matching;

/// <summary>A compiled element that consumes one or more tokens at once: a lexicon entry, a quoted span or a mention.</summary>
internal abstract class SpanTest
{
    /// <summary>Adds to <paramref name="lengths"/> every length (in tokens, at least one) the element can match at <paramref name="t"/>.</summary>
    /// <param name="c">The article.</param>
    /// <param name="t">The first token.</param>
    /// <param name="end">One past the last token of the window.</param>
    /// <param name="lengths">Receives the lengths.</param>
    public abstract void Lengths(MatchContext c, int t, int end, List<int> lengths);

    /// <summary>Gets a value indicating whether a capture of this element is the quote's content rather than its tokens.</summary>
    public virtual bool CapturesQuoteContent => false;

    /// <summary>Gets a bit set over word ids holding the id of every token the element can start at, or
    /// <see langword="null"/> when it can start at a token of any word. Never changed once made.</summary>
    public virtual ulong[]? FirstWordBits => null;

    /// <summary>Gets the most tokens the element can match, or <see cref="int.MaxValue"/> when it has no bound.</summary>
    public virtual int MaxTokens => int.MaxValue;
}

/// <summary>One entry of any of several lexicons.</summary>
internal sealed class LexiconSpanTest(LexiconIndex index, bool[] lexicons) : SpanTest
{
    // A bit set over word ids: the first words of the lexicons' entries. Most tokens start no entry, and this test
    // answers for them without a trie look-up (the lexicons are complete when the rules are compiled).
    private readonly WordBits _first = new(FirstBits(index, lexicons));

    public override void Lengths(MatchContext c, int t, int end, List<int> lengths)
    {
        if (t >= end)
        {
            return;
        }

        if (_first.Holds(c.WordIds[t]))
        {
            index.Lengths(c, t, end, lexicons, lengths);
        }
    }

    private static ulong[] FirstBits(LexiconIndex index, bool[] lexicons) =>
        WordBits.ToBits([.. Enumerable.Range(0, lexicons.Length).Where(l => lexicons[l]).SelectMany(index.FirstWords)]);

    public override ulong[]? FirstWordBits => _first.Bits;
}

/// <summary>A whole quoted span, from its opening mark to its closing mark.</summary>
internal sealed class QuoteSpanTest(QuoteMode mode, int minWords, int maxWords, int? depth) : SpanTest
{
    public override bool CapturesQuoteContent => true;

    public override void Lengths(MatchContext c, int t, int end, List<int> lengths)
    {
        int close = c.QuoteEnd[t];
        if (close < 0 || close > end)
        {
            return;
        }

        int q = c.QuoteAt[t];
        bool closed = c.Quotes[q].IsClosed;
        if (depth is not null && c.Quotes[q].Depth != depth)
        {
            return;
        }

        if ((mode == QuoteMode.Closed && !closed) || (mode == QuoteMode.Unclosed && closed))
        {
            return;
        }

        int words = c.QuoteWords[q];
        if (words >= minWords && words <= maxWords)
        {
            lengths.Add(close - t);
        }
    }
}

/// <summary>A mention of a person or organisation.</summary>
internal sealed class EntitySpanTest(EntityMode mode) : SpanTest
{
    private readonly MentionKind _accepted = mode switch
    {
        EntityMode.Name => MentionKind.Name | MentionKind.TitledName,
        EntityMode.Pronoun => MentionKind.Pronoun,
        EntityMode.Group => MentionKind.Group,
        _ => MentionKind.Name | MentionKind.TitledName | MentionKind.Pronoun | MentionKind.Group,
    };

    public override int MaxTokens => MentionRecognizer.MaxLength;

    public override void Lengths(MatchContext c, int t, int end, List<int> lengths)
    {
        (int length, MentionKind kind) = c.MentionAt(t, end);
        if (length > 0 && (kind & _accepted) != 0)
        {
            lengths.Add(length);
        }
    }
}
