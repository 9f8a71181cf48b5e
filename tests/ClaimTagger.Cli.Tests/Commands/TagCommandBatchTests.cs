using System.Globalization;
using System.Text.Json;

namespace ClaimTagger.Cli.Tests.Commands;

/// <summary>Batch runs of <c>tag</c> through the real entry point: many files, parallel workers, order, progress.</summary>
public class TagCommandBatchTests : TempFolderTests
{
    [Test]
    public void Tag_ThousandFilesWithOneUnreadable_TagsAllOthersInOrderAndExitsWithUsageError()
    {
        var expected = new List<string>();
        for (int i = 0; i < 1000; i++)
        {
            string relative = Path.Combine($"batch{i % 10}", $"article{i:D4}.txt");
            expected.Add(Temp.Write(relative, ArticleGenerator.Article(i)));
        }

        // A dangling symbolic link: listed with the folder's *.txt files, unreadable even for root.
        string unreadable = Path.Combine(Temp.Path, "batch5", "article0500-broken.txt");
        File.CreateSymbolicLink(unreadable, Path.Combine(Temp.Path, "gone", "nowhere.txt"));
        expected.Sort(StringComparer.Ordinal);

        CliResult result = CliRunner.RunIn(new CliRunner.Terminal(Processors: 4), "tag", "--format", "jsonl", Temp.Path);

        string[] lines = result.StdoutLines();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageError));
            Assert.That(result.Stderr, Does.Contain($"{unreadable}: error: cannot read the file"));
            Assert.That(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1));
            Assert.That(Ids(lines), Is.EqualTo(expected).AsCollection);
        }

        // Each output line belongs to its own input: the article number in the first sentence matches the file name.
        foreach (string line in lines)
        {
            using JsonDocument doc = JsonDocument.Parse(line);
            string id = doc.RootElement.GetProperty("id").GetString()!;
            string number = Path.GetFileNameWithoutExtension(id)["article".Length..];
            string first = doc.RootElement.GetProperty("sentences")[0].GetProperty("text").GetString()!;
            Assert.That(first, Does.StartWith($"Article {int.Parse(number, CultureInfo.InvariantCulture):D5}:"));
        }
    }

    [Test]
    public void Tag_JsonlBatch_SameOutputWithOneOrManyWorkers()
    {
        string input = string.Join('\n', Enumerable.Range(0, 300).Select(i => JsonLine($"doc-{i}", ArticleGenerator.Article(i))));

        CliResult one = CliRunner.RunIn(new CliRunner.Terminal(Stdin: input), "tag", "--input-format", "jsonl", "--format", "jsonl", "--jobs", "1");
        CliResult many = CliRunner.RunIn(new CliRunner.Terminal(Stdin: input, Processors: 2), "tag", "--input-format", "jsonl", "--format", "jsonl", "--jobs", "6");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(many.ExitCode, Is.EqualTo(ExitCodes.Success), many.ToString);
            Assert.That(Ids(many.StdoutLines()), Is.EqualTo(Enumerable.Range(0, 300).Select(i => $"doc-{i}")).AsCollection);
            Assert.That(many.Stdout, Is.EqualTo(one.Stdout));
        }
    }

    [TestCase("0")]
    [TestCase("-2")]
    public void Tag_JobsBelowOne_ExitsWithUsageError(string jobs)
    {
        CliResult result = CliRunner.RunWithStdin(Articles.Tram, "tag", "--jobs", jobs);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(result.Stderr, Does.Contain("--jobs must be at least 1"));
    }

    [Test]
    public void Tag_BatchWithTerminalStderr_ShowsProgressWithTotals()
    {
        for (int i = 0; i < 20; i++)
        {
            Temp.Write($"a{i:D2}.txt", ArticleGenerator.Article(i));
        }

        CliResult result = CliRunner.RunIn(new CliRunner.Terminal(Stderr: true), "tag", "--format", "jsonl", Temp.Path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
            Assert.That(result.Stderr, Does.Contain("[####################] 100%"));
            Assert.That(result.Stderr, Does.Contain("20/20 docs"));
            Assert.That(result.Stderr, Does.Contain("MB/s"));
            Assert.That(result.Stderr, Does.EndWith("\n"));
            Assert.That(result.StdoutLines(), Has.Length.EqualTo(20));
        }
    }

    [Test]
    public void Tag_BatchWithTerminalStderrAndMissingFile_PrintsErrorOnItsOwnLine()
    {
        string present = Temp.Write("a.txt", Articles.Tram);
        string missing = Path.Combine(Temp.Path, "missing.txt");

        CliResult result = CliRunner.RunIn(new CliRunner.Terminal(Stderr: true), "tag", "--format", "jsonl", present, missing);

        Assert.That(ScreenLines(result.Stderr), Does.Contain($"{missing}: error: no such file or folder"));
    }

    [TestCase(false, false)]
    [TestCase(true, true)]
    public void Tag_Batch_ShowsProgressOnlyOnTerminalStderr(bool stderrIsTerminal, bool expectProgress)
    {
        Temp.Write("a.txt", Articles.Tram);
        Temp.Write("b.txt", Articles.Ferry);

        CliResult result = CliRunner.RunIn(new CliRunner.Terminal(Stderr: stderrIsTerminal), "tag", "--format", "jsonl", Temp.Path);

        Assert.That(result.Stderr.Contains("docs", StringComparison.Ordinal), Is.EqualTo(expectProgress), result.ToString);
    }

    [Test]
    public void Tag_NoProgress_HidesProgressOnTerminal()
    {
        Temp.Write("a.txt", Articles.Tram);
        Temp.Write("b.txt", Articles.Ferry);

        CliResult result = CliRunner.RunIn(new CliRunner.Terminal(Stderr: true), "tag", "--format", "jsonl", "--no-progress", Temp.Path);

        Assert.That(result.Stderr, Is.Empty);
    }

    /// <summary>The lines a terminal would show: on each line, only what follows the last "carriage return, erase line".</summary>
    private static string[] ScreenLines(string output) => [.. output.Split('\n').Select(line =>
    {
        int erase = line.LastIndexOf("\r\u001b[K", StringComparison.Ordinal);
        return erase < 0 ? line : line[(erase + 4)..];
    })];

    private static string JsonLine(string id, string text)
        => JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["text"] = text }, TestJsonContext.Default.DictionaryStringString);

    private static string?[] Ids(string[] lines) => [.. lines.Select(line =>
    {
        using JsonDocument doc = JsonDocument.Parse(line);
        return doc.RootElement.GetProperty("id").GetString();
    })];
}
