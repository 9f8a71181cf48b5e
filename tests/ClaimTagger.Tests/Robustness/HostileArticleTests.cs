using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ClaimTagger.Analysis;
using ClaimTagger.Quotes;
using ClaimTagger.Sentences;
using ClaimTagger.Serialization;

namespace ClaimTagger.Tests.Robustness;

/// <summary>Hostile article text through <see cref="Tagger"/> and <see cref="TextAnalyzer"/>: never an exception, offsets always valid.</summary>
public class HostileArticleTests
{
    private static IEnumerable<TestCaseData> CaseNames() =>
        HostileText.Cases.Keys.Select(name => new TestCaseData(name).SetArgDisplayNames(name));

    [TestCaseSource(nameof(CaseNames))]
    public void Tag_HostileText_KeepsOffsetContract(string name)
    {
        string text = HostileText.Cases[name]();

        TaggedArticle article = Timed(name, () => Tagger.CreateDefault().Tag(text), text.Length);

        OffsetInvariants.AssertValid(text, article);
    }

    [TestCaseSource(nameof(CaseNames))]
    public void Analyze_HostileText_KeepsOffsetContract(string name)
    {
        string text = HostileText.Cases[name]();

        AnalyzedText analyzed = Timed(name, () => TextAnalyzer.Default.Analyze(text), text.Length);

        OffsetInvariants.AssertValid(text, analyzed);
    }

    [TestCaseSource(nameof(CaseNames))]
    public void ToJson_HostileText_WritesJsonWithTheSameSentences(string name)
    {
        string text = HostileText.Cases[name]();
        TaggedArticle article = Tagger.CreateDefault().Tag(text);

        string json = TaggedArticleJsonWriter.ToJson(article, indented: false);

        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement sentences = doc.RootElement.GetProperty("sentences");
        Assert.That(sentences.GetArrayLength(), Is.EqualTo(article.Sentences.Count));
        int i = 0;
        foreach (JsonElement sentence in sentences.EnumerateArray())
        {
            TaggedSentence expected = article.Sentences[i++];
            int start = sentence.GetProperty("start").GetInt32();
            int end = sentence.GetProperty("end").GetInt32();
            string written = sentence.GetProperty("text").GetString()!;
            using (Assert.EnterMultipleScope())
            {
                Assert.That((start, end), Is.EqualTo((expected.Start, expected.End)), $"offsets of sentence {i - 1}");
                Assert.That(written, Is.EqualTo(WithoutLoneSurrogates(expected.Text)), $"text of sentence {i - 1}");
            }
        }
    }

    [Test]
    [Category("Slow")]
    [Explicit("50 MB through the full default pack takes minutes on a 2-core machine; run with --filter Category=Slow")]
    public void Tag_FiftyMegabytesOfArticleText_KeepsOffsetContract()
    {
        string text = HostileText.Article(50_000_000);

        TaggedArticle article = Timed("article-50MB", () => Tagger.CreateDefault().Tag(text), text.Length);

        Assert.That(article.Sentences, Has.Count.GreaterThan(text.Length / 200));
        OffsetInvariants.AssertValid(text, article);
    }

    [Test]
    [Category("Slow")]
    public void Analyze_FiftyMegabytesOfArticleText_KeepsOffsetContract()
    {
        string text = HostileText.Article(50_000_000);

        AnalyzedText analyzed = Timed("article-50MB", () => TextAnalyzer.Default.Analyze(text), text.Length);

        Assert.That(analyzed.Quotes, Has.Count.GreaterThan(text.Length / HostileText.Paragraph.Length));
        OffsetInvariants.AssertValid(text, analyzed);
    }

    [Test]
    public void Tag_FiveMegabyteLineWithoutPunctuation_CutsSentencesAtTheDocumentedLimit()
    {
        string text = HostileText.LineWithoutPunctuation(5_000_000);

        TaggedArticle article = Timed("line-5MB-no-punctuation", () => Tagger.CreateDefault().Tag(text), text.Length);

        OffsetInvariants.AssertValid(text, article);
        Assert.That(article.Sentences.Max(s => s.End - s.Start), Is.LessThanOrEqualTo(DefaultSentenceSplitter.MaxSentenceLength));
    }

    [Test]
    public void Analyze_FiveMegabyteLineWithoutPunctuation_KeepsOffsetContract()
    {
        string text = HostileText.LineWithoutPunctuation(5_000_000);

        AnalyzedText analyzed = Timed("line-5MB-no-punctuation", () => TextAnalyzer.Default.Analyze(text), text.Length);

        OffsetInvariants.AssertValid(text, analyzed);
        Assert.That(analyzed.Paragraphs, Has.Count.EqualTo(1));
    }

