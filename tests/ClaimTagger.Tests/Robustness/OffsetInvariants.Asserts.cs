using ClaimTagger.Analysis;

namespace ClaimTagger.Tests.Robustness;

/// <summary>NUnit assertions over the offset contract.</summary>
internal static partial class OffsetInvariants
{
    /// <summary>Asserts that <paramref name="article"/> keeps the offset contract for <paramref name="text"/>.</summary>
    public static void AssertValid(string text, TaggedArticle article) =>
        Assert.That(Check(text, article), Is.Null, "offset contract of Tagger.Tag");

    /// <summary>Asserts that <paramref name="analyzed"/> keeps the offset contract for <paramref name="text"/>.</summary>
    public static void AssertValid(string text, AnalyzedText analyzed) =>
        Assert.That(Check(text, analyzed), Is.Null, "offset contract of TextAnalyzer.Analyze");
}
