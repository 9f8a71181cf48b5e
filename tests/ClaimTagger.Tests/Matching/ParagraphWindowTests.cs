namespace ClaimTagger.Tests.Matching;

/// <summary>A paragraph window stretches over the paragraphs a quotation runs on into (each reopening it).</summary>
public class ParagraphWindowTests
{
    private const string QuoteRule = """
        version: 1
        rules:
          - id: t.quote
            label: Quoted
            scope: { window: paragraph }
            pattern: [ { quote: any, depth: 0, as: content } ]
            examples:
              - { text: "He wrote: ‘We are sorry.’", expect: { content: We are sorry. } }
              - { text: "He wrote nothing.", expect: none }
        """;

    [Test]
    public void Tag_QuoteOverTwoParagraphs_MatchesItOnce()
    {
        Tagger tagger = new ClaimTaggerBuilder().AddRules(QuoteRule, "quote.yaml").Build();
        const string text = "He wrote: ‘We are sorry. It went wrong.\n\n‘We will fix it by May.’\n\nThe board met on Friday.";

        TaggedArticle result = tagger.Tag(text);

        Tag quote = result.Tags.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quote.Text, Does.StartWith("‘We are sorry").And.EndWith("by May.’"));
            Assert.That(quote.Sentences, Has.Count.EqualTo(3));
        }
    }

    [Test]
    public void Tag_QuotesClosedInTheirParagraphs_StaySeparate()
    {
        Tagger tagger = new ClaimTaggerBuilder().AddRules(QuoteRule, "quote.yaml").Build();

        TaggedArticle result = tagger.Tag("‘We are sorry.’\n\n‘We will fix it.’");

        Assert.That(result.Tags.Select(t => t.Text), Is.EqualTo(new[] { "‘We are sorry.’", "‘We will fix it.’" }));
    }
}
