using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ClaimTagger.Serialization;

namespace ClaimTagger.Benchmarks;

/// <summary>
/// <c>endtoend [--mb 100 | --jsonl PATH] [--seed 2025] [--no-parallel] [--threads N] [--naive-mb 0.5] [--naive-rounds 5] [--no-naive]</c>:
/// tags a corpus end to end (default pack, <see cref="Tagger.Tag"/> + the JSON contract written to a counting
/// sink) once on one thread and once on all cores (<see cref="Parallel.For(int, int, ParallelOptions, Action{int})"/>
/// over articles), and prints MB/s, articles/s, allocated bytes per MB of input and the peak working set; then the
/// speed-up over <see cref="NaiveBaseline"/>, taken in alternating rounds on a slice of the corpus in the same process.
/// </summary>
/// <remarks>
/// The corpus is generated in memory (with long articles) or read from a JSONL file written by <c>corpus</c>; reading
/// is not timed. The peak working set therefore includes the corpus itself (about 2 bytes per character of text).
/// </remarks>
public static class EndToEndHarness
{
    private const string Usage = "usage: endtoend [--mb 100 | --jsonl PATH] [--seed 2025] [--no-parallel] [--threads N] [--naive-mb 0.5] [--naive-rounds 5] [--no-naive] [--naive-profile]";

