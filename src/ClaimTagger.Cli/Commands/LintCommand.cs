using System.CommandLine;
using System.Globalization;
using ClaimTagger.Cli.Output;
using ClaimTagger.Rules;

namespace ClaimTagger.Cli.Commands;

/// <summary>
/// <c>claimtagger lint [PATH...]</c>: loads rule files (the built-in pack when none is given) and prints their
/// diagnostics and a one-line summary, without tagging anything. Exits 2 when any file has an error.
/// </summary>
internal static class LintCommand
{
    /// <summary>Creates the <c>lint</c> command.</summary>
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Rule files or folders (their *.yaml and *.yml files, recursively), checked layered on the default rules. None: the built-in rules.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        Option<bool> noDefaultRules = CommonOptions.NoDefaultRules();
        noDefaultRules.Description = "Check the given files alone, not layered on the default rules.";
        Option<string> color = CommonOptions.Color();
        var command = new Command("lint", "Check rule files and print their errors and warnings.") { paths, noDefaultRules, color };
        context.HelpExamples[command] =
        [
            "claimtagger lint",
            "claimtagger lint newsroom/house-rules.yaml",
            "claimtagger lint newsroom/rules/ --no-default-rules",
        ];
        command.SetAction(parseResult => Execute(
            context,
            parseResult.GetValue(paths) ?? [],
            parseResult.GetValue(noDefaultRules),
            parseResult.GetValue(color) ?? ColorMode.Auto));
        return command;
    }

    /// <summary>Runs <c>lint</c>.</summary>
    /// <returns>The exit code.</returns>
    public static int Execute(CliContext context, string[] paths, bool noDefaultRules, string color)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(paths);
        TerminalStyle style = RuleLoader.ErrorStyle(color, context);
        bool useDefaults = paths.Length == 0 || !noDefaultRules;
        ClaimTaggerBuilder? builder = RuleLoader.CreateBuilder(paths, !useDefaults, context, out List<string> files);
        if (builder is null)
        {
            return ExitCodes.UsageError;
        }

        RuleSetParseResult result = builder.LoadRules();
        int errors = RuleLoader.Report(result.Diagnostics, context, style);
        int warnings = result.Diagnostics.Count - errors;
        int fileCount = files.Count + (useDefaults ? ClaimTaggerBuilder.DefaultSources().Count : 0);
        int ruleCount = result.RuleSet?.Rules.Count ?? 0;
        string summary = string.Create(CultureInfo.InvariantCulture, $"{fileCount} files, {ruleCount} rules, {errors} errors, {warnings} warnings");
        context.Error.WriteLine(style.Paint(errors > 0 ? TerminalStyle.Red : warnings > 0 ? TerminalStyle.Yellow : TerminalStyle.Green, summary));
        return errors > 0 ? ExitCodes.UsageError : ExitCodes.Success;
    }
}
