using ClaimTagger.Matching;
using ClaimTagger.Resolution;
using ClaimTagger.Rules;
using ClaimTagger.Tests.Matching;

namespace ClaimTagger.Tests.Resolution;

public class WinnerSpansTests
{
    [Test]
    public void FirstOverlapping_RandomSpans_SameAsScanOfEveryWinner()
    {
        Rule rule = new ClaimTaggerBuilder().AddRules("""
            version: 1
            rules:
              - { id: t.one, label: Claim, pattern: [ { text: said } ] }
            """, "w.yaml").UseTextAnalysis(TestText.Analyzer).Build().Rules.Rules[0];
        var random = new Random(42);
        int overlaps = 0;
        for (int round = 0; round < 50; round++)
        {
            var winners = new List<RuleMatch>();
            var spans = new WinnerSpans();
            for (int i = 0; i < 200; i++)
            {
                int start = random.Next(1000), length = random.Next(1, 60);
                var m = new RuleMatch
                {
                    Rule = rule,
                    Start = start,
                    End = start + length,
                    FirstSentence = 0,
                    LastSentence = 0,
                    Roles = RoleMap.Empty,
                    Sequence = i,
                };
                RuleMatch? expected = winners.Find(w => w.Overlaps(m));
                RuleMatch? actual = spans.FirstOverlapping(m, winners);
                Assert.That(actual, Is.SameAs(expected), $"round {round}, match {i}: {m}");
                if (expected is null)
                {
                    spans.Add(m, winners.Count);
                    winners.Add(m);
                }
                else
                {
                    overlaps++;
                }
            }
        }

        Assert.That(overlaps, Is.GreaterThan(1000));
    }
}
