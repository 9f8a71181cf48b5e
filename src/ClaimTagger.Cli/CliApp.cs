using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using ClaimTagger.Cli.Commands;
using ClaimTagger.Cli.Input;

namespace ClaimTagger.Cli;

/// <summary>
/// The <c>claimtagger</c> application: builds the command tree, parses, reports usage errors, and runs the chosen
/// command. <c>Program</c> calls it with the console streams; tests call it with in-memory ones.
/// </summary>
/// <remarks>
/// To add a command: write <c>Commands/XCommand.cs</c> as an <c>internal static class</c> with
/// <c>public static Command Create(CliContext context)</c> (see <see cref="TagCommand"/>), register its help
/// examples in <see cref="CliContext.HelpExamples"/> (a test checks every command has some), and add it in
/// <see cref="CreateRootCommand"/>. Shared options (<c>--format</c>, <c>--out</c>, <c>--color</c>, <c>--rules</c>)
/// come from <see cref="CommonOptions"/>; coloured terminal text from <see cref="Output.TerminalStyle"/> with
/// <see cref="Output.ColorMode.Resolve"/>; rule loading from <see cref="TaggerFactory"/>.
/// </remarks>
internal static class CliApp
{
    /// <summary>Runs the application with text standard input (tests, and callers that already hold text).</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        return Run(args, new CliContext(new TextReaderStream(stdin), stdout, stderr));
    }

    /// <summary>Runs the application with byte standard input, so invalid UTF-8 on stdin is detected and reported.</summary>
    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr)
        => Run(args, new CliContext(stdin, stdout, stderr));

    /// <summary>Runs the application in <paramref name="context"/> and returns the process exit code.</summary>
    public static int Run(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        RootCommand root = CreateRootCommand(context);
        // No response files: '@path' is an argument of its own (explain reads the text from that file).
        ParseResult parseResult = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (ParseError error in parseResult.Errors)
            {
                context.ReportError(OneLine(error.Message));
            }

            WriteHelpHint(context, parseResult);
            return ExitCodes.UsageError;
        }

        if (FindOptionLikeArgument(parseResult) is { } unknown)
        {
            context.ReportError($"unrecognized option '{unknown}' (write '--' before a path that starts with '-')");
            WriteHelpHint(context, parseResult);
            return ExitCodes.UsageError;
        }

        var invocation = new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };
        try
        {
            return parseResult.Invoke(invocation);
        }
        catch (Exception ex)
        {
            context.ReportError($"internal error, please report it: {ex}");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>Builds the command tree: one subcommand per file in <c>Commands/</c>.</summary>
    public static RootCommand CreateRootCommand(CliContext context)
    {
        var root = new RootCommand("Tags news articles with who says what (direct quotes, claims) and how the reporter frames it (attributions, loaded words).");
        root.Subcommands.Add(TagCommand.Create(context));
        root.Subcommands.Add(RenderCommand.Create(context));
        root.Subcommands.Add(LintCommand.Create(context));
        root.Subcommands.Add(TestCommand.Create(context));
        root.Subcommands.Add(ExplainCommand.Create(context));
        root.Subcommands.Add(EvalCommand.Create(context));
        context.HelpExamples[root] =
        [
            "claimtagger tag article.txt",
            "claimtagger tag article.txt --format html --out report.html",
            "claimtagger tag articles/ --format jsonl --out tagged.jsonl",
            "claimtagger render tagged.jsonl --summary",
            "claimtagger test newsroom/house-rules.yaml",
            "claimtagger explain \"The airline denied any wrongdoing.\"",
            "claimtagger tag --help",
        ];

        foreach (Option option in root.Options)
        {
            if (option is HelpOption { Action: HelpAction help } helpOption)
            {
                helpOption.Action = new ExamplesHelpAction(help, context.HelpExamples);
            }
        }

        return root;
    }

    private static void WriteHelpHint(CliContext context, ParseResult parseResult)
    {
        Command command = parseResult.CommandResult.Command;
        string path = command is RootCommand ? CliContext.ToolName : $"{CliContext.ToolName} {command.Name}";
        context.Error.WriteLine($"Run '{path} --help' for usage.");
    }

    /// <summary>
    /// Returns the first command argument that looks like an option (<c>--bogus</c>) and comes before any <c>--</c>:
    /// commands that take any number of paths would otherwise read a mistyped option as a path.
    /// </summary>
    private static string? FindOptionLikeArgument(ParseResult parseResult)
    {
        IReadOnlyList<Token> tokens = parseResult.Tokens;
        int doubleDash = tokens.Count;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Type == TokenType.DoubleDash)
            {
                doubleDash = i;
                break;
            }
        }

        foreach (SymbolResult child in parseResult.CommandResult.Children)
        {
            if (child is not ArgumentResult argument)
            {
                continue;
            }

            foreach (Token token in argument.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-' && IndexOf(tokens, token) < doubleDash)
                {
                    return token.Value;
                }
            }
        }

        return null;
    }

    private static int IndexOf(IReadOnlyList<Token> tokens, Token token)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            if (ReferenceEquals(tokens[i], token))
            {
                return i;
            }
        }

        return -1;
    }

    private static string OneLine(string message)
        => message.ReplaceLineEndings(" ").Replace('\t', ' ').Replace("  ", " ", StringComparison.Ordinal).Trim();
}
