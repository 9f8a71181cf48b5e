namespace ClaimTagger.Cli.Output;

/// <summary>The values of <c>--color</c>, and how <c>auto</c> is decided.</summary>
internal static class ColorMode
{
    public const string Auto = "auto";
    public const string Always = "always";
    public const string Never = "never";

    public static readonly string[] All = [Auto, Always, Never];

    /// <summary>
    /// Decides whether to write ANSI colours: <c>always</c> and <c>never</c> say so; <c>auto</c> colours only a
    /// terminal (not a file or pipe), and not when <c>NO_COLOR</c> is set to anything (no-color.org) or <c>TERM</c>
    /// is <c>dumb</c>.
    /// </summary>
    public static bool Resolve(string? mode, bool toTerminal, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return mode switch
        {
            Always => true,
            Never => false,
            _ => toTerminal
                && string.IsNullOrEmpty(environment("NO_COLOR"))
                && !string.Equals(environment("TERM"), "dumb", StringComparison.Ordinal),
        };
    }
}
