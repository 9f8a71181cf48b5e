using System.Text;

namespace ClaimTagger.Cli.Tests;

/// <summary>Runs the real <c>claimtagger</c> entry point in-process with in-memory streams.</summary>
internal static class CliRunner
{
    public static CliResult Run(params string[] args) => RunWithStdin(string.Empty, args);

    public static CliResult RunWithStdin(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exitCode = CliApp.Run(args, new StringReader(stdin), stdout, stderr);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    public static CliResult RunWithStdinBytes(byte[] stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exitCode = CliApp.Run(args, new MemoryStream(stdin), stdout, stderr);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    public static CliResult RunOnTerminal(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var context = new CliContext(new MemoryStream(Encoding.UTF8.GetBytes(stdin)), stdout, stderr) { OutputIsTerminal = true };
        int exitCode = CliApp.Run(args, context);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }
}