    /// <summary>A sentence cut at <see cref="DefaultSentenceSplitter.MaxSentenceLength"/> is reported, so a caller can tell a limit shaped the result.</summary>
    [Test]
    public void Tag_LineLongerThanTheSentenceLimit_ReportsTheLimitInDiagnostics()
    {
        string text = HostileText.LineWithoutPunctuation(3 * DefaultSentenceSplitter.MaxSentenceLength);

        TaggedArticle article = Tagger.CreateDefault().Tag(text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.Sentences, Has.Count.GreaterThan(1), "the line was cut");
            Assert.That(article.Diagnostics, Has.Exactly(1).StartsWith("sentence limit: "), "the cut is reported once");
            Assert.That(article.Diagnostics, Has.Exactly(1).Contains($" {article.Sentences.Count - 1} sentence(s) ").And.Contains($"offset {article.Sentences[0].End}"));
        }
    }

    [Test]
    public void Tag_ArticleWithinTheSentenceLimit_ReportsNothing()
    {
        string text = HostileText.Article(20_000);

        TaggedArticle article = Tagger.CreateDefault().Tag(text);

        Assert.That(article.Diagnostics, Is.Empty);
    }

    [Test]
    public void Analyze_HundredThousandUnbalancedOpenQuotes_EachStaysOpenInsideItsParagraph()
    {
        string text = HostileText.Cases["unbalanced-open-curly-100k"]();

        AnalyzedText analyzed = TextAnalyzer.Default.Analyze(text);

        Assert.That(analyzed.Quotes, Has.Count.EqualTo(100_000));
        foreach (QuoteSpan quote in analyzed.Quotes)
        {
            Assert.That(analyzed.Paragraphs[quote.LastParagraph].Span.Contains(quote.Span), Is.True, $"quote {quote.Span}");
        }
    }

    [TestCase("“", "”")]
    [TestCase("«", "»")]
    [TestCase("‹", "›")]
    [TestCase("‘", "’")]
    public void Analyze_ThousandNestedQuotesOfOneFamily_PairsEveryMarkAtItsDepth(string open, string close)
    {
        string text = HostileText.Nested(1000, [open], [close]);

        AnalyzedText analyzed = TextAnalyzer.Default.Analyze(text);

        OffsetInvariants.AssertValid(text, analyzed);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(analyzed.Quotes, Has.Count.EqualTo(1000));
            Assert.That(analyzed.Quotes.All(q => q.IsClosed), Is.True, "every quote closed");
            Assert.That(analyzed.Quotes.Select(q => q.Depth), Is.EqualTo(Enumerable.Range(0, 1000)), "depths");
        }
    }

    [Test]
    public void Tag_SameTextWithLfCrOrCrLf_GivesTheSameSentences()
    {
        string lf = HostileText.Cases["line-endings-lf"]();
        string cr = lf.Replace('\n', '\r');
        string crlf = lf.Replace("\n", "\r\n", StringComparison.Ordinal);

        string[] Texts(string text) => [.. Tagger.CreateDefault().Tag(text).Sentences.Select(s => s.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'))];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Texts(cr), Is.EqualTo(Texts(lf)), "CR");
            Assert.That(Texts(crlf), Is.EqualTo(Texts(lf)), "CRLF");
        }
    }

    [Test]
    public void Tag_InvalidUtf8DecodedWithReplacementCharacters_PutsEveryReplacementInASentence()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("The mayor said “"), 0xC3, 0x28, 0xFF, 0xFE, 0xE2, 0x82, .. Encoding.UTF8.GetBytes(".” She left"), 0xF0, 0x9F, 0x98];
        string text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(bytes);
        Assert.That(text, Does.Contain("\uFFFD"), "the decoder replaced the invalid bytes");

        TaggedArticle article = Tagger.CreateDefault().Tag(text);

        OffsetInvariants.AssertValid(text, article);
        int replacements = article.Sentences.Sum(s => s.Text.Count(c => c == '\uFFFD'));
        Assert.That(replacements, Is.EqualTo(text.Count(c => c == '\uFFFD')));
    }

    [Test]
    public void ToJson_LoneSurrogates_WritesReplacementCharactersAndKeepsLengths()
    {
        string text = "He said \uD83D it. Then \uDE00 left \uD800";
        TaggedArticle article = Tagger.CreateDefault().Tag(text);

        string json = TaggedArticleJsonWriter.ToJson(article);

        using JsonDocument doc = JsonDocument.Parse(json);
        foreach (JsonElement sentence in doc.RootElement.GetProperty("sentences").EnumerateArray())
        {
            int start = sentence.GetProperty("start").GetInt32();
            int end = sentence.GetProperty("end").GetInt32();
            string written = sentence.GetProperty("text").GetString()!;
            Assert.That(written, Is.EqualTo(WithoutLoneSurrogates(text[start..end])));
        }
    }

    [Test]
    public void Tag_Null_ThrowsArgumentNullException()
    {
        Assert.That(() => Tagger.CreateDefault().Tag(null!), Throws.ArgumentNullException);
    }

    /// <summary>What UTF-8 JSON can carry of a string: each lone surrogate becomes U+FFFD, one unit for one unit.</summary>
    internal static string WithoutLoneSurrogates(string s)
    {
        var builder = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                builder.Append(c).Append(s[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Runs <paramref name="action"/> once and writes its wall-clock and process CPU time to the test output.</summary>
    private static T Timed<T>(string name, Func<T> action, int length)
    {
        using Process process = Process.GetCurrentProcess();
        TimeSpan cpu = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        T result = action();
        stopwatch.Stop();
        process.Refresh();
        TestContext.Out.WriteLine(
            $"timing: {name}, {length} chars, {stopwatch.Elapsed.TotalMilliseconds:F0} ms, CPU {(process.TotalProcessorTime - cpu).TotalMilliseconds:F0} ms");
        return result;
    }
}
