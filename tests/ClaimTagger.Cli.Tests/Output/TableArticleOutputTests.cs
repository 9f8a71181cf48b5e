using ClaimTagger.Cli.Output;
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
}
