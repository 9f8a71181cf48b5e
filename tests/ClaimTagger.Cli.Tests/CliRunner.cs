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
        => RunIn(new Terminal(Stdin: stdin, Stdout: true), args);

    /// <summary>Runs with the given terminal facts and environment variables (none are read from the real environment).</summary>
    public static CliResult RunIn(Terminal terminal, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var context = new CliContext(new MemoryStream(Encoding.UTF8.GetBytes(terminal.Stdin)), stdout, stderr)
        {
            OutputIsTerminal = terminal.Stdout,
            ErrorIsTerminal = terminal.Stderr,
            ProcessorCount = terminal.Processors,
            TerminalWidth = terminal.Width,
            GetEnvironmentVariable = name => terminal.Environment is not null && terminal.Environment.TryGetValue(name, out string? value) ? value : null,
        };
        int exitCode = CliApp.Run(args, context);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>What the process would see: its standard input, which streams are terminals, the environment.</summary>
    internal sealed record Terminal(
        string Stdin = "",
        bool Stdout = false,
        bool Stderr = false,
        int Processors = 4,
        IReadOnlyDictionary<string, string>? Environment = null,
        int Width = 0);
}
