using System.CommandLine;
using ClaimTagger.Cli.Output;
using ClaimTagger.Rules;

namespace ClaimTagger.Cli.Commands;

/// <summary>
/// <c>claimtagger test [PATH...] [--rule ID]</c>: runs the examples of rule files like unit tests. With no PATH it
/// runs the built-in pack's examples; with PATHs the files are loaded on top of the default rules (so they can use
/// the default lexicons) and only the examples of rules defined in those files run. Exits 1 when an example fails,
/// 2 when the rules have errors.
/// </summary>
internal static class TestCommand
{
    /// <summary>Creates the <c>test</c> command.</summary>
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Rule files or folders whose examples to run, loaded on the default rules. None: the built-in rules' examples.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var rule = new Option<string>("--rule")
        {
            Description = "Run only this rule's examples.",
            HelpName = "ID",
        };
        Option<bool> noDefaultRules = CommonOptions.NoDefaultRules();
        noDefaultRules.Description = "Load the given files alone, not on the default rules (they cannot use the default lexicons).";
        Option<string> color = CommonOptions.Color();
        var command = new Command("test", "Run the examples in rule files and report the ones that fail.") { paths, rule, noDefaultRules, color };
        context.HelpExamples[command] =
        [
            "claimtagger test",
            "claimtagger test newsroom/house-rules.yaml",
            "claimtagger test newsroom/rules/ --rule newsroom.denial.denied",
        ];
        command.SetAction(parseResult => Execute(
            context,
            parseResult.GetValue(paths) ?? [],
            parseResult.GetValue(rule),
            parseResult.GetValue(noDefaultRules),
            parseResult.GetValue(color) ?? ColorMode.Auto));
        return command;
    }

    /// <summary>Runs <c>test</c>.</summary>
    /// <returns>The exit code.</returns>
    public static int Execute(CliContext context, string[] paths, string? ruleId, bool noDefaultRules, string color)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(paths);
        TerminalStyle errorStyle = RuleLoader.ErrorStyle(color, context);
        TerminalStyle style = new(ColorMode.Resolve(color, context.OutputIsTerminal, context.GetEnvironmentVariable));
        bool useDefaults = paths.Length == 0 || !noDefaultRules;
        ClaimTaggerBuilder? builder = RuleLoader.CreateBuilder(paths, !useDefaults, context, out List<string> files);
        if (builder is null)
        {
            return ExitCodes.UsageError;
        }

        RuleSetParseResult loaded = builder.LoadRules();
        if (RuleLoader.Report(loaded.Diagnostics, context, errorStyle) > 0 || loaded.RuleSet is not { } rules)
        {
            return ExitCodes.UsageError;
        }

        if (ruleId is not null && rules.Find(ruleId) is null)
        {
            context.ReportError($"no rule '{ruleId}' in the loaded rules");
            return ExitCodes.UsageError;
        }

        RuleExampleReport report = RuleExampleRunner.Run(rules, ruleId);
        if (paths.Length > 0)
        {
            var sources = new HashSet<string>(files, StringComparer.Ordinal);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (Rule rule in rules.Rules)
            {
                if (sources.Contains(rule.Location.Source))
                {
                    ids.Add(rule.Id);
                }
            }

            report = new RuleExampleReport([.. report.Results.Where(r => ids.Contains(r.RuleId))]);
        }

        foreach (RuleExampleResult result in report.Results)
        {
            if (result.Outcome != RuleExampleOutcome.Passed)
            {
                context.Out.WriteLine(style.Paint(result.IsFailure ? TerminalStyle.Red : TerminalStyle.Yellow, result.ToString()));
            }
        }

        string summary = $"{report.PassedCount} passed, {report.FailedCount} failed" + (report.TodoCount > 0 ? $", {report.TodoCount} todo" : string.Empty);
        context.Out.WriteLine(style.Paint(report.HasFailures ? TerminalStyle.Red : TerminalStyle.Green, summary));
        return report.HasFailures ? ExitCodes.TestsFailed : ExitCodes.Success;
    }
}
