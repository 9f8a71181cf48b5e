using System.Diagnostics;
using System.Globalization;
using ClaimTagger.Analysis;
using ClaimTagger.Matching;

namespace ClaimTagger.Benchmarks;

/// <summary>
/// <c>rules [--sizes 10,100,1000] [--mb 1] [--rounds 5] [--compile-runs 7] [--regex-chars 100000] [--seed 2025] [--corpus-words 50] [--skip-common 0] [--articles PATH.jsonl ...]</c>
/// (issue 3): the compile time of the default pack; the matching time per MB with generated rule sets of each size,
/// and with the default pack plus the largest set against the default pack alone; and a token regex that backtracks
/// exponentially on a backtracking engine (<c>(a+)+$</c>) over one long token, at n and 8n characters.
/// </summary>
/// <remarks>
/// Matching time is <see cref="Tagger"/>'s work after the text pipeline (rules, conflict and source resolution) on
/// articles analysed beforehand, by the CPU time of the thread. The rule sets run in turns, round by round, and the
/// ratios are medians of per-round ratios, so a busy machine affects both sides of each ratio alike. The articles are
/// generated from templates unless <c>--articles</c> names JSONL files (<c>{"text": …}</c> per line, such as the gold
/// set's), which are repeated in order up to <c>--mb</c>: written prose has a vocabulary of thousands of words, the
/// templates a few hundred, so the generated rules' corpus words are rarer there, as a user's rule words are in news.
/// </remarks>
public static class RuleCountHarness
{
    private const string Usage = "usage: rules [--sizes 10,100,1000] [--mb 1] [--rounds 5] [--compile-runs 7] [--regex-chars 100000] [--seed 2025] [--corpus-words 50] [--skip-common 0] [--articles PATH.jsonl ...]";

