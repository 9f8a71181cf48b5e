using System.Globalization;
using ClaimTagger.Analysis;
using ClaimTagger.Matching;
using ClaimTagger.Resolution;
using ClaimTagger.Serialization;

namespace ClaimTagger.Benchmarks;

/// <summary>
/// <c>phases [--articles PATH.jsonl ...] [--mb 1] [--rounds N] [--generated N]</c>: where tagging with the default pack spends its time and
/// allocations, phase by phase (text analysis, the rule engine, conflicts, building the result with source resolution,
/// the JSON), on written articles (the gold set by default, repeated to <c>--mb</c>) rather than the generated corpus;
/// with <c>--generated N</c>, N generated rules (as <c>rules</c> makes them) instead of the default pack. Prints, per phase, the
/// median over the rounds after a warm-up of milliseconds per MB (CPU time of this thread, <see cref="CpuClock"/>) and
/// bytes allocated per character of input.
/// </summary>
internal static class TagPhasesHarness
{
    private static readonly string[] Names = ["analysis", "rule engine", "conflicts", "build + sources", "JSON"];

    public static int Run(string[] args)
    {
        var paths = new List<string>();
        int rounds = 15;
        double mb = 1;
        int generated = 0;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--articles" when i + 1 < args.Length:
                    paths.Add(args[++i]);
                    break;
                case "--mb" when i + 1 < args.Length:
                    mb = double.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--generated" when i + 1 < args.Length:
                    generated = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--rounds" when i + 1 < args.Length:
                    rounds = Math.Max(1, int.Parse(args[++i], CultureInfo.InvariantCulture));
                    break;
                default:
                    Console.Error.WriteLine("usage: phases [--articles PATH.jsonl ...] [--mb 1] [--rounds N] [--generated N]");
                    return 2;
            }
        }

        if (paths.Count == 0)
        {
            paths.AddRange(["tests/ClaimTagger.Tests/Gold/dev.jsonl", "tests/ClaimTagger.Tests/Gold/test.jsonl"]);
        }

        List<string> texts = [.. CorpusFile.Repeated([.. paths.SelectMany(CorpusFile.Read)], (long)(mb * 1e6))];
        Tagger tagger = generated > 0
            ? new ClaimTaggerBuilder().AddRules(GeneratedRules.Yaml(generated, GeneratedRules.Vocabulary(texts), 2025), "generated.yaml").Build()
            : Tagger.CreateDefault();
        var analyzer = new TextAnalyzer();
        double megabytes = texts.Sum(t => (long)t.Length) / 1e6;
        var times = Names.Select(_ => new List<double>()).ToArray();
        long[] bytes = new long[Names.Length];
        var seconds = new double[Names.Length];
        using var sink = new MemoryStream();
        void RunRound()
        {
            Array.Clear(bytes);
            Array.Clear(seconds);
            foreach (string text in texts)
            {
                long allocated = GC.GetAllocatedBytesForCurrentThread();
                double clock = CpuClock.Now();
                void Done(int phase)
                {
                    long a = GC.GetAllocatedBytesForCurrentThread();
                    double c = CpuClock.Now();
                    bytes[phase] += a - allocated;
                    seconds[phase] += c - clock;
                    allocated = a;
                    clock = c;
                }

                AnalyzedText analyzed = analyzer.Analyze(text);
                Done(0);
                EngineRun run = tagger.Rules.Engine.Run(analyzed, EngineOptions.Default);
                Done(1);
                ConflictOutcome outcome = ConflictResolver.Resolve(ContinuationSplitter.Split(analyzed.Text, run.Matches), tagger.Rules, recordSuppressed: false);
                Done(2);
                TaggedArticle article = Tagger.Build(analyzed, outcome.Kept, run.Diagnostics);
                Done(3);
                sink.SetLength(0);
                TaggedArticleJsonWriter.Write(sink, article, indented: false);
                Done(4);
            }
        }

        // Warm up for at least three rounds and three seconds: a fast rule set finishes a round in a tenth of a second,
        // before the runtime has replaced its first, unoptimised code.
        int warmUp = 0;
        double warmUpStart = CpuClock.Now();
        while (warmUp < 3 || CpuClock.Now() - warmUpStart < 3)
        {
            RunRound();
            warmUp++;
        }

        for (int round = 0; round < rounds; round++)
        {
            RunRound();
            for (int p = 0; p < Names.Length; p++)
            {
                times[p].Add(seconds[p] * 1000.0 / megabytes);
            }
        }

        Console.WriteLine($"{(generated > 0 ? $"{generated} generated rules" : "default pack")}; {texts.Count} articles from {string.Join(" + ", paths)} (repeated), {megabytes:F2} M characters; median of {rounds} rounds after {warmUp} warm-up rounds; load average {Load.Average()}");
        double total = times.Sum(t => Statistics.Median([.. t]));
        for (int p = 0; p < Names.Length; p++)
        {
            double ms = Statistics.Median([.. times[p]]);
            Console.WriteLine($"{Names[p],-16} {ms,8:F1} ms/MB  {100 * ms / total,5:F1} %  {bytes[p] / (megabytes * 1e6),6:F1} B/char");
        }

        Console.WriteLine($"{"total",-16} {total,8:F1} ms/MB  ({1000 / total:F2} MB/s)");
        return 0;
    }
}
