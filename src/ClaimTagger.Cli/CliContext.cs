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

    /// <summary>Gets a value indicating whether standard error is a terminal (a progress bar is shown on it).</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Gets the width of the terminal standard output writes to, in columns; 0 when it is not a terminal.</summary>
    public int TerminalWidth { get; init; }

    /// <summary>Gets a value indicating whether the tagger is built with the garbage collector held off (see
    /// <see cref="CollectionFreeBuild"/>): set by the program's entry point, never by tests that run commands in-process.</summary>
    public bool BuildWithoutCollections { get; init; }

    /// <summary>Gets the number of worker threads a batch run uses by default (the processor count).</summary>
    public int ProcessorCount { get; init; } = Environment.ProcessorCount;

    /// <summary>Gets how environment variables are read (<c>NO_COLOR</c>, <c>TERM</c>); tests pass their own.</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Gets the usage examples shown at the end of each command's <c>--help</c>.</summary>
    public Dictionary<Command, string[]> HelpExamples { get; } = [];

    /// <summary>Returns a copy of this context that writes its messages to <paramref name="stderr"/> instead.</summary>
    public CliContext WithError(TextWriter stderr) => new(In, Out, stderr)
    {
        OutputIsTerminal = OutputIsTerminal,
        InputIsTerminal = InputIsTerminal,
        ErrorIsTerminal = ErrorIsTerminal,
        TerminalWidth = TerminalWidth,
        ProcessorCount = ProcessorCount,
        BuildWithoutCollections = BuildWithoutCollections,
        GetEnvironmentVariable = GetEnvironmentVariable,
    };

    /// <summary>Writes <c>claimtagger: error: message</c> to standard error.</summary>
    public void ReportError(string message) => Error.WriteLine($"{ToolName}: error: {message}");

    /// <summary>Writes <c>path: error: message</c> to standard error.</summary>
    public void ReportError(string path, string message) => Error.WriteLine($"{path}: error: {message}");

    /// <summary>Writes <c>path: warning: message</c> to standard error.</summary>
    public void ReportWarning(string path, string message) => Error.WriteLine($"{path}: warning: {message}");
}
