using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ClaimTagger.Benchmarks;

/// <summary>
/// <c>corpus --mb 100 --out PATH [--seed 2025] [--short]</c>: streams a generated corpus to a JSONL file, one
/// <c>{"id": N, "text": "…"}</c> per line (the CLI's <c>--input-format jsonl</c>), one article at a time, so a file of
/// any size is written in constant memory. Also reads such a file back for the harness.
/// </summary>
public static class CorpusFile
{
    private const string Usage = "usage: corpus --mb 100 --out PATH.jsonl [--seed 2025] [--short]";

    /// <summary>Runs the command.</summary>
    /// <param name="args">The arguments after <c>corpus</c>.</param>
    /// <returns>The process exit code.</returns>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        long mb = 100;
        int seed = 2025;
        bool longArticles = true;
        string? output = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--mb" when i + 1 < args.Length && long.TryParse(args[i + 1], CultureInfo.InvariantCulture, out mb) && mb > 0:
                case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out seed):
                    i++;
                    break;
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--short":
                    longArticles = false;
                    break;
                default:
                    Console.Error.WriteLine($"corpus: unknown or invalid argument '{args[i]}'");
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }

        if (output is null)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        (long articles, long textBytes, long fileBytes) = Write(output, mb * 1_000_000, seed, longArticles);
        Console.WriteLine($"{output}: {articles:N0} articles, {textBytes / 1e6:F1} MB of article text (UTF-8), {fileBytes / 1e6:F1} MB of JSONL, seed {seed}, in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    /// <summary>Writes generated articles to <paramref name="path"/> until their text reaches <paramref name="bytes"/>.</summary>
    /// <param name="path">The JSONL file to write.</param>
    /// <param name="bytes">The minimum total size of the article texts, in UTF-8 bytes.</param>
    /// <param name="seed">The corpus seed.</param>
    /// <param name="longArticles">Whether the corpus includes long articles.</param>
    /// <returns>The number of articles, the UTF-8 size of their text and the size of the file.</returns>
    public static (long Articles, long TextBytes, long FileBytes) Write(string path, long bytes, int seed, bool longArticles)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        using var writer = new Utf8JsonWriter(file, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        long articles = 0, total = 0;
        foreach (string article in NewsCorpus.Enumerate(seed, longArticles))
        {
            if (total >= bytes)
            {
                break;
            }

            writer.WriteStartObject();
            writer.WriteNumber("id", articles);
            writer.WriteString("text", article);
            writer.WriteEndObject();
            writer.Flush();
            writer.Reset();
            file.WriteByte((byte)'\n');
            articles++;
            total += Encoding.UTF8.GetByteCount(article);
        }

        writer.Flush();
        return (articles, total, file.Length);
    }

    /// <summary>Reads the <c>text</c> of every line of a JSONL file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The articles, in file order.</returns>
    public static string[] Read(string path)
    {
        var articles = new List<string>();
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using JsonDocument document = JsonDocument.Parse(line);
            articles.Add(document.RootElement.GetProperty("text").GetString() ?? string.Empty);
        }

        return [.. articles];
    }

    /// <summary>Repeats <paramref name="articles"/> in order until their UTF-8 size reaches <paramref name="bytes"/>.</summary>
    public static string[] Repeated(string[] articles, long bytes)
    {
        if (articles.Length == 0)
        {
            return articles;
        }

        var repeated = new List<string>();
        long total = 0;
        for (int i = 0; total < bytes; i = (i + 1) % articles.Length)
        {
            repeated.Add(articles[i]);
            total += System.Text.Encoding.UTF8.GetByteCount(articles[i]);
        }

        return [.. repeated];
    }
}
