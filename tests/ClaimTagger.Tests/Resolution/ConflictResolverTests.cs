using ClaimTagger.Tests.Matching;

namespace ClaimTagger.Tests.Resolution;

public class ConflictResolverTests
{
    private static Tagger Build(string conflicts, int shortPriority) => new ClaimTaggerBuilder().AddRules($$"""
        version: 1
        conflicts: { {{conflicts}} }
        rules:
          - id: t.long
            label: Claim
            priority: 1
            pattern: [ { entity: source }, { text: said }, { text: that } ]
          - id: t.short
            label: DirectQuote
            priority: {{shortPriority}}
            pattern: [ { text: said } ]
          - id: t.framing
            label: ReporterFraming
            pattern: [ { text: said } ]
        """, "c.yaml").UseTextAnalysis(TestText.Analyzer).Build();

    private const string Text = "Ruiz said that it rained.";

    [Test]
    public void Resolve_LongestThenPriority_LongerTagWinsInGroup()
    {
        TaggedArticle result = Build("DirectQuote+Claim: longest-then-priority", shortPriority: 50).Tag(Text);
        Assert.That(result.Tags.Select(t => t.Rule), Is.EqualTo(new[] { "t.long", "t.framing" }));
    }

    [Test]
    public void Resolve_PriorityThenLongest_HigherPriorityWinsInGroup()
    {
        TaggedArticle result = Build("DirectQuote+Claim: priority-then-longest", shortPriority: 50).Tag(Text);
        Assert.That(result.Tags.Select(t => t.Rule), Is.EqualTo(new[] { "t.short", "t.framing" }));
    }

    [Test]
    public void Resolve_KeepAll_KeepsOverlappingTags()
    {
        TaggedArticle result = Build("DirectQuote+Claim: keep-all", shortPriority: 50).Tag(Text);
        Assert.That(result.Tags.Select(t => t.Rule), Is.EqualTo(new[] { "t.long", "t.short", "t.framing" }));
    }

    [Test]
    public void Resolve_SeparateGroups_DoNotSuppressEachOther()
    {
        TaggedArticle result = Build("DirectQuote: keep-all", shortPriority: 50).Tag(Text);
        Assert.That(result.Tags.Select(t => t.Rule), Is.EqualTo(new[] { "t.long", "t.short", "t.framing" }));
    }

    [Test]
    public void Resolve_EqualLengthAndPriority_EarlierRuleWins()
    {
        Tagger tagger = new ClaimTaggerBuilder().AddRules("""
            version: 1
            rules:
              - { id: t.first, label: ReporterFraming, pattern: [ { text: slammed } ] }
              - { id: t.second, label: ReporterFraming, pattern: [ { lower: slammed } ] }
            """, "e.yaml").UseTextAnalysis(TestText.Analyzer).Build();
        Assert.That(tagger.Tag("Critics slammed it.").Tags.Single().Rule, Is.EqualTo("t.first"));
    }
}
