namespace ClaimTagger.Cli.Tests;

public class CliAppTests
{
    [Test]
    public void Run_NoArguments_ExitsWithUsageError()
    {
        CliResult result = CliRunner.Run();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageError));
            Assert.That(result.Stderr, Does.StartWith("claimtagger: error:"));
            Assert.That(result.Stdout, Is.Empty);
        }
    }

    [Test]
    public void Run_UnknownCommand_ExitsWithUsageErrorNamingIt()
    {
        CliResult result = CliRunner.Run("tga", "article.txt");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(result.Stderr, Does.Contain("'tga'"));
    }

    [Test]
    public void Run_Help_ListsTagCommandAndExamples()
    {
        CliResult result = CliRunner.Run("--help");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(result.Stdout, Does.Contain("tag"));
            Assert.That(result.Stdout, Does.Contain("Examples:"));
        }
    }

    [Test]
    public void Run_TagHelp_DescribesEveryOptionAndShowsExamples()
    {
        CliResult result = CliRunner.Run("tag", "--help");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        foreach (string option in new[] { "--format", "--input-format", "--out", "--rules", "--no-default-rules", "Examples:", "claimtagger tag article.txt" })
        {
            Assert.That(result.Stdout, Does.Contain(option));
        }
    }

    [Test]
    public void Run_UnknownOption_ExitsWithUsageErrorAndNoStackTrace()
    {
        CliResult result = CliRunner.Run("tag", "--colour", "article.txt");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageError));
            Assert.That(result.Stderr, Does.Contain("'--colour'"));
            Assert.That(result.Stderr, Does.Not.Contain("   at "));
            Assert.That(result.Stdout, Is.Empty);
        }
    }

    [Test]
    public void Run_DashPathAfterDoubleDash_IsTreatedAsPath()
    {
        CliResult result = CliRunner.Run("tag", "--", "-no-such-article.txt");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageError));
            Assert.That(result.Stderr, Does.Contain("-no-such-article.txt: error: no such file or folder"));
            Assert.That(result.Stderr, Does.Not.Contain("unrecognized option"));
        }
    }

    [Test]
    public void Run_OptionMissingValue_ExitsWithUsageError()
    {
        CliResult result = CliRunner.Run("tag", "--format");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.LessThanOrEqualTo(3));
    }
}
