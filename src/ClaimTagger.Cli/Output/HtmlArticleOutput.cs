using System.Globalization;
using System.Text;
using ClaimTagger.Cli.Output.Html;
using ClaimTagger.Cli.Output.Summary;
using ClaimTagger.Sections;

namespace ClaimTagger.Cli.Output;

/// <summary>
/// The <c>html</c> format: one self-contained report (inline style sheet and script, no network) with every
/// document's text, each tag a highlighted <c>&lt;mark&gt;</c> carrying <c>data-label</c>, <c>data-rule</c>,
/// <c>data-kind</c>, <c>data-source</c>, <c>data-cue</c> and <c>data-confidence</c>; a legend whose checkboxes hide
/// and show each label's highlights; a tooltip on hover or focus; a panel of sources per document; and, for several
/// documents, an index. Documents are written as they come, so a batch's report is streamed in bounded memory; the
/// legend and index, known only at the end, are written last and moved to the top by the script.
/// </summary>
internal sealed class HtmlArticleOutput : ArticleOutput
{
    private readonly TextWriter _writer;
    private readonly StringBuilder _html = new();
    private readonly Dictionary<string, int> _labelCounts = new(StringComparer.Ordinal);
    private readonly List<(string Id, int Tags)> _documents = [];

    public HtmlArticleOutput(TextWriter writer)
    {
        _writer = writer;
    }

