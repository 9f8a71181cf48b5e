using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ClaimTagger.Cli.Output;
using ClaimTagger.Cli.Output.Html;
using ClaimTagger.Cli.Tests.Samples;
using ClaimTagger.Sections;

namespace ClaimTagger.Cli.Tests.Output;

public class HtmlArticleOutputTests
{
    [Test]
    public void Write_Article_EveryTagIsOneFocusableMarkWithItsAttributes()
    {
        TaggedArticle article = ReportSamples.Harbour();

        string html = Render(("harbour.txt", article));

        List<Dictionary<string, string>> marks = HtmlMarkup.Marks(html);
        for (int i = 0; i < article.Tags.Count; i++)
        {
            Tag tag = article.Tags[i];
            Dictionary<string, string>[] parts = [.. marks.Where(m => m["data-tag"] == $"d1-t{i}")];
            Assert.That(parts, Is.Not.Empty, $"tag {i} ({tag.Label}) has no mark");
            Dictionary<string, string> first = parts[0];
            using (Assert.EnterMultipleScope())
            {
                Assert.That(first["data-label"], Is.EqualTo(tag.Label.Name));
                Assert.That(first["data-rule"], Is.EqualTo(tag.Rule));
                Assert.That(first.GetValueOrDefault("data-kind"), Is.EqualTo(tag.Kind));
                Assert.That(first.GetValueOrDefault("data-source"), Is.EqualTo(tag.Role("source")?.Resolved ?? tag.Role("source")?.Text));
                Assert.That(first.GetValueOrDefault("data-cue"), Is.EqualTo(tag.Role("cue")?.Text));
                Assert.That(double.Parse(first["data-confidence"], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(tag.Confidence));
                Assert.That(first["tabindex"], Is.EqualTo("0"));
                Assert.That(parts.Skip(1).Select(p => p.ContainsKey("tabindex")), Has.None.True, "only the first part is a tab stop");
            }
        }

        Assert.That(marks.Select(m => m["data-tag"]).Distinct().Count(), Is.EqualTo(article.Tags.Count));
    }

    [Test]
    public void Write_Article_MarkupNestsAndKeepsTheTextOfEveryParagraph()
    {
        TaggedArticle article = ReportSamples.Harbour();

        string html = Render(("harbour.txt", article));

        Assert.That(HtmlMarkup.NestingErrors(html), Is.Empty);
        string[] expected = article.Text.Split("\n\n");
        Assert.That(HtmlMarkup.Paragraphs(html), Is.EqualTo(expected).AsCollection);
    }

    [Test]
    public void Write_CrossingAndMultiParagraphTags_SplitsThemIntoWellNestedParts()
    {
        TaggedArticle article = new ArticleBuilder()
            .Paragraph(SectionKind.Body, "Officials reportedly said the bridge is safe.")
            .Paragraph(SectionKind.Body, "\"It will open on Monday,\" the engineer added, \"and stay open.\"")
            .Tag(Label.Attribution, "a.crossing", "reportedly said the", 0.5)
            .Tag(Label.Claim, "c.crossed", "Officials reportedly said the bridge is safe", 0.9, roles: [("source", "Officials", null)])
            .Tag(Label.ReporterFraming, "f.crossing-back", "said the bridge", 0.5)
            .Tag(Label.DirectQuote, "q.two-paragraphs", "bridge is safe.\n\n\"It will open", 0.5)
            .Build();

        string html = Render(("x", article));

        List<Dictionary<string, string>> marks = HtmlMarkup.Marks(html);
        int PartsOf(string rule) => marks.Count(m => m["data-rule"] == rule);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(HtmlMarkup.NestingErrors(html), Is.Empty);
            Assert.That(PartsOf("c.crossed"), Is.EqualTo(1), "the outer tag stays whole");
            Assert.That(PartsOf("a.crossing"), Is.EqualTo(1), "it starts first, so it stays whole");
            Assert.That(PartsOf("f.crossing-back"), Is.EqualTo(2), "split where the tag it starts in ends");
            Assert.That(PartsOf("q.two-paragraphs"), Is.EqualTo(4), "split at the two tag ends it crosses and at the paragraph break");
            foreach (string rule in new[] { "f.crossing-back", "q.two-paragraphs" })
            {
                string[] numbers = [.. marks.Where(m => m["data-rule"] == rule).Select(m => m.GetValueOrDefault("data-part", "1"))];
                Assert.That(numbers, Is.EqualTo(Enumerable.Range(1, numbers.Length).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))).AsCollection);
            }

