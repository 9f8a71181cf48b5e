using ClaimTagger.Rules;

namespace ClaimTagger.Tests.Matching;

public class RuleEngineTests
{
    private const string Header = """
        version: 1
        lexicons:
          speech-verbs: { inflect: verb, entries: [say, tell, explain, add, note, "point out"] }
        conflicts: { DirectQuote+Claim: longest-then-priority }
        rules:

        """;

    internal static Tagger Build(string rules) =>
        new ClaimTaggerBuilder().AddRules(Header + rules, "test.yaml").UseTextAnalysis(TestText.Analyzer).Build();

    private const string TrailingQuote = """
          - id: test.trailing
            label: DirectQuote
            scope: { window: paragraph }
            pattern:
              - { quote: any, as: content }
              - { entity: source, as: source }
              - { lexicon: speech-verbs, as: cue }
        """;

    [TestCase("Prices will rise, according to two officials.", 1)]
    [TestCase("Two officials expect prices to rise.", 0)]
    [TestCase("Prices rose — two officials — and fell.", 1)]
    public void Run_BeforeContext_SameMatchesAsExplainMode(string text, int expected)
    {
        Tagger tagger = Build("""
              - id: test.after-according
                label: Attribution
                pattern: [ { lower: [one, two, three] }, { lower: [officials, sources] } ]
                before:
                  - one-of:
                      - [ { lower: according }, { lower: to } ]
                      - [ { flags: dash } ]
            """);
        var analyzed = TestText.Analyze(text);
        var fast = tagger.Rules.Engine.Run(analyzed, ClaimTagger.Matching.EngineOptions.Default).Matches.Select(m => (m.Start, m.End)).ToList();
        var slow = tagger.Rules.Engine.Run(analyzed, new ClaimTagger.Matching.EngineOptions(Explain: true)).Matches.Select(m => (m.Start, m.End)).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(fast, Is.EqualTo(slow));
            Assert.That(fast, Has.Count.EqualTo(expected));
        }
    }

    [Test]
    public void Tag_TrailingAttribution_CapturesSourceCueAndContent()
    {
        const string text = "“We will not back down,” the mayor said on Monday.";
        Tag tag = Build(TrailingQuote).Tag(text).Tags.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(tag.Label, Is.EqualTo(Label.DirectQuote));
            Assert.That(tag.Text, Is.EqualTo("“We will not back down,” the mayor said"));
            Assert.That(tag.Role("source")!.Text, Is.EqualTo("the mayor"));
            Assert.That(tag.Role("cue")!.Text, Is.EqualTo("said"));
            Assert.That(tag.Role("content")!.Text, Is.EqualTo("We will not back down,"));
        }
    }

    [Test]
    public void Tag_MultiSentenceQuoteInParagraphWindow_IsOneMatchOverBothSentences()
    {
        const string text = "“The port stays shut. Nobody crosses the line,” she explained.";
        TaggedArticle result = Build(TrailingQuote).Tag(text);
        Tag tag = result.Tags.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Sentences, Has.Count.EqualTo(2));
            Assert.That(tag.Sentences, Is.EqualTo(new[] { 0, 1 }));
            Assert.That(tag.Role("source")!.Text, Is.EqualTo("she"));
            Assert.That(tag.Role("cue")!.Text, Is.EqualTo("explained"));
            Assert.That(result.Sentences.Select(s => s.Labels.Single()), Is.All.EqualTo(Label.DirectQuote));
        }
    }

    [Test]
    public void Tag_LexiconMultiWordInflectedEntry_MatchesWholePhrase()
    {
        const string rules = """
              - id: test.pointed
                label: Claim
                pattern:
                  - { entity: source, as: source }
                  - { lexicon: speech-verbs, as: cue }
                  - { text: that }
            """;
        Tag tag = Build(rules).Tag("The minister pointed out that costs had doubled.").Tags.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(tag.Role("cue")!.Text, Is.EqualTo("pointed out"));
            Assert.That(tag.Role("source")!.Text, Is.EqualTo("The minister"));
        }
    }
}
