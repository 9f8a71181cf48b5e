using System.Globalization;
using System.Text;
using ClaimTagger.Serialization;

namespace ClaimTagger.Cli.Output;

/// <summary>
/// The <c>table</c> format, for reading on a terminal: one line per sentence (index, section, labels, text), and
/// under each sentence the tags that start in it (label, rule, confidence, span text, roles with resolved sources).
/// With colours on, each label has its colour, and tagged spans are coloured inline in the sentence text (the
/// innermost tag's colour; underlined where tags overlap).
/// </summary>
internal sealed class TableArticleOutput : ArticleOutput
{
    private const int MaxSpanText = 72;

    /// <summary>The columns before a sentence's text: index (4), two spaces, section (12).</summary>
    private const int SentenceIndent = 18;
    private readonly TextWriter _writer;
    private readonly bool _showIds;
    private readonly TerminalStyle _style;
    private readonly int _width;
    private readonly StringBuilder _line = new();

    /// <param name="writer">Where to write.</param>
    /// <param name="showIds">Whether to head each document with its id (when there can be several).</param>
    /// <param name="style">The colours to use; <see langword="null"/> for plain text.</param>
    /// <param name="width">The terminal's width in columns, to wrap long lines with a hanging indent; 0 not to wrap.</param>
    public TableArticleOutput(TextWriter writer, bool showIds, TerminalStyle? style = null, int width = 0)
    {
        _writer = writer;
        _showIds = showIds;
        _style = style ?? TerminalStyle.Plain;
        _width = width;
    }

    public override void Write(string id, TaggedArticle article)
    {
        if (_showIds)
        {
            _line.Clear();
            _style.Append(_line, TerminalStyle.Bold, $"== {id} ==");
            _writer.WriteLine(_line.ToString());
        }

        List<Tag>[] tagsBySentence = GroupTags(article, out List<Tag> unplaced);
        foreach (TaggedSentence sentence in article.Sentences)
        {
            _line.Clear().Append(sentence.Index.ToString(CultureInfo.InvariantCulture).PadLeft(4)).Append("  ");
            _style.Append(_line, TerminalStyle.Dim, SectionNames.ToName(sentence.Section).PadRight(12));
            if (sentence.Labels.Count > 0)
            {
                _line.Append('[');
                for (int i = 0; i < sentence.Labels.Count; i++)
                {
                    if (i > 0)
                    {
                        _line.Append(", ");
                    }

                    string label = sentence.Labels[i].Name;
                    _style.Append(_line, TerminalStyle.LabelColor(label), label);
                }

                _line.Append("] ");
            }

            AppendSentenceText(article, sentence);
            _writer.WriteLine(TextWrap.Wrap(_line.ToString(), _width, SentenceIndent));
            if ((uint)sentence.Index < (uint)tagsBySentence.Length)
            {
                foreach (Tag tag in tagsBySentence[sentence.Index])
                {
                    WriteTag(tag);
                }
            }
        }

        foreach (Tag tag in unplaced)
        {
            WriteTag(tag);
        }

        foreach (string diagnostic in article.Diagnostics)
        {
            _line.Clear();
            _style.Append(_line, TerminalStyle.Yellow, $"   ! {diagnostic}");
            _writer.WriteLine(_line.ToString());
        }

        _writer.WriteLine();
    }

    public override void End() => _writer.Flush();

