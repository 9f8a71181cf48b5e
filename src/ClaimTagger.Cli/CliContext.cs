using System.CommandLine;

namespace ClaimTagger.Cli;

/// <summary>
/// What a command needs from the outside world: the standard streams and facts about the terminal. Commands never
/// touch <see cref="Console"/> directly, so tests run the real entry point in-process with in-memory streams.
/// </summary>
internal sealed class CliContext
{
    /// <summary>The name printed in front of messages.</summary>
    public const string ToolName = "claimtagger";

    public CliContext(Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        In = stdin;
        Out = stdout;
        Error = stderr;
    }

    /// <summary>Gets standard input, as bytes (decoded by the reader so invalid UTF-8 can be reported).</summary>
    public Stream In { get; }

    /// <summary>Gets standard output.</summary>
    public TextWriter Out { get; }

    /// <summary>Gets standard error: messages, warnings and diagnostics.</summary>
    public TextWriter Error { get; }

    /// <summary>Gets a value indicating whether standard output is a terminal (picks the default output format).</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>Gets a value indicating whether standard input is a terminal (a hint is printed before reading it).</summary>
    public bool InputIsTerminal { get; init; }

    /// <summary>Gets the usage examples shown at the end of each command's <c>--help</c>.</summary>
    public Dictionary<Command, string[]> HelpExamples { get; } = [];

    /// <summary>Writes <c>claimtagger: error: message</c> to standard error.</summary>
    public void ReportError(string message) => Error.WriteLine($"{ToolName}: error: {message}");

    /// <summary>Writes <c>path: error: message</c> to standard error.</summary>
    public void ReportError(string path, string message) => Error.WriteLine($"{path}: error: {message}");

    /// <summary>Writes <c>path: warning: message</c> to standard error.</summary>
    public void ReportWarning(string path, string message) => Error.WriteLine($"{path}: warning: {message}");
}