    /// <summary>Runs the harness.</summary>
    /// <param name="args">The arguments after <c>rules</c>.</param>
    /// <returns>The process exit code.</returns>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        int[] sizes = [10, 100, 1000];
        int rounds = 5, compileRuns = 7, regexChars = 100_000, seed = 2025, corpusWords = 50, skipCommon = 0;
        double mb = 1;
        var articlesPaths = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--sizes" when i + 1 < args.Length && TryParseSizes(args[i + 1], out sizes):
                case "--mb" when i + 1 < args.Length && double.TryParse(args[i + 1], CultureInfo.InvariantCulture, out mb) && mb > 0:
                case "--rounds" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out rounds) && rounds > 0:
                case "--compile-runs" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out compileRuns) && compileRuns > 0:
                case "--regex-chars" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out regexChars) && regexChars > 0:
                case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out seed):
                case "--skip-common" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out skipCommon) && skipCommon >= 0:
                case "--corpus-words" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out corpusWords) && corpusWords is >= 0 and <= 100:
                    i++;
                    break;
                case "--articles" when i + 1 < args.Length && File.Exists(args[i + 1]):
                    articlesPaths.Add(args[++i]);
                    break;
                default:
                    Console.Error.WriteLine($"rules: unknown or invalid argument '{args[i]}'");
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }

        Console.WriteLine($"{Environment.ProcessorCount} logical cores, load average {Load.Average()}; CPU = {CpuClock.Name}");
        CompileTime(compileRuns);

        string[] articles = articlesPaths.Count == 0 ? NewsCorpus.Generate((long)(mb * 1e6), seed, longArticles: false) : CorpusFile.Repeated([.. articlesPaths.SelectMany(CorpusFile.Read)], (long)(mb * 1e6));
        long bytes = NewsCorpus.Utf8Size(articles);
        AnalyzedText[] analyses = [.. articles.Select(TextAnalyzer.Default.Analyze)];
        string[] vocabulary = GeneratedRules.Vocabulary(articles);
        int allWords = vocabulary.Length;
        if (skipCommon > 0)
        {
            // The corpus comes from templates, so every one of its few hundred words is frequent; leaving out the
            // most frequent ones keeps the generated rules from naming "the" or "said", as a user's rules rarely do.
            vocabulary = GeneratedRules.WithoutCommon(vocabulary, articles, skipCommon);
        }

        Console.WriteLine();
        Console.WriteLine($"matching: {articles.Length:N0} articles{(articlesPaths.Count == 0 ? " (generated)" : $" from {string.Join(" + ", articlesPaths)}, repeated")}, {bytes / 1e6:F2} MB, analysed beforehand; {allWords} corpus words{(skipCommon > 0 ? $", the {skipCommon} most frequent left out ({vocabulary.Length} left)" : string.Empty)}, {corpusWords} % of the generated rules' words drawn from them; {rounds} rounds after one warm-up round");

        var sets = new List<(string Name, Tagger Tagger)>();
        string largest = string.Empty;
        foreach (int size in sizes)
        {
            string yaml = GeneratedRules.Yaml(size, vocabulary, seed, corpusWords);
            var clock = Stopwatch.StartNew();
            Tagger tagger = new ClaimTaggerBuilder().AddRules(yaml, $"generated-{size}.yaml").Build();
            Console.WriteLine($"  {size,5} generated rules: {yaml.Length / 1e3,7:F0} kB of YAML, built in {clock.Elapsed.TotalMilliseconds,7:F0} ms");
            sets.Add(($"{size} generated", tagger));
            largest = yaml;
        }

        sets.Add(("default pack", Tagger.CreateDefault()));
        var combined = Stopwatch.StartNew();
        sets.Add(($"default + {sizes[^1]} generated", new ClaimTaggerBuilder().UseDefaultRules().AddRules(largest, "generated.yaml").Build()));
        Console.WriteLine($"  default pack + {sizes[^1]} generated: built in {combined.Elapsed.TotalMilliseconds:F0} ms");

        double[][] seconds = TimeInTurns(sets.Select(s => s.Tagger).ToArray(), analyses, rounds);
        Console.WriteLine();
        Console.WriteLine($"{"rule set",-28} {"ms/MB CPU",10} {"MB/s CPU",9} {"tags",8}");
        for (int s = 0; s < sets.Count; s++)
        {
            double median = Statistics.Median(seconds[s]);
            int tags = analyses.Sum(a => sets[s].Tagger.Tag(a, EngineOptions.Default).Tags.Count);
            Console.WriteLine($"{sets[s].Name,-28} {median * 1e3 / (bytes / 1e6),10:F1} {bytes / 1e6 / median,9:F2} {tags,8:N0}");
        }

        int n = sizes.Length;
        Console.WriteLine();
        Console.WriteLine($"{sizes[^1]} generated / {sizes[0]} generated: median of per-round ratios {RatioText(seconds[n - 1], seconds[0])} (target <= 3x)");
        Console.WriteLine($"default + {sizes[^1]} / default alone: median of per-round ratios {RatioText(seconds[n + 1], seconds[n])} (target <= 2x)");

        RegexLinearity(regexChars);
        return 0;
    }

    /// <summary>Prints the median wall and CPU time of building the default pack, after a first (cold) build.</summary>
    private static void CompileTime(int runs)
    {
        var wall = new double[runs];
        var cpu = new double[runs];
        var clock = Stopwatch.StartNew();
        new ClaimTaggerBuilder().UseDefaultRules().Build();
        double cold = clock.Elapsed.TotalMilliseconds;
        for (int r = 0; r < runs; r++)
        {
            double cpuStart = CpuClock.Now();
            clock.Restart();
            new ClaimTaggerBuilder().UseDefaultRules().Build();
            wall[r] = clock.Elapsed.TotalMilliseconds;
            cpu[r] = (CpuClock.Now() - cpuStart) * 1e3;
        }

        Console.WriteLine($"compile time of the default pack (new ClaimTaggerBuilder().UseDefaultRules().Build()): first build {cold:F0} ms (includes JIT);");
        Console.WriteLine($"  then median of {runs}: {Statistics.Median(wall):F0} ms wall, {Statistics.Median(cpu):F0} ms CPU (min {wall.Min():F0} ms wall)");
    }

    /// <summary>Tags the analysed articles with each tagger in turn, round by round; returns CPU seconds per tagger per round.</summary>
    private static double[][] TimeInTurns(Tagger[] taggers, AnalyzedText[] analyses, int rounds)
    {
        var seconds = new double[taggers.Length][];
        for (int t = 0; t < taggers.Length; t++)
        {
            seconds[t] = new double[rounds];
        }

        for (int round = -1; round < rounds; round++)
        {
            for (int t = 0; t < taggers.Length; t++)
            {
                double start = CpuClock.Now();
                foreach (AnalyzedText analysis in analyses)
                {
                    taggers[t].Tag(analysis, EngineOptions.Default);
                }

                double elapsed = CpuClock.Now() - start;
                if (round >= 0)
                {
                    seconds[t][round] = elapsed;
                }
            }
        }

        return seconds;
    }

    /// <summary>Times the rule <c>{ regex: "(a+)+$" }</c> on an article of one long token, at n and 8n characters.</summary>
    private static void RegexLinearity(int chars)
    {
        const string yaml = """
            version: 1
            rules:
              - id: bench.nested-quantifier
                label: Stress
                message: "a token of a's"
                pattern:
                  - { regex: "(a+)+$", as: target }
            """;
        Tagger tagger = new ClaimTaggerBuilder().AddRules(yaml, "nested-quantifier.yaml").Build();

        // The tokenizer may cut a very long run of letters into several tokens; the regex then runs on each piece.
        string Input(int n) => "The word " + new string('a', n) + "b was long.";

        tagger.Tag(Input(1000));
        Console.WriteLine();
        Console.WriteLine("token regex (a+)+$ (exponential on a backtracking engine) over one token of n a's followed by 'b', whole Tagger.Tag, median of 5:");
        double small = TimeTag(tagger, Input(chars), out int smallTags, out int smallDiagnostics);
        double large = TimeTag(tagger, Input(chars * 8), out int largeTags, out int largeDiagnostics);
        Console.WriteLine($"  {chars,9:N0} characters: {small * 1e3,8:F2} ms CPU ({smallTags} tags, {smallDiagnostics} diagnostics)");
        Console.WriteLine($"  {chars * 8,9:N0} characters: {large * 1e3,8:F2} ms CPU ({largeTags} tags, {largeDiagnostics} diagnostics)");
        Console.WriteLine($"  ratio {large / small:F1} for 8x the input (linear: about 8)");
    }

    private static double TimeTag(Tagger tagger, string text, out int tags, out int diagnostics)
    {
        var times = new double[5];
        TaggedArticle result = tagger.Tag(text);
        for (int r = 0; r < times.Length; r++)
        {
            double start = CpuClock.Now();
            result = tagger.Tag(text);
            times[r] = CpuClock.Now() - start;
        }

        tags = result.Tags.Count;
        diagnostics = result.Diagnostics.Count;
        return Statistics.Median(times);
    }

    private static string RatioText(double[] numerator, double[] denominator)
    {
        double[] ratios = [.. numerator.Zip(denominator, (a, b) => a / b).Order()];
        return $"{Statistics.Median(ratios):F2}x (range {ratios[0]:F2}..{ratios[^1]:F2})";
    }

    private static bool TryParseSizes(string text, out int[] sizes)
    {
        var list = new List<int>();
        foreach (string part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, CultureInfo.InvariantCulture, out int size) || size <= 0)
            {
                sizes = [];
                return false;
            }

            list.Add(size);
        }

        sizes = [.. list];
        return sizes.Length > 0;
    }
}
