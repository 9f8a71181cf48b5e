namespace ClaimTagger.Cli.Tests.Commands;

public class TestCommandTests : TempFolderTests
{
    [Test]
    public void Test_DefaultRules_ExitsZeroAndPrintsPassed()
    {
        CliResult result = CliRunner.Run("test");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
            Assert.That(result.Stdout, Does.Match(@"[1-9]\d* passed, 0 failed"));
        }
    }

    [Test]
    public void Test_FailingExample_ExitsOneAndPrintsLocatedFailure()
    {
        string rules = Temp.Write("praise.yaml", RuleFiles.FailingExample);

        CliResult result = CliRunner.Run("test", rules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.TestsFailed), result.ToString);
            Assert.That(result.Stdout, Does.Match(System.Text.RegularExpressions.Regex.Escape(rules) + @"\(\d+,\d+\): desk\.praise\.hailed: expected"));
            Assert.That(result.Stdout, Does.Contain("1 passed, 1 failed"));
        }
    }

    [Test]
    public void Test_CustomFile_RunsOnlyThatFilesExamples()
    {
        string rules = Temp.Write("denial.yaml", RuleFiles.Denial);

        CliResult result = CliRunner.Run("test", rules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
            Assert.That(result.Stdout, Does.Contain("4 passed, 0 failed"));
        }
    }

    [Test]
    public void Test_RuleFilter_RunsOneRule()
    {
        string rules = Temp.Write("denial.yaml", RuleFiles.Denial);

        CliResult result = CliRunner.Run("test", rules, "--rule", "desk.denial.flat");

        Assert.That(result.Stdout, Does.Contain("2 passed, 0 failed"), result.ToString);
    }

    [Test]
    public void Test_UnknownRule_ExitsWithUsageError()
    {
        CliResult result = CliRunner.Run("test", "--rule", "no.such.rule");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageError), result.ToString);
    }

    [Test]
    public void Test_BrokenFile_ExitsWithUsageError()
    {
        string broken = Temp.Write("broken.yaml", RuleFiles.Broken);

        CliResult result = CliRunner.Run("test", broken);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageError));
            Assert.That(TagCommandRulesTests.DiagnosticLine().IsMatch(result.Stderr), Is.True, result.ToString);
        }
    }

    [Test]
    public void Test_ColorAlways_PaintsSummary()
    {
        string rules = Temp.Write("praise.yaml", RuleFiles.FailingExample);

        CliResult plain = CliRunner.Run("test", rules);
        CliResult colored = CliRunner.Run("test", rules, "--color", "always");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(plain.Stdout, Does.Not.Contain("\u001b["));
            Assert.That(colored.Stdout, Does.Contain("\u001b[31m"));
        }
    }
}
