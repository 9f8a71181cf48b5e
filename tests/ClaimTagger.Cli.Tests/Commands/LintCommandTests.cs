namespace ClaimTagger.Cli.Tests.Commands;

public class LintCommandTests : TempFolderTests
{
    [Test]
    public void Lint_DefaultRules_ExitsZeroWithSummary()
    {
        CliResult result = CliRunner.Run("lint");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
            Assert.That(result.Stderr, Does.Match(@"\d+ files, [1-9]\d* rules, 0 errors, \d+ warnings"));
        }
    }

    [Test]
    public void Lint_BrokenFile_ExitsWithUsageErrorAndDiagnostics()
    {
        string broken = Temp.Write("broken.yaml", RuleFiles.Broken);

        CliResult result = CliRunner.Run("lint", broken);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageError));
            Assert.That(result.Stderr, Does.Contain(broken + "("));
            Assert.That(TagCommandRulesTests.DiagnosticLine().IsMatch(result.Stderr), Is.True, result.ToString);
            Assert.That(result.Stderr, Does.Match(@"[1-9]\d* errors"));
        }
    }

    [Test]
    public void Lint_GoodCustomFile_ExitsZero()
    {
        string rules = Temp.Write("denial.yaml", RuleFiles.Denial);

        CliResult result = CliRunner.Run("lint", rules);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
    }
}
