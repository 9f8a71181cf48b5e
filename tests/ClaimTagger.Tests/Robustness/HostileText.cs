using System.Text;

namespace ClaimTagger.Tests.Robustness;

/// <summary>Builds hostile article texts on demand: huge, unbalanced, deeply nested, invisible, broken or foreign.</summary>
/// <remarks>All texts are invented and built from a fixed recipe, so every run sees the same input.</remarks>
internal static class HostileText
{
    /// <summary>A short, ordinary body paragraph, used as the brick of the big texts.</summary>
    public const string Paragraph =
        "Harbour chief Amara Lindqvist said the ferry timetable would not change before May. " +
        "“We have checked every crossing twice,” she told reporters on Tuesday, adding that the U.S. operator " +
        "had ‘no plans’ to cut routes. The union reportedly disputed the figures, according to a spokesperson.\n\n";

    /// <summary>The named hostile texts, each built only when asked for.</summary>
    public static readonly IReadOnlyDictionary<string, Func<string>> Cases = new Dictionary<string, Func<string>>
    {
        ["empty"] = () => string.Empty,
        ["white-space-only"] = () => " \t\r\n\u00A0\u2028\u2029\u0085\u3000 \n\n",
        ["single-character"] = () => "“",
        ["unbalanced-open-curly-100k"] = () => Repeat("a “", 100_000),
        ["unbalanced-close-curly-100k"] = () => Repeat("word” ", 100_000),
        ["unbalanced-straight-double-100k"] = () => Repeat("\"word ", 100_001),
        ["unbalanced-single-100k"] = () => Repeat("‘word ", 100_000),
        ["unbalanced-guillemets-100k"] = () => Repeat("«mot ‹mot ", 50_000),
        ["unbalanced-across-paragraphs"] = () => Repeat("“He said it.\n\n", 20_000),
        ["nested-1000-alternating"] = () => Nested(1000, ["“", "‘"], ["”", "’"]),
        ["nested-1000-same-mark"] = () => Nested(1000, ["“"], ["”"]),
        ["nested-1000-straight"] = () => Nested(1000, ["\"", "'"], ["\"", "'"]),
        ["nested-1000-guillemets"] = () => Nested(1000, ["«", "‹", "„"], ["»", "›", "“"]),
        ["nested-1000-unclosed"] = () => Nested(1000, ["“", "‘"], []),
        ["only-quotation-marks-mixed"] = () => Repeat("“”‘’\"'«»‹›„‚‛‟「」『』", 5_000),
        ["only-straight-double"] = () => new string('"', 100_000),
        ["only-straight-single"] = () => new string('\'', 100_000),
        ["only-curly-open"] = () => new string('“', 100_000),
        ["only-apostrophes"] = () => new string('’', 100_000),
        ["only-quotes-on-lines"] = () => Repeat("”\n“\r\n‘\r’\n\n", 10_000),
        ["nul-and-control"] = ControlCharacters,
        ["only-nul"] = () => new string('\0', 100_000),
        ["lone-surrogates"] = LoneSurrogates,
        ["only-high-surrogates"] = () => new string('\uD800', 50_000),
        ["only-low-surrogates"] = () => new string('\uDFFF', 50_000),
        ["replacement-characters"] = () => Repeat("The \uFFFD\uFFFD minister said \u201C\uFFFD\uFFFD.\u201D \uFFFD. ", 10_000),
        ["byte-order-marks"] = () => "\uFEFF\uFEFF" + Repeat("\uFEFFHeadline\n\uFEFFBy Ana Ruiz\n\uFEFF“Fine,\uFEFF” she\uFEFF said.\uFEFF\n\n", 5_000),
        ["line-endings-lf"] = () => Repeat("Markets fell.\nThey said so.\n\n", 10_000),
        ["line-endings-cr"] = () => Repeat("Markets fell.\rThey said so.\r\r", 10_000),
        ["line-endings-crlf"] = () => Repeat("Markets fell.\r\nThey said so.\r\n\r\n", 10_000),
        ["line-endings-mixed"] = () => Repeat("Markets fell.\r\n\rThey said\n\r so.\u2028Then\u2029this\u0085and\f\vthat.\n\r\n", 10_000),
        ["right-to-left-controls"] = () => Repeat("\u202EThe mayor\u202C said \u2067“no”\u2069 \u200Ftoday\u200E. \u061C", 10_000),
        ["zero-width"] = () => Repeat("The\u200B mayor\u200C said\u200D \u2060“no\u200B.”\u00AD \u200B\u200B\n\u200B\n", 10_000),
        ["combining-marks"] = () => Repeat("Z\u0351\u0352a\u0300\u0301\u0302\u0303l\u0304g\u0305o said “\u0306no\u0307.”\u0308 ", 10_000),
        ["combining-marks-alone"] = () => "\u0301" + Repeat("\u0300\u0301\u0302\u0303", 20_000),
        ["emoji"] = () => Repeat("👍🏽 “🇬🇧 won 🏆!” 👨‍👩‍👧‍👦 said 1️⃣. 😀😀😀? ", 10_000),
        ["arabic"] = () => Repeat("قال الوزير إن «الوضع صعب»، وأضاف: “لن نتراجع”. هل هذا صحيح؟ ", 5_000),
        ["chinese"] = () => Repeat("部长说：“情况很困难。”他补充道「我们不会退缩」！这是真的吗？", 5_000),
        ["japanese"] = () => Repeat("大臣は「状況は厳しい」と述べた。『本当か』と記者が尋ねた。", 5_000),
        ["devanagari"] = () => Repeat("मंत्री ने कहा कि “स्थिति कठिन है।” उन्होंने जोड़ा ‘हम पीछे नहीं हटेंगे’॥ ", 5_000),
        ["cyrillic"] = () => Repeat("Министр сказал: «Ситуация „сложная“». Т.е. всё плохо, — добавил он. ", 5_000),
        ["greek"] = () => Repeat("Ο υπουργός είπε «η κατάσταση είναι δύσκολη». Είναι αλήθεια; ", 5_000),
        ["hebrew"] = () => Repeat("השר אמר: ״המצב קשה״. האם זה נכון? ", 5_000),
        ["thai"] = () => Repeat("รัฐมนตรีกล่าวว่า“สถานการณ์ยากลำบาก”", 5_000),
        ["mixed-scripts"] = () => Repeat("Lindqvist said «Ситуация» 情况 स्थिति الوضع κατάσταση. ", 5_000),
    };

