using ClaimTagger.Sections;
using ClaimTagger.Text;

namespace ClaimTagger.Tests.Sections;

/// <summary>Checks the span contract shared by paragraphs and sentences.</summary>
internal static class TextInvariants
{
    /// <summary>Asserts that <paramref name="spans"/> lie inside <paramref name="outer"/> in order, do not overlap, are
    /// trimmed of white space, and together hold every non-white-space character of <paramref name="outer"/> exactly once.</summary>
    public static void AssertPartition(string text, TextSpan outer, IReadOnlyList<TextSpan> spans, string what)
    {
        int previousEnd = outer.Start;
        for (int i = 0; i < spans.Count; i++)
        {
            TextSpan span = spans[i];
            Assert.That(span.IsEmpty, Is.False, $"{what} {i} is empty");
            Assert.That(span.Start, Is.GreaterThanOrEqualTo(previousEnd), $"{what} {i} ({span}) overlaps or precedes {what} {i - 1}");
            Assert.That(span.End, Is.LessThanOrEqualTo(outer.End), $"{what} {i} ({span}) runs past {outer}");
            Assert.That(char.IsWhiteSpace(text[span.Start]) || char.IsWhiteSpace(text[span.End - 1]), Is.False, $"{what} {i} ({span}) is not trimmed");
            for (int k = previousEnd; k < span.Start; k++)
            {
                Assert.That(char.IsWhiteSpace(text[k]), Is.True, $"character {k} (U+{(int)text[k]:X4}) before {what} {i} is in no {what}");
            }

            previousEnd = span.End;
        }

        for (int k = previousEnd; k < outer.End; k++)
        {
            Assert.That(char.IsWhiteSpace(text[k]), Is.True, $"character {k} (U+{(int)text[k]:X4}) after the last {what} is in no {what}");
        }
    }

    /// <summary>Asserts the paragraph contract of <see cref="ISectionDetector"/>, then the sentence contract of
    /// the splitter for each paragraph, and returns the number of sentences.</summary>
    public static int AssertPipeline(string text, Func<string, TextSpan, List<TextSpan>> split, int maxSentenceLength)
    {
        IReadOnlyList<Paragraph> paragraphs = DefaultSectionDetector.Instance.Detect(text);
        AssertPartition(text, new TextSpan(0, text.Length), [.. paragraphs.Select(p => p.Span)], "paragraph");
        for (int i = 0; i < paragraphs.Count; i++)
        {
            Assert.That(paragraphs[i].Index, Is.EqualTo(i), "paragraph index");
            Assert.That(Enum.IsDefined(paragraphs[i].Section), Is.True, "paragraph section");
        }

        int count = 0;
        foreach (Paragraph paragraph in paragraphs)
        {
            List<TextSpan> sentences = split(text, paragraph.Span);
            AssertPartition(text, paragraph.Span, sentences, "sentence");
            Assert.That(sentences.Select(s => s.Length), Has.All.LessThanOrEqualTo(maxSentenceLength), "sentence length");
            count += sentences.Count;
        }

        return count;
    }
}
