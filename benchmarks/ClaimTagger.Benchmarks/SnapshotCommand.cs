using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimTagger.Serialization;

namespace ClaimTagger.Benchmarks;

/// <summary>
/// Output guard for speed work: tags the gold articles (dev and test), the samples and a generated corpus with the
/// default pack and writes each article's JSON (one line per article) into a folder, or compares with such a folder
/// and reports the first article whose output differs. Not timed; run it before and after a change to the engine.
/// </summary>
/// <remarks>
/// <c>snapshot --write DIR [--mb 4] [--seed 2025]</c> saves; <c>snapshot --verify DIR</c> compares (the corpus size and
/// seed are read back from DIR). Exit code 0 when every article is byte-identical, 1 otherwise.
/// </remarks>
public static class SnapshotCommand
{
    private const string Usage = "usage: snapshot (--write DIR | --verify DIR) [--mb 4] [--seed 2025]";

    /// <summary>Runs the command.</summary>
    /// <param name="args">The arguments after <c>snapshot</c>.</param>
    /// <returns>The process exit code.</returns>
    public static int Run(string[] args)
    {
        string? write = null, verify = null;
        double mb = 4;
        int seed = 2025;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--write" when i + 1 < args.Length: write = args[++i]; break;
                case "--verify" when i + 1 < args.Length: verify = args[++i]; break;
                case "--mb" when i + 1 < args.Length: mb = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--seed" when i + 1 < args.Length: seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }

        if ((write is null) == (verify is null))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        string dir = write ?? verify!;
        if (verify is not null)
        {
            string[] settings = File.ReadAllText(Path.Combine(dir, "corpus.txt")).Split(' ');
            mb = double.Parse(settings[0], CultureInfo.InvariantCulture);
            seed = int.Parse(settings[1], CultureInfo.InvariantCulture);
        }

        string root = RepoRoot();
        var sets = new List<(string Name, string[] Articles)>
        {
            ("dev", ReadGold(Path.Combine(root, "tests/ClaimTagger.Tests/Gold/dev.jsonl"))),
            ("test", ReadGold(Path.Combine(root, "tests/ClaimTagger.Tests/Gold/test.jsonl"))),
            ("samples", [.. Directory.GetFiles(Path.Combine(root, "samples"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)]),
            ("corpus", NewsCorpus.Generate((int)(mb * 1e6), seed)),
        };

        Tagger tagger = Tagger.CreateDefault();
        var clock = Stopwatch.StartNew();
        int differences = 0, total = 0;
        if (write is not null)
        {
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, "corpus.txt"), string.Create(CultureInfo.InvariantCulture, $"{mb} {seed}"));
        }

        foreach ((string name, string[] articles) in sets)
        {
            string file = Path.Combine(dir, name + ".jsonl");
            string[] expected = verify is null ? [] : File.ReadAllLines(file);
            var lines = new string[articles.Length];
            for (int i = 0; i < articles.Length; i++)
            {
                lines[i] = TagToJson(tagger, articles[i]);
                total++;
                if (verify is not null && (i >= expected.Length || !string.Equals(expected[i], lines[i], StringComparison.Ordinal)))
                {
                    if (differences++ < 5)
                    {
                        Console.WriteLine($"{name} article {i}: output differs{FirstDifference(i < expected.Length ? expected[i] : string.Empty, lines[i])}");
                    }
                }
            }

            if (verify is not null && expected.Length != articles.Length)
            {
                Console.WriteLine($"{name}: {expected.Length} articles saved, {articles.Length} tagged");
                differences++;
            }

            if (write is not null)
            {
                File.WriteAllLines(file, lines);
            }

            Console.WriteLine($"{name}: {articles.Length} articles");
        }

        Console.WriteLine(write is not null
            ? $"wrote {total} outputs to {dir} in {clock.Elapsed.TotalSeconds:F1} s"
            : $"{total} outputs compared with {dir} in {clock.Elapsed.TotalSeconds:F1} s: {(differences == 0 ? "all identical" : $"{differences} differ")}");
        return differences == 0 ? 0 : 1;
    }

    private static string TagToJson(Tagger tagger, string article)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, TaggedArticleJsonWriter.CreateWriterOptions(indented: false)))
        {
            TaggedArticleJsonWriter.Write(writer, tagger.Tag(article));
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string FirstDifference(string expected, string actual)
    {
        int i = 0;
        while (i < expected.Length && i < actual.Length && expected[i] == actual[i])
        {
            i++;
        }

        int from = Math.Max(0, i - 80);
        return $" at char {i}:\n  saved:  …{expected[from..Math.Min(expected.Length, i + 120)]}\n  now:    …{actual[from..Math.Min(actual.Length, i + 120)]}";
    }

    private static string[] ReadGold(string path)
    {
        var texts = new List<string>();
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            texts.Add(doc.RootElement.GetProperty("text").GetString()!);
        }

        return [.. texts];
    }

    private static string RepoRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "ClaimTagger.sln")))
            {
                return d.FullName;
            }
        }

        for (var d = new DirectoryInfo(Directory.GetCurrentDirectory()); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "ClaimTagger.sln")))
            {
                return d.FullName;
            }
        }

        throw new DirectoryNotFoundException("ClaimTagger.sln not found above the program or the current folder.");
    }
}
