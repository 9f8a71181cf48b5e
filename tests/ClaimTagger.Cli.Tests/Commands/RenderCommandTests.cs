using System.Text.Json;
using ClaimTagger.Cli.Tests.Output;
using ClaimTagger.Cli.Tests.Samples;

namespace ClaimTagger.Cli.Tests.Commands;

public class RenderCommandTests : TempFolderTests
{
    [Test]
    public void Render_SavedJson_WritesReportWithEveryTag()
    {
        TaggedArticle article = ReportSamples.Harbour();
        string json = Temp.Write("harbour.json", SampleJson.Object(article));

        CliResult result = CliRunner.Run("render", json, "--format", "html");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
        List<Dictionary<string, string>> marks = HtmlMarkup.Marks(result.Stdout);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(marks.Select(m => m["data-tag"]).Distinct().Count(), Is.EqualTo(article.Tags.Count));
            Assert.That(marks.Select(m => m["data-rule"]).Distinct(), Is.EquivalentTo(article.Tags.Select(t => t.Rule).Distinct()));
            Assert.That(HtmlMarkup.Paragraphs(result.Stdout), Is.EqualTo(article.Text.Split("\n\n")).AsCollection, "text rebuilt from the slices");
        }
    }

    [Test]
    public void Render_RedirectedWithoutFormat_WritesHtml()
    {
        string json = Temp.Write("harbour.json", SampleJson.Object(ReportSamples.Harbour()));

        CliResult result = CliRunner.Run("render", json);

        Assert.That(result.Stdout, Does.StartWith("<!DOCTYPE html>"));
    }

    [Test]
    public void Render_OnTerminalWithoutFormat_WritesColouredTable()
    {
        string json = Temp.Write("harbour.json", SampleJson.Object(ReportSamples.Harbour()));

        CliResult result = CliRunner.RunIn(new CliRunner.Terminal(Stdout: true), "render", json);

        Assert.That(result.Stdout, Does.Contain("\u001b[35;4mslammed\u001b[0m"));
    }

    [Test]
    public void Render_JsonLinesFromStdin_OneSectionPerDocumentInOrder()
    {
        string lines = SampleJson.Lines(("b-first", ReportSamples.Hostile()), ("a-second", ReportSamples.Harbour()));

        CliResult result = CliRunner.RunWithStdin(lines, "render", "--format", "jsonl");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
        string[] ids = [.. result.StdoutLines().Select(line =>
        {
            using JsonDocument doc = JsonDocument.Parse(line);
            return doc.RootElement.GetProperty("id").GetString()!;
        })];
        Assert.That(ids, Is.EqualTo(new[] { "b-first", "a-second" }).AsCollection);
    }

    [Test]
    public void Render_JsonRoundTrip_WritesTheSameJsonAsTag()
    {
        string article = Temp.Write("tram.txt", Articles.Tram);
        CliResult tagged = CliRunner.Run("tag", "--format", "json", article);
        string json = Temp.Write("tram.json", tagged.Stdout);

        CliResult rendered = CliRunner.Run("render", "--format", "json", "--text", article, json);

        Assert.That(rendered.ExitCode, Is.EqualTo(ExitCodes.Success), rendered.ToString);
        Assert.That(rendered.Stdout, Is.EqualTo(tagged.Stdout));
    }

    [Test]
    public void Render_ArrayOfDocuments_ReadsEach()
    {
        string first = Temp.Write("a.txt", Articles.Tram);
        string second = Temp.Write("b.txt", Articles.Ferry);
        string json = Temp.Write("both.json", CliRunner.Run("tag", "--format", "json", first, second).Stdout);

        CliResult result = CliRunner.Run("render", "--format", "html", json);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
        Assert.That(result.Stdout, Does.Contain("<a href=\"#doc-2\">" + second + "</a>"));
    }

    [Test]
    public void Render_Summary_CountsSourcesAsJson()
    {
        string json = Temp.Write("h.jsonl", SampleJson.Lines(("1", ReportSamples.Harbour()), ("2", ReportSamples.Harbour())));

        CliResult result = CliRunner.Run("render", json, "--summary", "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
        using JsonDocument doc = result.Json();
        JsonElement santos = doc.RootElement.GetProperty("sources")[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(doc.RootElement.GetProperty("documents").GetInt32(), Is.EqualTo(2));
            Assert.That(santos.GetProperty("source").GetString(), Is.EqualTo("Maria Santos"));
            Assert.That(santos.GetProperty("direct").GetInt32(), Is.EqualTo(2));
            Assert.That(santos.GetProperty("reported").GetInt32(), Is.EqualTo(6));
            Assert.That(santos.GetProperty("framing")[0].GetProperty("kind").GetString(), Is.EqualTo("loaded-verb"));
            Assert.That(santos.GetProperty("framing")[0].GetProperty("cues")[0].GetProperty("cue").GetString(), Is.EqualTo("slammed"));
        }
    }

    [Test]
    public void Render_SummaryTable_OneRowPerSource()
    {
        string json = Temp.Write("h.json", SampleJson.Object(ReportSamples.Harbour()));

        CliResult result = CliRunner.Run("render", json, "--summary", "--format", "table");

        string[] lines = result.StdoutLines();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(lines[0], Does.StartWith("Source").And.Contain("Quoted").And.Contain("Reported"));
            Assert.That(lines[1], Does.Match(@"^Maria Santos\s+1\s+3\s+1\s+loaded-verb ×1 \(slammed\)$"));
            Assert.That(lines[^1], Is.EqualTo("3 sources, 7 quotes and claims, 1 document"));
        }
    }

    [Test]
    public void Render_BrokenInputs_ReportsEachAndRendersTheRest()
    {
        string good = Temp.Write("good.json", SampleJson.Object(ReportSamples.Harbour(), "good"));
        string broken = Temp.Write("broken.json", "{\"offsetUnit\": \"utf16\", \"sentences\": [");
        string wrongShape = Temp.Write("shape.json", "[1, 2]");
        string mismatched = Temp.Write("mismatch.json", "{\"offsetUnit\":\"utf16\",\"sentences\":[{\"index\":0,\"start\":0,\"end\":3,\"text\":\"toolong\",\"section\":\"body\",\"paragraph\":0}],\"tags\":[]}");
        string missing = Path.Combine(Temp.Path, "missing.json");

        CliResult result = CliRunner.Run("render", "--format", "jsonl", broken, good, wrongShape, mismatched, missing);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageError));
            Assert.That(result.StdoutLines(), Has.Length.EqualTo(1));
            Assert.That(result.Stderr, Does.Contain($"{broken}: error: invalid JSON"));
            Assert.That(result.Stderr, Does.Contain($"{wrongShape}[0]: error: not a tagged article"));
            Assert.That(result.Stderr, Does.Contain($"{mismatched}(1): error: not a tagged article"));
            Assert.That(result.Stderr, Does.Contain($"{missing}: error: no such file"));
            Assert.That(result.Stderr, Does.Not.Contain("   at "));
        }
    }

    [Test]
    public void Render_TextWithSeveralDocuments_ExitsWithUsageError()
    {
        string json = Temp.Write("two.jsonl", SampleJson.Lines(("1", ReportSamples.Harbour()), ("2", ReportSamples.Harbour())));
        string text = Temp.Write("a.txt", ReportSamples.Harbour().Text);

        CliResult result = CliRunner.Run("render", json, "--text", text);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(result.Stderr, Does.Contain("--text: error:"));
    }

    [Test]
    public void Render_JsonLinesWithoutIds_NamesEachByFileAndLine()
    {
        string lines = SampleJson.Lines(("x", ReportSamples.Harbour())).Replace("{\"id\":\"x\",", "{", StringComparison.Ordinal);
        string json = Temp.Write("noids.jsonl", lines + "\n" + lines);

        CliResult result = CliRunner.Run("render", json, "--format", "jsonl");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
        string[] ids = [.. result.StdoutLines().Select(line =>
        {
            using JsonDocument doc = JsonDocument.Parse(line);
            return doc.RootElement.GetProperty("id").GetString()!;
        })];
        Assert.That(ids, Is.EqualTo(new[] { $"{json}:1", $"{json}:3" }).AsCollection);
    }
}
