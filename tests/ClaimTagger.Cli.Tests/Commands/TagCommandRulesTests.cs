using System.Text.Json;
using System.Text.RegularExpressions;

namespace ClaimTagger.Cli.Tests.Commands;

public partial class TagCommandRulesTests : TempFolderTests
{
    private const string DenialArticle = "Harbour officials met on Tuesday. The ferry company denied any delay to the spring timetable. "
        + "Later the council rejected claims of a cover-up over the pier repairs.";

    [Test]
    public void Tag_CustomRuleFile_WritesCustomLabelTags()
    {
        string rules = Temp.Write("denial.yaml", RuleFiles.Denial);

        CliResult result = CliRunner.RunWithStdin(DenialArticle, "tag", "--rules", rules, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
        using JsonDocument json = result.Json();
        List<string> ruleIds = DenialRuleIds(json);
        Assert.That(ruleIds, Is.SupersetOf(new[] { "desk.denial.flat", "desk.denial.rejected-claims" }), result.ToString);
    }

    [Test]
    public void Tag_RuleFolder_LoadsItsYamlFiles()
    {
        Temp.Write("house/denial.yaml", RuleFiles.Denial);

        CliResult result = CliRunner.RunWithStdin(DenialArticle, "tag", "--rules", Path.Combine(Temp.Path, "house"), "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
        using JsonDocument json = result.Json();
        Assert.That(DenialRuleIds(json), Is.Not.Empty);
    }

    [Test]
    public void Tag_BrokenRuleFile_ExitsWithUsageErrorAndDiagnostics()
    {
        string rules = Temp.Write("broken.yaml", RuleFiles.Broken);

        CliResult result = CliRunner.RunWithStdin(DenialArticle, "tag", "--rules", rules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageError));
            Assert.That(result.Stdout, Is.Empty);
            Assert.That(DiagnosticLine().IsMatch(result.Stderr), Is.True, result.ToString);
            Assert.That(result.Stderr, Does.Contain(rules + "("));
            Assert.That(result.Stderr, Does.Not.Contain("   at "));
        }
    }

    [Test]
    public void Tag_MissingRuleFile_ExitsWithUsageError()
    {
        string missing = Path.Combine(Temp.Path, "absent.yaml");

        CliResult result = CliRunner.RunWithStdin(DenialArticle, "tag", "--rules", missing);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageError));
            Assert.That(result.Stderr, Does.StartWith(missing + ": error:"));
            Assert.That(result.Stderr, Does.Not.Contain("   at "));
        }
    }

    [Test]
    public void Tag_NoDefaultRulesWithCustomFile_KeepsOnlyCustomLabels()
    {
        string rules = Temp.Write("praise.yaml", RuleFiles.FailingExample);

        CliResult result = CliRunner.RunWithStdin("The mayor hailed the new library on Monday.", "tag", "--no-default-rules", "--rules", rules, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
        using JsonDocument json = result.Json();
        List<string> labels = [.. AllTags(json).Select(t => t.GetProperty("label").GetString()!)];
        Assert.That(labels, Is.Not.Empty.And.All.EqualTo("Praise"));
    }

    internal static IEnumerable<JsonElement> AllTags(JsonDocument json) => json.RootElement.GetProperty("tags").EnumerateArray();

    [GeneratedRegex(@"\(\d+,\d+\): error CT\d{4}: ", RegexOptions.CultureInvariant)]
    internal static partial Regex DiagnosticLine();

    private static List<string> DenialRuleIds(JsonDocument json)
        => [.. AllTags(json).Where(t => t.GetProperty("label").GetString() == "Denial").Select(t => t.GetProperty("rule").GetString()!)];
}
