using ClaimTagger.Quotes;
using ClaimTagger.Sections;
using ClaimTagger.Sentences;
using ClaimTagger.Text;
using ClaimTagger.Tokens;

namespace ClaimTagger.Analysis;

/// <summary>
/// Runs the text stages of the pipeline in order: sections, sentences, tokens, quotes.
/// </summary>
/// <remarks>Thread safety: an instance holds no per-call state and may be shared between threads.</remarks>
public sealed class TextAnalyzer
{
    /// <summary>Gets an analyzer with the default stages.</summary>
    public static TextAnalyzer Default { get; } = new();

    /// <summary>Initializes a new instance of the <see cref="TextAnalyzer"/> class.</summary>
    /// <param name="sections">The section detector, or <see langword="null"/> for <see cref="DefaultSectionDetector"/>.</param>
    /// <param name="sentences">The sentence splitter, or <see langword="null"/> for <see cref="DefaultSentenceSplitter"/>.</param>
    public TextAnalyzer(ISectionDetector? sections = null, ISentenceSplitter? sentences = null)
    {
        SectionDetector = sections ?? DefaultSectionDetector.Instance;
        SentenceSplitter = sentences ?? DefaultSentenceSplitter.Instance;
    }

    /// <summary>Gets the section detector.</summary>
    public ISectionDetector SectionDetector { get; }

    /// <summary>Gets the sentence splitter.</summary>
    public ISentenceSplitter SentenceSplitter { get; }

    /// <summary>Analyzes <paramref name="text"/>.</summary>
    /// <param name="text">The untouched article text.</param>
    /// <returns>The paragraphs, sentences, tokens and quotes of the text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public AnalyzedText Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        IReadOnlyList<Paragraph> paragraphs = SectionDetector.Detect(text);
        var sentences = new List<Sentence>(Math.Max(4, text.Length / 120));
        var tokens = new List<Token>(Math.Max(16, text.Length / 5));
        var spans = new List<TextSpan>();
        foreach (Paragraph paragraph in paragraphs)
        {
            spans.Clear();
            SentenceSplitter.Split(text, paragraph.Span, spans);
            foreach (TextSpan span in spans)
            {
                int first = tokens.Count;
                Tokenizer.Tokenize(text, span, tokens);
                sentences.Add(new Sentence(sentences.Count, span, paragraph.Index, paragraph.Section, first, tokens.Count - first));
            }
        }

        Paragraph[] paragraphArray = [.. paragraphs];
        Token[] tokenArray = [.. tokens];
        Sentence[] sentenceArray = [.. sentences];
        QuoteSpan[] quotes = QuoteFinder.Find(text, paragraphArray, sentenceArray, tokenArray);
        return new AnalyzedText(text, paragraphArray, sentenceArray, tokenArray, quotes);
    }
}
