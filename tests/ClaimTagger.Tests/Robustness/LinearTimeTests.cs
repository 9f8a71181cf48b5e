using System.Text;

namespace ClaimTagger.Tests.Robustness;

/// <summary>Tagging time grows linearly with the size of hostile text: 8x the text may take at most 40x the time
/// (plus slack), which noise cannot break but quadratic behaviour (64x) does.</summary>
public class LinearTimeTests
{
    private const int Size = 50_000;

    private static IEnumerable<TestCaseData> Patterns()
    {
        (string Name, Func<int, string> Make)[] patterns =
        [
            ("no-punctuation", HostileText.LineWithoutPunctuation),
            ("no-punctuation-no-spaces", n => new string('x', n)),
            ("unbalanced-open-quotes", n => Fill("a “b ", n)),
            ("unbalanced-straight-quotes", n => Fill("\"b c ", n)),
            ("unbalanced-single-quotes", n => Fill("‘b c ", n)),
            ("unbalanced-close-quotes", n => Fill("b” c’ ", n)),
            ("nested-quotes", n => HostileText.Nested(n / 14, ["“", "‘", "«"], ["”", "’", "»"])),
            ("nested-quotes-unclosed", n => HostileText.Nested(n / 14, ["“", "‘"], [])),
            ("only-quotes", n => Fill("“”‘’\"'«»‹›„‚「」", n)),
            ("only-open-quotes", n => new string('“', n)),
            ("very-long-words", n => Fill(new string('w', n / 8) + " ", n)),
            ("one-word", n => new string('w', n)),
            ("abbreviation-runs", n => Fill("U.S. ", n)),
            ("mixed-abbreviations", n => Fill("Mr. Dr. J. e.g. etc. No. Jan. a.m. Inc. St. ", n)),
            ("spaced-ellipses", n => Fill(". . . ", n)),
            ("punctuation-without-words", n => Fill("! ", n)),
            ("many-short-lines", n => Fill("a\n", n)),
            ("many-short-capitalised-lines", n => Fill("Home\n", n)),
            ("many-blank-lines", n => Fill("x\n\n\n", n)),
            ("many-bylines-and-datelines", n => Fill("By Ana Ruiz\n14 Mar, 2024 09:42\n", n)),
            ("quote-continued-paragraphs", n => Fill("“It went on.\n\n", n)),
            ("zero-width-runs", n => Fill("a\u200B\u200B\u200B\u200B ", n)),
            ("control-characters", n => Fill("a\0\u0001\u001F\u007F. ", n)),
            ("lone-surrogates", n => Fill("\uD800 \uDC00. ", n)),
            ("random-junk", RandomJunk),
        ];
        return patterns.Select(p => new TestCaseData(p.Name, p.Make).SetArgDisplayNames(p.Name));
    }

    [TestCaseSource(nameof(Patterns))]
    public void Tag_EightTimesTheHostileText_TakesLessThanFortyTimesTheTime(string name, Func<int, string> make)
    {
        TimeGrowth.AssertLinear(name, make, Size);
    }

    [Test]
    public void Tag_EightTimesAnOrdinaryArticle_TakesLessThanFortyTimesTheTime()
    {
        TimeGrowth.AssertLinear("ordinary-article", HostileText.Article, 4 * Size);
    }

    /// <summary>
    /// Quotes: every unclosed quote of a paragraph ends at the paragraph's end, before the same run of trailing format
    /// characters (U+200B, U+00AD, U+200F, U+FEFF: not white space, so the paragraph keeps them). Trimmed once per
    /// quote, k open quotes before m such characters cost k × m (128,000 characters took 45 s); trimmed once, linear.
    /// </summary>
    [TestCase("\u200B")]
    [TestCase("\u00AD")]
    [TestCase("\u200F")]
    [TestCase("\uFEFF")]
    public void Tag_UnclosedQuotesBeforeARunOfFormatCharacters_TakesLinearTime(string format)
    {
        string text = new string('“', 32_000) + new string(format[0], 32_000);

        TimeGrowth.AssertAsFastAsAnArticle($"unclosed-quotes-then-U+{(int)format[0]:X4}", text, allowedRatio: 40);
    }

    /// <summary>The same shape with single quotes closed by an apostrophe-ending word and a CJK corner bracket.</summary>
    [Test]
    public void Tag_UnclosedSingleQuotesBeforeByteOrderMarks_TakesLinearTime()
    {
        string text = Fill("s’」\uDE00", 64_000) + new string('\uFEFF', 32_000);

        TimeGrowth.AssertAsFastAsAnArticle("unclosed-single-quotes-then-BOM", text, allowedRatio: 40);
    }

    /// <summary><paramref name="unit"/> repeated to <paramref name="length"/> characters (cut at a unit boundary).</summary>
    internal static string Fill(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length + unit.Length <= length)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    private static string RandomJunk(int length)
    {
        const string Pool = "“”‘’\"'«».,!?… \n\r\tAaZz0U.S.\u2028\u2029\u0085\0\uD800\uDC00\uFEFF\u200B-–—:;()|©";
        var random = new Random(8);
        var builder = new StringBuilder(length);
        for (int i = 0; i < length; i++)
        {
            builder.Append(Pool[random.Next(Pool.Length)]);
        }

        return builder.ToString();
    }
}
