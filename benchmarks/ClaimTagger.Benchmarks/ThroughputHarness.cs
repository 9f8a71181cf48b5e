using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ClaimTagger.Analysis;
using ClaimTagger.Quotes;
using ClaimTagger.Sections;
using ClaimTagger.Serialization;
using ClaimTagger.Text;
using ClaimTagger.Tokens;

namespace ClaimTagger.Benchmarks;

/// <summary>
/// <c>throughput [--mb 20] [--runs 5] [--seed 2025] [--stages] [--no-tag] [--only STAGE]</c>: runs the text pipeline (and tagging +
/// JSON) over a generated corpus several times on one thread and prints, per stage, the median MB/s by CPU time and by
/// wall time, sentences/s, bytes allocated per sentence, and the stage's CPU time relative to the whole text pipeline.
/// Quicker and closer to real use than BenchmarkDotNet, for checking the throughput targets.
/// </summary>
/// <remarks>
/// On a shared machine, wall time measures the machine's load as much as the code; the CPU time of the measuring thread
/// (<see cref="CpuClock"/>) does not count the time the thread waits for a core, so its MB/s is the figure to compare
/// between runs and commits. The ratio columns (CPU time of a stage / CPU time of the text pipeline, taken in the same
/// run) survive noise best of all. <c>--only tokens</c> (a stage name prefix) times one stage alone, for a profiler.
/// <c>--baseline PATH</c> compares the text pipeline with a build of another commit instead (<see cref="BaselineComparison"/>).
/// </remarks>
public static class ThroughputHarness
{
    private const string Usage = "usage: throughput [--mb 20] [--runs 5] [--seed 2025] [--stages] [--no-tag] [--only STAGE] [--baseline PATH/ClaimTagger.dll]";

