using ClaimTagger.Cli.Output.Summary;
using ClaimTagger.Cli.Tests.Samples;
using ClaimTagger.Sections;

namespace ClaimTagger.Cli.Tests.Output.Summary;

public class SourceSummaryTests
{
    [Test]
    public void Add_Article_CountsDirectAndReportedPerResolvedSource()
    {
        var summary = new SourceSummary();

        summary.Add(ReportSamples.Harbour());

        Dictionary<string, SourceStats> sources = summary.Sources().ToDictionary(s => s.Name);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sources.Keys, Is.EquivalentTo(new[] { "Maria Santos", "Owen Marsh", "the union" }));
            Assert.That((sources["Maria Santos"].Direct, sources["Maria Santos"].Reported), Is.EqualTo((1, 3)));
            Assert.That((sources["Owen Marsh"].Direct, sources["Owen Marsh"].Reported), Is.EqualTo((1, 1)));
            Assert.That((sources["the union"].Direct, sources["the union"].Reported), Is.EqualTo((0, 1)));
            Assert.That(summary.Sources()[0].Name, Is.EqualTo("Maria Santos"), "most quoted first");
        }
    }

    [Test]
    public void Add_Article_CollectsFramingInTheQuotingSentencesByKindAndCue()
    {
        var summary = new SourceSummary();

        summary.Add(ReportSamples.Harbour());

        Dictionary<string, SourceStats> sources = summary.Sources().ToDictionary(s => s.Name);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sources["Maria Santos"].Framing["loaded-verb"], Is.EqualTo(new Dictionary<string, int> { ["slammed"] = 1 }));
            Assert.That(sources["Owen Marsh"].Framing["loaded-verb"], Is.EqualTo(new Dictionary<string, int> { ["insisted"] = 1 }));
            Assert.That(sources["the union"].Framing.Keys, Is.EquivalentTo(new[] { "scare-quote" }));
        }
    }

    [Test]
    public void Add_FramingSharedByTwoQuotesOfOneSource_CountsItOnce()
    {
        TaggedArticle article = new ArticleBuilder()
            .Paragraph(SectionKind.Body, "Okafor boasted that fares fell, and Okafor said buses ran late.")
            .Tag(Label.Claim, "c1", "Okafor boasted that fares fell", 0.9, roles: [("source", "Okafor", "Jane Okafor")])
            .Tag(Label.Claim, "c2", "Okafor said buses ran late", 0.9, after: "and ", roles: [("source", "Okafor", "Jane Okafor")])
            .Tag(Label.ReporterFraming, "f", "boasted", 0.7, kind: "loaded-verb")
            .Build();
        var summary = new SourceSummary();

        summary.Add(article);
        summary.Add(article);

        SourceStats okafor = summary.Sources().Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(okafor.Reported, Is.EqualTo(4));
            Assert.That(okafor.Documents, Is.EqualTo(2));
            Assert.That(okafor.FramingCount("loaded-verb"), Is.EqualTo(2), "once per article");
            Assert.That(summary.Documents, Is.EqualTo(2));
        }
    }

    [Test]
    public void Add_QuoteWithoutSource_CountedLastUnderNoSource()
    {
        TaggedArticle article = new ArticleBuilder()
            .Paragraph(SectionKind.Body, "\"Nobody saw it coming.\" Hale said the vote was close.")
            .Tag(Label.DirectQuote, "q", "\"Nobody saw it coming.\"", 0.8)
            .Tag(Label.Claim, "c", "Hale said the vote was close", 0.9, roles: [("source", "Hale", null)])
            .Build();
        var summary = new SourceSummary();

        summary.Add(article);

        Assert.That(summary.Sources().Select(s => s.Name), Is.EqualTo(new[] { "Hale", SourceSummary.NoSource }).AsCollection);
    }
}
