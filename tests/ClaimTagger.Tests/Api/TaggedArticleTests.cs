using ClaimTagger.Sections;

namespace ClaimTagger.Tests.Api;

public class TaggedArticleTests
{
    private static TaggedArticle Tagged(int index) => Tagger.CreateDefault().Tag(ArticleTemplates.Article(index));

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2)]
    public void HasLabel_AgreesWithTags(int index)
    {
        TaggedArticle article = Tagged(index);
        Label[] labels = [Label.DirectQuote, Label.Claim, Label.Attribution, Label.ReporterFraming, new Label("Denial")];
        Assert.That(labels.Select(article.HasLabel), Is.EqualTo(labels.Select(l => article.Tags.Any(t => t.Label == l))));
    }

    [Test]
    public void HasLabel_TemplateArticle_FindsQuotesAndClaims()
    {
        TaggedArticle article = Tagged(4);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.HasLabel(Label.DirectQuote), Is.True);
            Assert.That(article.HasLabel(Label.Claim), Is.True);
            Assert.That(article.HasLabel(new Label("NoSuchLabel")), Is.False);
        }
    }

    [Test]
    public void TagsOfSentence_ReturnsExactlyTheTagsListingIt()
    {
        TaggedArticle article = Tagged(6);
        using (Assert.EnterMultipleScope())
        {
            foreach (TaggedSentence sentence in article.Sentences)
            {
                var tags = article.TagsOf(sentence).ToList();
                Assert.That(tags, Is.EqualTo(article.Tags.Where(t => t.Sentences.Contains(sentence.Index))));
                Assert.That(tags.Select(t => t.Label).Distinct(), Is.EquivalentTo(sentence.Labels));
            }
        }
    }

    [Test]
    public void QuotesBySource_GroupsStatementsByResolvedName()
    {
        const string text =
            "Councillor Bea Harrow said the depot would close in spring.\n\n" +
            "“It is a sad day for the town,” she said.\n\n" +
            "Harrow added that staff would be offered new posts.\n\n" +
            "“We had no warning,” driver Sam Oyelaran told reporters.\n";
        TaggedArticle article = Tagger.CreateDefault().Tag(text);
        IReadOnlyDictionary<string, IReadOnlyList<Tag>> bySource = article.QuotesBySource();
        var statements = article.Tags.Where(t => (t.Label == Label.DirectQuote || t.Label == Label.Claim) && t.Role("source") is not null).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(bySource.Keys.First(), Is.EqualTo("Bea Harrow"));
            Assert.That(bySource["Bea Harrow"].Select(t => t.Label), Does.Contain(Label.DirectQuote).And.Contain(Label.Claim));
            Assert.That(bySource.Keys, Has.Some.Contains("Oyelaran"));
            Assert.That(bySource.Values.Sum(v => v.Count), Is.EqualTo(statements.Count));
            foreach ((string name, IReadOnlyList<Tag> tags) in bySource)
            {
                Assert.That(tags.Select(t => t.Role("source")!.Resolved ?? t.Role("source")!.Text), Is.All.EqualTo(name));
                Assert.That(tags.Select(t => t.Start), Is.Ordered);
            }
        }
    }

    [Test]
    public void QuotesBySource_NoStatements_Empty()
    {
        Assert.That(Tagger.CreateDefault().Tag("The tide came in at six.\n").QuotesBySource(), Is.Empty);
    }

    [Test]
    public void SentencesInAndTagsIn_FollowSentenceSections()
    {
        TaggedArticle article = Tagged(8);
        var headline = article.SentencesIn(SectionKind.Headline).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(headline, Is.Not.Empty);
            Assert.That(headline.Select(s => s.Section), Is.All.EqualTo(SectionKind.Headline));
            Assert.That(article.SentencesIn(SectionKind.Body).Count() + headline.Count, Is.LessThanOrEqualTo(article.Sentences.Count));
            Assert.That(article.TagsIn(SectionKind.Headline), Is.EqualTo(article.Tags.Where(t => t.Sentences.Any(i => article.Sentences[i].Section == SectionKind.Headline))));
        }
    }

    [Test]
    public void SentenceAt_EveryOffset_AgreesWithLinearSearch()
    {
        TaggedArticle article = Tagged(9);
        using (Assert.EnterMultipleScope())
        {
            for (int offset = -1; offset <= article.Text.Length; offset++)
            {
                TaggedSentence? expected = article.Sentences.FirstOrDefault(s => offset >= s.Start && offset < s.End);
                Assert.That(article.SentenceAt(offset), Is.SameAs(expected), $"offset {offset}");
            }
        }
    }
}
