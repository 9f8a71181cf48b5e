using System.Text;

namespace ClaimTagger.Cli.Output;

/// <summary>
/// ANSI colours for terminal output: one colour per label (the four built-in ones fixed, others picked from a
/// palette by name), and a few text styles. A disabled style writes plain text, so the same code serves terminals,
/// files and pipes. Commands that print coloured text (tables, rule test results) share it.
/// </summary>
internal sealed class TerminalStyle
{
    public const string Reset = "\u001b[0m";
    public const string Bold = "1";
    public const string Dim = "2";
    public const string Underline = "4";
    public const string Red = "31";
    public const string Green = "32";
    public const string Yellow = "33";
    public const string Blue = "34";
    public const string Magenta = "35";
    public const string Cyan = "36";

    /// <summary>Colours for labels other than the four built-in ones, chosen by a hash of the label's name.</summary>
    private static readonly string[] OtherLabelColors = ["96", "91", "92", "93", "95", "94"];

    public TerminalStyle(bool enabled)
    {
        Enabled = enabled;
    }

    /// <summary>Gets a style that writes plain text.</summary>
    public static TerminalStyle Plain { get; } = new(enabled: false);

    /// <summary>Gets a value indicating whether ANSI escapes are written.</summary>
    public bool Enabled { get; }

    /// <summary>Returns the SGR colour code of <paramref name="label"/>.</summary>
    public static string LabelColor(string label) => label switch
    {
        "DirectQuote" => Green,
        "Claim" => Cyan,
        "Attribution" => Yellow,
        "ReporterFraming" => Magenta,
        _ => OtherLabelColors[StableHash(label) % (uint)OtherLabelColors.Length],
    };

    /// <summary>Appends <paramref name="text"/> in the SGR style <paramref name="sgr"/> (codes joined by <c>;</c>).</summary>
    public StringBuilder Append(StringBuilder builder, string sgr, string text)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return Enabled && sgr.Length > 0
            ? builder.Append("\u001b[").Append(sgr).Append('m').Append(text).Append(Reset)
            : builder.Append(text);
    }

    /// <summary>Appends the start of the SGR style <paramref name="sgr"/>; nothing when disabled.</summary>
    public StringBuilder Begin(StringBuilder builder, string sgr)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return Enabled && sgr.Length > 0 ? builder.Append("\u001b[").Append(sgr).Append('m') : builder;
    }

    /// <summary>Appends the end of a style started with <see cref="Begin"/>; nothing when disabled.</summary>
    public StringBuilder End(StringBuilder builder, string sgr)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return Enabled && sgr.Length > 0 ? builder.Append(Reset) : builder;
    }

    /// <summary>Returns <paramref name="text"/> in the SGR style <paramref name="sgr"/>.</summary>
    public string Paint(string sgr, string text) => Enabled && sgr.Length > 0 ? $"\u001b[{sgr}m{text}{Reset}" : text;

    /// <summary>FNV-1a over the UTF-16 code units: the same colour for a label on every run and machine.</summary>
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
