using System.Globalization;
using System.Reflection;
using ClaimTagger.Serialization;

namespace ClaimTagger.Benchmarks;

/// <summary>
/// <c>compare --baseline PATH [--mb 1] [--rounds 10] [--generated 1000] [--corpus-words 50] [--long] [--articles PATH.jsonl ...] [--seed 2025] [--allow-different]</c>:
/// tags the same corpus end to end (<c>Tagger.Tag(string)</c> and the JSON contract written to a memory stream) with
/// this build's library and with a <c>ClaimTagger.dll</c> built from another commit (<c>benchmarks/build-baseline.sh</c>),
/// in turns, on one thread, in one process, after checking that both write the same JSON for every article. The
/// per-round ratio of their CPU times is the before/after figure for a change to tagging that survives a busy machine.
/// </summary>
/// <remarks>
/// Rule sets: the default pack; with <c>--generated N</c> also N generated rules alone and the default pack with them
/// (<see cref="GeneratedRules"/>, the same YAML for both builds). The baseline's types live in their own load context
/// and are reached through its public API by reflection.
/// </remarks>
public static class TaggingComparison
{
    private const string Usage = "usage: compare --baseline PATH [--mb 1] [--rounds 10] [--generated 1000] [--corpus-words 50] [--long] [--articles PATH.jsonl ...] [--seed 2025] [--allow-different]";

