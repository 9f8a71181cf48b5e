using System.Diagnostics;

namespace ClaimTagger.Tests.Robustness;

/// <summary>Times the tagger on one hostile pattern at two sizes, generously enough that noise cannot fail a
/// linear pattern but a quadratic one fails.</summary>
/// <remarks>
/// Times are the process's CPU time, not the wall clock, so that other work on a busy machine does not count; each
/// size is tagged repeatedly until at least <see cref="MinimumSample"/> of CPU time is spent, and the time per run is
/// the average, which smooths out the 10 ms resolution of the CPU clock and collector pauses.
/// </remarks>
internal static class TimeGrowth
{
    /// <summary>How much larger the second text is.</summary>
    public const int Factor = 8;

    /// <summary>The allowed growth of the time: linear is 8, quadratic 64.</summary>
    public const double AllowedRatio = 40;

    /// <summary>Slack for clock resolution, JIT and garbage-collector noise.</summary>
    public static readonly TimeSpan Slack = TimeSpan.FromMilliseconds(100);

    /// <summary>The CPU time each size is tagged for, at least.</summary>
    public static readonly TimeSpan MinimumSample = TimeSpan.FromMilliseconds(200);

    /// <summary>Asserts that tagging <c>make(Factor * n)</c> takes less than <see cref="AllowedRatio"/> times tagging
    /// <c>make(n)</c>, plus <see cref="Slack"/>; writes both times and the throughput to the test output.</summary>
    public static void AssertLinear(string name, Func<int, string> make, int n)
    {
        string small = make(n);
        string large = make(Factor * n);
        ITagger tagger = Tagger.CreateDefault();
        tagger.Tag(small); // warm up the JIT on this pattern

        TimeSpan smallTime = CpuTimePerRun(() => tagger.Tag(small));
        TimeSpan largeTime = CpuTimePerRun(() => tagger.Tag(large));
        double ratio = smallTime > TimeSpan.Zero ? largeTime / smallTime : double.PositiveInfinity;

        TestContext.Out.WriteLine(
            $"growth: {name}: {small.Length} chars {smallTime.TotalMilliseconds:F2} ms ({Rate(small, smallTime)}), " +
            $"{large.Length} chars {largeTime.TotalMilliseconds:F2} ms ({Rate(large, largeTime)}), ratio {ratio:F1}");
        Assert.That(largeTime, Is.LessThan((smallTime * AllowedRatio) + Slack), $"{name}: {Factor}x the text took {ratio:F1}x the CPU time");
    }

    /// <summary>Asserts that tagging <paramref name="text"/> takes less than <paramref name="allowedRatio"/> times the CPU
    /// time of tagging an ordinary article of the same length, plus <see cref="Slack"/>.</summary>
    public static void AssertAsFastAsAnArticle(string name, string text, double allowedRatio)
    {
        string article = HostileText.Article(text.Length)[..text.Length];
        ITagger tagger = Tagger.CreateDefault();
        tagger.Tag(article);
        TimeSpan articleTime = CpuTimePerRun(() => tagger.Tag(article));
        TimeSpan textTime = CpuTimePerRun(() => tagger.Tag(text));
        double ratio = articleTime > TimeSpan.Zero ? textTime / articleTime : double.PositiveInfinity;

        TestContext.Out.WriteLine(
            $"versus-article: {name}: {text.Length} chars {textTime.TotalMilliseconds:F2} ms, " +
            $"an article of that length {articleTime.TotalMilliseconds:F2} ms, ratio {ratio:F1}");
        Assert.That(textTime, Is.LessThan((articleTime * allowedRatio) + Slack), $"{name}: took {ratio:F1}x the CPU time of an ordinary article");
    }

    /// <summary>The average CPU time of <paramref name="action"/>, run until <see cref="MinimumSample"/> is spent.</summary>
    public static TimeSpan CpuTimePerRun(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using Process process = Process.GetCurrentProcess();
        process.Refresh();
        TimeSpan start = process.TotalProcessorTime;
        TimeSpan spent = TimeSpan.Zero;
        int runs = 0;
        while (spent < MinimumSample)
        {
            action();
            runs++;
            process.Refresh();
            spent = process.TotalProcessorTime - start;
        }

        return spent / runs;
    }

    private static string Rate(string text, TimeSpan time) =>
        time > TimeSpan.Zero ? $"{text.Length / 1e6 / time.TotalSeconds:F1} M chars/s" : "n/a";
}