    /// <summary>Runs the harness.</summary>
    /// <param name="args">The arguments after <c>endtoend</c>.</param>
    /// <returns>The process exit code.</returns>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        int mb = 100, seed = 2025, threads = Environment.ProcessorCount, naiveRounds = 5;
        double naiveMb = 0.5;
        bool parallel = true, naive = true, profile = false;
        string? jsonl = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--mb" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out mb) && mb > 0:
                case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out seed):
                case "--threads" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out threads) && threads > 0:
                case "--naive-rounds" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out naiveRounds) && naiveRounds > 0:
                    i++;
                    break;
                case "--naive-mb" when i + 1 < args.Length && double.TryParse(args[i + 1], CultureInfo.InvariantCulture, out naiveMb) && naiveMb > 0:
                    i++;
                    break;
                case "--jsonl" when i + 1 < args.Length:
                    jsonl = args[++i];
                    break;
                case "--no-parallel":
                    parallel = false;
                    break;
                case "--no-naive":
                    naive = false;
                    break;
                case "--naive-profile":
                    profile = true;
                    break;
                default:
                    Console.Error.WriteLine($"endtoend: unknown or invalid argument '{args[i]}'");
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }

        if (profile)
        {
            // Which naive regexes cost most, on a small slice: for keeping the baseline honest, not for figures.
            foreach ((string pattern, double seconds) in new NaiveBaseline(NaiveBaseline.FindRulesFolder()).Profile(NewsCorpus.Generate((long)(naiveMb * 1e6), seed, longArticles: true)))
            {
                Console.WriteLine($"{seconds,8:F3} s  {pattern}");
            }

            return 0;
        }

        var clock = Stopwatch.StartNew();
        string[] articles = jsonl is null ? NewsCorpus.Generate(mb * 1_000_000L, seed, longArticles: true) : CorpusFile.Read(jsonl);
        long bytes = NewsCorpus.Utf8Size(articles);
        long chars = articles.Sum(a => (long)a.Length);
        int longest = articles.Max(a => a.Length);
        Console.WriteLine($"corpus: {articles.Length:N0} articles, {bytes / 1e6:F1} MB (UTF-8), longest {longest:N0} characters, {(jsonl is null ? $"generated with seed {seed}" : jsonl)}, in {clock.Elapsed.TotalSeconds:F1} s; {chars * 2 / 1e6:F0} MB of strings in memory");
        Console.WriteLine($"{Environment.ProcessorCount} logical cores, load average {Load.Average()}; MB = 10^6 bytes of UTF-8 input; end to end = Tagger.Tag + JSON contract to a counting sink");

        clock.Restart();
        Tagger tagger = Tagger.CreateDefault();
        Console.WriteLine($"default pack built in {clock.Elapsed.TotalMilliseconds:F0} ms ({tagger.Rules.Rules.Count} rules)");

        // Warm-up: the first 2 MB, so the JIT has tiered up before timing.
        RunSingle(tagger, articles, Math.Min(articles.Length, Math.Max(1, articles.Length * 2 / Math.Max(2, (int)(bytes / 1_000_000)))));

        Console.WriteLine();
        Console.WriteLine($"{"run",-22} {"MB/s wall",10} {"MB/s CPU",9} {"articles/s",11} {"alloc B/MB",12} {"seconds",8}");
        GC.Collect();
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        double cpuStart = CpuClock.Now();
        long start = Stopwatch.GetTimestamp();
        long jsonBytes = RunSingle(tagger, articles, articles.Length);
        double wall = Stopwatch.GetElapsedTime(start).TotalSeconds;
        double cpu = CpuClock.Now() - cpuStart;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Console.WriteLine($"{"one thread",-22} {bytes / 1e6 / wall,10:F1} {bytes / 1e6 / cpu,9:F1} {articles.Length / wall,11:N0} {allocated / (bytes / 1e6),12:N0} {wall,8:F1}");

        if (parallel)
        {
            GC.Collect();
            long totalBefore = GC.GetTotalAllocatedBytes(precise: true);
            start = Stopwatch.GetTimestamp();
            long parallelJson = RunParallel(tagger, articles, threads);
            double parallelWall = Stopwatch.GetElapsedTime(start).TotalSeconds;
            long parallelAllocated = GC.GetTotalAllocatedBytes(precise: true) - totalBefore;
            Console.WriteLine($"{$"all cores ({threads} threads)",-22} {bytes / 1e6 / parallelWall,10:F1} {"",9} {articles.Length / parallelWall,11:N0} {parallelAllocated / (bytes / 1e6),12:N0} {parallelWall,8:F1}");
            Console.WriteLine($"all cores / one thread (wall): {wall / parallelWall:F2}x; JSON output {jsonBytes / 1e6:F1} MB{(parallelJson == jsonBytes ? string.Empty : $" (parallel run wrote {parallelJson / 1e6:F1} MB: MISMATCH)")}");
        }

        using (var process = Process.GetCurrentProcess())
        {
            process.Refresh();
            Console.WriteLine($"peak working set: {process.PeakWorkingSet64 / 1e6:F0} MB (includes the corpus in memory); load average now {Load.Average()}");
        }

        if (naive)
        {
            CompareWithNaive(tagger, articles, naiveMb, naiveRounds);
        }

        return 0;
    }

    /// <summary>Runs ClaimTagger and the naive baseline in turns over the first <paramref name="mb"/> MB and prints the median ratio.</summary>
    private static void CompareWithNaive(Tagger tagger, string[] all, double mb, int rounds)
    {
        var slice = new List<string>();
        long bytes = 0;
        foreach (string article in all)
        {
            if (bytes >= mb * 1e6)
            {
                break;
            }

            slice.Add(article);
            bytes += System.Text.Encoding.UTF8.GetByteCount(article);
        }

        string[] articles = [.. slice];
        var baseline = new NaiveBaseline(NaiveBaseline.FindRulesFolder());
        var naiveCounts = new int[NaiveBaseline.Labels.Length];
        var ratios = new List<double>();
        var ours = new List<double>();
        var theirs = new List<double>();
        for (int round = -1; round < rounds; round++)
        {
            Array.Clear(naiveCounts);
            double start = CpuClock.Now();
            RunSingle(tagger, articles, articles.Length);
            double claimTagger = CpuClock.Now() - start;
            start = CpuClock.Now();
            foreach (string article in articles)
            {
                baseline.Tag(article, naiveCounts);
            }

            double naive = CpuClock.Now() - start;
            if (round >= 0)
            {
                ours.Add(claimTagger);
                theirs.Add(naive);
                ratios.Add(naive / claimTagger);
            }
        }

        var ourCounts = new int[NaiveBaseline.Labels.Length];
        foreach (string article in articles)
        {
            foreach (Tag tag in tagger.Tag(article).Tags)
            {
                int label = Array.IndexOf(NaiveBaseline.Labels, tag.Label.Name);
                if (label >= 0)
                {
                    ourCounts[label]++;
                }
            }
        }

        ours.Sort();
        theirs.Sort();
        ratios.Sort();
        Console.WriteLine();
        Console.WriteLine($"against the naive baseline ({baseline.Count} compiled .NET regexes over every sentence, lexicons from rules/*.yaml), one thread,");
        Console.WriteLine($"first {bytes / 1e6:F1} MB ({articles.Length:N0} articles), {rounds} rounds after one warm-up round, each running both in turn; CPU time of the thread");
        Console.WriteLine($"{"",-12} {"MB/s CPU median",16} {"best",8}");
        Console.WriteLine($"{"naive",-12} {bytes / 1e6 / Statistics.Median(theirs),16:F3} {bytes / 1e6 / theirs[0],8:F3}");
        Console.WriteLine($"{"ClaimTagger",-12} {bytes / 1e6 / Statistics.Median(ours),16:F3} {bytes / 1e6 / ours[0],8:F3}");
        Console.WriteLine($"ClaimTagger speed-up over naive (naive CPU time / ClaimTagger's, same round): median {Statistics.Median(ratios):F2}x, range {ratios[0]:F2}..{ratios[^1]:F2}");
        Console.WriteLine($"matches per label, naive: {string.Join(", ", NaiveBaseline.Labels.Select((l, i) => $"{l} {naiveCounts[i]:N0}"))}");
        Console.WriteLine($"tags per label, ClaimTagger: {string.Join(", ", NaiveBaseline.Labels.Select((l, i) => $"{l} {ourCounts[i]:N0}"))}");
    }

    /// <summary>Tags the first <paramref name="count"/> articles on this thread and writes their JSON; returns the JSON size.</summary>
    private static long RunSingle(Tagger tagger, string[] articles, int count)
    {
        using var sink = new CountingStream();
        using var writer = new Utf8JsonWriter(sink, TaggedArticleJsonWriter.CreateWriterOptions(indented: false));
        for (int i = 0; i < count; i++)
        {
            TaggedArticleJsonWriter.Write(writer, tagger.Tag(articles[i]));
            writer.Flush();
            writer.Reset();
        }

        return sink.Length;
    }

    /// <summary>Tags all articles on <paramref name="threads"/> threads, each with its own JSON writer; returns the JSON size.</summary>
    private static long RunParallel(Tagger tagger, string[] articles, int threads)
    {
        long total = 0;
        Parallel.For(
            0,
            articles.Length,
            new ParallelOptions { MaxDegreeOfParallelism = threads },
            () =>
            {
                var sink = new CountingStream();
                return (Sink: sink, Writer: new Utf8JsonWriter(sink, TaggedArticleJsonWriter.CreateWriterOptions(indented: false)));
            },
            (i, _, local) =>
            {
                TaggedArticleJsonWriter.Write(local.Writer, tagger.Tag(articles[i]));
                local.Writer.Flush();
                local.Writer.Reset();
                return local;
            },
            local =>
            {
                Interlocked.Add(ref total, local.Sink.Length);
                local.Writer.Dispose();
                local.Sink.Dispose();
            });
        return total;
    }
}
