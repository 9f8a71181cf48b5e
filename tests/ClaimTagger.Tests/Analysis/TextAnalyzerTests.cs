using ClaimTagger.Analysis;

namespace ClaimTagger.Tests.Analysis;

public class TextAnalyzerTests
{
    [Test]
    public void Analyze_EverySentenceText_EqualsItsSlice()
    {
        const string text = "Headline here\n\nFirst paragraph. It goes on.\nSecond one.";
        AnalyzedText result = TextAnalyzer.Default.Analyze(text);
        Assert.That(result.Sentences, Is.Not.Empty);
        foreach (var s in result.Sentences)
        {
            Assert.That(s.Span.Slice(text).Trim(), Is.EqualTo(s.Span.Slice(text)));
        }
    }
}
