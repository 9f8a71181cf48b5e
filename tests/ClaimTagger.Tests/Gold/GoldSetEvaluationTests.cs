using ClaimTagger.Evaluation;

namespace ClaimTagger.Tests.Gold;

/// <summary>Runs the evaluator end to end: the default tagger over the committed gold set.</summary>
public class GoldSetEvaluationTests
{
    [TestCase(GoldSetSplits.Dev)]
    [TestCase(GoldSetSplits.Test)]
    public void Evaluate_DefaultTaggerOnSplit_CountsEveryGoldTagAndDocument(string split)
    {
        IReadOnlyList<GoldDocument> documents = GoldSetReader.ReadFile(GoldSetPaths.JsonlOf(split));

        EvaluationReport report = Evaluator.Evaluate(Tagger.CreateDefault(), documents);

        if (split == GoldSetSplits.Dev)
        {
            TestContext.Out.WriteLine(report.ToMarkdown());
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.DocumentCount, Is.EqualTo(documents.Count));
            Assert.That(report.OverallOverlap.Gold, Is.EqualTo(documents.Sum(d => d.Tags.Count)));
            Assert.That(report.Labels.Where(r => r.Kind is null).Sum(r => r.Overlap.Gold), Is.EqualTo(report.OverallOverlap.Gold));
            Assert.That(report.Score(Label.DirectQuote)!.Overlap.Gold, Is.EqualTo(documents.Sum(d => d.Tags.Count(t => t.Label == Label.DirectQuote))));
            Assert.That(report.Mismatches.Count(m => m.Mismatch == MismatchKind.Missed), Is.EqualTo(report.OverallOverlap.Gold - report.OverallOverlap.TruePositives));
        }
    }
}