    /// <summary>About <paramref name="chars"/> characters of ordinary article text: a headline block, then body paragraphs.</summary>
    public static string Article(int chars)
    {
        var builder = new StringBuilder(chars + Paragraph.Length + 100);
        builder.Append("Ferry timetable ‘safe until May’ – harbour chief\n14 Mar, 2024 09:42\nBy Tomas Rey\n\n");
        while (builder.Length < chars)
        {
            builder.Append(Paragraph);
        }

        return builder.ToString();
    }

    /// <summary>One line of about <paramref name="chars"/> characters: words and spaces, no punctuation and no line break.</summary>
    public static string LineWithoutPunctuation(int chars)
    {
        string[] words = ["harbour", "ferry", "timetable", "union", "Lindqvist", "crossing", "figures", "route"];
        var builder = new StringBuilder(chars + 16);
        for (int i = 0; builder.Length < chars; i++)
        {
            builder.Append(words[i % words.Length]).Append(' ');
        }

        return builder.ToString(0, chars);
    }

    /// <summary><paramref name="unit"/> written <paramref name="count"/> times.</summary>
    public static string Repeat(string unit, int count)
    {
        var builder = new StringBuilder(unit.Length * count);
        for (int i = 0; i < count; i++)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    /// <summary><paramref name="depth"/> quotes each opened inside the one before, then closed in reverse order
    /// (or left open when <paramref name="closers"/> is empty).</summary>
    public static string Nested(int depth, string[] openers, string[] closers)
    {
        var builder = new StringBuilder(depth * 16);
        builder.Append("She said ");
        for (int i = 0; i < depth; i++)
        {
            builder.Append(openers[i % openers.Length]).Append("level ").Append(i).Append(' ');
        }

        for (int i = depth - 1; i >= 0; i--)
        {
            builder.Append("end");
            if (closers.Length > 0)
            {
                builder.Append(closers[i % closers.Length]);
            }

            builder.Append(' ');
        }

        builder.Append("she added.");
        return builder.ToString();
    }

    private static string ControlCharacters()
    {
        var builder = new StringBuilder();
        for (int round = 0; round < 2_000; round++)
        {
            for (char c = '\0'; c < ' '; c++)
            {
                builder.Append("Word").Append(c).Append("said").Append(c).Append(c).Append('.').Append(c);
            }

            builder.Append("\u007F\u0080\u0085\u009F“\0”\0.\0\n\0\n");
        }

        return builder.ToString();
    }

    private static string LoneSurrogates()
    {
        // High and low halves alone, reversed pairs, halves next to marks and line breaks, a half at either end.
        return "\uDC00" + Repeat("He \uD83D said “\uDE00.” \uDE00\uD83D. A\uD800\n\uDFFFB \uD800. ‘\uDBFF’ \uD83D\uDE00 ", 10_000) + "\uD800";
    }
}
