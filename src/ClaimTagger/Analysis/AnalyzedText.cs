using ClaimTagger.Quotes;
using ClaimTagger.Sections;
using ClaimTagger.Sentences;
using ClaimTagger.Tokens;

namespace ClaimTagger.Analysis;

/// <summary>
/// An article cut into paragraphs, sentences, tokens and quoted spans: everything the rules run on.
/// </summary>
/// <remarks>
/// All offsets point into <see cref="Text"/>, which is the caller's string, never rewritten.
/// <para>Thread safety: instances are immutable once built and may be shared between threads.</para>
/// </remarks>
public sealed class AnalyzedText
{
    private readonly Token[] _tokens;

    internal AnalyzedText(string text, Paragraph[] paragraphs, Sentence[] sentences, Token[] tokens, QuoteSpan[] quotes)
    {
        Text = text;
        Paragraphs = paragraphs;
        Sentences = sentences;
        _tokens = tokens;
        Quotes = quotes;
    }

    /// <summary>Gets how many sentences <see cref="DefaultSentenceSplitter"/> cut at <see cref="DefaultSentenceSplitter.MaxSentenceLength"/>.</summary>
    internal int SentencesCut { get; init; }

    /// <summary>Gets the offset of the first such cut, or -1.</summary>
    internal int FirstSentenceCut { get; init; } = -1;

    /// <summary>Gets the untouched input text.</summary>
    public string Text { get; }

    /// <summary>Gets the paragraphs, in text order, each with its section.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>Gets the sentences, in text order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Gets every token of the article, in text order; each sentence owns a contiguous run.</summary>
    public IReadOnlyList<Token> Tokens => _tokens;

    /// <summary>Gets the quoted spans, ordered by start (an outer quote before the quotes nested in it).</summary>
    public IReadOnlyList<QuoteSpan> Quotes { get; }

    /// <summary>Returns the tokens of one sentence.</summary>
    /// <param name="sentence">A sentence of this article.</param>
    /// <returns>The sentence's tokens, in order.</returns>
    public ReadOnlySpan<Token> TokensOf(in Sentence sentence) => _tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);

    /// <summary>Returns the text of a token.</summary>
    /// <param name="token">A token of this article.</param>
    /// <returns>The token's characters.</returns>
    public ReadOnlySpan<char> TextOf(in Token token) => Text.AsSpan(token.Start, token.Length);
}
