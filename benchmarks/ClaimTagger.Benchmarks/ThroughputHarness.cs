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
/// <c>throughput [--mb 20] [--runs 5] [--seed 2025] [--stages]</c>: runs the text pipeline (and tagging + JSON) over a
/// generated corpus several times on one thread and prints the median MB/s, sentences/s and bytes allocated per
/// sentence. Quicker and closer to real use than BenchmarkDotNet, for checking the throughput targets.
/// </summary>
public static class ThroughputHarness
{
    /// <summary>Runs the harness.</summary>
    /// <param name="args">The arguments after <c>throughput</c>.</param>
    /// <returns>The process exit code.</returns>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        int mb = 20, runs = 5, seed = 2025;
        bool stages = false;
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
                default:
                    Console.Error.WriteLine($"throughput: unknown or invalid argument '{args[i]}'");
                    Console.Error.WriteLine("usage: throughput [--mb 20] [--runs 5] [--seed 2025] [--stages]");
                    return 2;
            }
        }

        var clock = Stopwatch.StartNew();
        string[] articles = NewsCorpus.Generate(mb * 1_000_000, seed);
        long bytes = NewsCorpus.Utf8Size(articles);
        AnalyzedText[] analyses = [.. articles.Select(TextAnalyzer.Default.Analyze)];
        long sentences = analyses.Sum(a => (long)a.Sentences.Count);
        Console.WriteLine($"corpus: {articles.Length:N0} articles, {bytes / 1e6:F2} MB (UTF-8), {sentences:N0} sentences, seed {seed}; generated in {clock.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"{runs} timed runs after one warm-up run, one thread; MB = 10^6 bytes of UTF-8 input");
        Console.WriteLine();
        Console.WriteLine($"{"stage",-34} {"MB/s (median)",13} {"min..max",15} {"sentences/s",13} {"alloc B/sentence",17}");

        if (stages)
        {
            Paragraph[][] paragraphs = [.. articles.Select(a => TextAnalyzer.Default.SectionDetector.Detect(a).ToArray())];
            var spanBuffer = new List<TextSpan>(64);
            var tokenBuffer = new List<Token>(4096);
            Report("sections", articles, bytes, sentences, runs, (_, i) =>
                TextAnalyzer.Default.SectionDetector.Detect(articles[i]).Count);
            Report("sentences", articles, bytes, sentences, runs, (_, i) =>
            {
                int n = 0;
                foreach (Paragraph paragraph in paragraphs[i])
                {
                    spanBuffer.Clear();
                    TextAnalyzer.Default.SentenceSplitter.Split(articles[i], paragraph.Span, spanBuffer);
                    n += spanBuffer.Count;
                }

                return n;
            });
            Report("tokens", articles, bytes, sentences, runs, (_, i) =>
            {
                tokenBuffer.Clear();
                foreach (var sentence in analyses[i].Sentences)
                {
                    Tokenizer.Tokenize(articles[i], sentence.Span, tokenBuffer);
                }

                return tokenBuffer.Count;
            });
            Report("quotes", articles, bytes, sentences, runs, (_, i) =>
                QuoteFinder.Find(articles[i], analyses[i].Paragraphs, analyses[i].Sentences, analyses[i].Tokens).Length);
        }

        analyses = [];
        Report("TextAnalyzer (text pipeline)", articles, bytes, sentences, runs, (article, _) =>
            TextAnalyzer.Default.Analyze(article).Sentences.Count);

        Tagger tagger = Tagger.CreateDefault();
        using var sink = new CountingStream();
        using var writer = new Utf8JsonWriter(sink, TaggedArticleJsonWriter.CreateWriterOptions(indented: false));
        Report("Tagger.Tag + JSON (end to end)", articles, bytes, sentences, runs, (article, _) =>
        {
            TaggedArticle tagged = tagger.Tag(article);
            TaggedArticleJsonWriter.Write(writer, tagged);
            writer.Flush();
            writer.Reset();
            return tagged.Sentences.Count;
        });
        return 0;
    }

    private static void Report(string name, string[] articles, long bytes, long sentences, int runs, Func<string, int, int> work)
    {
        RunOnce(articles, work);
        var seconds = new double[runs];
        var allocated = new long[runs];
        for (int r = 0; r < runs; r++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            long before = GC.GetAllocatedBytesForCurrentThread();
            long start = Stopwatch.GetTimestamp();
            RunOnce(articles, work);
            seconds[r] = Stopwatch.GetElapsedTime(start).TotalSeconds;
            allocated[r] = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        double median = Median(seconds);
        double mbPerSecond = bytes / 1e6 / median;
        string range = $"{bytes / 1e6 / seconds.Max():F0}..{bytes / 1e6 / seconds.Min():F0}";
        double perSentence = (double)Median(allocated) / Math.Max(1, sentences);
        Console.WriteLine($"{name,-34} {mbPerSecond,13:F1} {range,15} {sentences / median,13:N0} {perSentence,17:F0}");
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

    private static double Median(double[] values)
    {
        double[] sorted = [.. values.Order()];
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static long Median(long[] values)
    {
        long[] sorted = [.. values.Order()];
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
