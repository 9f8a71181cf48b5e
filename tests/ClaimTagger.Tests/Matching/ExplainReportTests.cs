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
        string text = Defaults.Explain("We hope the strike will end soon.", "claim.reported-bare").ToString();
        Assert.That(text, Is.EqualTo("""
            explain: 1 sentence, 0 tags, rule claim.reported-bare

            sentence 0: We hope the strike will end soon.
              claim.reported-bare (Claim): prefilter kept
                pattern: matched
                not[0].pattern: reached element 1 of 2 (text ,), failed at 'We' (offset 0)
                not[1].pattern: matched
                not[2].pattern: reached element 1 of 3 (lower it|this|that|everything|nothing|something|anything), failed at 'We' (offset 0)
                not[3].pattern: reached element 3 of 6 (lower is|are|was|were|be|been|being), failed at 'We' (offset 0)
                not[4].pattern: reached element 4 of 5 (text :), failed at 'the' (offset 8)
                not[5].pattern: reached element 2 of 3 (lower only|merely|simply|just), failed at 'the' (offset 8)
                not[6].pattern: reached element 2 of 5 (lower in|on), failed at 'the' (offset 8)
                not[7].pattern: reached element 1 of 4 (text ,), failed at 'We' (offset 0)
                not[8].pattern: reached element 3 of 3 (lower adding|saying|noting|warning|cautioning|insisting|arguing|claiming|stressing|explaining|acknowledging|admitting|conceding|suggesting|accusing|alleging|predicting|complaining|declaring|stating|asserting|maintaining|contending|revealing|confirming|denying|blaming|calling|describing|hinting|boasting|signalling|signaling|telling|pointing|recalling|vowing|promising|pledging|threatening|writing|replying|countering|urging|dismissing|branding|labelling|labeling|praising|criticising|criticizing|slamming|blasting|lashing|hitting|demanding|questioning|asking|announcing|reporting|estimating|concluding), failed at 'hope' (offset 3)
                not[9].pattern: reached element 1 of 2 (lower say|says|said|believe|believes|believed|think|thinks|thought|estimate|estimates|estimated|suspect|suspects|suspected|fear|fears|feared|allege|alleges|alleged), failed at 'We' (offset 0)
                match 0..32 "We hope the strike will end soon": filtered, a 'not' condition overlaps it

            """.Replace("\r\n", "\n", StringComparison.Ordinal)));
    }

    [Test]
    public void Explain_RuleNeverStarting_SaysSo()
    {
        ExplainReport report = Defaults.Explain("Rain fell all day.", "framing.scare-quote");
        Assert.That(report.Rules.Single().Patterns.First().ToString(), Is.EqualTo("pattern: reached element 1 of 1 (quote as target), failed at 'Rain' (offset 0)"));
    }
}
