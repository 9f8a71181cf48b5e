namespace ClaimTagger.Cli.Tests.Commands;

public class ExplainCommandTests : TempFolderTests
{
    private const string Sentence = "The ferry company denied any delay to the timetable.";

    [Test]
    public void Explain_CustomRule_PrintsRuleId()
    {
        string rules = Temp.Write("denial.yaml", RuleFiles.Denial);

        CliResult result = CliRunner.Run("explain", Sentence, "--rules", rules, "--rule", "desk.denial.flat");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
            Assert.That(result.Stdout, Does.Contain("desk.denial.flat"));
        }
    }

    [Test]
    public void Explain_FileAndStdin_GiveTheSameReport()
    {
        string rules = Temp.Write("denial.yaml", RuleFiles.Denial);
        string text = Temp.Write("one.txt", Sentence);

        CliResult fromFile = CliRunner.Run("explain", "@" + text, "--rules", rules, "--rule", "desk.denial.flat");
        CliResult fromStdin = CliRunner.RunWithStdin(Sentence, "explain", "-", "--rules", rules, "--rule", "desk.denial.flat");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(fromFile.ExitCode, Is.EqualTo(ExitCodes.Success), fromFile.ToString);
            Assert.That(fromStdin.Stdout, Is.EqualTo(fromFile.Stdout));
        }
    }

    [Test]
    public void Explain_MissingFile_ExitsWithUsageError()
    {
        string missing = Path.Combine(Temp.Path, "absent.txt");

        CliResult result = CliRunner.Run("explain", "@" + missing);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageError));
            Assert.That(result.Stderr, Does.StartWith(missing + ": error:"));
        }
    }

    [Test]
    public void Explain_UnknownRule_ExitsWithUsageError()
    {
        CliResult result = CliRunner.Run("explain", Sentence, "--rule", "no.such.rule");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageError), result.ToString);
    }
}
