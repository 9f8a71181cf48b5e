using System.CommandLine;
using System.Text;
using ClaimTagger.Cli.Input;
using ClaimTagger.Cli.Output;

namespace ClaimTagger.Cli.Commands;

/// <summary>
/// <c>claimtagger explain TEXT [--rule ID]</c>: tags a short text and tells, rule by rule, why each rule did or did
/// not fire. TEXT is the text itself, <c>-</c> for standard input, or <c>@path</c> for a file.
/// </summary>
internal static class ExplainCommand
{
    /// <summary>Creates the <c>explain</c> command.</summary>
    public static Command Create(CliContext context)
    {
        var text = new Argument<string>("TEXT")
        {
            Description = "The text to explain, '-' for standard input, or @PATH to read a file.",
        };
        var rule = new Option<string>("--rule")
        {
            Description = "Explain only this rule.",
            HelpName = "ID",
        };
        Option<string[]> rules = CommonOptions.Rules();
        Option<bool> noDefaultRules = CommonOptions.NoDefaultRules();
        Option<string> color = CommonOptions.Color();
        var command = new Command("explain", "Show why each rule did or did not fire on a text.") { text, rule, rules, noDefaultRules, color };
        context.HelpExamples[command] =
        [
            "claimtagger explain \"The airline denied any wrongdoing.\"",
            "claimtagger explain @paragraph.txt --rule quote.trailing-source",
            "claimtagger explain - --rules newsroom/house-rules.yaml < paragraph.txt",
        ];
        command.SetAction(parseResult => Execute(
            context,
            parseResult.GetValue(text) ?? string.Empty,
            parseResult.GetValue(rule),
            parseResult.GetValue(rules) ?? [],
            parseResult.GetValue(noDefaultRules),
            parseResult.GetValue(color) ?? ColorMode.Auto));
        return command;
    }

    /// <summary>Runs <c>explain</c>.</summary>
    /// <returns>The exit code.</returns>
    public static int Execute(CliContext context, string text, string? ruleId, string[] rulePaths, bool noDefaultRules, string color)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(rulePaths);
        string? input = ReadText(context, text);
        if (input is null)
        {
            return ExitCodes.UsageError;
        }

        ITagger? tagger = TaggerFactory.Create(rulePaths, noDefaultRules, context, RuleLoader.ErrorStyle(color, context));
        if (tagger is null)
        {
            return ExitCodes.UsageError;
        }

        if (ruleId is not null && tagger is Tagger concrete && concrete.Rules.Find(ruleId) is null)
        {
            context.ReportError($"no rule '{ruleId}' in the loaded rules");
            return ExitCodes.UsageError;
        }

        context.Out.WriteLine(tagger.Explain(input, ruleId).ToString());
        return ExitCodes.Success;
    }

    private static string? ReadText(CliContext context, string text)
    {
        if (text == InputReader.StdinId)
        {
            using var reader = new StreamReader(context.In, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
            return reader.ReadToEnd();
        }

        if (text.Length > 1 && text[0] == '@')
        {
            string path = text[1..];
            try
            {
                string decoded = TextDecoder.Decode(File.ReadAllBytes(path), out string? problem);
                if (problem is not null)
                {
                    context.ReportWarning(path, problem);
                }

                return decoded;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
            {
                context.ReportError(path, $"cannot read the file: {ex.Message}");
                return null;
            }
        }

        return text;
    }
}
