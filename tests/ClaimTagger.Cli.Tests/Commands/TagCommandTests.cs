using System.Text;
using System.Text.Json;

namespace ClaimTagger.Cli.Tests.Commands;

public class TagCommandTests : TempFolderTests
{
    [Test]
    public void Tag_File_WritesContractJsonWithSections()
    {
        string path = Temp.Write("tram.txt", Articles.Tram);

        CliResult result = CliRunner.Run("tag", path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
        using JsonDocument json = result.Json();
        JsonElement root = json.RootElement;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(root.ValueKind, Is.EqualTo(JsonValueKind.Object));
            Assert.That(root.TryGetProperty("id", out _), Is.False, "a single document is exactly the contract object");
            Assert.That(root.GetProperty("offsetUnit").GetString(), Is.EqualTo("utf16"));
            Assert.That(root.GetProperty("sentences").GetArrayLength(), Is.GreaterThan(0));
            Assert.That(root.GetProperty("tags").ValueKind, Is.EqualTo(JsonValueKind.Array));
            Assert.That(root.GetProperty("diagnostics").ValueKind, Is.EqualTo(JsonValueKind.Array));
        }

        string[] sections = ["headline", "dateline", "caption", "byline", "body", "boilerplate"];
        foreach (JsonElement sentence in root.GetProperty("sentences").EnumerateArray())
        {
            Assert.That(sections, Does.Contain(sentence.GetProperty("section").GetString()));
        }
    }

    [Test]
    public void Tag_File_SentenceTextsEqualSourceSlices()
    {
        string path = Temp.Write("tram.txt", Articles.Tram);

        CliResult result = CliRunner.Run("tag", "--format", "json", path);

        using JsonDocument json = result.Json();
        foreach (JsonElement sentence in json.RootElement.GetProperty("sentences").EnumerateArray())
        {
            int start = sentence.GetProperty("start").GetInt32();
            int end = sentence.GetProperty("end").GetInt32();
            Assert.That(sentence.GetProperty("text").GetString(), Is.EqualTo(Articles.Tram[start..end]));
        }
    }

    [Test]
    public void Tag_NoPath_ReadsStandardInput()
    {
        CliResult result = CliRunner.RunWithStdin(Articles.Ferry, "tag");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
        using JsonDocument json = result.Json();
        Assert.That(json.RootElement.GetProperty("sentences")[0].GetProperty("text").GetString(), Does.StartWith("Ferry crews"));
    }

    [Test]
    public void Tag_DashPath_ReadsStandardInputBetweenFiles()
    {
        string first = Temp.Write("a.txt", Articles.Tram);
        string last = Temp.Write("b.txt", Articles.Orchard);

        CliResult result = CliRunner.RunWithStdin(Articles.Ferry, "tag", "--format", "jsonl", first, "-", last);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
        Assert.That(Ids(result), Is.EqualTo(new[] { first, "-", last }).AsCollection);
    }

