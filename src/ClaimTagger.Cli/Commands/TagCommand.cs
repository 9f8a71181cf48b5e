using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text;
using ClaimTagger.Cli.Input;
using ClaimTagger.Cli.Output;

namespace ClaimTagger.Cli.Commands;

/// <summary>
/// <c>claimtagger tag [PATH...]</c>: tags articles from files, folders or standard input and writes them as a table,
/// JSON or JSON lines.
/// </summary>
/// <remarks>
/// The pattern every command follows: <see cref="Create"/> declares the arguments and options, registers help
/// examples, and binds an action that reads the parsed values into a <see cref="Request"/> and calls
/// <see cref="Execute"/>, which does the work against the <see cref="CliContext"/> streams and returns the exit code.
/// </remarks>
internal static class TagCommand
{
    private static readonly string[] InputFormats = ["text", "jsonl"];

    /// <summary>Creates the <c>tag</c> command.</summary>
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files, folders (their *.txt files, recursively), or '-' for standard input (the default).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: table (default on a terminal), json (default otherwise), jsonl, html.",
            HelpName = "FORMAT",
        };
        OneOf(format, OutputFormats.All);
        var inputFormat = new Option<string>("--input-format")
        {
            Description = "Input format: text (default), or jsonl: one {\"id\": \"...\", \"text\": \"...\"} per line (folders: their *.jsonl files).",
            HelpName = "FORMAT",
            DefaultValueFactory = _ => "text",
        };
        OneOf(inputFormat, InputFormats);
        var output = new Option<string>("--out", "-o")
        {
            Description = "Write the output to this file instead of standard output.",
            HelpName = "PATH",
        };
        var rules = new Option<string[]>("--rules")
        {
            Description = "Rule file or folder, layered on the default rules; repeat for more.",
            HelpName = "PATH",
            AllowMultipleArgumentsPerToken = false,
        };
        var noDefaultRules = new Option<bool>("--no-default-rules")
        {
            Description = "Use only the rules given with --rules.",
        };

        var command = new Command("tag", "Tag articles: sentences, sections, quotes, claims, attributions and framing.")
        {
            paths, format, inputFormat, output, rules, noDefaultRules,
        };
        context.HelpExamples[command] =
        [
            "claimtagger tag article.txt",
            "claimtagger tag articles/ --format jsonl --out tagged.jsonl",
            "cat batch.jsonl | claimtagger tag --input-format jsonl --format jsonl",
            "claimtagger tag article.txt --rules newsroom/house-rules.yaml",
        ];
        command.SetAction(parseResult => Execute(context, new Request(
            parseResult.GetValue(paths) ?? [],
            parseResult.GetValue(format),
            parseResult.GetValue(inputFormat) ?? "text",
            parseResult.GetValue(output),
            parseResult.GetValue(rules) ?? [],
            parseResult.GetValue(noDefaultRules))));
        return command;
    }

    /// <summary>Runs <c>tag</c> with parsed values.</summary>
    /// <returns>The exit code.</returns>
    public static int Execute(CliContext context, Request request)
    {
        string format = request.Format ?? (context.OutputIsTerminal && request.OutPath is null ? OutputFormats.Table : OutputFormats.Json);
        if (format == OutputFormats.Html)
        {
            context.ReportError("--format html is not implemented yet; use table, json or jsonl");
            return ExitCodes.UsageError;
        }

        ITagger? tagger = TaggerFactory.Create(request.RulePaths, request.NoDefaultRules, context);
        if (tagger is null)
        {
            return ExitCodes.UsageError;
        }

        bool jsonlInput = request.InputFormat == "jsonl";
        bool severalDocuments = jsonlInput || request.Paths.Length > 1
            || (request.Paths.Length == 1 && request.Paths[0] != InputReader.StdinId && Directory.Exists(request.Paths[0]));

        TextWriter? file = null;
        if (request.OutPath is not null)
        {
            try
            {
                file = new StreamWriter(request.OutPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                context.ReportError(request.OutPath, $"cannot write the output file: {ex.Message}");
                return ExitCodes.UsageError;
            }
        }

        try
        {
            TextWriter writer = file ?? context.Out;
            ArticleOutput sink = format switch
            {
                OutputFormats.Jsonl => new JsonLinesArticleOutput(writer),
                OutputFormats.Table => new TableArticleOutput(writer, showIds: severalDocuments),
                _ => new JsonArticleOutput(writer, array: severalDocuments),
            };

            var inputs = new InputReader(context, jsonlInput);
            sink.Begin();
            foreach (InputDocument input in inputs.Read(request.Paths))
            {
                TaggedArticle article = tagger.Tag(input.Text);
                if (input.Diagnostics.Count > 0)
                {
                    article = article with { Diagnostics = [.. input.Diagnostics, .. article.Diagnostics] };
                }

                sink.Write(input.Id, article);
            }

            sink.End();
            return inputs.HadErrors ? ExitCodes.UsageError : ExitCodes.Success;
        }
        catch (IOException ex)
        {
            context.ReportError(request.OutPath ?? "-", $"cannot write the output: {ex.Message}");
            return ExitCodes.UsageError;
        }
        finally
        {
            file?.Dispose();
        }
    }

    /// <summary>Restricts <paramref name="option"/> to <paramref name="values"/>, with a one-line error and completions.</summary>
    private static void OneOf(Option<string> option, string[] values)
    {
        option.CompletionSources.Add(values);
        option.Validators.Add(result =>
        {
            string? value = result.GetValueOrDefault<string>();
            if (value is not null && Array.IndexOf(values, value) < 0)
            {
                result.AddError($"{result.Option.Name} must be one of {string.Join(", ", values)}; got '{value}'");
            }
        });
    }

    /// <summary>The parsed values of one <c>tag</c> invocation.</summary>
    internal sealed record Request(
        string[] Paths,
        string? Format,
        string InputFormat,
        string? OutPath,
        string[] RulePaths,
        bool NoDefaultRules);
}
