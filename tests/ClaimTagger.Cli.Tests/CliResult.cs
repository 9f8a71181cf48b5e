using System.Text.Json;

namespace ClaimTagger.Cli.Tests;

/// <summary>What one in-process run of the command printed, and its exit code.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public JsonDocument Json() => JsonDocument.Parse(Stdout);

    public string[] StdoutLines() => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}