            Assert.That(HtmlMarkup.Paragraphs(html), Is.EqualTo(article.Text.Split("\n\n")).AsCollection);
        }
    }

    [Test]
    public void Write_HostileText_EscapesEveryStringAndRunsOnlyItsOwnScript()
    {
        TaggedArticle article = ReportSamples.Hostile();

        string html = Render(("<script>id</script>\"'", article));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Regex.Matches(html, "<script", RegexOptions.IgnoreCase), Has.Count.EqualTo(1), "only the report's own script");
            Assert.That(html, Does.Not.Contain("<img"));
            Assert.That(html, Does.Not.Contain("<b>"));
            Assert.That(html, Does.Contain("&lt;script&gt;alert(&#39;headline&#39;)&lt;/script&gt; &amp; friends"));
            Assert.That(html, Does.Contain("A &amp;amp; B"));
            Assert.That(HtmlMarkup.NestingErrors(html), Is.Empty);
            Assert.That(HtmlMarkup.Paragraphs(html), Is.EqualTo(article.Text.Split("\n\n")).AsCollection);
        }

        Dictionary<string, string> quote = HtmlMarkup.Marks(html).First(m => m["data-label"] == "DirectQuote");
        Dictionary<string, string> custom = HtmlMarkup.Marks(html).First(m => m["data-label"] == "Custom<Label>");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quote["data-rule"], Is.EqualTo("quote.<b>rule</b>\"'"));
            Assert.That(quote["data-source"], Is.EqualTo("Eve \"<script>\" Mallory"));
            Assert.That(custom["style"], Does.Match("^--c:#[0-9a-f]{6}$"));
        }
    }

    [Test]
    public void Write_ControlCharactersAndLoneSurrogates_BecomeReplacementCharacters()
    {
        const string text = "Bell \u0007 and \uD800 alone, emoji \U0001F600 kept.";
        var article = new TaggedArticle(text, [new TaggedSentence(0, 0, text.Length, text, SectionKind.Body, 0, [])], [], []);

        string html = Render(("x", article));

        Assert.That(HtmlMarkup.Paragraphs(html).Single(), Is.EqualTo("Bell \uFFFD and \uFFFD alone, emoji \U0001F600 kept."));
    }

    [Test]
    public void Write_Sections_StyledByKindWithBoilerplateCollapsed()
    {
        string html = Render(("harbour.txt", ReportSamples.Harbour()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.Contain("<h3 class=\"sec-headline\" data-section=\"headline\">"));
            Assert.That(html, Does.Contain("<p class=\"sec-muted\" data-section=\"caption\">Dock cranes"));
            Assert.That(html, Does.Contain("<p class=\"sec-muted\" data-section=\"byline\">By Lena Fischer</p>"));
            Assert.That(Regex.Matches(html, "<details class=\"boilerplate\"><summary>Page furniture \\(1 paragraph\\)</summary>\\n<p data-section=\"boilerplate\">"), Has.Count.EqualTo(2));
        }
    }

    [Test]
    public void Write_Article_PanelCountsSourcesAndLegendCountsLabels()
    {
        string html = Render(("harbour.txt", ReportSamples.Harbour()));

        string sources = HtmlMarkup.TextOf(html, "section", "sources");
        string legend = HtmlMarkup.TextOf(html, "fieldset", "legend");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Regex.Replace(sources, "\\s+", " "), Does.Contain("Maria Santos13").And.Contain("Owen Marsh11").And.Contain("the union01"));
            Assert.That(Regex.Replace(legend, "\\s+", " "), Does.Contain("DirectQuote 2").And.Contain("Claim 5").And.Contain("Attribution 1").And.Contain("ReporterFraming 3"));
        }
    }

    [Test]
    public void Write_OneDocument_HasNoIndex()
    {
        string html = Render(("harbour.txt", ReportSamples.Harbour()));

        Assert.That(html, Does.Not.Contain("class=\"index\""));
    }

    [Test]
    public void Write_SeveralDocuments_IndexLinksToOneSectionEach()
    {
        string html = Render(("first.txt", ReportSamples.Harbour()), ("second.txt", ReportSamples.Hostile()), ("-", ReportSamples.Harbour()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Regex.Matches(html, "<article class=\"doc\" id=\"doc-(\\d)\""), Has.Count.EqualTo(3));
            Assert.That(html, Does.Contain("<a href=\"#doc-1\">first.txt</a>"));
            Assert.That(html, Does.Contain("<a href=\"#doc-2\">second.txt</a>"));
            Assert.That(html, Does.Contain("<a href=\"#doc-3\">standard input</a>"));
            Assert.That(html, Does.Contain("data-tag=\"d3-t0\""), "tag ids are unique per document");
            Assert.That(HtmlMarkup.NestingErrors(html), Is.Empty);
        }
    }

    [Test]
    public void Begin_Page_IsSelfContainedResponsiveAndAllowsOnlyItsOwnScript()
    {
        string html = Render(("x", ReportSamples.Harbour()));

        string script = html[(html.IndexOf("<script>", StringComparison.Ordinal) + 8)..html.IndexOf("</script>", StringComparison.Ordinal)];
        string hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.StartWith("<!DOCTYPE html>"));
            Assert.That(html, Does.Contain("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
            Assert.That(html, Does.Contain($"script-src 'sha256-{hash}'"));
            Assert.That(html, Does.Contain("default-src 'none'"));
            Assert.That(html, Does.Contain("@media print"));
            Assert.That(html, Does.Not.Match("(src|href)=\"(https?:)?//"), "nothing loaded from the network");
        }
    }

    [Test]
    public void LabelColors_For_SameColourEveryTimeAndDistinctForBuiltIns()
    {
        string[] builtIn = [.. new[] { "DirectQuote", "Claim", "Attribution", "ReporterFraming" }.Select(LabelColors.For)];

        string first = LabelColors.For("Speculation");

        Assert.That(builtIn, Is.Unique);
        Assert.That(LabelColors.For(new string("Speculation".ToCharArray())), Is.EqualTo(first));
    }

    private static string Render(params (string Id, TaggedArticle Article)[] documents)
    {
        var writer = new StringWriter();
        var output = new HtmlArticleOutput(writer);
        output.Begin();
        foreach ((string id, TaggedArticle article) in documents)
        {
            output.Write(id, article);
        }

        output.End();
        return writer.ToString();
    }
}