    [Test]
    public void Tag_StandardInputTwice_ExitsWithUsageError()
    {
        CliResult result = CliRunner.RunWithStdin(Articles.Ferry, "tag", "--format", "jsonl", "-", "-");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageError));
            Assert.That(result.StdoutLines(), Has.Length.EqualTo(1));
        }
    }

    [Test]
    public void Tag_MissingFile_ExitsWithUsageErrorAndOneLineMessage()
    {
        string missing = Path.Combine(Temp.Path, "nope.txt");

        CliResult result = CliRunner.Run("tag", missing);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageError));
            Assert.That(result.Stderr.TrimEnd(), Is.EqualTo($"{missing}: error: no such file or folder"));
            Assert.That(result.Stdout, Is.Empty);
        }
    }

    [Test]
    public void Tag_MissingFileAmongSeveral_TagsTheOthersAndExitsWithUsageError()
    {
        string first = Temp.Write("a.txt", Articles.Tram);
        string missing = Path.Combine(Temp.Path, "missing.txt");
        string last = Temp.Write("c.txt", Articles.Orchard);

        CliResult result = CliRunner.Run("tag", "--format", "json", first, missing, last);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageError));
            Assert.That(result.Stderr, Does.Contain(missing));
        }

        using JsonDocument json = result.Json();
        string?[] ids = [.. json.RootElement.EnumerateArray().Select(d => d.GetProperty("id").GetString())];
        Assert.That(ids, Is.EqualTo(new[] { first, last }).AsCollection);
    }

    [TestCase("xml")]
    [TestCase("JSON")]
    [TestCase("")]
    public void Tag_BadFormat_ExitsWithUsageError(string format)
    {
        string path = Temp.Write("a.txt", Articles.Tram);

        CliResult result = CliRunner.Run("tag", "--format", format, path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageError));
            Assert.That(result.Stderr, Does.Contain("--format"));
            Assert.That(result.Stdout, Is.Empty);
        }
    }

    [Test]
    public void Tag_BadInputFormat_ExitsWithUsageError()
    {
        CliResult result = CliRunner.RunWithStdin(Articles.Tram, "tag", "--input-format", "csv");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(result.Stderr, Does.Contain("--input-format"));
    }

    [Test]
    public void Tag_HtmlFormat_WritesOneSelfContainedReport()
    {
        string path = Temp.Write("tram.txt", Articles.Tram);

        CliResult result = CliRunner.Run("tag", "--format", "html", path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
            Assert.That(result.Stdout, Does.StartWith("<!DOCTYPE html>").And.EndWith("</html>\n"));
            Assert.That(result.Stdout, Does.Contain("Council backs tram extension"));
            Assert.That(result.Stdout, Does.Contain(path));
        }
    }

    [Test]
    public void Tag_HtmlSummary_ExitsWithUsageError()
    {
        CliResult result = CliRunner.RunWithStdin(Articles.Tram, "tag", "--format", "html", "--summary");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(result.Stderr, Does.Contain("--summary writes a table or JSON"));
    }

    [Test]
    public void Tag_SeveralFilesAsJson_WritesArrayWithIdFirst()
    {
        string first = Temp.Write("a.txt", Articles.Tram);
        string second = Temp.Write("b.txt", Articles.Ferry);

        CliResult result = CliRunner.Run("tag", "--format", "json", first, second);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
        using JsonDocument json = result.Json();
        JsonElement[] documents = [.. json.RootElement.EnumerateArray()];
        Assert.That(documents, Has.Length.EqualTo(2));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(documents[0].EnumerateObject().First().Name, Is.EqualTo("id"));
            Assert.That(documents[0].GetProperty("id").GetString(), Is.EqualTo(first));
            Assert.That(documents[1].GetProperty("id").GetString(), Is.EqualTo(second));
            Assert.That(documents[1].GetProperty("sentences")[0].GetProperty("text").GetString(), Does.StartWith("Ferry crews"));
        }
    }

    [Test]
    public void Tag_Folder_ReadsTxtFilesRecursivelyInOrdinalOrder()
    {
        string[] expected =
        [
            Temp.Write("B.txt", Articles.Tram),
            Temp.Write("a.txt", Articles.Ferry),
            Temp.Write(Path.Combine("sub", "deeper", "c.txt"), Articles.Orchard),
            Temp.Write(Path.Combine("sub", "b.txt"), Articles.Tram),
        ];
        Temp.Write("notes.md", "not an article");
        Temp.Write(Path.Combine("sub", "data.json"), "{}");
        Array.Sort(expected, StringComparer.Ordinal);

        CliResult result = CliRunner.Run("tag", "--format", "jsonl", Temp.Path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
        Assert.That(Ids(result), Is.EqualTo(expected).AsCollection);
    }

    [Test]
    public void Tag_SingleFolderAsJson_WritesArray()
    {
        Temp.Write("only.txt", Articles.Tram);

        CliResult result = CliRunner.Run("tag", "--format", "json", Temp.Path);

        using JsonDocument json = result.Json();
        Assert.That(json.RootElement.ValueKind, Is.EqualTo(JsonValueKind.Array));
        Assert.That(json.RootElement.GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public void Tag_EmptyFolder_WarnsAndWritesEmptyArray()
    {
        CliResult result = CliRunner.Run("tag", "--format", "json", Temp.Path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(result.Stderr, Does.Contain("warning: no *.txt files"));
        }

        using JsonDocument json = result.Json();
        Assert.That(json.RootElement.GetArrayLength(), Is.Zero);
    }

    [Test]
    public void Tag_JsonlOutput_WritesOneCompactObjectPerDocumentWithIdFirst()
    {
        string first = Temp.Write("x.txt", Articles.Orchard);
        string second = Temp.Write("y.txt", Articles.Tram);

        CliResult result = CliRunner.Run("tag", "--format", "jsonl", second, first);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
        string[] lines = result.StdoutLines();
        Assert.That(lines, Has.Length.EqualTo(2));
        foreach (string line in lines)
        {
            using JsonDocument doc = JsonDocument.Parse(line);
            Assert.That(doc.RootElement.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "id", "offsetUnit", "sentences", "tags", "diagnostics" }).AsCollection);
        }

        Assert.That(Ids(result), Is.EqualTo(new[] { second, first }).AsCollection);
    }

    [Test]
    public void Tag_JsonlInput_KeepsInputIdsAndOrder()
    {
        string input = string.Join('\n',
            JsonLine("zeta", Articles.Orchard),
            JsonLine("alpha", Articles.Tram),
            "{\"id\": 17, \"text\": \"A number as id.\"}",
            JsonLine("mid", Articles.Ferry));

        CliResult result = CliRunner.RunWithStdin(input, "tag", "--input-format", "jsonl", "--format", "jsonl");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
        Assert.That(Ids(result), Is.EqualTo(new[] { "zeta", "alpha", "17", "mid" }).AsCollection);
    }

    [Test]
    public void Tag_JsonlInput_TextIsTaggedWithOffsetsIntoIt()
    {
        CliResult result = CliRunner.RunWithStdin(JsonLine("t", Articles.Tram) + "\n", "tag", "--input-format", "jsonl", "--format", "jsonl");

        using JsonDocument doc = JsonDocument.Parse(result.StdoutLines().Single());
        foreach (JsonElement sentence in doc.RootElement.GetProperty("sentences").EnumerateArray())
        {
            int start = sentence.GetProperty("start").GetInt32();
            int end = sentence.GetProperty("end").GetInt32();
            Assert.That(sentence.GetProperty("text").GetString(), Is.EqualTo(Articles.Tram[start..end]));
        }
    }

    [Test]
    public void Tag_JsonlInputWithoutIds_UsesSourceAndLineNumber()
    {
        string path = Temp.Write("batch.jsonl", "{\"text\":\"First one.\"}\r\n\r\n{\"text\":\"Third line.\"}");

        CliResult result = CliRunner.Run("tag", "--input-format", "jsonl", "--format", "jsonl", path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
        Assert.That(Ids(result), Is.EqualTo(new[] { $"{path}:1", $"{path}:3" }).AsCollection);
    }

    [Test]
    public void Tag_JsonlInputWithBadLines_ReportsEachLineAndTagsTheRest()
    {
        string input = string.Join('\n',
            JsonLine("good-1", Articles.Tram),
            "{\"id\": \"broken\", \"text\": ",
            "{\"id\": \"no-text\"}",
            "[1, 2]",
            JsonLine("good-2", Articles.Ferry));

        CliResult result = CliRunner.RunWithStdin(input, "tag", "--input-format", "jsonl", "--format", "jsonl");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageError));
            Assert.That(Ids(result), Is.EqualTo(new[] { "good-1", "good-2" }).AsCollection);
            Assert.That(result.Stderr, Does.Contain("-(2): error:"));
            Assert.That(result.Stderr, Does.Contain("-(3): error:"));
            Assert.That(result.Stderr, Does.Contain("-(4): error:"));
            Assert.That(result.Stderr, Does.Not.Contain("   at "));
        }
    }

    [Test]
    public void Tag_JsonlInputAsJson_WritesArrayInInputOrder()
    {
        string input = JsonLine("b", Articles.Ferry) + "\n" + JsonLine("a", Articles.Orchard) + "\n";

        CliResult result = CliRunner.RunWithStdin(input, "tag", "--input-format", "jsonl", "--format", "json");

        using JsonDocument json = result.Json();
        string?[] ids = [.. json.RootElement.EnumerateArray().Select(d => d.GetProperty("id").GetString())];
        Assert.That(ids, Is.EqualTo(new[] { "b", "a" }).AsCollection);
    }

    [Test]
    public void Tag_JsonlInputFolder_ReadsJsonlFiles()
    {
        Temp.Write("one.jsonl", JsonLine("first", Articles.Tram) + "\n");
        Temp.Write(Path.Combine("more", "two.jsonl"), JsonLine("second", Articles.Ferry) + "\n");
        Temp.Write("skipped.txt", Articles.Orchard);

        CliResult result = CliRunner.Run("tag", "--input-format", "jsonl", "--format", "jsonl", Temp.Path);

        Assert.That(Ids(result), Is.EqualTo(new[] { "second", "first" }).AsCollection);
    }

    [Test]
    public void Tag_Out_WritesFileAndNothingToStandardOutput()
    {
        string input = Temp.Write("tram.txt", Articles.Tram);
        string output = Path.Combine(Temp.Path, "tagged.json");

        CliResult result = CliRunner.Run("tag", input, "--out", output);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
            Assert.That(result.Stdout, Is.Empty);
            Assert.That(File.Exists(output), Is.True);
        }

        byte[] bytes = File.ReadAllBytes(output);
        using JsonDocument json = JsonDocument.Parse(bytes);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(bytes[0], Is.EqualTo((byte)'{'), "no byte-order mark");
            Assert.That(json.RootElement.GetProperty("sentences").GetArrayLength(), Is.GreaterThan(0));
        }
    }

    [Test]
    public void Tag_JsonlToOutFile_WritesOneValidLinePerDocumentInOrder()
    {
        string[] inputs = [Temp.Write("1.txt", Articles.Tram), Temp.Write("2.txt", Articles.Ferry), Temp.Write("3.txt", Articles.Orchard)];
        string output = Path.Combine(Temp.Path, "tagged.jsonl");

        CliResult result = CliRunner.Run(["tag", "--format", "jsonl", "--out", output, .. inputs]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
        string[] lines = File.ReadAllLines(output);
        string?[] ids = [.. lines.Select(line =>
        {
            using JsonDocument doc = JsonDocument.Parse(line);
            return doc.RootElement.GetProperty("id").GetString();
        })];
        Assert.That(ids, Is.EqualTo(inputs).AsCollection);
    }

    [Test]
    public void Tag_OutInMissingFolder_ExitsWithUsageError()
    {
        string output = Path.Combine(Temp.Path, "no", "such", "folder", "out.json");

        CliResult result = CliRunner.RunWithStdin(Articles.Tram, "tag", "--out", output);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageError));
            Assert.That(result.Stderr, Does.StartWith(output + ": error:"));
            Assert.That(result.Stderr, Does.Not.Contain("   at "));
        }
    }

    [Test]
    public void Tag_NoDefaultRules_StillWritesSentences()
    {
        CliResult result = CliRunner.RunWithStdin(Articles.Tram, "tag", "--no-default-rules", "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
        using JsonDocument json = result.Json();
        Assert.That(json.RootElement.GetProperty("sentences").GetArrayLength(), Is.GreaterThan(0));
    }

    [Test]
    public void Tag_InvalidUtf8File_ReplacesBytesAndNotesItInDiagnostics()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Harbour fees rose "), 0xFF, 0xFE, .. Encoding.UTF8.GetBytes(" overnight.\n")];
        string path = Temp.WriteBytes("broken.txt", bytes);

        CliResult result = CliRunner.Run("tag", "--format", "json", path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
        using JsonDocument json = result.Json();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(json.RootElement.GetProperty("sentences")[0].GetProperty("text").GetString(), Does.Contain("\uFFFD"));
            Assert.That(json.RootElement.GetProperty("diagnostics")[0].GetString(), Does.Contain("invalid UTF-8").And.Contain("byte 18"));
            Assert.That(result.Stderr, Does.Contain($"{path}: warning: invalid UTF-8"));
        }
    }

    [Test]
    public void Tag_InvalidUtf8OnStandardInput_NotesItInDiagnostics()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Prices "), 0xC3, .. Encoding.UTF8.GetBytes(" fell.")];

        CliResult result = CliRunner.RunWithStdinBytes(bytes, "tag");

        using JsonDocument json = result.Json();
        Assert.That(json.RootElement.GetProperty("diagnostics").GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public void Tag_FileWithByteOrderMark_OffsetsCountFromTheFirstCharacterAfterIt()
    {
        string path = Temp.WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Articles.Orchard)]);

        CliResult result = CliRunner.Run("tag", "--format", "json", path);

        using JsonDocument json = result.Json();
        JsonElement first = json.RootElement.GetProperty("sentences")[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.GetProperty("start").GetInt32(), Is.Zero);
            Assert.That(first.GetProperty("text").GetString(), Does.StartWith("Frost"));
            Assert.That(json.RootElement.GetProperty("diagnostics").GetArrayLength(), Is.Zero);
        }
    }

    [Test]
    public void Tag_OnTerminalWithoutFormat_WritesTable()
    {
        CliResult result = CliRunner.RunOnTerminal(Articles.Ferry, "tag");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(result.Stdout, Does.Not.StartWith("{"));
            Assert.That(result.Stdout, Does.Contain("Union secretary Hal Brandt told reporters"));
        }
    }

    [Test]
    public void Tag_TableFormat_WritesOneLinePerSentenceWithIndexAndSection()
    {
        CliResult json = CliRunner.RunWithStdin(Articles.Tram, "tag", "--format", "json");
        CliResult table = CliRunner.RunWithStdin(Articles.Tram, "tag", "--format", "table");

        using JsonDocument doc = json.Json();
        foreach (JsonElement sentence in doc.RootElement.GetProperty("sentences").EnumerateArray())
        {
            string prefix = $"{sentence.GetProperty("index").GetInt32()}  {sentence.GetProperty("section").GetString()}";
            string[] lines = table.StdoutLines().Where(l => l.EndsWith(sentence.GetProperty("text").GetString()!, StringComparison.Ordinal)).ToArray();
            Assert.That(lines.Count(l => l.TrimStart().StartsWith(prefix, StringComparison.Ordinal)), Is.EqualTo(1), prefix);
        }
    }

    [Test]
    public void Tag_SeedArticles_EverySentenceTextEqualsItsSliceOfTheDecodedFile()
    {
        string folder = SeedArticles.Folder();

        CliResult result = CliRunner.Run("tag", "--format", "jsonl", folder);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
        foreach (string line in result.StdoutLines())
        {
            using JsonDocument doc = JsonDocument.Parse(line);
            string text = File.ReadAllText(doc.RootElement.GetProperty("id").GetString()!);
            text = text.StartsWith('\uFEFF') ? text[1..] : text;
            int previousEnd = 0;
            foreach (JsonElement sentence in doc.RootElement.GetProperty("sentences").EnumerateArray())
            {
                int start = sentence.GetProperty("start").GetInt32();
                int end = sentence.GetProperty("end").GetInt32();
                Assert.That(start, Is.GreaterThanOrEqualTo(previousEnd));
                Assert.That(sentence.GetProperty("text").GetString(), Is.EqualTo(text[start..end]));
                previousEnd = end;
            }
        }
    }

    [Test]
    public void Tag_TableOnTerminal_IsColoured()
    {
        CliResult result = CliRunner.RunIn(new CliRunner.Terminal(Stdin: Articles.Tram, Stdout: true), "tag");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
        Assert.That(result.Stdout, Does.Contain("\u001b[2mbody"));
    }

    [TestCase("NO_COLOR", "1")]
    [TestCase("TERM", "dumb")]
    public void Tag_TableOnTerminalWithColoursTurnedOff_IsPlain(string variable, string value)
    {
        var terminal = new CliRunner.Terminal(Stdin: Articles.Tram, Stdout: true, Environment: new Dictionary<string, string> { [variable] = value });

        CliResult result = CliRunner.RunIn(terminal, "tag");

        Assert.That(result.Stdout, Does.Contain("body").And.Not.Contain("\u001b"));
    }

    [Test]
    public void Tag_TableRedirected_IsPlainUnlessColorAlways()
    {
        CliResult plain = CliRunner.RunWithStdin(Articles.Tram, "tag", "--format", "table");
        CliResult forced = CliRunner.RunWithStdin(Articles.Tram, "tag", "--format", "table", "--color", "always");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(plain.Stdout, Does.Contain("body").And.Not.Contain("\u001b"));
            Assert.That(forced.Stdout, Does.Contain("\u001b[2mbody"));
        }
    }

    [Test]
    public void Tag_TableToOutFileOnTerminal_IsPlain()
    {
        string output = Path.Combine(Temp.Path, "table.txt");

        CliResult result = CliRunner.RunIn(new CliRunner.Terminal(Stdin: Articles.Tram, Stdout: true), "tag", "--format", "table", "--out", output);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
        Assert.That(File.ReadAllText(output), Does.Contain("body").And.Not.Contain("\u001b"));
    }

    [Test]
    public void Tag_BadColor_ExitsWithUsageError()
    {
        CliResult result = CliRunner.RunWithStdin(Articles.Tram, "tag", "--color", "sometimes");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(result.Stderr, Does.Contain("--color must be one of auto, always, never"));
    }

    private static string JsonLine(string id, string text)
        => JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["text"] = text }, TestJsonContext.Default.DictionaryStringString);

    private static string?[] Ids(CliResult result)
        => [.. result.StdoutLines().Select(line =>
        {
            using JsonDocument doc = JsonDocument.Parse(line);
            return doc.RootElement.GetProperty("id").GetString();
        })];
}
