using System.Text;
using ClaimTagger.Quotes;
using ClaimTagger.Sections;
using ClaimTagger.Tests.Tokens;
using ClaimTagger.Text;

namespace ClaimTagger.Tests.Quotes;

public partial class QuoteFinderTests
{
    private static readonly string[] Marks = ["“", "”", "\"", "‘", "’", "'", "«", "»", "„", "‚", "‹", "›", "「", "」"];

    [TestCaseSource(nameof(Seeds))]
    public void Find_RandomText_SpansAreValidAndProperlyNested(int seed)
    {
        var random = new Random(seed);
        for (int round = 0; round < 40; round++)
        {
            string text = TokenizerTests.RandomText(random, random.Next(0, 150));
            Paragraph[] paragraphs = LinesAsParagraphs(text);
            QuoteSpan[] quotes = Find(text, paragraphs, splitSentences: random.Next(2) == 0);
            AssertQuoteInvariants(text, quotes, paragraphs);
        }
    }

    [TestCaseSource(nameof(Seeds))]
    public void Find_RandomMarksBetweenWords_SpansAreValidAndProperlyNested(int seed)
    {
        var random = new Random(seed);
        for (int round = 0; round < 40; round++)
        {
            string text = RandomMarks(random, random.Next(1, 80), newlineEvery: random.Next(3, 20));
            Paragraph[] paragraphs = LinesAsParagraphs(text);
            QuoteSpan[] quotes = Find(text, paragraphs, splitSentences: true);
            AssertQuoteInvariants(text, quotes, paragraphs);
        }
    }

    [Test]
    public void Find_100000UnbalancedMarksInOneParagraph_CompletesWithValidSpans()
    {
        string text = RandomMarks(new Random(100), 100_000, newlineEvery: int.MaxValue);
        Paragraph[] paragraphs = LinesAsParagraphs(text);
        QuoteSpan[] quotes = Find(text, paragraphs, splitSentences: false);
        Assert.That(quotes, Is.Not.Empty);
        AssertQuoteInvariants(text, quotes, paragraphs);
    }

    [Test]
    public void Find_100000UnbalancedMarksInManyParagraphs_CompletesWithValidSpans()
    {
        string text = RandomMarks(new Random(101), 100_000, newlineEvery: 7);
        Paragraph[] paragraphs = LinesAsParagraphs(text);
        QuoteSpan[] quotes = Find(text, paragraphs, splitSentences: true);
        Assert.That(quotes, Is.Not.Empty);
        AssertQuoteInvariants(text, quotes, paragraphs);
    }

    [Test]
    public void Find_100000OpeningMarks_EachIsAnUnclosedSpanToTheParagraphEnd()
    {
        string text = string.Concat(Enumerable.Repeat("“a ", 100_000)).TrimEnd();
        QuoteSpan[] quotes = FindQuotes(text, splitSentences: false);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quotes, Has.Length.EqualTo(100_000));
            Assert.That(quotes.All(q => !q.IsClosed && q.Span.End == text.Length), Is.True);
            Assert.That(quotes[^1].Depth, Is.EqualTo(99_999));
        }

        AssertQuoteInvariants(text, quotes);
    }

    [Test]
    public void Find_100000ClosingMarks_FindsNothing()
    {
        string text = string.Concat(Enumerable.Repeat("a” ", 100_000));
        Assert.That(FindQuotes(text, splitSentences: false), Is.Empty);
    }

    [Test]
    public void Find_1000NestedQuotes_PairsEveryLevel()
    {
        const int levels = 1000;
        var builder = new StringBuilder();
        for (int i = 0; i < levels; i++)
        {
            builder.Append(i % 2 == 0 ? "“w " : "‘w ");
        }

        builder.Append("core");
        for (int i = levels - 1; i >= 0; i--)
        {
            builder.Append(i % 2 == 0 ? "” w" : "’ w");
        }

        string text = builder.ToString();
        QuoteSpan[] quotes = FindQuotes(text, splitSentences: false);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quotes, Has.Length.EqualTo(levels));
            Assert.That(quotes.Select(q => q.Depth), Is.EqualTo(Enumerable.Range(0, levels)));
            Assert.That(quotes.All(q => q.IsClosed), Is.True);
        }

        AssertQuoteInvariants(text, quotes);
    }

    private static IEnumerable<int> Seeds() => [1, 2, 3, 5, 8, 13, 21, 34, 55, 89];

    private static string RandomMarks(Random random, int count, int newlineEvery)
    {
        string[] words = ["we", "said", "no", "Okafor", "workers", "’90s", "can’t", "students’", ".", ",", "–"];
        var builder = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            if (i > 0 && i % newlineEvery == 0)
            {
                builder.Append('\n');
            }

            switch (random.Next(4))
            {
                case 0:
                    builder.Append(' ');
                    break;
                case 1:
                    builder.Append(words[random.Next(words.Length)]);
                    break;
            }

            builder.Append(Marks[random.Next(Marks.Length)]);
            if (random.Next(3) == 0)
            {
                builder.Append(words[random.Next(words.Length)]);
            }

            if (random.Next(2) == 0)
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }
}
