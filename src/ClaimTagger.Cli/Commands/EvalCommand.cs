using System.CommandLine;
using ClaimTagger.Cli.Output;
using ClaimTagger.Evaluation;

namespace ClaimTagger.Cli.Commands;

/// <summary>
/// <c>claimtagger eval GOLD.jsonl</c>: tags the documents of a gold set and prints precision, recall and F1 per
/// label as a markdown table (and, with <c>--mismatches</c>, every missed and spurious tag).
/// </summary>
internal static class EvalCommand
{
    /// <summary>Creates the <c>eval</c> command.</summary>
    public static Command Create(CliContext context)
    {
        var gold = new Argument<string>("GOLD")
        {
            Description = "A gold set: JSON lines, one annotated document per line.",
        };
        Option<string[]> rules = CommonOptions.Rules();
        Option<bool> noDefaultRules = CommonOptions.NoDefaultRules();
        var mismatches = new Option<bool>("--mismatches")
        {
            Description = "Also list every missed, spurious or misplaced tag.",
        };
        Option<string> color = CommonOptions.Color();
        var command = new Command("eval", "Score the tagger against a gold set: precision, recall and F1 per label.") { gold, rules, noDefaultRules, mismatches, color };
        context.HelpExamples[command] =
        [
            "claimtagger eval gold/test.jsonl",
            "claimtagger eval gold/dev.jsonl --rules newsroom/house-rules.yaml --mismatches",
        ];
        command.SetAction(parseResult => Execute(
            context,
            parseResult.GetValue(gold) ?? string.Empty,
            parseResult.GetValue(rules) ?? [],
            parseResult.GetValue(noDefaultRules),
            parseResult.GetValue(mismatches),
            parseResult.GetValue(color) ?? ColorMode.Auto));
        return command;
    }

    /// <summary>Runs <c>eval</c>.</summary>
    /// <returns>The exit code.</returns>
    public static int Execute(CliContext context, string goldPath, string[] rulePaths, bool noDefaultRules, bool showMismatches, string color)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(goldPath);
        ArgumentNullException.ThrowIfNull(rulePaths);
        IReadOnlyList<GoldDocument> documents;
        try
        {
            documents = GoldSetReader.ReadFile(goldPath);
        }
        catch (FormatException ex)
        {
            context.Error.WriteLine($"{ex.Message}");
            return ExitCodes.UsageError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            context.ReportError(goldPath, $"cannot read the gold set: {ex.Message}");
            return ExitCodes.UsageError;
        }

        ITagger? tagger = TaggerFactory.Create(rulePaths, noDefaultRules, context, RuleLoader.ErrorStyle(color, context));
        if (tagger is null)
        {
            return ExitCodes.UsageError;
        }

        EvaluationReport report = Evaluator.Evaluate(tagger, documents);
        context.Out.WriteLine(report.ToMarkdown());
        if (showMismatches)
        {
            context.Out.WriteLine();
            context.Out.WriteLine(report.FormatMismatches());
        }

        return ExitCodes.Success;
    }
}
