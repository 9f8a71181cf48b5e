using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ClaimTagger.Analysis;
using ClaimTagger.Matching;
using ClaimTagger.Resolution;
using ClaimTagger.Rules;
using ClaimTagger.Serialization;
using ClaimTagger.Sentences;

namespace ClaimTagger.Benchmarks;

/// <summary>
/// The stages after the text pipeline, each on its own with the default pack, over the same corpus as
/// <see cref="PipelineBenchmarks"/> (about 1 MB, so the MB/s column compares across both suites): what the matchers
/// read of each token (its features and word id, worked out once per article), the prefilter
/// (word ids and candidate rules per sentence: the one-word test explain reports, and the word-group test tagging uses), pattern matching with and without the prefilter, resolution
/// (continuations, conflicts, tags, sources and speech scope) and writing the JSON contract. Each stage gets its
/// inputs precomputed by the stages before it.
/// </summary>
[MemoryDiagnoser]
public class RuleStageBenchmarks
{
    private readonly List<int> _candidates = new(64);
    private AnalyzedText[] _analyses = [];
    private EngineRun[] _runs = [];
    private TaggedArticle[] _tagged = [];
    private RuleSet _rules = null!;
    private Prefilter _prefilter = null!;
    private int[] _stamp = [];
    private PrefilterScratch _scratch = null!;

    /// <summary>Gets or sets the corpus size in bytes.</summary>
    [Params(1 << 20)]
    public int CorpusBytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string[] articles = NewsCorpus.Generate(CorpusBytes, seed: 2025);
        Tagger tagger = Tagger.CreateDefault();
        _rules = tagger.Rules;
        _analyses = [.. articles.Select(TextAnalyzer.Default.Analyze)];
        _runs = [.. _analyses.Select(a => _rules.Engine.Run(a, EngineOptions.Default))];
        _tagged = [.. _analyses.Select(a => tagger.Tag(a, EngineOptions.Default))];
        IReadOnlyList<CompiledRule> compiled = _rules.Engine.Rules;
        _prefilter = new Prefilter(compiled, Enumerable.Range(0, compiled.Count).Where(i => compiled[i].Rule.Scope.Window == RuleWindow.Sentence), _rules.Engine.Words.Count);
        _stamp = new int[compiled.Count];
        _scratch = new PrefilterScratch(_rules.Engine.Words.Count, Math.Max(_prefilter.GroupCount, 1), compiled.Count);
    }

    [Benchmark(Description = "match context (token features and word ids)")]
    public int MatchContexts()
    {
        int words = 0;
        foreach (AnalyzedText analysis in _analyses)
        {
            var context = new MatchContext(analysis, _rules.Engine.Words);
            words += context.WordIds.Length;
        }

        return words;
    }

    [Benchmark(Description = "prefilter")]
    public int PrefilterCandidates()
    {
        int generation = 0;
        return CountCandidates((context, start, end) => _prefilter.Candidates(context, start, end, _stamp, ref generation, _candidates));
    }

    [Benchmark(Description = "prefilter, word groups (tagging)")]
    public int PrefilterStrictCandidates() =>
        CountCandidates((context, start, end) => _prefilter.StrictCandidates(context, start, end, _scratch, _candidates));

    [Benchmark(Description = "matching")]
    public int Matching()
    {
        int count = 0;
        foreach (AnalyzedText analysis in _analyses)
        {
            count += _rules.Engine.Run(analysis, EngineOptions.Default).Matches.Count;
        }

        return count;
    }

    [Benchmark(Description = "matching, no prefilter")]
    public int MatchingWithoutPrefilter()
    {
        var options = new EngineOptions(UsePrefilter: false);
        int count = 0;
        foreach (AnalyzedText analysis in _analyses)
        {
            count += _rules.Engine.Run(analysis, options).Matches.Count;
        }

        return count;
    }

    [Benchmark(Description = "resolution")]
    public int Resolution()
    {
        int count = 0;
        for (int i = 0; i < _analyses.Length; i++)
        {
            ConflictOutcome outcome = ConflictResolver.Resolve(ContinuationSplitter.Split(_analyses[i].Text, _runs[i].Matches), _rules);
            count += Tagger.Build(_analyses[i], outcome.Kept, _runs[i].Diagnostics).Tags.Count;
        }

        return count;
    }

    [Benchmark(Description = "json")]
    public long Json()
    {
        using var sink = new CountingStream();
        using var writer = new Utf8JsonWriter(sink, TaggedArticleJsonWriter.CreateWriterOptions(indented: false));
        foreach (TaggedArticle article in _tagged)
        {
            TaggedArticleJsonWriter.Write(writer, article);
            writer.Flush();
            writer.Reset();
        }

        return sink.Length;
    }

    /// <summary>Runs a prefilter over every sentence of the corpus and counts the candidate rules it kept.</summary>
    private int CountCandidates(Action<MatchContext, int, int> pick)
    {
        int count = 0;
        foreach (AnalyzedText analysis in _analyses)
        {
            var context = new MatchContext(analysis, _rules.Engine.Words);
            foreach (Sentence sentence in analysis.Sentences)
            {
                pick(context, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount);
                count += _candidates.Count;
            }
        }

        return count;
    }
}
