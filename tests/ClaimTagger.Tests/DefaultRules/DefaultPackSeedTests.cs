using ClaimTagger.Sections;
using ClaimTagger.Tests.Gold;

namespace ClaimTagger.Tests.DefaultRules;

/// <summary>
/// The user's seed article tagged by the default pack, checked against the table in shared/DESIGN.md. The seed is
/// read from <c>&lt;repo root&gt;/../shared/seeds/</c> (inconclusive where absent); sentences are located with a few
/// words at test time, and nothing of the article is copied here.
/// </summary>
public class DefaultPackSeedTests
{
    private const string SeedName = "000_ec7a81b1fc0031a7.txt";

    private static TaggedArticle TagSeed()
    {
        string path = Path.Combine(GoldSetPaths.SeedFolder, SeedName);
        if (!File.Exists(path))
        {
            Assert.Inconclusive($"The seed article is not at {path}.");
        }

        return Tagger.CreateDefault().Tag(File.ReadAllText(path));
    }

    private static TaggedSentence Sentence(TaggedArticle article, string words)
    {
        TaggedSentence? sentence = article.Sentences.FirstOrDefault(s => s.Text.Contains(words, StringComparison.Ordinal));
        Assert.That(sentence, Is.Not.Null, $"no sentence holds '{words}'");
        return sentence!;
    }

    private static List<Tag> Over(TaggedArticle article, TaggedSentence sentence, Label label) =>
        article.Tags.Where(t => t.Label == label && t.Start < sentence.End && t.End > sentence.Start).ToList();

    private static string? Resolved(Tag tag) => tag.Role("source")?.Resolved;

    [TestCase("bookmark-bicon", SectionKind.Boilerplate)]
    [TestCase("be described as", SectionKind.Headline)]
    [TestCase("26 Oct, 2021", SectionKind.Dateline)]
    [TestCase("18th ministerial", SectionKind.Caption)]
    [TestCase("By Jonny", SectionKind.Byline)]
    [TestCase("has slammed", SectionKind.Body)]
    public void Tag_Seed_PutsLinesInTheirSections(string words, SectionKind section)
    {
        TaggedArticle article = TagSeed();
        Assert.That(Sentence(article, words).Section, Is.EqualTo(section));
    }

    [TestCase("bookmark-bicon")]
    [TestCase("26 Oct, 2021")]
    [TestCase("18th ministerial")]
    [TestCase("By Jonny")]
    public void Tag_SeedFurniture_CarriesNoQuoteOrClaim(string words)
    {
        TaggedArticle article = TagSeed();
        TaggedSentence sentence = Sentence(article, words);
        Assert.That(Over(article, sentence, Label.Claim).Concat(Over(article, sentence, Label.DirectQuote)), Is.Empty);
    }

    [Test]
    public void Tag_SeedHeadline_IsClaimWithCapitalsEmphasisAndNoApostropheQuotes()
    {
        TaggedArticle article = TagSeed();
        TaggedSentence headline = Sentence(article, "be described as");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Over(article, headline, Label.Claim).Select(t => (t.Role("source")?.Text ?? string.Empty) + Resolved(t)), Has.Some.Contains("Lavrov"));
            Assert.That(Over(article, headline, Label.ReporterFraming).Select(t => t.Text), Has.Some.Contains("AT ALL"));
            Assert.That(article.Tags.Select(t => t.Text.Trim('‘', '’')), Has.None.AnyOf("Moscow", "can", "doesn", "s", "t"));
        }
    }

    [TestCase("has slammed", "slammed", "slammed")]
    [TestCase("stated that", "stated", "US-led bloc")]
    [TestCase("noted that", "noted", null)]
    [TestCase("revealed that", "revealed", null)]
    [TestCase("claimed that", "claimed", "claimed")]
    public void Tag_SeedReportedSpeech_IsClaimByTheMinisterWithItsCue(string words, string cue, string? framing)
    {
        TaggedArticle article = TagSeed();
        TaggedSentence sentence = Sentence(article, words);
        List<Tag> claims = Over(article, sentence, Label.Claim).Where(t => t.Role("cue")?.Text == cue).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(claims, Is.Not.Empty, $"no Claim with cue '{cue}'");
            Assert.That(claims.Select(Resolved), Has.All.EqualTo("Sergey Lavrov"));
            Assert.That(Over(article, sentence, Label.DirectQuote), Is.Empty);
            if (framing is not null)
            {
                Assert.That(Over(article, sentence, Label.ReporterFraming).Select(t => t.Text), Has.Some.Contains(framing));
            }
        }
    }

    [Test]
    public void Tag_SeedEspionageSentence_HedgesTheCharge()
    {
        TaggedArticle article = TagSeed();
        TaggedSentence sentence = Sentence(article, "revealed that");
        Assert.That(Over(article, sentence, Label.Attribution).Select(t => t.Text), Has.Some.StartsWith("alleged"));
    }

    [TestCase("at least something", "explained")]
    [TestCase("didn’t start", "said")]
    public void Tag_SeedQuote_IsDirectQuoteResolvedToTheMinister(string words, string cue)
    {
        TaggedArticle article = TagSeed();
        List<Tag> quotes = Over(article, Sentence(article, words), Label.DirectQuote);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quotes, Has.Count.EqualTo(1));
            Assert.That(quotes.Select(Resolved), Has.All.EqualTo("Sergey Lavrov"));
            Assert.That(quotes.Select(t => t.Role("cue")?.Text), Has.All.EqualTo(cue));
        }
    }

    [Test]
    public void Tag_SeedQuoteOverTwoSentences_IsOneDirectQuote()
    {
        TaggedArticle article = TagSeed();
        TaggedSentence first = Sentence(article, "relations with Norway");
        TaggedSentence second = article.Sentences[first.Index + 1];
        List<Tag> quotes = Over(article, first, Label.DirectQuote);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quotes, Has.Count.EqualTo(1));
            Assert.That(quotes[0].Start, Is.LessThan(first.Start + first.Text.Length));
            Assert.That(Over(article, second, Label.DirectQuote), Is.EqualTo(quotes));
            Assert.That(Resolved(quotes[0]), Is.EqualTo("Sergey Lavrov"));
            Assert.That(quotes[0].Role("cue")?.Text, Is.EqualTo("explained"));
        }
    }
}
