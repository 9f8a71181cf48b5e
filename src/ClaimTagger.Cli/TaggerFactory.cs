using ClaimTagger.Cli.Output;
using ClaimTagger.Rules;

namespace ClaimTagger.Cli;

/// <summary>
/// Builds the tagger for a command from its rule options (<c>--rules</c>, <c>--no-default-rules</c>). Every command
/// that tags goes through here, so rule loading and its error reporting live in one place.
/// </summary>
internal static class TaggerFactory
{
    /// <summary>Builds a tagger, or reports why not. Rule warnings are written to standard error and the run goes on.</summary>
    /// <param name="rulePaths">Rule files or folders, layered on the defaults (or alone with <paramref name="noDefaultRules"/>).</param>
    /// <param name="noDefaultRules">Whether to leave out the built-in default rules.</param>
    /// <param name="context">Where rule diagnostics are reported.</param>
    /// <param name="style">How diagnostics are coloured; plain when <see langword="null"/>.</param>
    /// <returns>The tagger, or <see langword="null"/> when errors were reported (the command exits with <see cref="ExitCodes.UsageError"/>).</returns>
    public static ITagger? Create(IReadOnlyList<string> rulePaths, bool noDefaultRules, CliContext context, TerminalStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(rulePaths);
        ArgumentNullException.ThrowIfNull(context);
        return context.BuildWithoutCollections
            ? CollectionFreeBuild.Run(() => Build(rulePaths, noDefaultRules, context, style))
            : Build(rulePaths, noDefaultRules, context, style);
    }

    private static ITagger? Build(IReadOnlyList<string> rulePaths, bool noDefaultRules, CliContext context, TerminalStyle? style)
    {
        style ??= TerminalStyle.Plain;
        if (rulePaths.Count == 0 && !noDefaultRules)
        {
            return Tagger.CreateDefault();
        }

        ClaimTaggerBuilder? builder = RuleLoader.CreateBuilder(rulePaths, noDefaultRules, context, out _);
        if (builder is null)
        {
            return null;
        }

        try
        {
            Tagger tagger = builder.Build();
            RuleLoader.Report(tagger.RuleDiagnostics, context, style);
            return tagger;
        }
        catch (RuleSetException ex)
        {
            RuleLoader.Report(ex.Diagnostics, context, style);
            return null;
        }
    }
}
