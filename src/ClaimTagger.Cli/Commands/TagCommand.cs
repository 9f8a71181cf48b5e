using System.CommandLine;
using ClaimTagger.Cli.Batch;
using ClaimTagger.Cli.Input;
using ClaimTagger.Cli.Output;

namespace ClaimTagger.Cli.Commands;

/// <summary>
/// <c>claimtagger tag [PATH...]</c>: tags articles from files, folders or standard input and writes them as a table,
/// JSON, JSON lines or an HTML report, or a per-source summary. Batches run on all cores, output in input order.
/// </summary>
/// <remarks>
/// The pattern every command follows: <see cref="Create"/> declares the arguments and options, registers help
/// examples, and binds an action that reads the parsed values into a <see cref="Request"/> and calls
/// <see cref="Execute"/>, which does the work against the <see cref="CliContext"/> streams and returns the exit code.
/// </remarks>
internal static class TagCommand
{
    /// <summary>The most characters of article text read but not yet written in a batch run.</summary>
    internal const long MaxCharsInFlight = 32L * 1024 * 1024;

    private static readonly string[] InputFormats = ["text", "jsonl"];

    /// <summary>Creates the <c>tag</c> command.</summary>
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files, folders (their *.txt files, recursively), or '-' for standard input (the default).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        Option<string> format = CommonOptions.Format(
            "Output format: table (default on a terminal), json (default otherwise), jsonl, html (a self-contained report).",
            OutputFormats.All);
        var inputFormat = new Option<string>("--input-format")
        {
            Description = "Input format: text (default), or jsonl: one {\"id\": \"...\", \"text\": \"...\"} per line (folders: their *.jsonl files).",
            HelpName = "FORMAT",
            DefaultValueFactory = _ => "text",
        };
        CommonOptions.OneOf(inputFormat, InputFormats);
        Option<string> output = CommonOptions.Out();
        Option<string[]> rules = CommonOptions.Rules();
        Option<bool> noDefaultRules = CommonOptions.NoDefaultRules();
        Option<string> color = CommonOptions.Color();
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "Worker threads for a batch (default: one per processor core). Output stays in input order.",
            HelpName = "N",
        };
        jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--jobs must be at least 1");
            }
        });
        var noProgress = new Option<bool>("--no-progress")
        {
            Description = "Do not show the progress bar (shown on standard error when it is a terminal).",
        };
        Option<bool> summary = SummaryOption();

        var command = new Command("tag", "Tag articles: sentences, sections, quotes, claims, attributions and framing.")
        {
            paths, format, inputFormat, output, rules, noDefaultRules, color, jobs, noProgress, summary,
        };
        context.HelpExamples[command] =
        [
            "claimtagger tag article.txt",
            "claimtagger tag article.txt --format html --out article.html",
            "claimtagger tag articles/ --format jsonl --out tagged.jsonl",
            "cat batch.jsonl | claimtagger tag --input-format jsonl --format jsonl",
            "claimtagger tag scraped/ --summary",
            "claimtagger tag article.txt --rules newsroom/house-rules.yaml",
        ];
        command.SetAction(parseResult => Execute(context, new Request(
            parseResult.GetValue(paths) ?? [],
            parseResult.GetValue(format),
            parseResult.GetValue(inputFormat) ?? "text",
            parseResult.GetValue(output),
            parseResult.GetValue(rules) ?? [],
            parseResult.GetValue(noDefaultRules))
        {
            Color = parseResult.GetValue(color) ?? ColorMode.Auto,
            Jobs = parseResult.GetResult(jobs) is null ? null : parseResult.GetValue(jobs),
            NoProgress = parseResult.GetValue(noProgress),
            Summary = parseResult.GetValue(summary),
        }));
        return command;
    }

    /// <summary>Runs <c>tag</c> with parsed values.</summary>
    /// <returns>The exit code.</returns>
    public static int Execute(CliContext context, Request request)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        if (OutputFactory.ChooseFormat(context, request.Format, request.OutPath, OutputFormats.Json, request.Summary) is not { } format)
        {
            return ExitCodes.UsageError;
        }

        ITagger? tagger = TaggerFactory.Create(request.RulePaths, request.NoDefaultRules, context, RuleLoader.ErrorStyle(request.Color, context));
        if (tagger is null)
        {
            return ExitCodes.UsageError;
        }

        bool jsonlInput = request.InputFormat == "jsonl";
        bool severalDocuments = jsonlInput || request.Paths.Length > 1
            || (request.Paths.Length == 1 && request.Paths[0] != InputReader.StdinId && Directory.Exists(request.Paths[0]));

        using OutputTarget? target = OutputTarget.Open(context, request.OutPath);
        if (target is null)
        {
            return ExitCodes.UsageError;
        }

        bool colors = ColorMode.Resolve(request.Color, context.OutputIsTerminal && !target.IsFile, context.GetEnvironmentVariable);
        ArticleOutput sink = OutputFactory.Create(format, target.Writer, severalDocuments, new TerminalStyle(colors), request.Summary, target.IsFile ? 0 : context.TerminalWidth);

        // A progress bar needs standard error to itself: messages from the reader thread go through the same writer.
        bool showProgress = context.ErrorIsTerminal && !request.NoProgress && severalDocuments;
        StatusLineWriter? status = showProgress ? new StatusLineWriter(context.Error) : null;
        CliContext run = context.WithError(status ?? TextWriter.Synchronized(context.Error));
        var inputs = new InputReader(run, jsonlInput);
        ProgressReporter? progress = status is null ? null : new ProgressReporter(status, inputs.MeasureTotals(request.Paths));
        int workers = severalDocuments ? request.Jobs ?? context.ProcessorCount : 1;
        var budget = new InFlightBudget(Math.Max(16, workers * 8), MaxCharsInFlight);

        try
        {
            sink.Begin();
            OrderedPipeline.Run(
                inputs.Read(request.Paths),
                input => TagOne(tagger, input),
                (input, article) =>
                {
                    sink.Write(input.Id, article);
                    progress?.Advance(input.Bytes);
                },
                workers,
                budget,
                input => input.Text.Length);
            sink.End();
            progress?.Finish();
            return inputs.HadErrors ? ExitCodes.UsageError : ExitCodes.Success;
        }
        catch (IOException ex)
        {
            status?.KeepStatus();
            context.ReportError(request.OutPath ?? "-", $"cannot write the output: {ex.Message}");
            return ExitCodes.UsageError;
        }
    }

    /// <summary><c>--summary</c>, shared with <c>render</c>.</summary>
    internal static Option<bool> SummaryOption() => new("--summary")
    {
        Description = "Instead of the articles, print per source how often they are quoted directly and in reported speech, "
            + "and the reporter's framing around them (a table, or JSON with --format json).",
    };

    private static TaggedArticle TagOne(ITagger tagger, InputDocument input)
    {
        TaggedArticle article = tagger.Tag(input.Text);
        return input.Diagnostics.Count > 0
            ? article with { Diagnostics = [.. input.Diagnostics, .. article.Diagnostics] }
            : article;
    }

    /// <summary>The parsed values of one <c>tag</c> invocation.</summary>
    internal sealed record Request(
        string[] Paths,
        string? Format,
        string InputFormat,
        string? OutPath,
        string[] RulePaths,
        bool NoDefaultRules)
    {
        /// <summary>Gets the <c>--color</c> value.</summary>
        public string Color { get; init; } = ColorMode.Auto;

        /// <summary>Gets the <c>--jobs</c> value, or <see langword="null"/> for one per processor core.</summary>
        public int? Jobs { get; init; }

        /// <summary>Gets a value indicating whether <c>--no-progress</c> was given.</summary>
        public bool NoProgress { get; init; }

        /// <summary>Gets a value indicating whether <c>--summary</c> was given.</summary>
        public bool Summary { get; init; }
    }
}
