using ClaimTagger.Cli.Output;
using ClaimTagger.Rules;

namespace ClaimTagger.Cli;

/// <summary>
/// Reads rule files and folders into a <see cref="ClaimTaggerBuilder"/> and writes rule diagnostics to standard
/// error as <c>path(line,col): error CT0123: message [rule id]</c>. Shared by every command that takes rules.
/// </summary>
internal static class RuleLoader
{
    /// <summary>
    /// Creates a builder holding the defaults (unless <paramref name="noDefaultRules"/>) and every rule file of
    /// <paramref name="rulePaths"/> (folders: their *.yaml and *.yml files, recursively).
    /// </summary>
    /// <param name="files">The rule files read, in load order.</param>
    /// <returns>The builder, or <see langword="null"/> when a path could not be read (reported).</returns>
    public static ClaimTaggerBuilder? CreateBuilder(IReadOnlyList<string> rulePaths, bool noDefaultRules, CliContext context, out List<string> files)
    {
        ArgumentNullException.ThrowIfNull(rulePaths);
        ArgumentNullException.ThrowIfNull(context);
        var builder = new ClaimTaggerBuilder();
        if (!noDefaultRules)
        {
            builder.UseDefaultRules();
        }

        files = [];
        bool failed = false;
        foreach (string path in RuleFileLocator.Expand(rulePaths))
        {
            try
            {
                builder.AddRuleFile(path);
                files.Add(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                context.ReportError(path, $"cannot read the rule file: {ex.Message}");
                failed = true;
            }
        }

        return failed ? null : builder;
    }

    /// <summary>Writes each diagnostic on its own line to standard error; errors in red, warnings in yellow.</summary>
    /// <returns>The number of errors written.</returns>
    public static int Report(IEnumerable<RuleDiagnostic> diagnostics, CliContext context, TerminalStyle style)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(style);
        int errors = 0;
        foreach (RuleDiagnostic diagnostic in diagnostics)
        {
            if (diagnostic.IsError)
            {
                errors++;
            }

            context.Error.WriteLine(style.Paint(diagnostic.IsError ? TerminalStyle.Red : TerminalStyle.Yellow, diagnostic.ToString()));
        }

        return errors;
    }

    /// <summary>Returns the style for messages on standard error under <c>--color</c>.</summary>
    public static TerminalStyle ErrorStyle(string? colorMode, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new TerminalStyle(ColorMode.Resolve(colorMode, context.ErrorIsTerminal, context.GetEnvironmentVariable));
    }
}
