using System.Text.Json;
using ClaimTagger.Rules;
using ClaimTagger.Tests.Matching;
using Json.Schema;

namespace ClaimTagger.Tests.Rules;

public class RuleSchemaTests
{
    private const string SchemaLine = "# yaml-language-server: $schema=./schema/claimtagger-rules.schema.json";

    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepoPaths.Root, "rules", "schema", "claimtagger-rules.schema.json"))));

    internal static bool Validates(string yaml, out string errors)
    {
        using JsonDocument doc = JsonDocument.Parse(YamlToJson.Convert(yaml)?.ToJsonString() ?? "null");
        EvaluationResults result = Schema.Value.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        errors = string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(5));
        return result.IsValid;
    }

    public static IEnumerable<string> RuleFiles() => DefaultRulesTests.RuleFiles();

    [TestCaseSource(nameof(RuleFiles))]
    public void RuleFile_StartsWithSchemaLineAndValidates(string file)
    {
        string yaml = File.ReadAllText(Path.Combine(RepoPaths.Root, "rules", file));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(yaml.Split('\n')[0], Is.EqualTo(SchemaLine));
            Assert.That(Validates(yaml, out string errors), Is.True, errors);
        }
    }

    [Test]
    public void GeneratedPack_LoaderAccepts_SchemaValidates()
    {
        string yaml = PrefilterTests.GeneratedPack(60, seed: 99);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(RuleSetParser.Parse(yaml, "gen.yaml").HasErrors, Is.False);
            Assert.That(Validates(yaml, out string errors), Is.True, errors);
        }
    }

    [Test]
    public void DenialFile_LoaderAccepts_SchemaValidates()
    {
        string yaml = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "ClaimTagger.Tests", "Specs", "rules", "denial.yaml"));
        Assert.That(Validates(yaml, out string errors), Is.True, errors);
    }

    [TestCase("version: 1\nrules:\n  - { id: a.b, label: X, pattern: [ { text: x, negate: true } ] }\n", true)]
    [TestCase("version: 1\nrules:\n  - { id: a.b, label: X, pattern: [ { lexicon: x, negate: false } ] }\nlexicons: { x: [y] }\n", true)]
    [TestCase("version: 1\nrules:\n  - { id: a.b, label: X, pattern: [ { lexicon: x, negate: true } ] }\nlexicons: { x: [y] }\n", false)]
    [TestCase("version: 1\nrules:\n  - { id: a.b, label: X, pattern: [ { anchor: end, op: \"?\" }, { text: x } ] }\n", false)]
    [TestCase("version: 1\nrules:\n  - { id: a.b, label: X, pattern: [ { text: x, min-words: 2 } ] }\n", false)]
    [TestCase("version: 1\nrules:\n  - { id: a.b, label: X, pattern: [ { text: x }, { anchor: sentence-start, negate: true }, { text: y } ] }\n", true)]
    [TestCase("version: 1\nrules:\n  - { id: a.b, label: X, pattern: [ { quote: any, min-words: 2, depth: 0 } ] }\n", true)]
    [TestCase("version: 1\nrules:\n  - { id: a.b, label: X, pattern: [ { text: x } ], any: [ [ { text: y } ] ] }\n", false)]
    [TestCase("version: 1\nrules:\n  - { id: a.b, label: X, not: [ { text: y } ] }\n", false)]
    [TestCase("version: 1\nrules:\n  - { id: a.b, label: X, pattern: [ { text: x } ], not: [ { text: y } ] }\n", true)]
    [TestCase("version: 1\nrules:\n  - { id: a.b, label: X, pattern: [ { text: x } ], not: [ { pattern: [ { text: y } ] } ] }\n", true)]
    [TestCase("version: 1\nrules:\n  - { id: a.b, label: X, pattern: [ { text: x, op: \"{1, 3}?\" } ] }\n", true)]
    [TestCase("version: 1\nrules:\n  - { id: a.b, label: X, pattern: [ { text: x, op: \"{2,}\" } ] }\n", false)]
    [TestCase("version: 1\noverride: [ { id: a.b } ]\n", false)]
    [TestCase("version: '1'\n", false)]
    [TestCase("version: 1\nconflicts: { DirectQuote + Claim: keep-all }\n", true)]
    [TestCase("version: 1\nlexicons: { a: { entries: [\" \"] } }\n", false)]
    [TestCase("version: 1\nrules:\n  - { id: a.b, label: X, pattern: [ { lower: [[x, y], z] } ] }\n", true)]
    [TestCase("version: 1\nrules:\n  - { id: a.b, label: X, pattern: [ { lower: [[x, [y]], z] } ] }\n", false)]
    [TestCase("version: 1\nrules:\n  - { id: a.b, label: X, pattern: [ { flags: [[word]] } ] }\n", false)]
    public void Schema_AndLoader_AgreeOnSmallFiles(string yaml, bool valid)
    {
        bool loaderAccepts = !RuleSetParser.Parse(yaml, "s.yaml").HasErrors;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(loaderAccepts, Is.EqualTo(valid), "loader");
            Assert.That(Validates(yaml, out string errors), Is.EqualTo(valid), "schema: " + errors);
        }
    }
}
