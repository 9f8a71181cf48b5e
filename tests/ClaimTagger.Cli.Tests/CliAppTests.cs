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

    [Test]
    public void Run_HelpOfEveryCommand_ShowsExamplesThatNameTheCommand()
    {
        var context = new CliContext(Stream.Null, TextWriter.Null, TextWriter.Null);
        string[] commands = [.. CliApp.CreateRootCommand(context).Subcommands.Select(c => c.Name)];

        Assert.That(commands, Does.Contain("tag").And.Contain("render"));
        foreach (string command in commands)
        {
            CliResult result = CliRunner.Run(command, "--help");
            string examples = result.Stdout[(result.Stdout.IndexOf("Examples:", StringComparison.Ordinal) + 1)..];
            using (Assert.EnterMultipleScope())
            {
                Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), command);
                Assert.That(result.Stdout, Does.Contain("Examples:"), command);
                Assert.That(examples, Does.Contain($"claimtagger {command} "), command);
            }
        }
    }

    [TestCase("tag --format ", new[] { "html", "json", "jsonl", "table" })]
    [TestCase("render --color ", new[] { "always", "auto", "never" })]
    [TestCase("tag --input-format ", new[] { "jsonl", "text" })]
    public void Run_SuggestDirective_CompletesOptionValues(string line, string[] expected)
    {
        CliResult result = CliRunner.Run($"[suggest:{line.Length}]", line);

        Assert.That(result.StdoutLines(), Is.EqualTo(expected).AsCollection);
    }

    [Test]
    public void Run_SuggestDirective_CompletesCommandsAndOptions()
    {
        CliResult commands = CliRunner.Run("[suggest:0]", string.Empty);
        CliResult options = CliRunner.Run("[suggest:6]", "tag --");

        Assert.That(commands.StdoutLines(), Does.Contain("tag").And.Contain("render"));
        Assert.That(options.StdoutLines(), Does.Contain("--format").And.Contain("--summary").And.Contain("--jobs"));
    }
}
