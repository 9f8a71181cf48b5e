using System.Globalization;
using System.Text;

namespace ClaimTagger.Benchmarks;

/// <summary>
/// The slope of tagging time over the size of hostile text: each pattern tagged at N and 8N characters, in alternating
/// rounds, by thread CPU time. Linear growth gives a ratio near 8, quadratic 64. The test suite bounds the same growth
/// generously (<c>LinearTimeTests</c>); this command measures it.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project benchmarks/ClaimTagger.Benchmarks -- growth [--chars 50000] [--rounds 5] [--only NAME]</c>
/// </remarks>
internal static class GrowthHarness
{
    private const int Factor = 8;

    public static int Run(string[] args)
    {
        int chars = 50_000, rounds = 5;
        string? only = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--chars" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out chars) && chars > 0:
                case "--rounds" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out rounds) && rounds > 0:
                    i++;
                    break;
                case "--only" when i + 1 < args.Length:
                    only = args[++i];
                    break;
                default:
                    Console.Error.WriteLine($"growth: unknown or invalid option '{args[i]}'. Options: --chars N, --rounds N, --only NAME");
                    return 2;
            }
        }

        ITagger tagger = Tagger.CreateDefault();
        Console.WriteLine($"{Environment.ProcessorCount} logical cores, load average {Load.Average()}; {CpuClock.Name}");
        Console.WriteLine($"each pattern at {chars:N0} and {Factor * chars:N0} characters, {rounds} rounds after a warm-up, both sizes in every round");
        Console.WriteLine();
        Console.WriteLine($"{"pattern",-30} {"ms at N",9} {"ms at 8N",10} {"M chars/s at 8N",16} {"ratio (median)",15} {"range",13}");
        foreach ((string name, Func<int, string> make) in Patterns())
        {
            if (only is not null && name != only)
            {
                continue;
            }

            string small = make(chars), large = make(Factor * chars);
            tagger.Tag(small);
            tagger.Tag(large);
            var smallTimes = new List<double>();
            var largeTimes = new List<double>();
            var ratios = new List<double>();
            for (int r = 0; r < rounds; r++)
            {
                double s = Time(tagger, small), l = Time(tagger, large);
                smallTimes.Add(s);
                largeTimes.Add(l);
                ratios.Add(l / Math.Max(s, 1e-6));
            }

            double largeMs = Statistics.Median(largeTimes) * 1000;
            Console.WriteLine(
                $"{name,-30} {Statistics.Median(smallTimes) * 1000,9:F1} {largeMs,10:F1} {large.Length / 1e3 / largeMs,16:F1} {Statistics.Median(ratios),15:F1} " +
                $"{$"{ratios.Min():F1}..{ratios.Max():F1}",13}");
        }

        return 0;
    }

    /// <summary>Thread CPU seconds of one tagging, repeated until 50 ms are spent, per run.</summary>
    private static double Time(ITagger tagger, string text)
    {
        double start = CpuClock.Now(), spent;
        int runs = 0;
        do
        {
            tagger.Tag(text);
            runs++;
            spent = CpuClock.Now() - start;
        }
        while (spent < 0.05);
        return spent / runs;
    }

    private static IEnumerable<(string Name, Func<int, string> Make)> Patterns() =>
    [
        ("ordinary articles", n => Cut(string.Join("\n\n", NewsCorpus.Generate(n * 2, 2025)), n)),
        ("no punctuation", n => Fill("word other thing ", n)),
        ("one word", n => new string('w', n)),
        ("unbalanced open quotes", n => Fill("a “b ", n)),
        ("unbalanced straight quotes", n => Fill("\"b c ", n)),
        ("only quotation marks", n => Fill("“”‘’\"'«»‹›„‚「」", n)),
        ("only opening quotes", n => new string('“', n)),
        ("nested quotes", n => Nested(n)),
        ("quote over paragraphs", n => Fill("“It went on.\n\n", n)),
        ("many short lines", n => Fill("a\n", n)),
        ("many blank lines", n => Fill("x\n\n\n", n)),
        ("abbreviation runs", n => Fill("Mr. Dr. J. e.g. etc. No. Jan. a.m. Inc. St. ", n)),
        ("punctuation without words", n => Fill("! ", n)),
        ("control characters", n => Fill("a\0\u0001\u001F\u007F. ", n)),
        ("lone surrogates", n => Fill("\uD800 \uDC00. ", n)),
    ];

    private static string Fill(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length + unit.Length <= length)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];

    private static string Nested(int length)
    {
        string[] open = ["“", "‘", "«"], close = ["”", "’", "»"];
        int depth = length / 14;
        var builder = new StringBuilder(length);
        for (int i = 0; i < depth; i++)
        {
            builder.Append(open[i % 3]).Append("level ");
        }

        for (int i = depth - 1; i >= 0; i--)
        {
            builder.Append(" end").Append(close[i % 3]);
        }

        return builder.ToString();
    }
}