    /// <summary>Runs the comparison.</summary>
    /// <param name="args">The arguments after <c>compare</c>.</param>
    /// <returns>0; 1 when the two builds write different JSON for an article (unless <c>--allow-different</c>); 2 on bad
    /// arguments or no baseline.</returns>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? baselinePath = null;
        double mb = 1;
        int rounds = 10, generated = 0, corpusWords = 50, seed = 2025;
        bool longArticles = false, allowDifferent = false;
        var articlePaths = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--baseline" when i + 1 < args.Length:
                    baselinePath = args[++i];
                    break;
                case "--long":
                    longArticles = true;
                    break;
                case "--articles" when i + 1 < args.Length:
                    articlePaths.Add(args[++i]);
                    break;
                case "--allow-different":
                    allowDifferent = true;
                    break;
                case "--mb" when i + 1 < args.Length && double.TryParse(args[i + 1], CultureInfo.InvariantCulture, out mb) && mb > 0:
                case "--rounds" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out rounds) && rounds > 0:
                case "--generated" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out generated) && generated >= 0:
                case "--corpus-words" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out corpusWords) && corpusWords is >= 0 and <= 100:
                case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out seed):
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"compare: unknown or invalid argument '{args[i]}'");
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }

        if (baselinePath is null || !File.Exists(Path.GetFullPath(baselinePath)))
        {
            Console.Error.WriteLine(baselinePath is null ? Usage : $"compare: no baseline at {Path.GetFullPath(baselinePath)} (build one with benchmarks/build-baseline.sh COMMIT)");
            return 2;
        }

        string full = Path.GetFullPath(baselinePath);
        var baseline = new Baseline(full);
        string[] articles = articlePaths.Count == 0
            ? NewsCorpus.Generate((long)(mb * 1e6), seed, longArticles)
            : CorpusFile.Repeated([.. articlePaths.SelectMany(CorpusFile.Read)], (long)(mb * 1e6));
        long bytes = NewsCorpus.Utf8Size(articles);
        Console.WriteLine($"{Environment.ProcessorCount} logical cores, load average {Load.Average()}; CPU = {CpuClock.Name}");
        Console.WriteLine($"baseline {full}; {articles.Length:N0} articles, {bytes / 1e6:F2} MB{(articlePaths.Count > 0 ? $" from {string.Join(" + ", articlePaths)}, repeated" : longArticles ? " (with long articles)" : string.Empty)}; {rounds} rounds after one warm-up round, the two builds in turns, alternating which goes first");

        var sets = new List<(string Name, Func<string, byte[]> Current, Func<string, byte[]> Old)>
        {
            ("default pack", Writer(new ClaimTaggerBuilder().UseDefaultRules().Build()), baseline.Tagger(defaults: true, yaml: null)),
        };
        if (generated > 0)
        {
            string yaml = GeneratedRules.Yaml(generated, GeneratedRules.Vocabulary(articles), seed, corpusWords);
            sets.Add(($"{generated} generated", Writer(new ClaimTaggerBuilder().AddRules(yaml, "generated.yaml").Build()), baseline.Tagger(defaults: false, yaml)));
            sets.Add(($"default + {generated} generated", Writer(new ClaimTaggerBuilder().UseDefaultRules().AddRules(yaml, "generated.yaml").Build()), baseline.Tagger(defaults: true, yaml)));
        }

        Console.WriteLine();
        int differing = 0;
        Console.WriteLine($"{"rule set",-28} {"baseline ms/MB",15} {"this build",11} {"speed-up: median (range)",26}");
        foreach ((string name, Func<string, byte[]> current, Func<string, byte[]> old) in sets)
        {
            int different = 0;
            for (int a = 0; a < articles.Length; a++)
            {
                if (!current(articles[a]).AsSpan().SequenceEqual(old(articles[a])))
                {
                    if (!allowDifferent)
                    {
                        Console.WriteLine($"{name}: article {a} is tagged differently by the two builds; no timing (--allow-different times them anyway).");
                        return 1;
                    }

                    different++;
                }
            }

            differing += different;

            var oldSeconds = new List<double>();
            var currentSeconds = new List<double>();
            var ratios = new List<double>();
            for (int round = -1; round < rounds; round++)
            {
                bool oldFirst = round % 2 == 0;
                double o = 0, c;
                if (oldFirst)
                {
                    o = BaselineComparison.Time(articles, a => old(a));
                }

                c = BaselineComparison.Time(articles, a => current(a));
                if (!oldFirst)
                {
                    o = BaselineComparison.Time(articles, a => old(a));
                }

                if (round >= 0)
                {
                    oldSeconds.Add(o);
                    currentSeconds.Add(c);
                    ratios.Add(o / c);
                }
            }

            ratios.Sort();
            double perMb = 1e3 / (bytes / 1e6);
            Console.WriteLine($"{name,-28} {Statistics.Median(oldSeconds) * perMb,15:F1} {Statistics.Median(currentSeconds) * perMb,11:F1} {$"{Statistics.Median(ratios):F2}x ({ratios[0]:F2}..{ratios[^1]:F2})",26}");
        }

        Console.WriteLine();
        Console.WriteLine(differing == 0 ? "JSON identical for every article and rule set" : $"JSON different for {differing:N0} article and rule set pairs (the rules changed too, so the work differs)");
        Console.WriteLine($"speed-up = baseline CPU time / this build's, same round; load average now {Load.Average()}");
        return 0;
    }

    private static Func<string, byte[]> Writer(Tagger tagger) => text =>
    {
        using var stream = new MemoryStream();
        TaggedArticleJsonWriter.Write(stream, tagger.Tag(text), indented: false);
        return stream.ToArray();
    };

    /// <summary>The baseline build's builder, tagger and JSON writer, reached by reflection.</summary>
    private sealed class Baseline
    {
        private readonly Type _builder;
        private readonly MethodInfo _write;

        public Baseline(string path)
        {
            Assembly assembly = new BaselineLoadContext(path).LoadFromAssemblyPath(path);
            _builder = assembly.GetType("ClaimTagger.ClaimTaggerBuilder", throwOnError: true)!;
            Type article = assembly.GetType("ClaimTagger.TaggedArticle", throwOnError: true)!;
            _write = assembly.GetType("ClaimTagger.Serialization.TaggedArticleJsonWriter", throwOnError: true)!
                .GetMethod("Write", [typeof(Stream), article, typeof(bool), typeof(string)])!;
        }

        public Func<string, byte[]> Tagger(bool defaults, string? yaml)
        {
            object builder = Activator.CreateInstance(_builder)!;
            if (defaults)
            {
                _builder.GetMethod("UseDefaultRules", Type.EmptyTypes)!.Invoke(builder, null);
            }

            if (yaml is not null)
            {
                _builder.GetMethod("AddRules", [typeof(string), typeof(string)])!.Invoke(builder, [yaml, "generated.yaml"]);
            }

            object tagger = _builder.GetMethod("Build", Type.EmptyTypes)!.Invoke(builder, null)!;
            MethodInfo tag = tagger.GetType().GetMethod("Tag", [typeof(string)])!;
            return text =>
            {
                using var stream = new MemoryStream();
                _write.Invoke(null, [stream, tag.Invoke(tagger, [text]), false, null]);
                return stream.ToArray();
            };
        }
    }
}
