using ClaimTagger.Rules;
using ClaimTagger.Tests.Matching;

namespace ClaimTagger.Tests.Rules;

public class RuleExampleRunnerTests
{
    private static RuleExampleReport Run(string examples)
    {
        string yaml = $$"""
            version: 1
            lexicons:
              verbs: { inflect: verb, entries: [say] }
            rules:
              - id: t.said
                label: Claim
                pattern:
                  - { entity: source, as: source }
                  - { lexicon: verbs, as: cue }
                examples:
            {{examples}}
            """;
        RuleSet rules = RuleSetParser.Parse(yaml, "ex.yaml").GetRuleSetOrThrow();
        return RuleExampleRunner.Run(rules, TestText.Analyzer);
    }

    [Test]
    public void Run_PassingExamples_ReportsNoFailure()
    {
        RuleExampleReport report = Run("""
                  - { text: "Okafor said so.", expect: { source: Okafor, cue: said } }
                  - { text: "Nobody spoke.", expect: none }
            """);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.PassedCount, Is.EqualTo(2));
            Assert.That(report.HasFailures, Is.False);
            Assert.That(report.ToString(), Is.EqualTo("2 passed, 0 failed"));
        }
    }

    [Test]
    public void Run_WrongRoleText_ReportsExpectedAndGotAtExampleLocation()
    {
        RuleExampleReport report = Run("""
                  - { text: "The mayor said so.", expect: { source: mayor } }
            """);
        Assert.That(report.Failures.Single().ToString(),
            Is.EqualTo("ex.yaml(11,9): t.said: expected source=\"mayor\", got text=\"The mayor said\", cue=\"said\", source=\"The mayor\""));
    }

    [Test]
    public void Run_NoMatch_ReportsFurthestElementAndToken()
    {
        RuleExampleReport report = Run("""
                  - { text: "The mayor spoke.", expect: { source: The mayor } }
            """);
        Assert.That(report.Failures.Single().Message,
            Is.EqualTo("expected source=\"The mayor\", got no match (furthest: pattern element 2 of 2, lexicon verbs as cue, failed at 'spoke')"));
    }

    [Test]
    public void Run_NegativeExampleMatching_ReportsWhatMatched()
    {
        RuleExampleReport report = Run("""
                  - { text: "She said it.", expect: none }
            """);
        Assert.That(report.Failures.Single().Message, Is.EqualTo("expected none, got text=\"She said\", cue=\"said\", source=\"She\""));
    }

    [Test]
    public void Run_TodoExampleStillFailing_IsNotAFailure()
    {
        RuleExampleReport report = Run("""
                  - { text: "Said the mayor.", expect: { source: the mayor }, todo: "inverted order" }
            """);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.HasFailures, Is.False);
            Assert.That(report.TodoCount, Is.EqualTo(1));
            Assert.That(report.Results.Single().Outcome, Is.EqualTo(RuleExampleOutcome.Todo));
        }
    }

    [Test]
    public void Run_TodoExampleNowPassing_AsksToRemoveMark()
    {
        RuleExampleReport report = Run("""
                  - { text: "Ana said no.", expect: { source: Ana }, todo: "was broken" }
            """);
        Assert.That(report.Results.Single().Outcome, Is.EqualTo(RuleExampleOutcome.TodoPassed));
    }

    [Test]
    public void Run_ExpectedTextAndLabel_AreChecked()
    {
        RuleExampleReport report = Run("""
                  - { text: "Ana said no.", expect: { text: "Ana said", label: Claim } }
                  - { text: "Ana said no.", expect: { text: "Ana said no", label: Claim } }
                  - { text: "Ana said no.", expect: { label: DirectQuote, source: Ana } }
            """);
        Assert.That(report.Results.Select(r => r.Outcome), Is.EqualTo(new[] { RuleExampleOutcome.Passed, RuleExampleOutcome.Failed, RuleExampleOutcome.Failed }));
    }

    [Test]
    public void Parse_ExpectUnknownRole_IsErrorCT0404()
    {
        RuleSetParseResult result = RuleSetParser.Parse("""
            version: 1
            rules:
              - id: t.x
                label: Claim
                pattern: [ { text: said, as: cue } ]
                examples:
                  - { text: "He said.", expect: { speaker: He } }
            """, "r.yaml");
        RuleDiagnostic error = result.Diagnostics.Single(d => d.IsError);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Code, Is.EqualTo("CT0404"));
            Assert.That(error.Location, Is.EqualTo(new SourceLocation("r.yaml", 7, 39)));
        }
    }
}
