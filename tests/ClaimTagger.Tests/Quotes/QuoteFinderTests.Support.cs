using System.Text;
using ClaimTagger.Quotes;
using ClaimTagger.Sections;
using ClaimTagger.Sentences;
using ClaimTagger.Text;
using ClaimTagger.Tokens;

namespace ClaimTagger.Tests.Quotes;

public partial class QuoteFinderTests
{
    /// <summary>Finds quotes with one body paragraph per non-blank line, as most news text is laid out.</summary>
    internal static QuoteSpan[] FindQuotes(string text, bool splitSentences) => Find(text, LinesAsParagraphs(text), splitSentences);

    internal static QuoteSpan[] Find(string text, Paragraph[] paragraphs, bool splitSentences)
    {
        var sentences = new List<Sentence>();
        var tokens = new List<Token>();
        foreach (Paragraph paragraph in paragraphs)
        {
            foreach (TextSpan span in splitSentences ? SplitSentences(text, paragraph.Span) : [paragraph.Span])
            {
                int first = tokens.Count;
                Tokenizer.Tokenize(text, span, tokens);
                sentences.Add(new Sentence(sentences.Count, span, paragraph.Index, paragraph.Section, first, tokens.Count - first));
            }
        }

        return QuoteFinder.Find(text, paragraphs, sentences, tokens);
    }

    internal static Paragraph[] LinesAsParagraphs(string text)
    {
        var paragraphs = new List<Paragraph>();
        int i = 0;
        while (i <= text.Length)
        {
            int end = text.IndexOf('\n', i);
            if (end < 0)
            {
                end = text.Length;
            }

            int s = i, e = end;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                paragraphs.Add(new Paragraph(paragraphs.Count, new TextSpan(s, e), SectionKind.Body));
            }

            i = end + 1;
        }

        return [.. paragraphs];
    }

    /// <summary>A naive splitter for tests: a sentence ends after . ! or ? (and any closing quote marks) before white space.</summary>
    internal static List<TextSpan> SplitSentences(string text, TextSpan paragraph)
    {
        var spans = new List<TextSpan>();
        int start = paragraph.Start;
        for (int i = paragraph.Start; i < paragraph.End; i++)
        {
            if (text[i] is not ('.' or '!' or '?'))
            {
                continue;
            }

            int j = i + 1;
            while (j < paragraph.End && TextChars.IsQuoteMark(text[j]))
            {
                j++;
            }

            if (j < paragraph.End && char.IsWhiteSpace(text[j]))
            {
                spans.Add(new TextSpan(start, j));
                while (j < paragraph.End && char.IsWhiteSpace(text[j]))
                {
                    j++;
                }

                start = j;
                i = j - 1;
            }
        }

        if (start < paragraph.End)
        {
            spans.Add(new TextSpan(start, paragraph.End));
        }

        return spans;
    }

    internal static List<Token> TokenizeAll(string text, IEnumerable<TextSpan> spans)
    {
        var tokens = new List<Token>();
        foreach (TextSpan span in spans)
        {
            Tokenizer.Tokenize(text, span, tokens);
        }

        return tokens;
    }

    internal static string Render(string text, IEnumerable<QuoteSpan> quotes) => string.Join(" | ", quotes.Select(q =>
    {
        var builder = new StringBuilder();
        builder.Append(q.Depth).Append(':').Append(q.Content.Slice(text).Replace("\r\n", "¶").Replace('\n', '¶'));
        if (!q.IsClosed)
        {
            builder.Append(" (unclosed)");
        }

        if (q.IsMultiParagraph)
        {
            builder.Append($" (p{q.FirstParagraph}-{q.LastParagraph})");
        }

        return builder.ToString();
    }));

    /// <summary>Checks every quote span in linear time: bounds, marks, trimmed content, order, proper nesting.</summary>
    internal static void AssertQuoteInvariants(string text, IReadOnlyList<QuoteSpan> quotes, IReadOnlyList<Paragraph>? paragraphs = null)
    {
        var open = new Stack<int>();
        int previousStart = -1;
        foreach (QuoteSpan q in quotes)
        {
            string where = $"{q} in text of length {text.Length}";
            Assert.That(q.Span.Start, Is.GreaterThan(previousStart), where);
            Assert.That(q.Span.Start, Is.GreaterThanOrEqualTo(0), where);
            Assert.That(q.Span.End, Is.LessThanOrEqualTo(text.Length), where);
            Assert.That(q.Span.Length, Is.GreaterThan(0), where);
            Assert.That(q.Span.Contains(q.Content), Is.True, where);
            Assert.That(q.Content.Start, Is.GreaterThan(q.Span.Start), where);
            Assert.That(text[q.Span.Start], Is.EqualTo(q.OpenMark), where);
            Assert.That(TextChars.IsQuoteMark(q.OpenMark), Is.True, where);
            Assert.That(q.Depth, Is.GreaterThanOrEqualTo(0), where);
            Assert.That(q.FirstParagraph, Is.LessThanOrEqualTo(q.LastParagraph), where);
            if (q.IsClosed)
            {
                Assert.That(text[q.Span.End - 1], Is.EqualTo(q.CloseMark), where);
                Assert.That(TextChars.IsQuoteMark(q.CloseMark), Is.True, where);
                Assert.That(q.Content.End, Is.LessThan(q.Span.End), where);
            }

            if (!q.Content.IsEmpty)
            {
                Assert.That(IsBlank(text[q.Content.Start]) || IsBlank(text[q.Content.End - 1]), Is.False, where);
            }

            if (paragraphs is not null)
            {
                Assert.That(paragraphs[q.FirstParagraph].Span.Contains(q.Span.Start), Is.True, where);
                Assert.That(q.Span.End, Is.LessThanOrEqualTo(paragraphs[q.LastParagraph].Span.End), where);
            }

            while (open.Count > 0 && open.Peek() <= q.Span.Start)
            {
                open.Pop();
            }

            if (open.Count > 0)
            {
                Assert.That(q.Span.End, Is.LessThanOrEqualTo(open.Peek()), $"crossing spans: {where}");
            }

            open.Push(q.Span.End);
            previousStart = q.Span.Start;
        }
    }

    private static bool IsBlank(char c) => char.IsWhiteSpace(c) || TextChars.IsIgnorable(c);
}
