using ClaimTagger.Text;

namespace ClaimTagger.Sections;

/// <summary>The built-in section detector. (Placeholder: every non-blank line is a body paragraph.)</summary>
public sealed class DefaultSectionDetector : ISectionDetector
{
    /// <summary>Gets the shared instance.</summary>
    public static DefaultSectionDetector Instance { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<Paragraph> Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<Paragraph>();
        int i = 0;
        while (i < text.Length)
        {
            int lineEnd = text.IndexOfAny(['\n', '\r'], i);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            int s = i, e = lineEnd;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s)
            {
                result.Add(new Paragraph(result.Count, new TextSpan(s, e), SectionKind.Body));
            }

            i = lineEnd + 1;
        }

        return result;
    }
}
