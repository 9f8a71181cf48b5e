using ClaimTagger.Rules;

namespace ClaimTagger.Tests.Rules;

/// <summary>
/// Each file in Specs/bad-rules is a broken rule file; its .expected.txt lists one expected diagnostic per line
/// as <c>code line col</c>. The CT0401 warning (no examples) is ignored unless the expected file names it. A file
/// whose first line is <c># with-defaults</c> is loaded on top of the default rules.
/// </summary>
public class BadRuleFilesTests
{
    /// <summary>Codes the JSON Schema can also detect: for a file whose errors all have these codes, the schema must fail too.</summary>
    private static readonly HashSet<string> SchemaCodes =
    [
        "CT0104", "CT0106", "CT0107", "CT0108", "CT0109", "CT0110", "CT0111", "CT0112", "CT0114", "CT0116", "CT0204",
        "CT0208", "CT0209", "CT0210", "CT0212", "CT0214", "CT0215", "CT0405",
    ];

    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "ClaimTagger.Tests", "Specs", "bad-rules");

    public static IEnumerable<TestCaseData> Files() =>
        Directory.GetFiles(Folder, "*.yaml").Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetFileNameWithoutExtension(f)).SetName("BadRuleFile_" + Path.GetFileNameWithoutExtension(f)));

    [Test]
    public void Folder_HoldsAtLeastSixtyCases()
    {
        Assert.That(Files().Count(), Is.GreaterThanOrEqualTo(60));
    }

    [TestCaseSource(nameof(Files))]
    public void Parse_BadFile_ReportsExpectedCodesAtExpectedPositions(string name)
    {
        (RuleSetParseResult result, List<string> expected) = Load(name);
        List<string> actual = Actual(result, name, expected);
        bool expectsError = expected.Exists(e => IsErrorCode(e.Split(' ')[0]));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(actual, Is.EqualTo(expected), string.Join("\n", result.Diagnostics));
            Assert.That(result.HasErrors, Is.EqualTo(expectsError));
            Assert.That(result.Diagnostics.Where(d => d.Location.Source == name + ".yaml").Select(d => d.ToString()),
                Is.All.StartsWith(name + ".yaml(").And.All.Match(@"\): (error|warning) CT0\d\d\d: "));
        }
    }

    public static IEnumerable<TestCaseData> SchemaLevelFiles() =>
        Directory.GetFiles(Folder, "*.yaml").Order(StringComparer.Ordinal).Select(Path.GetFileNameWithoutExtension)
            .Where(name =>
            {
                var codes = Load(name!).Expected.Select(e => e.Split(' ')[0]).Where(IsErrorCode).ToList();
                return codes.Count > 0 && codes.TrueForAll(SchemaCodes.Contains);
            })
            .Select(name => new TestCaseData(name).SetName("SchemaRejects_" + name));

    [Test]
    public void SchemaLevelFiles_AreMany()
    {
        Assert.That(SchemaLevelFiles().Count(), Is.GreaterThanOrEqualTo(30));
    }

    [TestCaseSource(nameof(SchemaLevelFiles))]
    public void Schema_BadFileWithSchemaLevelErrors_FailsSchemaToo(string name)
    {
        Assert.That(RuleSchemaTests.Validates(File.ReadAllText(Path.Combine(Folder, name + ".yaml")), out _), Is.False);
    }

    private static (RuleSetParseResult Result, List<string> Expected) Load(string name)
    {
        string yaml = File.ReadAllText(Path.Combine(Folder, name + ".yaml"));
        var sources = new List<RuleSource>();
        if (yaml.StartsWith("# with-defaults", StringComparison.Ordinal))
        {
            sources.AddRange(DefaultRulesTests.Defaults);
        }

        sources.Add(new RuleSource(name + ".yaml", yaml));
        string expectedPath = Path.Combine(Folder, name + ".expected.txt");
        var expected = File.Exists(expectedPath)
            ? File.ReadAllLines(expectedPath).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList()
            : [];
        return (RuleSetParser.Parse(sources), Sort(expected));
    }

    private static List<string> Actual(RuleSetParseResult result, string name, List<string> expected)
    {
        bool keepNoExamples = expected.Exists(e => e.StartsWith("CT0401", StringComparison.Ordinal));
        return Sort(result.Diagnostics
            .Where(d => d.Location.Source == name + ".yaml" || d.Location.Source == "ClaimTaggerBuilder")
            .Where(d => keepNoExamples || d.Code != "CT0401")
            .Select(d => $"{d.Code} {d.Location.Line} {d.Location.Column}").ToList());
    }

    private static List<string> Sort(List<string> lines) =>
        lines.OrderBy(l => int.Parse(l.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture))
            .ThenBy(l => int.Parse(l.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture))
            .ThenBy(l => l, StringComparer.Ordinal).ToList();

    private static bool IsErrorCode(string code) => code is not ("CT0115" or "CT0213" or "CT0401" or "CT0402" or "CT0403");
}