    /// <summary>Appends the sentence, its tagged spans coloured when colours are on.</summary>
    private void AppendSentenceText(TaggedArticle article, TaggedSentence sentence)
    {
        if (!_style.Enabled || article.Tags.Count == 0 || sentence.End > article.Text.Length)
        {
            AppendOneLine(_line, sentence.Text, int.MaxValue);
            return;
        }

        var overlapping = new List<Tag>();
        var cuts = new SortedSet<int> { sentence.Start, sentence.End };
        foreach (Tag tag in article.Tags)
        {
            if (tag.Start < sentence.End && tag.End > sentence.Start && tag.End > tag.Start)
            {
                overlapping.Add(tag);
                cuts.Add(Math.Max(tag.Start, sentence.Start));
                cuts.Add(Math.Min(tag.End, sentence.End));
            }
        }

        int previous = -1;
        foreach (int cut in cuts)
        {
            if (previous >= 0 && cut > previous)
            {
                Tag? innermost = null;
                int covering = 0;
                foreach (Tag tag in overlapping)
                {
                    if (tag.Start <= previous && tag.End >= cut)
                    {
                        covering++;
                        if (innermost is null || tag.End - tag.Start < innermost.End - innermost.Start)
                        {
                            innermost = tag;
                        }
                    }
                }

                string sgr = innermost is null ? string.Empty
                    : covering > 1 ? TerminalStyle.LabelColor(innermost.Label.Name) + ";" + TerminalStyle.Underline
                    : TerminalStyle.LabelColor(innermost.Label.Name);
                _style.Begin(_line, sgr);
                AppendOneLine(_line, article.Text.AsSpan(previous, cut - previous), int.MaxValue);
                _style.End(_line, sgr);
            }

            previous = cut;
        }
    }

    private void WriteTag(Tag tag)
    {
        string color = TerminalStyle.LabelColor(tag.Label.Name);
        _line.Clear().Append("      ");
        _style.Append(_line, color + ";" + TerminalStyle.Bold, tag.Label.Name);
        if (tag.Kind is not null)
        {
            _style.Append(_line, color, "/" + tag.Kind);
        }

        _line.Append("  ");
        _style.Append(_line, TerminalStyle.Dim, tag.Rule);
        _line.Append("  ")
            .Append(tag.Confidence.ToString("0.##", CultureInfo.InvariantCulture)).Append("  ");
        AppendOneLine(_line, tag.Text, MaxSpanText);
        _writer.WriteLine(TextWrap.Wrap(_line.ToString(), _width, 8));
        foreach (KeyValuePair<string, RoleSpan> role in tag.Roles)
        {
            _line.Clear().Append("          ");
            _style.Append(_line, TerminalStyle.Dim, role.Key + ":").Append(' ');
            AppendOneLine(_line, role.Value.Text, MaxSpanText);
            if (role.Value.Resolved is not null && role.Value.Resolved != role.Value.Text)
            {
                _line.Append(" → ");
                _style.Append(_line, TerminalStyle.Bold, role.Value.Resolved);
            }

            _writer.WriteLine(TextWrap.Wrap(_line.ToString(), _width, 12));
        }
    }

    /// <summary>Each tag goes under the first sentence it overlaps; tags that name no sentence are listed at the end.</summary>
    private static List<Tag>[] GroupTags(TaggedArticle article, out List<Tag> unplaced)
    {
        var groups = new List<Tag>[article.Sentences.Count];
        for (int i = 0; i < groups.Length; i++)
        {
            groups[i] = [];
        }

        unplaced = [];
        foreach (Tag tag in article.Tags)
        {
            int first = int.MaxValue;
            foreach (int index in tag.Sentences)
            {
                first = Math.Min(first, index);
            }

            if ((uint)first < (uint)groups.Length)
            {
                groups[first].Add(tag);
            }
            else
            {
                unplaced.Add(tag);
            }
        }

        return groups;
    }

    /// <summary>
    /// Appends <paramref name="text"/> with line breaks and tabs as spaces and other control characters (ESC among
    /// them: article text must not drive the terminal) as U+FFFD, cut to <paramref name="max"/> characters with "…".
    /// </summary>
    private static void AppendOneLine(StringBuilder line, ReadOnlySpan<char> text, int max)
    {
        int length = Math.Min(text.Length, max);
        for (int i = 0; i < length; i++)
        {
            char c = text[i];
            line.Append(c switch
            {
                '\n' or '\r' or '\t' => ' ',
                < ' ' or '\u007f' or (>= '\u0080' and <= '\u009f') => '\uFFFD',
                _ => c,
            });
        }

        if (text.Length > max)
        {
            line.Append('…');
        }
    }
}
