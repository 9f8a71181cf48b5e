using ClaimTagger.Matching;

namespace ClaimTagger.Tests.Matching;

public class ExplainReportTests
{
    private static readonly Tagger Defaults = new ClaimTaggerBuilder().UseDefaultRules().UseTextAnalysis(TestText.Analyzer).Build();

    [Test]
    public void Explain_NearMiss_ShowsPrefilterSkipAndFurthestElement()
    {
        // "waited" is no reporting verb, so the prefilter skips the rule and its pattern stops at that word.
        ExplainReport report = Defaults.Explain("“We will not back down,” the mayor waited.", "quote.trailing-source");
        RuleExplanation rule = report.Rules.Single();
        PatternTrace pattern = rule.Patterns.First();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rule.PrefilterKept, Is.False);
            Assert.That(rule.RequiredWords, Does.Contain("said").And.Contain("explained"));
            Assert.That(pattern.Matched, Is.False);
            Assert.That(pattern.FurthestElementName, Does.EndWith("as cue"));
            Assert.That(pattern.FailedToken, Is.EqualTo("waited"));
            Assert.That(pattern.FailedAt, Is.EqualTo(35));
            Assert.That(rule.Matches, Is.Empty);
        }
    }

    [Test]
    public void Explain_Conflict_ShowsSuppressedMatchWithWinnerAndReason()
    {
        ExplainReport report = Defaults.Explain("The plan is “dead on arrival”, the senator said.");
        MatchExplanation lost = report.Rules.Single(r => r.RuleId == "quote.trailing-source").Matches.Single();
        MatchExplanation won = report.Rules.Single(r => r.RuleId == "claim.trailing-attribution").Matches.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(lost.Outcome, Is.EqualTo(MatchOutcome.Suppressed));
            Assert.That(lost.Winner, Is.EqualTo("claim.trailing-attribution"));
            Assert.That(lost.Reason, Does.StartWith("longest-then-priority: claim.trailing-attribution is longer"));
            Assert.That(lost.Roles["source"].Text, Is.EqualTo("the senator"));
            Assert.That(won.Outcome, Is.EqualTo(MatchOutcome.Tagged));
            Assert.That(report.Tags.Select(t => t.Rule), Does.Contain("claim.trailing-attribution").And.No.Contain("quote.trailing-source"));
        }
    }

    [Test]
    public void Explain_FilteredMatch_ShowsFilterReason()
    {
        ExplainReport report = Defaults.Explain("I think the strike will end soon.", "claim.reported-bare");
        MatchExplanation filtered = report.Rules.Single().Matches.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(filtered.Outcome, Is.EqualTo(MatchOutcome.Filtered));
            Assert.That(filtered.Reason, Is.EqualTo("a 'not' condition overlaps it"));
            Assert.That(filtered.Text, Is.EqualTo("I think the strike will end soon"));
            Assert.That(report.Tags, Is.Empty);
        }
    }

    [Test]
    public void Explain_RuleFilter_ReportsOnlyThatRuleButKeepsAllTags()
    {
        ExplainReport report = Defaults.Explain("Critics slammed the stunning plan, and officials said it would fail.", "framing.intensifier");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Rules.Select(r => r.RuleId).Distinct(), Is.EqualTo(new[] { "framing.intensifier" }));
            Assert.That(report.Tags.Select(t => t.Rule), Is.EquivalentTo(new[] { "claim.reported-bare", "attribution.unnamed-source", "framing.loaded-verb", "framing.intensifier" }));
        }
    }

    [Test]
    public void ToString_Report_IsReadable()
    {
        // A rule file of its own, so that the pinned text follows the report's format, not the default rules' growth.
        const string Yaml = """
            version: 1
            rules:
              - id: test.hope
                label: Claim
                message: "{source} hopes"
                pattern:
                  - { lower: [we, they], as: source }
                  - { lower: [hope, hopes], as: cue }
                  - { token: any, op: "+", as: content }
                not:
                  - pattern: [ { text: "," }, { lower: saying } ]
                  - pattern: [ { lower: hope }, { lower: the } ]
            """;
        Tagger tagger = new ClaimTaggerBuilder().AddRules(Yaml, "hope.yaml").UseTextAnalysis(TestText.Analyzer).Build();
        string text = tagger.Explain("We hope the strike will end soon.", "test.hope").ToString();
        Assert.That(text, Is.EqualTo("""
            explain: 1 sentence, 0 tags, rule test.hope

            sentence 0: We hope the strike will end soon.
              test.hope (Claim): prefilter kept
                pattern: matched
                not[0].pattern: reached element 1 of 2 (text ,), failed at 'We' (offset 0)
                not[1].pattern: matched
                match 0..33 "We hope the strike will end soon.": filtered, a 'not' condition overlaps it

            """.Replace("\r\n", "\n", StringComparison.Ordinal)));
    }

    [Test]
    public void Explain_RuleNeverStarting_SaysSo()
    {
        ExplainReport report = Defaults.Explain("Rain fell all day.", "framing.scare-quote");
        Assert.That(report.Rules.Single().Patterns.First().ToString(), Is.EqualTo("pattern: reached element 1 of 1 (quote as target), failed at 'Rain' (offset 0)"));
    }
}
