using System.Diagnostics;
using System.Globalization;
using ClaimTagger.Matching;
using ClaimTagger.Rules;
using ClaimTagger.Rules.Packed;
using ClaimTagger.Rules.Yaml;
using ClaimTagger.Serialization;

namespace ClaimTagger.Benchmarks;

/// <summary>
/// <c>load [--rounds N] [--article PATH]</c>: what building the default tagger and tagging one article cost, phase by
/// phase (the embedded sources, reading them from the YAML and from the pack, linking, compiling, tagging, writing
/// the JSON). Prints the first round (which includes the JIT compiling each phase's code) and the median of the later
/// rounds, with the bytes each phase allocates. Start-up of the whole process is measured by <c>startup.sh</c>.
/// </summary>
internal static class LoadPhasesHarness
{
    private static readonly string[] Phases = ["sources", "read YAML", "read pack", "link", "compile", "tag", "json"];

    public static int Run(string[] args)
    {
        int rounds = 15;
        string article = "samples/harbour-strike.txt";
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--rounds" when i + 1 < args.Length:
                    rounds = Math.Max(2, int.Parse(args[++i], CultureInfo.InvariantCulture));
                    break;
                case "--article" when i + 1 < args.Length:
                    article = args[++i];
                    break;
                default:
                    Console.Error.WriteLine("usage: load [--rounds N] [--article PATH]");
                    return 2;
            }
        }

        string text = File.ReadAllText(article);
        var times = Phases.ToDictionary(p => p, _ => new List<double>());
        var bytes = Phases.ToDictionary(p => p, _ => 0L);
        for (int r = 0; r < rounds; r++)
        {
            var clock = Stopwatch.StartNew();
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            void Done(string phase)
            {
                times[phase].Add(clock.Elapsed.TotalMilliseconds);
                long now = GC.GetAllocatedBytesForCurrentThread();
                bytes[phase] = now - allocated;
                allocated = now;
                clock.Restart();
            }

            IReadOnlyList<RuleSource> sources = ClaimTaggerBuilder.DefaultSources();
            Done("sources");
            var diagnostics = new List<RuleDiagnostic>();
            foreach (RuleSource source in sources)
            {
                _ = RuleFileReader.Read(source.Yaml, source.Name, RuleSetLimits.Default, diagnostics, builtIn: true);
            }

            Done("read YAML");
            List<RuleFile> files = DefaultRulePack.TryLoad(sources, diagnostics)
                ?? throw new InvalidOperationException("The embedded rule pack does not match the embedded YAML; see docs/default-rules.md.");
            Done("read pack");
            RuleSet set = RuleSetLinker.Link(files, [], RuleSetLimits.Default, diagnostics) ?? throw new InvalidOperationException("link failed");
            Done("link");
            // As RuleSetParser compiles the built-in rules alone: each automaton is built on its first use, in "tag".
            set.Engine = RuleCompiler.Compile(set, RuleSetLimits.Default, diagnostics, deferAutomata: true) ?? throw new InvalidOperationException("compile failed");
            Done("compile");
            TaggedArticle tagged = new Tagger(new Analysis.TextAnalyzer().Analyze, set, diagnostics).Tag(text);
            Done("tag");
            _ = TaggedArticleJsonWriter.ToJson(tagged);
            Done("json");
        }

        Console.WriteLine($"{rounds} rounds; first round (with JIT) and median of rounds 2..{rounds}; {article}");
        foreach (string phase in Phases)
        {
            List<double> warm = [.. times[phase].Skip(1).Order()];
            Console.WriteLine($"{phase,-10} first {times[phase][0],8:F2} ms   median {warm[warm.Count / 2],7:F2} ms   {bytes[phase] / 1048576.0,6:F2} MB allocated");
        }

        return 0;
    }
}
