using System.Text;

namespace ClaimTagger.Cli.Output;

/// <summary>Word-wraps a line for a terminal of a given width, with a hanging indent, skipping ANSI escapes when counting columns.</summary>
internal static class TextWrap
{
    /// <summary>
    /// Returns <paramref name="line"/> broken at spaces so no row is wider than <paramref name="width"/> columns,
    /// each continuation row indented by <paramref name="indent"/> spaces. A word longer than a row is left whole.
    /// A width of 0 (not a terminal) returns the line as it is.
    /// </summary>
    public static string Wrap(string line, int width, int indent)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (width <= indent + 10 || line.Length <= width)
        {
            return line;
        }

        var result = new StringBuilder(line.Length + 32);
        int column = 0;
        int lastSpace = -1;
        int i = 0;
        while (i < line.Length)
        {
            char c = line[i];
            if (c == '\u001b')
            {
                int end = line.IndexOf('m', i);
                end = end < 0 ? line.Length - 1 : end;
                result.Append(line, i, end - i + 1);
                i = end + 1;
                continue;
            }

            if (c == ' ')
            {
                lastSpace = result.Length;
            }

            result.Append(c);
            if (!char.IsLowSurrogate(c))
            {
                column++;
            }

            if (column > width && lastSpace >= 0)
            {
                // Break at the last space: what follows it moves to a new, indented row.
                string carried = result.ToString(lastSpace + 1, result.Length - lastSpace - 1);
                result.Length = lastSpace;
                result.Append('\n').Append(' ', indent).Append(carried);
                column = indent + VisibleLength(carried);
                lastSpace = -1;
            }

            i++;
        }

        return result.ToString();
    }

    private static int VisibleLength(string text)
    {
        int length = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\u001b')
            {
                int end = text.IndexOf('m', i);
                i = end < 0 ? text.Length : end;
                continue;
            }

            if (!char.IsLowSurrogate(text[i]))
            {
                length++;
            }
        }

        return length;
    }
}
