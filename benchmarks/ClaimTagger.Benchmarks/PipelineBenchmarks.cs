using BenchmarkDotNet.Attributes;
using ClaimTagger.Analysis;
using ClaimTagger.Quotes;
using ClaimTagger.Sections;
using ClaimTagger.Sentences;
using ClaimTagger.Serialization;
using ClaimTagger.Text;
using ClaimTagger.Tokens;

namespace ClaimTagger.Benchmarks;

/// <summary>
/// Each pipeline stage on its own, then the whole <see cref="TextAnalyzer"/>, the default <see cref="Tagger"/>, and
/// tagging plus JSON output. One operation processes the whole corpus (about 1 MB of generated articles), so
/// MB/s = corpus MB / mean seconds (the MB/s column); each stage gets its inputs precomputed by the stages before
/// it. <c>analyzer</c> is sections + sentences + tokens + quotes; <c>tag</c> adds the rules; <c>tag+json</c> adds
/// writing the JSON contract.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private string[] _articles = [];
    private Paragraph[][] _paragraphs = [];
    private TextSpan[][] _sentenceSpans = [];
    private AnalyzedText[] _analyses = [];
    private readonly List<TextSpan> _spanBuffer = new(64);
    private Token[] _tokenBuffer = new Token[4096];

    /// <summary>Gets or sets the corpus size in bytes.</summary>
    [Params(1 << 20)]
    public int CorpusBytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _articles = NewsCorpus.Generate(CorpusBytes, seed: 2025);
        TextAnalyzer analyzer = TextAnalyzer.Default;
        _paragraphs = new Paragraph[_articles.Length][];
        _sentenceSpans = new TextSpan[_articles.Length][];
        _analyses = new AnalyzedText[_articles.Length];
        for (int i = 0; i < _articles.Length; i++)
        {
            _paragraphs[i] = [.. analyzer.SectionDetector.Detect(_articles[i])];
            _analyses[i] = analyzer.Analyze(_articles[i]);
            _sentenceSpans[i] = [.. _analyses[i].Sentences.Select(s => s.Span)];
        }
    }

    [Benchmark(Description = "sections")]
    public int Sections()
    {
        ISectionDetector detector = TextAnalyzer.Default.SectionDetector;
        int count = 0;
        foreach (string article in _articles)
        {
            count += detector.Detect(article).Count;
        }

        return count;
    }

    [Benchmark(Description = "sentences")]
    public int Sentences()
    {
        ISentenceSplitter splitter = TextAnalyzer.Default.SentenceSplitter;
        int count = 0;
        for (int i = 0; i < _articles.Length; i++)
        {
            foreach (Paragraph paragraph in _paragraphs[i])
            {
                _spanBuffer.Clear();
                splitter.Split(_articles[i], paragraph.Span, _spanBuffer);
                count += _spanBuffer.Count;
            }
        }

        return count;
    }

    [Benchmark(Description = "tokens")]
    public int Tokens()
    {
        int count = 0;
        for (int i = 0; i < _articles.Length; i++)
        {
            int n = 0;
            foreach (TextSpan sentence in _sentenceSpans[i])
            {
                n = Tokenizer.Tokenize(_articles[i], sentence.Start, sentence.End, ref _tokenBuffer, n);
            }

            count += n;
        }

        return count;
    }

    [Benchmark(Description = "quotes")]
    public int Quotes()
    {
        int count = 0;
        foreach (AnalyzedText analysis in _analyses)
        {
            count += QuoteFinder.Find(analysis.Text, analysis.Paragraphs, analysis.Sentences, analysis.Tokens).Length;
        }

        return count;
    }

    [Benchmark(Description = "analyzer")]
    public int Analyzer()
    {
        int count = 0;
        foreach (string article in _articles)
        {
            count += TextAnalyzer.Default.Analyze(article).Sentences.Count;
        }

        return count;
    }

    [Benchmark(Description = "tag")]
    public int Tag()
    {
        Tagger tagger = Tagger.CreateDefault();
        int count = 0;
        foreach (string article in _articles)
        {
            count += tagger.Tag(article).Tags.Count;
        }

        return count;
    }

    [Benchmark(Description = "tag+json")]
    public long TagAndWriteJson()
    {
        Tagger tagger = Tagger.CreateDefault();
        using var sink = new CountingStream();
        using var writer = new System.Text.Json.Utf8JsonWriter(sink, TaggedArticleJsonWriter.CreateWriterOptions(indented: false));
        foreach (string article in _articles)
        {
            TaggedArticleJsonWriter.Write(writer, tagger.Tag(article));
            writer.Flush();
            writer.Reset();
        }

        return sink.Length;
    }
}
