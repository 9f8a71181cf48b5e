using System.CommandLine;
using ClaimTagger.Cli.Input;
using ClaimTagger.Cli.Output;

namespace ClaimTagger.Cli.Commands;

/// <summary>
/// <c>claimtagger render [FILE...]</c>: re-renders saved <c>tag --format json|jsonl</c> output as a table, an HTML
/// report or a summary, without tagging again (and so also output from another version or edited by hand).
/// </summary>
internal static class RenderCommand
{
    /// <summary>Creates the <c>render</c> command.</summary>
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("FILE")
        {
            Description = "Saved JSON or JSONL output of 'claimtagger tag', or '-' for standard input (the default).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        Option<string> format = CommonOptions.Format(
            "Output format: table (default on a terminal), html (default otherwise), json, jsonl.",
            OutputFormats.All);
        Option<string> output = CommonOptions.Out();
        Option<string> color = CommonOptions.Color();
        var text = new Option<string>("--text")
        {
            Description = "The original article, for a single document: its text is used instead of being rebuilt from the JSON's slices.",
            HelpName = "PATH",
        };
        Option<bool> summary = TagCommand.SummaryOption();

        var command = new Command("render", "Render saved tagged JSON as a table, an HTML report or a summary, without tagging again.")
        {
            paths, format, output, color, text, summary,
        };
        context.HelpExamples[command] =
        [
            "claimtagger render tagged.json --format html --out report.html",
            "claimtagger tag articles/ --format jsonl --out tagged.jsonl && claimtagger render tagged.jsonl --summary",
            "claimtagger render tagged.json --text article.txt",
        ];
        command.SetAction(parseResult => Execute(context, new Request(
            parseResult.GetValue(paths) ?? [],
            parseResult.GetValue(format),
            parseResult.GetValue(output),
            parseResult.GetValue(color) ?? ColorMode.Auto,
            parseResult.GetValue(text),
            parseResult.GetValue(summary))));
        return command;
    }

    /// <summary>Runs <c>render</c> with parsed values.</summary>
    /// <returns>The exit code.</returns>
    public static int Execute(CliContext context, Request request)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        if (OutputFactory.ChooseFormat(context, request.Format, request.OutPath, OutputFormats.Html, request.Summary) is not { } format)
        {
            return ExitCodes.UsageError;
        }

        string? articleText = null;
        if (request.TextPath is not null)
        {
            try
            {
                articleText = TextDecoder.Decode(File.ReadAllBytes(request.TextPath), out string? problem);
                if (problem is not null)
                {
                    context.ReportWarning(request.TextPath, problem);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                context.ReportError(request.TextPath, $"cannot read the file: {ex.Message}");
                return ExitCodes.UsageError;
            }
        }

        var reader = new TaggedJsonReader(context);
        using IEnumerator<(string Id, TaggedArticle Article)> documents = reader.Read(request.Paths, articleText).GetEnumerator();

        // Look two documents ahead: one or several decides the shape of the output (a JSON object or an array);
        // the rest is streamed.
        var ahead = new List<(string Id, TaggedArticle Article)>(2);
        while (ahead.Count < 2 && documents.MoveNext())
        {
            ahead.Add(documents.Current);
        }

        if (articleText is not null && ahead.Count > 1)
        {
            context.ReportError("--text", "gives the text of one document, but the input holds several");
            return ExitCodes.UsageError;
        }

        using OutputTarget? target = OutputTarget.Open(context, request.OutPath);
        if (target is null)
        {
            return ExitCodes.UsageError;
        }

        bool colors = ColorMode.Resolve(request.Color, context.OutputIsTerminal && !target.IsFile, context.GetEnvironmentVariable);
        bool severalDocuments = ahead.Count > 1;
        ArticleOutput sink = OutputFactory.Create(format, target.Writer, severalDocuments, new TerminalStyle(colors), request.Summary, target.IsFile ? 0 : context.TerminalWidth);
        try
        {
            sink.Begin();
            foreach ((string id, TaggedArticle article) in ahead)
            {
                sink.Write(id, article);
            }

            while (documents.MoveNext())
            {
                sink.Write(documents.Current.Id, documents.Current.Article);
            }

            sink.End();
        }
        catch (IOException ex)
        {
            context.ReportError(request.OutPath ?? "-", $"cannot write the output: {ex.Message}");
            return ExitCodes.UsageError;
        }

        return reader.HadErrors ? ExitCodes.UsageError : ExitCodes.Success;
    }

    /// <summary>The parsed values of one <c>render</c> invocation.</summary>
    internal sealed record Request(string[] Paths, string? Format, string? OutPath, string Color, string? TextPath, bool Summary);
}
