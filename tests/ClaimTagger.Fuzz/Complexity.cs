using System.Diagnostics;
using System.Text;

namespace ClaimTagger.Fuzz;

/// <summary>
/// A search for super-linear inputs, which a coverage fuzzer's small inputs cannot show: random short patterns
/// (one pattern repeated, or one pattern then another, each filling half the text) are tagged at two sizes, and any
/// whose time grows much faster than the size (40 times for 8 times the text, on wall-clock time and then again on
/// CPU time) is printed with both CPU times.
/// </summary>
internal static class Complexity
{
    private static readonly string[] Pieces =
    [
        "a", "The", "He", "said", "U.S.", "Mr.", "A.", "etc.", "No.", "a.m.", "3.5", "1.", "Q:", "SMITH:", "By", "©", "Photo:",
        "(", ")", "|", "•", "-", "–", " ", "\n", "\r\n", "\n\n", "\t", "\u00A0", "\u200B", "\u00AD", "\u200F", "\uFEFF",
        "\u2028", "\u2029", "\u0085", "'", "’", "‘", "\"", "“", "”", "„", "«", "»", "‹", "›", "「", "」", ".", "...", "…",
        ",", ";", ":", "!", "?", "\u0301", "\uD83D", "\uDE00", "\uFFFD", "\0", "2021", "Oct", "11:18", "’s", "s’",
    ];

    /// <summary>Runs <paramref name="iterations"/> random patterns from <paramref name="seed"/> at
    /// <paramref name="size"/> and 8 × <paramref name="size"/> characters.</summary>
    /// <returns>0 when no pattern looked super-linear, 1 otherwise.</returns>
    public static int Run(int iterations, int seed, int size)
    {
        var random = new Random(seed);
        Time("Warm “up”. Mr. Smith said.");
        int suspects = 0;
        for (int i = 0; i < iterations; i++)
        {
            string first = Pattern(random);
            string? second = random.Next(2) == 0 ? null : Pattern(random);
            double small = Time(Build(first, second, size));
            double large = Time(Build(first, second, 8 * size));
            if (large > (40 * small) + 30)
            {
                // Confirm on CPU time, averaged over repeated runs, to rule out pauses and a busy machine.
                small = CpuTime(Build(first, second, size));
                large = CpuTime(Build(first, second, 8 * size));
                if (large > (40 * small) + 20)
                {
                    suspects++;
                    Console.WriteLine($"SUSPECT {small:F1} ms -> {large:F1} ms: {Escape(first)} then {(second is null ? "(same)" : Escape(second))}");
                }
            }
        }

        Console.WriteLine($"{iterations} patterns at {size} and {8 * size} characters, {suspects} suspects");
        return suspects == 0 ? 0 : 1;
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (char c in text)
        {
            builder.Append(c is < ' ' or > '~' or '"' or '\\' ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return builder.Append('"').ToString();
    }

    private static string Pattern(Random random)
    {
        var builder = new StringBuilder();
        for (int k = random.Next(1, 5); k > 0; k--)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return builder.ToString();
    }

    private static string Build(string first, string? second, int length)
    {
        var builder = new StringBuilder(length + 16);
        while (builder.Length < (second is null ? length : length / 2))
        {
            builder.Append(first);
        }

        while (second is not null && builder.Length < length)
        {
            builder.Append(second);
        }

        return builder.ToString();
    }

    /// <summary>The average process CPU time of tagging <paramref name="text"/>, repeated until 100 ms are spent, in milliseconds.</summary>
    private static double CpuTime(string text)
    {
        using Process process = Process.GetCurrentProcess();
        TimeSpan start = process.TotalProcessorTime;
        TimeSpan spent = TimeSpan.Zero;
        int runs = 0;
        while (spent < TimeSpan.FromMilliseconds(100))
        {
            ClaimTagger.Tagger.CreateDefault().Tag(text);
            runs++;
            process.Refresh();
            spent = process.TotalProcessorTime - start;
        }

        return spent.TotalMilliseconds / runs;
    }

    /// <summary>The best of two wall-clock timings of tagging <paramref name="text"/>, in milliseconds.</summary>
    private static double Time(string text)
    {
        double best = double.MaxValue;
        for (int run = 0; run < 2; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            ClaimTagger.Tagger.CreateDefault().Tag(text);
            best = Math.Min(best, stopwatch.Elapsed.TotalMilliseconds);
        }

        return best;
    }
}
