using System.Diagnostics;
using System.Text.Json;
using ClaimTagger.Cli.Tests.Samples;

namespace ClaimTagger.Cli.Tests.Output;

/// <summary>
/// The HTML report in a real browser: Debian's Chromium driven headless by playwright-core
/// (<c>tests/browser/check-report.mjs</c>). Inconclusive where Node, Chromium or the npm packages are missing, but
/// a failure on CI (<c>CI=true</c>), where <c>.ci/run</c> installs them. Set <c>CLAIMTAGGER_SCREENSHOTS</c> to a
/// folder (such as <c>docs/images</c>) to keep the screenshots there.
/// </summary>
[NonParallelizable]
public class HtmlArticleOutputBrowserTests : TempFolderTests
{
    private const string Chromium = "/usr/bin/chromium";
    [Test]
    [CancelAfter(300_000)]
    public void Report_InHeadlessChromium_EveryTagHighlightedTogglesAndTooltipsWork()
    {
        string browserFolder = RequireBrowserTools();
        TaggedArticle harbour = ReportSamples.Harbour();
        string report = RenderHtml("harbour.json", SampleJson.Object(harbour, "dispatches/harbour-strike.txt"), "harbour.html");
        string hostile = RenderHtml("hostile.json", SampleJson.Object(ReportSamples.Hostile()), "hostile.html");
        string multi = RenderHtml("batch.jsonl", SampleJson.Lines(("dispatches/harbour.txt", harbour), ("dispatches/hostile.txt", ReportSamples.Hostile())), "batch.html");
        string expected = Temp.Write("expected.json", ExpectedTags(harbour));
        CliResult table = CliRunner.RunIn(new CliRunner.Terminal(Stdout: true, Width: 118), "render", Temp.Write("table.json", SampleJson.Object(harbour)));
        string ansi = Temp.Write("table.ansi", string.Join('\n', table.Stdout.Split('\n').Skip(1).Take(40)));
        string screenshot = Path.Combine(Temp.Path, "report.png");
        string phone = Path.Combine(Temp.Path, "report-phone.png");
        string terminal = Path.Combine(Temp.Path, "table.png");

        (int exitCode, string output) = RunNode(
            browserFolder,
            "check-report.mjs",
            "--report", report, "--expect", expected, "--screenshot", screenshot, "--mobile-screenshot", phone,
            "--hostile", hostile, "--multi", multi,
            "--terminal", ansi, "--terminal-screenshot", terminal, "--terminal-command", "claimtagger tag article.txt");
        TestContext.Out.WriteLine(output);
        KeepScreenshots(screenshot, phone, terminal);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(output, Does.Not.Contain("not ok"));
            Assert.That(output, Does.Contain($"ok - tag d1-t{harbour.Tags.Count - 1} is highlighted"));
            Assert.That(new FileInfo(screenshot).Length, Is.GreaterThan(10_000));
            Assert.That(new FileInfo(terminal).Length, Is.GreaterThan(5_000));
        }
    }

    private string RenderHtml(string jsonName, string json, string htmlName)
    {
        string input = Temp.Write(jsonName, json);
        string output = Path.Combine(Temp.Path, htmlName);
        CliResult result = CliRunner.Run("render", input, "--format", "html", "--out", output);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
        return output;
    }

    /// <summary>The tags the page must show: <c>data-tag</c> ids follow the order of the tags in the JSON.</summary>
    private static string ExpectedTags(TaggedArticle article)
    {
        var tags = article.Tags.Select((tag, i) => new Dictionary<string, string?>
        {
            ["tag"] = $"d1-t{i}",
            ["label"] = tag.Label.Name,
            ["rule"] = tag.Rule,
            ["source"] = tag.Role("source") is { } source ? source.Resolved ?? source.Text : null,
        }).ToArray();
        return JsonSerializer.Serialize(tags, TestJsonContext.Default.DictionaryStringStringArray);
    }

    /// <summary>Returns <c>tests/browser</c>, or ends the test when the tools are missing (failing on CI).</summary>
    private static string RequireBrowserTools()
    {
        string? root = RepositoryPaths.Root();
        string? folder = root is null ? null : Path.Combine(root, "tests", "browser");
        string? missing =
            folder is null || !File.Exists(Path.Combine(folder, "check-report.mjs")) ? "tests/browser/check-report.mjs"
            : !File.Exists(Chromium) ? Chromium + " (apt-get install chromium)"
            : !Directory.Exists(Path.Combine(folder, "node_modules", "playwright-core")) ? "playwright-core (npm ci --prefix tests/browser)"
            : FindOnPath("node") is null ? "node"
            : null;
        if (missing is not null)
        {
            string message = $"The browser check needs {missing}.";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(message + " .ci/run installs it.");
            }

            Assert.Inconclusive(message);
        }

        return folder!;
    }

    private static (int ExitCode, string Output) RunNode(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(4)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the browser check timed out");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static void KeepScreenshots(params string[] files)
    {
        string? keep = Environment.GetEnvironmentVariable("CLAIMTAGGER_SCREENSHOTS");
        foreach (string file in files)
        {
            if (!File.Exists(file))
            {
                continue;
            }

            string copy = Path.Combine(TestContext.CurrentContext.WorkDirectory, "browser-" + Path.GetFileName(file));
            File.Copy(file, copy, overwrite: true);
            TestContext.AddTestAttachment(copy);
            if (!string.IsNullOrEmpty(keep))
            {
                Directory.CreateDirectory(keep);
                File.Copy(file, Path.Combine(keep, Path.GetFileName(file)), overwrite: true);
            }
        }
    }

    private static string? FindOnPath(string program)
        => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
