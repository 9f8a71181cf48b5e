using ClaimTagger.Cli.Output;
using ClaimTagger.Cli.Tests.Samples;
using ClaimTagger.Sections;

namespace ClaimTagger.Cli.Tests.Output;

public class TableArticleOutputTests
{
    private const string Text = "Bridge reopens\n“It is safe,” the engineer said. Drivers reportedly stayed away.";

    [Test]
    public void Write_TagsAppearUnderTheirFirstSentenceWithRoles()
    {
        int quoteEnd = Text.IndexOf("said.", StringComparison.Ordinal) + 5;
        int secondStart = Text.IndexOf("Drivers", StringComparison.Ordinal);
        int hedge = Text.IndexOf("reportedly", StringComparison.Ordinal);
        int source = Text.IndexOf("the engineer", StringComparison.Ordinal);
        var sentences = new TaggedSentence[]
        {
            new(0, 0, 14, Text[..14], SectionKind.Headline, 0, []),
            new(1, 15, quoteEnd, Text[15..quoteEnd], SectionKind.Body, 1, [Label.DirectQuote]),
            new(2, secondStart, Text.Length, Text[secondStart..], SectionKind.Body, 1, [Label.Attribution]),
        };
        var tags = new[]
        {
            new Tag(Label.DirectQuote, "quote.trailing-source", null, 15, quoteEnd, Text[15..quoteEnd], [1], 0.95,
                new Dictionary<string, RoleSpan> { ["source"] = new(source, source + 12, "the engineer", "Mira Holt") }),
            new Tag(Label.Attribution, "attribution.hedge", "hedge", hedge, hedge + 10, "reportedly", [2], 0.7, new Dictionary<string, RoleSpan>()),
        };
        var writer = new StringWriter();

        new TableArticleOutput(writer, showIds: false).Write("x", new TaggedArticle(Text, sentences, tags, ["a note"]));

        string[] lines = writer.ToString().Split('\n');
        int quoteLine = Array.FindIndex(lines, l => l.Contains("quote.trailing-source", StringComparison.Ordinal));
        int hedgeLine = Array.FindIndex(lines, l => l.Contains("attribution.hedge", StringComparison.Ordinal));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(lines[quoteLine - 1], Does.Contain("[DirectQuote]").And.Contain("body"));
            Assert.That(lines[quoteLine + 1], Does.Contain("source: the engineer → Mira Holt"));
            Assert.That(lines[hedgeLine - 1], Does.Contain("Drivers reportedly stayed away."));
            Assert.That(lines[hedgeLine], Does.Contain("Attribution/hedge"));
            Assert.That(writer.ToString(), Does.Contain("! a note"));
            Assert.That(writer.ToString(), Does.Not.Contain("== x =="));
        }
    }

    [Test]
    public void Write_Colours_HighlightsEachTaggedSpanInItsLabelColour()
    {
        TaggedArticle article = ReportSamples.Harbour();
        var writer = new StringWriter();

        new TableArticleOutput(writer, showIds: false, new TerminalStyle(enabled: true)).Write("x", article);

        string output = writer.ToString();
        using (Assert.EnterMultipleScope())
        {
            // The loaded verb lies inside a Claim: innermost colour (magenta), underlined for the overlap.
            Assert.That(output, Does.Contain("\u001b[35;4mslammed\u001b[0m"));
            Assert.That(output, Does.Contain("\u001b[33mreportedly\u001b[0m"));
            Assert.That(output, Does.Contain("\u001b[32m\"Our door remains open,\" Marsh said\u001b[0m"));
            Assert.That(output, Does.Contain("[\u001b[36mClaim\u001b[0m, \u001b[35mReporterFraming\u001b[0m]"));
            Assert.That(output, Does.Contain("\u001b[1mMaria Santos\u001b[0m"), "resolved sources in bold");
        }
    }

    [Test]
    public void Write_Colours_CustomLabelGetsAStableColour()
    {
        string first = TerminalStyle.LabelColor("Speculation");

        Assert.That(TerminalStyle.LabelColor("Speculation"), Is.EqualTo(first));
        Assert.That(new[] { TerminalStyle.Green, TerminalStyle.Cyan, TerminalStyle.Yellow, TerminalStyle.Magenta }, Does.Not.Contain(first));
    }

    [Test]
    public void Write_Plain_WritesNoEscapesAndReplacesControlCharacters()
    {
        const string text = "Alarm \u001b[31mred\u001b[0m rang.";
        var article = new TaggedArticle(text, [new TaggedSentence(0, 0, text.Length, text, SectionKind.Body, 0, [])], [], []);
        var writer = new StringWriter();

        new TableArticleOutput(writer, showIds: false).Write("x", article);

        Assert.That(writer.ToString(), Does.Not.Contain("\u001b"));
        Assert.That(writer.ToString(), Does.Contain("Alarm \uFFFD[31mred"));
    }
}
