using ClaimTagger.Evaluation;

namespace ClaimTagger.Tests.Evaluation;

public class EvaluationReportTests
{
    private const string Text = "Critics slammed the regime. Ana Ruiz said it was over.";

    [Test]
    public void ToMarkdown_Report_HasOneTableRowPerLabelAndKind()
    {
        EvaluationReport report = Evaluate();

        string markdown = report.ToMarkdown();
        string[] lines = markdown.Split('\n');

        using (Assert.EnterMultipleScope())
        {
            Assert.That(lines, Has.Some.StartsWith("| Claim | 1 | 0 | 0 | – | 0.000 | 0.000 |"));
            Assert.That(lines, Has.Some.StartsWith("| ReporterFraming | 2 | 1 | 1 | 1.000 | 0.500 | 0.667 |"));
            Assert.That(lines, Has.Some.StartsWith("| ReporterFraming / loaded-label | 1 | 0 | 0 |"));
            Assert.That(lines, Has.Some.StartsWith("| **all labels** | 3 | 1 | 1 |"));
            Assert.That(lines, Has.Some.StartsWith("| source (DirectQuote + Claim) | 0 | 0 | – |"));
            Assert.That(report.ToString(), Is.EqualTo(markdown));
        }
    }

    [Test]
    public void Labels_Order_BuiltInLabelsFirstThenKinds()
    {
        Assert.That(Evaluate().Labels.Select(l => l.Name), Is.EqualTo(new[] { "Claim", "ReporterFraming", "ReporterFraming/loaded-label", "ReporterFraming/loaded-verb" }));
    }

    [Test]
    public void FormatMismatches_Report_ListsMissesWithDocumentAndOffsets()
    {
        string text = Evaluate().FormatMismatches();
        Assert.That(text, Does.Contain("doc [28..53] Missed Claim: Ana Ruiz said it was over").And.Contain("Missed ReporterFraming/loaded-label: regime"));
    }

    private static EvaluationReport Evaluate()
    {
        var claim = new GoldTag(Label.Claim, null, 28, 53, "Ana Ruiz said it was over", new Dictionary<string, RoleSpan>());
        var verb = new GoldTag(Label.ReporterFraming, "loaded-verb", 8, 15, "slammed", new Dictionary<string, RoleSpan>());
        var regime = new GoldTag(Label.ReporterFraming, "loaded-label", 20, 26, "regime", new Dictionary<string, RoleSpan>());
        GoldDocument document = EvaluatorTests.Document(Text, claim, verb, regime);
        var tagger = new FakeTagger(new Dictionary<string, IReadOnlyList<Tag>> { [Text] = [FakeTagger.Make(Text, "ReporterFraming", "slammed", "loaded-verb")] });
        return Evaluator.Evaluate(tagger, [document]);
    }
}
