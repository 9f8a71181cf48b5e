using ClaimTagger.Sections;

namespace ClaimTagger.Cli.Tests.Samples;

/// <summary>
/// Builds a <see cref="TaggedArticle"/> by hand: paragraphs of sentences with their sections, and tags located by
/// their text (so no offset is typed by hand). Sentence labels are derived from the tags, as the tagger does.
/// </summary>
internal sealed class ArticleBuilder
{
    private readonly List<(int Start, int End, SectionKind Section, int Paragraph)> _sentences = [];
    private readonly List<Tag> _tags = [];
    private readonly System.Text.StringBuilder _text = new();
    private int _paragraphs;

    /// <summary>Adds a paragraph of <paramref name="sentences"/> (joined by one space), after a blank line.</summary>
    public ArticleBuilder Paragraph(SectionKind section, params string[] sentences)
    {
        if (_text.Length > 0)
        {
            _text.Append("\n\n");
        }

        for (int i = 0; i < sentences.Length; i++)
        {
            if (i > 0)
            {
                _text.Append(' ');
            }

            int start = _text.Length;
            _text.Append(sentences[i]);
            _sentences.Add((start, _text.Length, section, _paragraphs));
        }

        _paragraphs++;
        return this;
    }

    /// <summary>
    /// Adds a tag over the first occurrence of <paramref name="span"/> (after the first occurrence of
    /// <paramref name="after"/>, when given); each role is found inside the span: <c>(name, text, resolved)</c>.
    /// </summary>
    public ArticleBuilder Tag(
        Label label,
        string rule,
        string span,
        double confidence,
        string? kind = null,
        string? after = null,
        params (string Name, string Text, string? Resolved)[] roles)
    {
        string text = _text.ToString();
        int from = after is null ? 0 : Find(text, after, 0) + after.Length;
        int start = Find(text, span, from);
        int end = start + span.Length;
        var roleSpans = new Dictionary<string, RoleSpan>(StringComparer.Ordinal);
        foreach ((string name, string roleText, string? resolved) in roles)
        {
            int roleStart = text.IndexOf(roleText, start, span.Length, StringComparison.Ordinal);
            if (roleStart < 0)
            {
                throw new ArgumentException($"role {name} '{roleText}' is not inside '{span}'");
            }

            roleSpans[name] = new RoleSpan(roleStart, roleStart + roleText.Length, roleText, resolved);
        }

        var sentences = new List<int>();
        for (int i = 0; i < _sentences.Count; i++)
        {
            if (_sentences[i].Start < end && _sentences[i].End > start)
            {
                sentences.Add(i);
            }
        }

        _tags.Add(new Tag(new Label(label.Name), rule, kind, start, end, span, sentences, confidence, roleSpans));
        return this;
    }

    /// <summary>Builds the article: tags ordered by start then end, sentence labels in first-seen order.</summary>
    public TaggedArticle Build(params string[] diagnostics)
    {
        string text = _text.ToString();
        Tag[] tags = [.. _tags.OrderBy(t => t.Start).ThenBy(t => t.End)];
        var sentences = new TaggedSentence[_sentences.Count];
        for (int i = 0; i < sentences.Length; i++)
        {
            (int start, int end, SectionKind section, int paragraph) = _sentences[i];
            var labels = new List<Label>();
            foreach (Tag tag in tags)
            {
                if (tag.Sentences.Contains(i) && !labels.Contains(tag.Label))
                {
                    labels.Add(tag.Label);
                }
            }

            sentences[i] = new TaggedSentence(i, start, end, text[start..end], section, paragraph, labels);
        }

        return new TaggedArticle(text, sentences, tags, diagnostics);
    }

    private static int Find(string text, string value, int from)
    {
        int index = text.IndexOf(value, from, StringComparison.Ordinal);
        return index >= 0 ? index : throw new ArgumentException($"'{value}' is not in the article");
    }
}