    public override void Begin()
    {
        _writer.Write($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="{ReportAssets.ContentSecurityPolicy}">
            <meta name="generator" content="claimtagger">
            <title>ClaimTagger report</title>
            <style>
            {ReportAssets.Css}
            </style>
            </head>
            <body>
            <main>

            """);
    }

    public override void Write(string id, TaggedArticle article)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(article);
        int number = _documents.Count + 1;
        _documents.Add((id, article.Tags.Count));
        foreach (Tag tag in article.Tags)
        {
            _labelCounts[tag.Label.Name] = _labelCounts.TryGetValue(tag.Label.Name, out int count) ? count + 1 : 1;
        }

        _html.Clear();
        string docId = "doc-" + number.ToString(CultureInfo.InvariantCulture);
        _html.Append("<article class=\"doc\" id=\"").Append(docId).Append("\" aria-labelledby=\"").Append(docId).Append("-title\">\n");
        _html.Append("<header class=\"doc-head\"><h2 id=\"").Append(docId).Append("-title\">");
        HtmlText.Append(_html, id == "-" ? "standard input" : id);
        _html.Append("</h2><p class=\"stats\">")
            .Append(Plural(article.Sentences.Count, "sentence")).Append(" · ").Append(Plural(article.Tags.Count, "tag"))
            .Append("</p></header>\n<div class=\"doc-body\">\n<div class=\"text\">\n");
        AppendText(article, "d" + number.ToString(CultureInfo.InvariantCulture) + "-t");
        _html.Append("</div>\n");
        AppendPanel(article);
        _html.Append("</div>\n</article>\n");
        _writer.Write(_html);
    }

    public override void End()
    {
        _html.Clear().Append("</main>\n");
        AppendTopBar();
        if (_documents.Count > 1)
        {
            AppendIndex();
        }

        _html.Append("<div id=\"tip\" role=\"tooltip\" hidden></div>\n")
            .Append("<footer>Made with claimtagger. Highlights are the rules' output, not a judgement of truth.</footer>\n")
            .Append("<script>").Append(ReportAssets.Script).Append("</script>\n</body>\n</html>\n");
        _writer.Write(_html);
        _writer.Flush();
    }

    /// <summary>Writes the article paragraph by paragraph, with its sections' styles and its highlights.</summary>
    private void AppendText(TaggedArticle article, string tagIdPrefix)
    {
        var renderer = new HighlightRenderer(article, tagIdPrefix);
        List<Block> blocks = Blocks(article);
        bool inBoilerplate = false;
        for (int b = 0; b < blocks.Count; b++)
        {
            Block block = blocks[b];
            bool boilerplate = block.Section == SectionKind.Boilerplate;
            if (boilerplate && !inBoilerplate)
            {
                int run = 1;
                while (b + run < blocks.Count && blocks[b + run].Section == SectionKind.Boilerplate)
                {
                    run++;
                }

                _html.Append("<details class=\"boilerplate\"><summary>Page furniture (")
                    .Append(Plural(run, "paragraph")).Append(")</summary>\n");
            }
            else if (!boilerplate && inBoilerplate)
            {
                _html.Append("</details>\n");
            }

            inBoilerplate = boilerplate;
            string section = Serialization.SectionNames.ToName(block.Section);
            (string open, string close) = block.Section switch
            {
                SectionKind.Headline => ("<h3 class=\"sec-headline\"", "</h3>\n"),
                SectionKind.Dateline or SectionKind.Byline or SectionKind.Caption => ("<p class=\"sec-muted\"", "</p>\n"),
                _ => ("<p", "</p>\n"),
            };
            _html.Append(open).Append(" data-section=\"").Append(section).Append("\">");
            renderer.Append(_html, block.Start, block.End);
            _html.Append(close);
        }

        if (inBoilerplate)
        {
            _html.Append("</details>\n");
        }
    }

    /// <summary>
    /// Cuts the text into paragraphs (runs of sentences with the same paragraph index). Text outside every sentence
    /// is kept, joined to the next paragraph (or the last), so no character of the article is dropped but the
    /// whitespace between paragraphs.
    /// </summary>
    private static List<Block> Blocks(TaggedArticle article)
    {
        var blocks = new List<Block>();
        string text = article.Text;
        int previousEnd = 0;
        IReadOnlyList<TaggedSentence> sentences = article.Sentences;
        int i = 0;
        while (i < sentences.Count)
        {
            TaggedSentence first = sentences[i];
            int end = first.End;
            int j = i + 1;
            while (j < sentences.Count && sentences[j].Paragraph == first.Paragraph && sentences[j].Start >= end)
            {
                end = sentences[j].End;
                j++;
            }

            int start = Math.Max(previousEnd, 0);
            if (first.Start < start || end > text.Length)
            {
                // Sentences out of order or outside the text (a hand-edited JSON file): skip what cannot be placed.
                i = j;
                continue;
            }

            while (start < first.Start && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            blocks.Add(new Block(start, end, first.Section));
            previousEnd = end;
            i = j;
        }

        int tail = previousEnd;
        while (tail < text.Length && char.IsWhiteSpace(text[tail]))
        {
            tail++;
        }

        if (tail < text.Length)
        {
            int trimmedEnd = text.Length;
            while (trimmedEnd > tail && char.IsWhiteSpace(text[trimmedEnd - 1]))
            {
                trimmedEnd--;
            }

            if (blocks.Count > 0 && blocks[^1].End == previousEnd)
            {
                blocks[^1] = blocks[^1] with { End = trimmedEnd };
            }
            else
            {
                blocks.Add(new Block(tail, trimmedEnd, SectionKind.Body));
            }
        }

        return blocks;
    }

    private void AppendPanel(TaggedArticle article)
    {
        var summary = new SourceSummary();
        summary.Add(article);
        IReadOnlyList<SourceStats> sources = summary.Sources();
        _html.Append("<aside class=\"panel\">\n<section class=\"sources\"><h3>Sources</h3>\n");
        if (sources.Count == 0)
        {
            _html.Append("<p class=\"none\">No quotes or claims.</p>");
        }
        else
        {
            _html.Append("<table><thead><tr><th scope=\"col\">Source</th><th scope=\"col\" class=\"num\" title=\"direct quotes\">Quoted</th><th scope=\"col\" class=\"num\" title=\"reported speech (claims)\">Reported</th></tr></thead><tbody>\n");
            foreach (SourceStats source in sources)
            {
                _html.Append("<tr><td>");
                if (source.Name == SourceSummary.NoSource)
                {
                    _html.Append("<em>no source</em>");
                }
                else
                {
                    _html.Append("<button type=\"button\" class=\"src\" aria-pressed=\"false\" data-source=\"");
                    HtmlText.Append(_html, source.Name).Append("\">");
                    HtmlText.Append(_html, source.Name).Append("</button>");
                }

                _html.Append("</td><td class=\"num\">").Append(source.Direct.ToString(CultureInfo.InvariantCulture))
                    .Append("</td><td class=\"num\">").Append(source.Reported.ToString(CultureInfo.InvariantCulture))
                    .Append("</td></tr>\n");
            }

            _html.Append("</tbody></table>");
        }

        _html.Append("</section>\n<section class=\"labels\"><h3>Labels</h3>");
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Tag tag in article.Tags)
        {
            counts[tag.Label.Name] = counts.TryGetValue(tag.Label.Name, out int count) ? count + 1 : 1;
        }

        if (counts.Count == 0)
        {
            _html.Append("<p class=\"none\">No tags.</p>");
        }
        else
        {
            _html.Append("<ul>");
            foreach (string label in OrderedLabels(counts.Keys))
            {
                _html.Append("<li>");
                AppendSwatch(label);
                HtmlText.Append(_html, label).Append(" <span class=\"count\">")
                    .Append(counts[label].ToString(CultureInfo.InvariantCulture)).Append("</span></li>");
            }

            _html.Append("</ul>");
        }

        _html.Append("</section>\n");
        if (article.Diagnostics.Count > 0)
        {
            _html.Append("<section class=\"diag\"><h3>Diagnostics</h3><ul>");
            foreach (string diagnostic in article.Diagnostics)
            {
                _html.Append("<li>");
                HtmlText.Append(_html, diagnostic).Append("</li>");
            }

            _html.Append("</ul></section>\n");
        }

        _html.Append("</aside>\n");
    }

    private void AppendTopBar()
    {
        int tags = 0;
        foreach ((_, int count) in _documents)
        {
            tags += count;
        }

        _html.Append("<header class=\"topbar\" id=\"topbar\"><div class=\"topbar-inner\"><h1>ClaimTagger report <small>")
            .Append(Plural(_documents.Count, "document")).Append(" · ").Append(Plural(tags, "tag")).Append("</small></h1>\n");
        _html.Append("<fieldset class=\"legend\"><legend>Show labels</legend>\n");
        foreach (string label in OrderedLabels(_labelCounts.Keys))
        {
            _html.Append("<label><input type=\"checkbox\" checked data-label=\"");
            HtmlText.Append(_html, label).Append("\" style=\"--c:").Append(LabelColors.For(label)).Append("\">");
            AppendSwatch(label);
            HtmlText.Append(_html, label).Append(" <span class=\"count\">")
                .Append(_labelCounts[label].ToString(CultureInfo.InvariantCulture)).Append("</span></label>\n");
        }

        if (_labelCounts.Count == 0)
        {
            _html.Append("<span class=\"count\">no tags</span>\n");
        }

        _html.Append("</fieldset>\n<p class=\"hint\">Hover, tap or tab to a highlight for its rule and source; untick a label to hide its highlights.</p></div></header>\n");
    }

    private void AppendIndex()
    {
        _html.Append("<nav class=\"index\" id=\"index\" aria-label=\"Documents\"><h2>Documents</h2><ol>\n");
        for (int i = 0; i < _documents.Count; i++)
        {
            _html.Append("<li><a href=\"#doc-").Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append("\">");
            HtmlText.Append(_html, _documents[i].Id == "-" ? "standard input" : _documents[i].Id).Append("</a> <span class=\"count\">")
                .Append(Plural(_documents[i].Tags, "tag")).Append("</span></li>\n");
        }

        _html.Append("</ol></nav>\n");
    }

    private void AppendSwatch(string label)
        => _html.Append("<span class=\"swatch\" aria-hidden=\"true\" style=\"--c:").Append(LabelColors.For(label)).Append("\"></span>");

    /// <summary>The built-in labels in their fixed order, then the others by name.</summary>
    private static List<string> OrderedLabels(IEnumerable<string> labels)
    {
        string[] builtIn = ["DirectQuote", "Claim", "Attribution", "ReporterFraming"];
        var present = new HashSet<string>(labels, StringComparer.Ordinal);
        var ordered = new List<string>();
        foreach (string label in builtIn)
        {
            if (present.Remove(label))
            {
                ordered.Add(label);
            }
        }

        var others = new List<string>(present);
        others.Sort(StringComparer.Ordinal);
        ordered.AddRange(others);
        return ordered;
    }

    private static string Plural(int count, string noun)
        => count.ToString("N0", CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    private readonly record struct Block(int Start, int End, SectionKind Section);
}
