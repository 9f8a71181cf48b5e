using ClaimTagger.Evaluation;
using ClaimTagger.Tests.Gold;

namespace ClaimTagger.Tests.DefaultRules;

/// <summary>
/// Prints the default pack's scores and every mismatch on the dev split, for rule work:
/// <c>dotnet test --filter "FullyQualifiedName~DefaultPackReportTests" --logger "console;verbosity=detailed"</c>.
/// Only the dev split is printed in full; the test split is never read for tuning.
/// </summary>
[Explicit("A report for rule authors, not a check.")]
public class DefaultPackReportTests
{
    [Test]
    public void Evaluate_DevSplit_PrintsScoresAndMismatches()
    {
        IReadOnlyList<GoldDocument> documents = GoldSetReader.ReadFile(GoldSetPaths.JsonlOf(GoldSetSplits.Dev));

        EvaluationReport report = Evaluator.Evaluate(Tagger.CreateDefault(), documents);

        TestContext.Out.WriteLine(report.ToMarkdown());
        TestContext.Out.WriteLine(report.FormatMismatches());
        Assert.That(report.DocumentCount, Is.EqualTo(documents.Count));
    }
}
