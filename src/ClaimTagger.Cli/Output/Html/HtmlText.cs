using System.Text;

namespace ClaimTagger.Cli.Output.Html;

/// <summary>
/// Escapes untrusted text (article text, ids, rule ids, label names) for HTML element content and quoted attribute
/// values. Article text is hostile input: every <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quote is escaped, control
/// characters and lone surrogates become U+FFFD, and nothing is ever written raw.
/// </summary>
internal static class HtmlText
{
    /// <summary>Appends <paramref name="text"/> escaped for element content or a double- or single-quoted attribute.</summary>
    public static StringBuilder Append(StringBuilder builder, ReadOnlySpan<char> text)
    {
        ArgumentNullException.ThrowIfNull(builder);
        int run = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i += 2;
                continue;
            }

            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\t' or '\n' or '\r' => null,
                < ' ' or '\u007f' => "\uFFFD",
                _ when char.IsSurrogate(c) => "\uFFFD",
                _ => null,
            };
            if (replacement is not null)
            {
                builder.Append(text[run..i]).Append(replacement);
                run = i + 1;
            }

            i++;
        }

        return builder.Append(text[run..]);
    }

    /// <summary>Returns <paramref name="text"/> escaped.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Append(new StringBuilder(text.Length + 16), text).ToString();
    }
}