    /// <summary>Runs the harness.</summary>
    /// <param name="args">The arguments after <c>throughput</c>.</param>
    /// <returns>The process exit code.</returns>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        int mb = 20, runs = 5, seed = 2025;
        bool stages = false, tag = true;
        string? only = null, baseline = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--mb" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out mb) && mb > 0:
                case "--runs" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out runs) && runs > 0:
                case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out seed):
                    i++;
                    break;
                case "--stages":
                    stages = true;
                    break;
                case "--no-tag":
                    tag = false;
                    break;
                case "--only" when i + 1 < args.Length:
                    only = args[++i];
                    stages = true;
                    break;
                case "--baseline" when i + 1 < args.Length:
                    baseline = args[++i];
                    break;
                default:
                    Console.Error.WriteLine($"throughput: unknown or invalid argument '{args[i]}'");
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }

        var clock = Stopwatch.StartNew();
        string[] articles = NewsCorpus.Generate(mb * 1_000_000, seed);
        long bytes = NewsCorpus.Utf8Size(articles);
        if (baseline is not null)
        {
            Console.WriteLine($"corpus: {articles.Length:N0} articles, {bytes / 1e6:F2} MB (UTF-8), seed {seed}; CPU = {CpuClock.Name}; load average {Load.Average()}");
            return BaselineComparison.Run(baseline, articles, bytes, runs);
        }

        AnalyzedText[] analyses = [.. articles.Select(TextAnalyzer.Default.Analyze)];
        long sentences = analyses.Sum(a => (long)a.Sentences.Count);
        var corpus = new Corpus(articles, bytes, sentences, runs, only);
        Console.WriteLine($"corpus: {articles.Length:N0} articles, {bytes / 1e6:F2} MB (UTF-8), {sentences:N0} sentences, seed {seed}; generated in {clock.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"{runs} timed runs after one warm-up run, one thread; MB = 10^6 bytes of UTF-8 input; {Environment.ProcessorCount} logical cores, load average {Load.Average()}");
        Console.WriteLine($"CPU = {CpuClock.Name}: time the thread actually ran, the figure to compare on a busy machine;");
        Console.WriteLine("wall = Stopwatch time, which includes waiting for a core. Medians over the runs; min..max by CPU time.");
        Console.WriteLine("wall/CPU: median ratio, about 1 on an idle core. ×pipeline: the stage's CPU time over the text pipeline's, same run.");
        Console.WriteLine();

        var results = new List<Result>();
        if (stages)
        {
            Paragraph[][] paragraphs = [.. articles.Select(a => TextAnalyzer.Default.SectionDetector.Detect(a).ToArray())];
            var spanBuffer = new List<TextSpan>(64);
            var tokenBuffer = new Token[4096];
            results.Add(Measure("sections", corpus, (_, i) =>
                TextAnalyzer.Default.SectionDetector.Detect(articles[i]).Count));
            results.Add(Measure("sentences", corpus, (_, i) =>
            {
                int n = 0;
                foreach (Paragraph paragraph in paragraphs[i])
                {
                    spanBuffer.Clear();
                    TextAnalyzer.Default.SentenceSplitter.Split(articles[i], paragraph.Span, spanBuffer);
                    n += spanBuffer.Count;
                }

                return n;
            }));
            results.Add(Measure("tokens", corpus, (_, i) =>
            {
                // The buffer API TextAnalyzer uses; Tokenize(…, List<Token>) adds one copy into the list.
                int count = 0;
                foreach (var sentence in analyses[i].Sentences)
                {
                    count = Tokenizer.Tokenize(articles[i], sentence.Span.Start, sentence.Span.End, ref tokenBuffer, count);
                }

                return count;
            }));
            results.Add(Measure("quotes", corpus, (_, i) =>
                QuoteFinder.Find(articles[i], analyses[i].Paragraphs, analyses[i].Sentences, analyses[i].Tokens).Length));
        }

        analyses = [];
        Result pipeline = Measure("TextAnalyzer (text pipeline)", corpus, (article, _) =>
            TextAnalyzer.Default.Analyze(article).Sentences.Count);
        results.Add(pipeline);

        if (tag)
        {
            Tagger tagger = Tagger.CreateDefault();
            using var sink = new CountingStream();
            using var writer = new Utf8JsonWriter(sink, TaggedArticleJsonWriter.CreateWriterOptions(indented: false));
            results.Add(Measure("Tagger.Tag + JSON (end to end)", corpus, (article, _) =>
            {
                TaggedArticle tagged = tagger.Tag(article);
                TaggedArticleJsonWriter.Write(writer, tagged);
                writer.Flush();
                writer.Reset();
                return tagged.Sentences.Count;
            }));
        }

        Console.WriteLine($"{"stage",-31} {"MB/s CPU",9} {"min..max",11} {"MB/s wall",10} {"wall/CPU",9} {"sent/s CPU",11} {"alloc B/sent",13} {"×pipeline",10}");
        foreach (Result result in results)
        {
            if (double.IsNaN(result.Cpu))
            {
                continue;
            }

            double mbCpu = bytes / 1e6 / result.Cpu;
            double mbWall = bytes / 1e6 / result.Wall;
            string range = $"{bytes / 1e6 / result.CpuMax:F0}..{bytes / 1e6 / result.CpuMin:F0}";
            double perSentence = (double)result.Allocated / Math.Max(1, sentences);
            double share = result.Cpu / pipeline.Cpu;
            Console.WriteLine($"{result.Name,-31} {mbCpu,9:F1} {range,11} {mbWall,10:F1} {result.LoadFactor,9:F2} {sentences / result.Cpu,11:N0} {perSentence,13:F0} {share,10:F2}");
        }

        return 0;
    }

    private static Result Measure(string name, Corpus corpus, Func<string, int, int> work)
    {
        if (corpus.Only is { } only && !name.StartsWith(only, StringComparison.OrdinalIgnoreCase))
        {
            return new Result(name, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 0);
        }

        RunOnce(corpus.Articles, work);
        var wall = new double[corpus.Runs];
        var cpu = new double[corpus.Runs];
        var ratio = new double[corpus.Runs];
        var allocated = new long[corpus.Runs];
        for (int r = 0; r < corpus.Runs; r++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            long before = GC.GetAllocatedBytesForCurrentThread();
            double cpuStart = CpuClock.Now();
            long start = Stopwatch.GetTimestamp();
            RunOnce(corpus.Articles, work);
            wall[r] = Stopwatch.GetElapsedTime(start).TotalSeconds;
            cpu[r] = Math.Max(1e-9, CpuClock.Now() - cpuStart);
            allocated[r] = GC.GetAllocatedBytesForCurrentThread() - before;
            ratio[r] = wall[r] / cpu[r];
        }

        return new Result(name, Statistics.Median(cpu), cpu.Min(), cpu.Max(), Statistics.Median(wall), Statistics.Median(ratio), Statistics.Median(allocated));
    }

    private static int RunOnce(string[] articles, Func<string, int, int> work)
    {
        int total = 0;
        for (int i = 0; i < articles.Length; i++)
        {
            total += work(articles[i], i);
        }

        return total;
    }

    private sealed record Corpus(string[] Articles, long Bytes, long Sentences, int Runs, string? Only);

    /// <summary>One stage's medians: CPU seconds (and the fastest and slowest run), wall seconds, wall/CPU, bytes allocated.</summary>
    private sealed record Result(string Name, double Cpu, double CpuMin, double CpuMax, double Wall, double LoadFactor, long Allocated);
}
