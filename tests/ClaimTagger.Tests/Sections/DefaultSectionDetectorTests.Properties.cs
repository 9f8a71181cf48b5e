using ClaimTagger.Sections;
using ClaimTagger.Sentences;
using ClaimTagger.Tests.Sentences;
using ClaimTagger.Text;

namespace ClaimTagger.Tests.Sections;

public partial class DefaultSectionDetectorTests
{
    public static IEnumerable<TestCaseData> Corpus()
    {
        foreach (string path in TestFiles.SectionArticles())
        {
            string text = File.ReadAllText(path);
            string name = Path.GetFileNameWithoutExtension(path);
            yield return new TestCaseData(text).SetArgDisplayNames(name);
            yield return new TestCaseData(text.Replace("\n", "\r\n", StringComparison.Ordinal)).SetArgDisplayNames(name + "-crlf");
            yield return new TestCaseData(text.Replace('\n', '\r')).SetArgDisplayNames(name + "-cr");
            yield return new TestCaseData("\uFEFF  " + text.Replace("\n\n", "\n \t\u00A0\n", StringComparison.Ordinal) + "  \u200B ").SetArgDisplayNames(name + "-padded");
        }

        for (int seed = 1; seed <= 40; seed++)
        {
            yield return new TestCaseData(GeneratedText.Article(seed, 50 + (seed * 97 % 5000))).SetArgDisplayNames($"article-{seed}");
            yield return new TestCaseData(GeneratedText.Soup(seed, 20 + (seed * 131 % 3000))).SetArgDisplayNames($"soup-{seed}");
        }

        yield return new TestCaseData(string.Join(' ', Enumerable.Repeat("lorem ipsum dolor", 2000))).SetArgDisplayNames("long-no-stop");
        yield return new TestCaseData(new string('x', 7000)).SetArgDisplayNames("long-no-space");
        yield return new TestCaseData(new string('.', 5000) + " A " + new string('”', 3000)).SetArgDisplayNames("long-marks");
        yield return new TestCaseData("\n\n\r\r\n").SetArgDisplayNames("only-breaks");
        yield return new TestCaseData("x").SetArgDisplayNames("one-char");
        yield return new TestCaseData("\U0001F600").SetArgDisplayNames("one-pair");
    }

    [TestCaseSource(nameof(Corpus))]
    public void Detect_AnyText_ParagraphsAndSentencesPartitionTheText(string text)
    {
        int sentences = TextInvariants.AssertPipeline(text, SplitWithDefault, DefaultSentenceSplitter.MaxSentenceLength);
        Assert.That(sentences > 0, Is.EqualTo(text.Any(c => !char.IsWhiteSpace(c))));
    }

    [Test]
    public void Detect_SameTextTwice_GivesSameResult()
    {
        string text = GeneratedText.Article(99, 4000);
        IReadOnlyList<Paragraph> first = DefaultSectionDetector.Instance.Detect(text);
        IReadOnlyList<Paragraph> second = new DefaultSectionDetector().Detect(text);
        Assert.That(second, Is.EqualTo(first));
    }

    private static List<TextSpan> SplitWithDefault(string text, TextSpan paragraph)
    {
        var sentences = new List<TextSpan>();
        DefaultSentenceSplitter.Instance.Split(text, paragraph, sentences);
        return sentences;
    }
}
