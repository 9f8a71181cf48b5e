using ClaimTagger.Evaluation;
using ClaimTagger.Tests.Gold;

namespace ClaimTagger.Tests.DefaultRules;

/// <summary>
/// Keeps the default pack's scores on the gold set from sliding back: overlap F1 per label and the share of
/// DirectQuotes whose resolved source is right must stay at or above floors set a little below the figures the
/// pack reached (docs/default-rules.md). Raise a floor when the pack improves; never lower one to let a change in.
/// </summary>
public class DefaultPackScoreTests
{
    [TestCase(GoldSetSplits.Test, 0.97, 0.96, 0.92, 0.94, 0.85)]
    [TestCase(GoldSetSplits.Dev, 0.98, 0.96, 0.97, 0.97, 0.96)]
    public void Evaluate_DefaultPackOnSplit_StaysAtOrAboveFloors(string split, double quote, double quoteSource, double claim, double attribution, double framing)
    {
        IReadOnlyList<GoldDocument> documents = GoldSetReader.ReadFile(GoldSetPaths.JsonlOf(split));

        EvaluationReport report = Evaluator.Evaluate(Tagger.CreateDefault(), documents);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Score(Label.DirectQuote)!.Overlap.F1, Is.GreaterThanOrEqualTo(quote), "DirectQuote F1");
            Assert.That(report.DirectQuoteSourceAccuracy.Value, Is.GreaterThanOrEqualTo(quoteSource), "DirectQuote resolved source");
            Assert.That(report.Score(Label.Claim)!.Overlap.F1, Is.GreaterThanOrEqualTo(claim), "Claim F1");
            Assert.That(report.Score(Label.Attribution)!.Overlap.F1, Is.GreaterThanOrEqualTo(attribution), "Attribution F1");
            Assert.That(report.Score(Label.ReporterFraming)!.Overlap.F1, Is.GreaterThanOrEqualTo(framing), "ReporterFraming F1");
        }
    }
}
