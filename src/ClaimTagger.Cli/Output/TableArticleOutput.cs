using System.Text;
using ClaimTagger.Serialization;

namespace ClaimTagger.Cli.Output;

/// <summary>
/// The <c>table</c> format, for reading on a terminal: one line per sentence (index, section, labels, text), and
/// under each sentence the tags that start in it (label, rule, confidence, span text, roles).
/// </summary>
internal sealed class TableArticleOutput : ArticleOutput
{
    private const int MaxSpanText = 100;
    private readonly TextWriter _writer;
    private readonly bool _showIds;
    private readonly StringBuilder _line = new();

    /// <param name="writer">Where to write.</param>
    /// <param name="showIds">Whether to head each document with its id (when there can be several).</param>
    public TableArticleOutput(TextWriter writer, bool showIds)
    {
        _writer = writer;
        _showIds = showIds;
    }

    public override void Write(string id, TaggedArticle article)
    {
        if (_showIds)
        {
            _writer.WriteLine($"== {id} ==");
        }

        List<Tag>[] tagsBySentence = GroupTags(article, out List<Tag> unplaced);
        foreach (TaggedSentence sentence in article.Sentences)
        {
            _line.Clear()
                .Append(sentence.Index.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(4))
                .Append("  ")
                .Append(SectionNames.ToName(sentence.Section).PadRight(11));
            if (sentence.Labels.Count > 0)
            {
                _line.Append('[').AppendJoin(", ", sentence.Labels).Append("] ");
            }

            AppendOneLine(_line, sentence.Text, int.MaxValue);
            _writer.WriteLine(_line.ToString());
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
            _writer.WriteLine($"   ! {diagnostic}");
        }

        _writer.WriteLine();
    }

    public override void End() => _writer.Flush();

    private void WriteTag(Tag tag)
    {
        _line.Clear().Append("      ").Append(tag.Label.Name);
        if (tag.Kind is not null)
        {
            _line.Append('/').Append(tag.Kind);
        }

        _line.Append("  ").Append(tag.Rule).Append("  ")
            .Append(tag.Confidence.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)).Append("  ");
        AppendOneLine(_line, tag.Text, MaxSpanText);
        _writer.WriteLine(_line.ToString());
        foreach (KeyValuePair<string, RoleSpan> role in tag.Roles)
        {
            _line.Clear().Append("          ").Append(role.Key).Append(": ");
            AppendOneLine(_line, role.Value.Text, MaxSpanText);
            if (role.Value.Resolved is not null && role.Value.Resolved != role.Value.Text)
            {
                _line.Append(" → ").Append(role.Value.Resolved);
            }

            _writer.WriteLine(_line.ToString());
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

    /// <summary>Appends <paramref name="text"/> with line breaks and tabs as spaces, cut to <paramref name="max"/> characters with "…".</summary>
    private static void AppendOneLine(StringBuilder line, string text, int max)
    {
        int length = Math.Min(text.Length, max);
        for (int i = 0; i < length; i++)
        {
            char c = text[i];
            line.Append(c is '\n' or '\r' or '\t' ? ' ' : c);
        }

        if (text.Length > max)
        {
            line.Append('…');
        }
    }
}
