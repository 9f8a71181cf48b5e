namespace ClaimTagger.Cli.Tests.Commands;

public class EvalCommandTests : TempFolderTests
{
    [Test]
    public void Eval_TestGoldSet_PrintsTableWithLabels()
    {
        string gold = GoldPath();

        CliResult result = CliRunner.Run("eval", gold);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString);
            Assert.That(result.Stdout, Does.Contain("|"));
            Assert.That(result.Stdout, Does.Contain("DirectQuote"));
        }
    }

    [Test]
    public void Eval_Mismatches_AddsMoreOutput()
    {
        string gold = GoldPath();

        CliResult plain = CliRunner.Run("eval", gold);
        CliResult detailed = CliRunner.Run("eval", gold, "--mismatches");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(detailed.ExitCode, Is.EqualTo(ExitCodes.Success), detailed.ToString);
            Assert.That(detailed.Stdout, Does.StartWith(plain.Stdout.TrimEnd()));
        }
    }

    [Test]
    public void Eval_MalformedGoldSet_ExitsWithUsageError()
    {
        string gold = Temp.Write("bad.jsonl", "{\"id\": \"a\", \"text\": 12\nnot json\n");

        CliResult result = CliRunner.Run("eval", gold);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageError));
            Assert.That(result.Stderr, Does.Contain(gold));
            Assert.That(result.Stderr, Does.Not.Contain("   at "));
        }
    }

    [Test]
    public void Eval_MissingGoldSet_ExitsWithUsageError()
    {
        CliResult result = CliRunner.Run("eval", Path.Combine(Temp.Path, "absent.jsonl"));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageError), result.ToString);
    }

    private static string GoldPath()
    {
        string? root = RepositoryPaths.Root();
        if (root is null)
        {
            Assert.Inconclusive("the repository root was not found");
        }

        return Path.Combine(root!, "tests", "ClaimTagger.Tests", "Gold", "test.jsonl");
    }
}
