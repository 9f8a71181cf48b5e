namespace ClaimTagger.Cli;

/// <summary>
/// Builds the tagger for a command from its rule options (<c>--rules</c>, <c>--no-default-rules</c>). Every command
/// that tags goes through here, so rule loading and its error reporting live in one place.
/// </summary>
internal static class TaggerFactory
{
    /// <summary>Builds a tagger, or reports why not.</summary>
    /// <param name="rulePaths">Rule files or folders, layered on the defaults (or alone with <paramref name="noDefaultRules"/>).</param>
    /// <param name="noDefaultRules">Whether to leave out the built-in default rules.</param>
    /// <param name="context">Where rule diagnostics are reported.</param>
    /// <returns>The tagger, or <see langword="null"/> when errors were reported (the command exits with <see cref="ExitCodes.UsageError"/>).</returns>
    public static ITagger? Create(IReadOnlyList<string> rulePaths, bool noDefaultRules, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(rulePaths);
        ArgumentNullException.ThrowIfNull(context);

        // This build's ClaimTaggerBuilder cannot load rule files yet: say so instead of silently ignoring them.
        if (rulePaths.Count > 0)
        {
            context.ReportError("rule files are not supported by this build (--rules)");
            return null;
        }

        if (!noDefaultRules)
        {
            return Tagger.CreateDefault();
        }

        return new ClaimTaggerBuilder().Build();
    }
}
