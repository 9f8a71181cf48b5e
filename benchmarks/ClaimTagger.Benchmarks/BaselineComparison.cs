using System.Collections;
using System.Reflection;
using System.Runtime.Loader;
using ClaimTagger.Analysis;

namespace ClaimTagger.Benchmarks;

/// <summary>
/// <c>throughput --baseline PATH</c>: loads a <c>ClaimTagger.dll</c> built from another commit (see
/// <c>benchmarks/build-baseline.sh</c>) into its own load context and runs its <c>TextAnalyzer</c> and this build's in
/// turns over the same corpus on the same thread. The ratio of their CPU times, round by round, is the figure that
/// survives a busy machine best: both sides see the same load.
/// </summary>
internal static class BaselineComparison
{
    /// <summary>Compares the baseline's text pipeline with this build's and prints the result.</summary>
    /// <param name="path">The baseline <c>ClaimTagger.dll</c>.</param>
    /// <param name="articles">The corpus.</param>
    /// <param name="bytes">The corpus size in UTF-8 bytes.</param>
    /// <param name="rounds">The number of timed rounds (each runs both sides once).</param>
    /// <returns>0; 1 when the two builds cut an article differently; 2 when there is no file at <paramref name="path"/>.</returns>
    public static int Run(string path, string[] articles, long bytes, int rounds)
    {
        string full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            Console.Error.WriteLine($"throughput: no baseline at {full} (build one with benchmarks/build-baseline.sh COMMIT)");
            return 2;
        }

        var context = new BaselineLoadContext(full);
        Assembly assembly = context.LoadFromAssemblyPath(full);
        Type analyzerType = assembly.GetType("ClaimTagger.Analysis.TextAnalyzer", throwOnError: true)!;
        object analyzer = analyzerType.GetProperty("Default")!.GetValue(null)!;
        Func<string, object> baseline = analyzerType.GetMethod("Analyze", [typeof(string)])!.CreateDelegate<Func<string, object>>(analyzer);
        TextAnalyzer current = TextAnalyzer.Default;

        for (int i = 0; i < articles.Length; i++)
        {
            string? difference = Difference(baseline(articles[i]), current.Analyze(articles[i]));
            if (difference is not null)
            {
                Console.WriteLine($"baseline {full}: article {i} differs ({difference}); no timing.");
                return 1;
            }
        }

        var ratios = new List<double>();
        var baselineSeconds = new List<double>();
        var currentSeconds = new List<double>();
        for (int round = -2; round < rounds; round++)
        {
            double b = Time(articles, a => baseline(a));
            double c = Time(articles, a => current.Analyze(a));
            if (round >= 0)
            {
                baselineSeconds.Add(b);
                currentSeconds.Add(c);
                ratios.Add(b / c);
            }
        }

        baselineSeconds.Sort();
        currentSeconds.Sort();
        ratios.Sort();
        Console.WriteLine();
        Console.WriteLine($"TextAnalyzer against the baseline {full}");
        Console.WriteLine($"outputs equal on all {articles.Length:N0} articles; {rounds} rounds after 2 warm-up rounds, each running both in turn");
        Console.WriteLine($"{"",-10} {"MB/s CPU median",16} {"best",8}");
        Console.WriteLine($"{"baseline",-10} {bytes / 1e6 / Statistics.Median(baselineSeconds),16:F1} {bytes / 1e6 / baselineSeconds[0],8:F1}");
        Console.WriteLine($"{"this build",-10} {bytes / 1e6 / Statistics.Median(currentSeconds),16:F1} {bytes / 1e6 / currentSeconds[0],8:F1}");
        Console.WriteLine($"speed-up (baseline CPU time / this build's, same round): median {Statistics.Median(ratios):F2}x, range {ratios[0]:F2}..{ratios[^1]:F2}");
        return 0;
    }

    /// <summary>Runs <paramref name="analyze"/> on every article; returns the thread's CPU seconds.</summary>
    internal static double Time(string[] articles, Action<string> analyze)
    {
        double start = CpuClock.Now();
        foreach (string article in articles)
        {
            analyze(article);
        }

        return CpuClock.Now() - start;
    }

    /// <summary>Compares the paragraphs, sentences, tokens and quotes of two analyses through their public
    /// properties (the baseline's types live in another load context), by the text of their records.</summary>
    private static string? Difference(object baseline, AnalyzedText current)
    {
        foreach (string name in (ReadOnlySpan<string>)["Paragraphs", "Sentences", "Tokens", "Quotes"])
        {
            var left = (IEnumerable)baseline.GetType().GetProperty(name)!.GetValue(baseline)!;
            var right = (IEnumerable)typeof(AnalyzedText).GetProperty(name)!.GetValue(current)!;
            IEnumerator l = left.GetEnumerator(), r = right.GetEnumerator();
            int index = 0;
            while (true)
            {
                bool moreLeft = l.MoveNext(), moreRight = r.MoveNext();
                if (!moreLeft || !moreRight)
                {
                    if (moreLeft != moreRight)
                    {
                        return $"{name}: counts differ";
                    }

                    break;
                }

                // Records print their members; flags print by name, so a renumbered enum still compares equal.
                if (l.Current?.ToString() != r.Current?.ToString())
                {
                    return $"{name}[{index}]: {l.Current} against {r.Current}";
                }

                index++;
            }
        }

        return null;
    }
}
