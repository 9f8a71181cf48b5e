using System.Globalization;
using System.Text;

namespace ClaimTagger.Cli.Output.Html;

/// <summary>
/// Writes a stretch of article text as HTML with every tag over it as a <c>&lt;mark class="hl"&gt;</c> element.
/// Nested tags become nested elements; tags that cross (one starts inside another and ends after it) and tags that
/// run over a block boundary are split into parts, each a well-nested element with the same attributes and a
/// <c>data-part</c> number, so the markup is always a proper tree. Only a tag's first part is focusable.
/// </summary>
internal sealed class HighlightRenderer
{
    private readonly string _text;
    private readonly IReadOnlyList<Tag> _tags;
    private readonly string _idPrefix;
    private readonly int[] _partsWritten;
    private readonly string[] _openTags;

    /// <param name="article">The article whose text and tags are written.</param>
    /// <param name="idPrefix">Prefix of each tag's <c>data-tag</c> id, unique per document in the report.</param>
    public HighlightRenderer(TaggedArticle article, string idPrefix)
    {
        ArgumentNullException.ThrowIfNull(article);
        _text = article.Text;
        _tags = article.Tags;
        _idPrefix = idPrefix;
        _partsWritten = new int[_tags.Count];
        _openTags = new string[_tags.Count];
    }

    /// <summary>Appends the text in <c>[start, end)</c> with its highlights.</summary>
    public void Append(StringBuilder html, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(html);
        var inBlock = new List<int>();
        var points = new SortedSet<int> { start, end };
        for (int i = 0; i < _tags.Count; i++)
        {
            Tag tag = _tags[i];
            int from = Math.Max(tag.Start, start);
            int to = Math.Min(tag.End, end);
            if (from < to && tag.Start >= 0 && tag.End <= _text.Length)
            {
                inBlock.Add(i);
                points.Add(from);
                points.Add(to);
            }
        }

        // Outer tags first: by start, then longest first, then input order.
        inBlock.Sort((a, b) =>
        {
            int byStart = _tags[a].Start.CompareTo(_tags[b].Start);
            if (byStart != 0)
            {
                return byStart;
            }

            int byEnd = _tags[b].End.CompareTo(_tags[a].End);
            return byEnd != 0 ? byEnd : a.CompareTo(b);
        });

        var stack = new List<int>();
        int next = 0;
        int position = start;
        var toOpen = new List<int>();
        foreach (int point in points)
        {
            HtmlText.Append(html, _text.AsSpan(position, point - position));
            position = point;

            // Close what ends here; anything closed only to keep the markup nested is reopened.
            int lowest = stack.Count;
            for (int s = 0; s < stack.Count; s++)
            {
                if (Math.Min(_tags[stack[s]].End, end) == point)
                {
                    lowest = s;
                    break;
                }
            }

            toOpen.Clear();
            for (int s = stack.Count - 1; s >= lowest; s--)
            {
                html.Append("</mark>");
                if (Math.Min(_tags[stack[s]].End, end) > point)
                {
                    toOpen.Add(stack[s]);
                }

                stack.RemoveAt(s);
            }

            while (next < inBlock.Count && Math.Max(_tags[inBlock[next]].Start, start) == point)
            {
                toOpen.Add(inBlock[next++]);
            }

            toOpen.Sort((a, b) =>
            {
                int byEnd = Math.Min(_tags[b].End, end).CompareTo(Math.Min(_tags[a].End, end));
                return byEnd != 0 ? byEnd : a.CompareTo(b);
            });
            foreach (int index in toOpen)
            {
                Open(html, index);
                stack.Add(index);
            }
        }
    }

    private void Open(StringBuilder html, int index)
    {
        int part = ++_partsWritten[index];
        _openTags[index] ??= BuildOpenTag(index);
        string open = _openTags[index];
        if (part == 1)
        {
            html.Append(open).Append(" tabindex=\"0\">");
        }
        else
        {
            html.Append(open).Append(" data-part=\"").Append(part.ToString(CultureInfo.InvariantCulture)).Append("\">");
        }
    }

    private string BuildOpenTag(int index)
    {
        Tag tag = _tags[index];
        var html = new StringBuilder("<mark class=\"hl\"");
        Attribute(html, "data-tag", _idPrefix + index.ToString(CultureInfo.InvariantCulture));
        Attribute(html, "data-label", tag.Label.Name);
        Attribute(html, "data-rule", tag.Rule);
        if (tag.Kind is not null)
        {
            Attribute(html, "data-kind", tag.Kind);
        }

        RoleSpan? source = tag.Role("source");
        if (source is not null)
        {
            Attribute(html, "data-source", source.Resolved ?? source.Text);
            if (source.Resolved is not null && source.Resolved != source.Text)
            {
                Attribute(html, "data-source-text", source.Text);
            }
        }

        if (tag.Role("cue") is { } cue)
        {
            Attribute(html, "data-cue", cue.Text);
        }

        if (!double.IsNaN(tag.Confidence))
        {
            Attribute(html, "data-confidence", tag.Confidence.ToString("0.###", CultureInfo.InvariantCulture));
        }

        Attribute(html, "data-start", tag.Start.ToString(CultureInfo.InvariantCulture));
        Attribute(html, "data-end", tag.End.ToString(CultureInfo.InvariantCulture));
        if (!IsBuiltIn(tag.Label.Name))
        {
            Attribute(html, "style", "--c:" + LabelColors.For(tag.Label.Name));
        }

        Attribute(html, "title", Title(tag, source));
        return html.ToString();
    }

    /// <summary>The plain-text tooltip for readers without script (the script shows a richer one).</summary>
    private static string Title(Tag tag, RoleSpan? source)
    {
        var title = new StringBuilder(tag.Label.Name);
        if (tag.Kind is not null)
        {
            title.Append(" (").Append(tag.Kind).Append(')');
        }

        title.Append(" · rule ").Append(tag.Rule);
        if (source is not null)
        {
            title.Append(" · source ").Append(source.Resolved ?? source.Text);
        }

        if (tag.Role("cue") is { } cue)
        {
            title.Append(" · cue ").Append(cue.Text);
        }

        if (!double.IsNaN(tag.Confidence))
        {
            title.Append(" · confidence ").Append(tag.Confidence.ToString("0.###", CultureInfo.InvariantCulture));
        }

        return title.ToString();
    }

    internal static bool IsBuiltIn(string label)
        => label is "DirectQuote" or "Claim" or "Attribution" or "ReporterFraming";

    private static void Attribute(StringBuilder html, string name, string value)
    {
        html.Append(' ').Append(name).Append("=\"");
        HtmlText.Append(html, value);
        html.Append('"');
    }
}
