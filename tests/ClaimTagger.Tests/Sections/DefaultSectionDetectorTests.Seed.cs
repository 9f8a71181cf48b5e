using ClaimTagger.Sections;
using ClaimTagger.Sentences;
using ClaimTagger.Text;

namespace ClaimTagger.Tests.Sections;

public partial class DefaultSectionDetectorTests
{
    [Test]
    public void Detect_SeedArticle_FindsFurnitureHeadlineDatelineCaptionBylineAndBody()
    {
        string text = ReadSeed();
        IReadOnlyList<Paragraph> paragraphs = DefaultSectionDetector.Instance.Detect(text);
        string[] lines = [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

        Assert.That(paragraphs, Has.Count.EqualTo(lines.Length), "one paragraph per non-blank line");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(paragraphs[0].Section, Is.EqualTo(SectionKind.Boilerplate), "the date and icon row");
            Assert.That(paragraphs[1].Section, Is.EqualTo(SectionKind.Headline));
            Assert.That(paragraphs[2].Section, Is.EqualTo(SectionKind.Dateline));
            Assert.That(paragraphs[2].Span.Slice(text), Does.Match(@"^\d{1,2} \w{3}, \d{4} \d{2}:\d{2}$"));
            Assert.That(paragraphs[3].Section, Is.EqualTo(SectionKind.Caption));
            Assert.That(paragraphs[3].Span.Slice(text), Does.Contain("©"));
            Assert.That(paragraphs[4].Section, Is.EqualTo(SectionKind.Byline));
            Assert.That(paragraphs[4].Span.Slice(text), Does.StartWith("By "));
            Assert.That(paragraphs.Skip(5).Select(p => p.Section), Has.All.EqualTo(SectionKind.Body));
        }
    }

    [Test]
    public void Split_SeedArticle_KeepsQuotesWithTheirAttribution()
    {
        string text = ReadSeed();
        List<string> sentences = [];
        var spans = new List<TextSpan>();
        foreach (Paragraph paragraph in DefaultSectionDetector.Instance.Detect(text))
        {
            spans.Clear();
            DefaultSentenceSplitter.Instance.Split(text, paragraph.Span, spans);
            sentences.AddRange(spans.Select(s => s.Slice(text)));
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Find(sentences, "at least something"), Does.EndWith("he explained."));
            Assert.That(Find(sentences, "We didn’t start"), Does.EndWith("Lavrov said."));
            string first = Find(sentences, "Less than three weeks");
            Assert.That(first, Does.EndWith("non-existent."));
            Assert.That(first, Does.Not.Contain("On Monday"));
        }

        static string Find(List<string> sentences, string part) =>
            sentences.FirstOrDefault(s => s.Contains(part, StringComparison.Ordinal)) ?? $"(no sentence holds '{part}')";
    }

    private static string ReadSeed()
    {
        string folder = TestFiles.SeedFolder;
        string[] seeds = Directory.Exists(folder) ? Directory.GetFiles(folder, "000_*.txt") : [];
        if (seeds.Length == 0)
        {
            Assert.Inconclusive($"The seed folder {folder} is absent.");
        }

        return File.ReadAllText(seeds[0]);
    }
}
