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
        Paragraph[] paragraphs = SectionDetector is DefaultSectionDetector detector
            ? detector.DetectArray(text)
            : [.. SectionDetector.Detect(text)];

        // Sentences and tokens go into buffers kept for the next call on this thread, then are copied once into
        // arrays of the exact size: no list growth, no second copy.
        Scratch scratch = Scratch.Rent();
        List<TextSpan> spans = scratch.Spans;
        Token[] tokens = scratch.Tokens;
        Sentence[] sentences = scratch.Sentences;
        int tokenCount = 0, sentenceCount = 0, cuts = 0, firstCut = -1;
        var defaultSplitter = SentenceSplitter as DefaultSentenceSplitter;
        foreach (Paragraph paragraph in paragraphs)
        {
            spans.Clear();
            if (defaultSplitter is not null)
            {
                defaultSplitter.Split(text, paragraph.Span, spans, ref cuts, ref firstCut);
            }
            else
            {
                SentenceSplitter.Split(text, paragraph.Span, spans);
            }

            foreach (TextSpan span in spans)
            {
                Tokenizer.CheckSpan(text, span);
                int first = tokenCount;
                tokenCount = Tokenizer.Tokenize(text, span.Start, span.End, ref tokens, tokenCount);
                if (sentenceCount == sentences.Length)
                {
                    Array.Resize(ref sentences, sentences.Length * 2);
                }

                sentences[sentenceCount] = new Sentence(sentenceCount, span, paragraph.Index, paragraph.Section, first, tokenCount - first);
                sentenceCount++;
            }
        }

        Token[] tokenArray = tokens.AsSpan(0, tokenCount).ToArray();
        Sentence[] sentenceArray = sentences.AsSpan(0, sentenceCount).ToArray();
        scratch.Return(tokens, sentences);
        QuoteSpan[] quotes = QuoteFinder.Find(text, paragraphs, sentenceArray, tokenArray);
        return new AnalyzedText(text, paragraphs, sentenceArray, tokenArray, quotes) { SentencesCut = cuts, FirstSentenceCut = firstCut };
    }

    /// <summary>Buffers reused by <see cref="Analyze"/> on one thread. A call takes the thread's instance (so a nested
    /// call, from a custom stage, gets a fresh one) and gives it back when done.</summary>
    private sealed class Scratch
    {
        /// <summary>The largest token buffer kept between calls (about 1 MB); a bigger one is left to the collector.</summary>
        private const int MaxKeptTokens = 1 << 16;

        [ThreadStatic]
        private static Scratch? _cached;

        public List<TextSpan> Spans { get; } = new(64);

        public Token[] Tokens { get; private set; } = new Token[1024];

        public Sentence[] Sentences { get; private set; } = new Sentence[64];

        public static Scratch Rent()
        {
            Scratch scratch = _cached ?? new Scratch();
            _cached = null;
            return scratch;
        }

        /// <summary>Keeps the (possibly grown) buffers and makes this instance the thread's again.</summary>
        public void Return(Token[] tokens, Sentence[] sentences)
        {
            if (tokens.Length > MaxKeptTokens || sentences.Length > MaxKeptTokens / 8)
            {
                return;
            }

            Tokens = tokens;
            Sentences = sentences;
            Spans.Clear();
            _cached = this;
        }
    }
}
