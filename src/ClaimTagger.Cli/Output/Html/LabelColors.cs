namespace ClaimTagger.Cli.Output.Html;

/// <summary>The report's colour per label: the four built-in labels fixed, other labels from a palette by name.</summary>
internal static class LabelColors
{
    private static readonly string[] Palette = ["#0e8f8c", "#d2561f", "#7a5cd6", "#7d8c12", "#c43b58", "#4d6b8a"];

    /// <summary>Returns a CSS colour for <paramref name="label"/>, the same on every run.</summary>
    public static string For(string label) => label switch
    {
        "DirectQuote" => "#2e9d4f",
        "Claim" => "#2f7fd1",
        "Attribution" => "#c98f00",
        "ReporterFraming" => "#c2389a",
        _ => Palette[StableHash(label) % (uint)Palette.Length],
    };

    private static uint StableHash(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }
}
