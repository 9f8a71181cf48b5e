using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimTagger.Tests.Robustness;

/// <summary>An article built from random headline, dateline, byline, caption, page-junk and body blocks.</summary>
/// <param name="Text">The article text.</param>
public sealed record GeneratedArticle(string Text)
{
    /// <inheritdoc />
    public override string ToString() => ArticleArbitraries.Escape(Text);
}

/// <summary>A string made of pieces the pipeline treats specially: every kind of quotation mark, apostrophe,
/// abbreviation, line break, invisible, control, surrogate and sentence mark.</summary>
/// <param name="Text">The text.</param>
public sealed record HostileString(string Text)
{
    /// <inheritdoc />
    public override string ToString() => ArticleArbitraries.Escape(Text);
}

/// <summary>FsCheck generators (and shrinkers) for <see cref="GeneratedArticle"/> and <see cref="HostileString"/>.</summary>
public static class ArticleArbitraries
{
    private static readonly string[] FirstNames = ["Amara", "Tomas", "Ines", "Kwame", "Li", "Sofia", "Rahul", "Olga", "Yusuf", "Grace"];
    private static readonly string[] Surnames = ["Lindqvist", "Rey", "Okafor", "Mensah", "Wei", "Moreau", "Iyer", "Petrova", "Demir", "O’Neill"];
    private static readonly string[] Titles = ["Mayor", "Dr.", "Mr.", "Ms.", "Gen.", "Sen.", "Harbour chief", "Finance Minister", "Prof.", "St."];
    private static readonly string[] Verbs = ["said", "told reporters", "insisted", "claimed", "added", "explained", "wrote", "denied", "noted", "warned"];
    private static readonly string[] Words =
    [
        "the", "ferry", "budget", "council", "was", "not", "balanced", "and", "will", "rise", "before", "May", "U.S.", "e.g.",
        "No. 5", "Jan. 3", "3 p.m.", "J. K. Rowling", "etc.", "Moscow’s", "can’t", "workers’", "’90s", "rock ’n’ roll",
        "it's", "students'", "3.5%", "example.com", "U.S.-led", "so-called", "reportedly", "—", "–", "(", ")", ";", ":", ",",
        "NATO", "AT ALL", "Inc.", "vs.", "i.e.", "Downing St.", "1.", "a)", "…", "...", "?!", "‽",
    ];

    private static readonly (string Open, string Close)[] QuoteMarks =
    [
        ("“", "”"), ("\"", "\""), ("‘", "’"), ("'", "'"), ("«", "»"), ("„", "“"), ("‹", "›"), ("「", "」"), ("»", "«"), ("‚", "‘"),
        ("« ", " »"), ("“", string.Empty), (string.Empty, "”"), ("‘", string.Empty),
    ];

    private static readonly string[] Breaks = ["\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\u2029", "\n \n", "\u2028", "\u0085"];

    private static readonly string[] Junk =
    [
        "\0", "\u0001", "\u001F", "\u007F", "\u0085", "\uD83D", "\uDE00", "\uDE00\uD83D", "\uFFFD", "\uFEFF", "\u200B", "\u200D",
        "\u2060", "\u00AD", "\u202E", "\u200F", "\u061C", "\u0301", "e\u0301", "👍🏽", "🇬🇧", "👨‍👩‍👧", "東京", "Москва", "القاهرة",
        "मुंबई", "Αθήνα", "\t", "\u00A0", "\u3000", "\f", "\v", "|", "•", "©", "#", "@", "http://x.y/z?a=b",
    ];

    /// <summary>Pieces hostile strings are made of.</summary>
    private static readonly string[] Pieces =
    [
        .. Junk, .. Breaks, .. Words.Take(30), " ", "  ", ".", "!", "?", "…", "...", ". . .", ",", "-", "--",
        "'", "’", "‘", "‛", "ʼ", "\"", "“", "”", "„", "‟", "‚", "«", "»", "‹", "›", "「", "」", "『", "』",
        "By ", "Photo: ", "© ", "Q:", "A:", "SMITH:", "- ", "• ", "1. ", "Published ", "26 Oct, 2021 11:18", "Read more", "Share",
        "He", "She", "The", "We", "Mr", "A.", "B", "x", "9",
    ];

    /// <summary>Generated articles, shrunk by dropping lines and characters.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<GeneratedArticle> Articles() =>
        Arb.From(Gen.Sized(ArticleGen), article => ShrinkText(article.Text).Select(text => new GeneratedArticle(text)));

    /// <summary>Hostile strings, shrunk by dropping pieces of text.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<HostileString> HostileStrings() =>
        Arb.From(
            Gen.Sized(size => Gen.ListOf(Gen.Elements(Pieces), Math.Max(0, size * 2)).Select(pieces => new HostileString(string.Concat(pieces)))),
            hostile => ShrinkText(hostile.Text).Select(text => new HostileString(text)));

    /// <summary>The text with control characters, surrogates and non-ASCII characters written as \uXXXX.</summary>
    /// <param name="text">A text.</param>
    /// <returns>A printable form of it.</returns>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (char c in text)
        {
            builder.Append(c is < ' ' or > '~' or '"' or '\\' ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return builder.Append('"').ToString();
    }

    private static Gen<GeneratedArticle> ArticleGen(int size)
    {
        int paragraphs = 1 + (size / 10);
        Gen<string> top =
            from kicker in Gen.OneOf(Gen.Constant(string.Empty), Gen.Elements("Politics\n", "LIVE\n", "Home | World | Sport | Business\n"))
            from headline in Headline()
            from dateline in Gen.OneOf(Gen.Constant(string.Empty), Gen.Elements("14 Mar, 2024 09:42\n", "Published: 3 June 2024 10:15 BST\n", "LAGOS, March 14 (Reuters) -\n", "Updated 2 hours ago\n"))
            from byline in Gen.OneOf(Gen.Constant(string.Empty), Name().Select(n => $"By {n}\n"), Name().Select(n => $"By {n}, Political Correspondent\n"))
            from caption in Gen.OneOf(Gen.Constant(string.Empty), Name().Select(n => $"Commuters wait at the pier. © {n} / Coastal Photo\n"), Gen.Constant("Photo: the harbour at dawn\n"))
            select kicker + headline + "\n" + dateline + byline + caption;
        Gen<string[]> body = Gen.ArrayOf(Block(), paragraphs);
        Gen<string[]> breaks = Gen.ArrayOf(Gen.Elements(Breaks), paragraphs + 1);
        return from head in top
               from blocks in body
               from seps in breaks
               from tail in Gen.OneOf(Gen.Constant(string.Empty), Gen.Elements("\nShare this article\nRead more: Ferry fares", "\n© 2024 Coastal News. All rights reserved.", "\nWe use cookies. Accept all cookies to continue."))
               select new GeneratedArticle(Join(head, blocks, seps) + tail);
    }

    private static string Join(string head, string[] blocks, string[] breaks)
    {
        var builder = new StringBuilder(head);
        for (int i = 0; i < blocks.Length; i++)
        {
            builder.Append(blocks[i]).Append(breaks[i]);
        }

        return builder.ToString();
    }

    private static Gen<string> Headline() =>
        from words in Gen.ArrayOf(Gen.Elements(Words.Take(12).ToArray()), 3)
        from quoted in Gen.Elements(string.Empty, " ‘catastrophic’", " \"safe\"", " NOT AT ALL")
        from source in Gen.OneOf(Gen.Constant(string.Empty), Name().Select(n => $" – Mayor {n}"), Name().Select(n => $" - {n}"))
        select char.ToUpperInvariant(words[0][0]) + string.Join(' ', words)[1..] + quoted + source;

    private static Gen<string> Name() =>
        from first in Gen.Elements(FirstNames)
        from last in Gen.Elements(Surnames)
        select $"{first} {last}";

    private static Gen<string> Source() =>
        Gen.OneOf(Name(), Gen.Elements("he", "she", "they", "the mayor", "a spokesperson"), from title in Gen.Elements(Titles) from name in Name() select $"{title} {name}");

    private static Gen<string> Clause() =>
        from count in Gen.Choose(1, 12)
        from words in Gen.ArrayOf(Gen.Elements(Words), count)
        select string.Join(' ', words);

    private static Gen<string> Sentence() =>
        Gen.Frequency(
            (4, from marks in Gen.Elements(QuoteMarks)
                from clause in Clause()
                from stop in Gen.Elements(",", ".", "?", "!", "…", string.Empty)
                from source in Source()
                from verb in Gen.Elements(Verbs)
                from after in Gen.Elements(false, true)
                select after
                    ? $"{source} {verb}: {marks.Open}{Capital(clause)}{stop}{marks.Close}"
                    : $"{marks.Open}{Capital(clause)}{stop}{marks.Close} {source} {verb}."),
            (3, from source in Source()
                from verb in Gen.Elements(Verbs)
                from clause in Clause()
                from quoted in Gen.OneOf(Gen.Constant(string.Empty), from marks in Gen.Elements(QuoteMarks) from word in Gen.Elements(Words) select $" {marks.Open}{word}{marks.Close}")
                select $"{Capital(source)} {verb} that {clause}{quoted}."),
            (2, from clause in Clause()
                from stop in Gen.Elements(".", "?", "!", "...", ". . .", ".”", "?’", "!)", string.Empty)
                select Capital(clause) + stop),
            (1, from count in Gen.Choose(1, 6)
                from junk in Gen.ArrayOf(Gen.Elements(Junk), count)
                select string.Concat(junk)));

    private static Gen<string> Block() =>
        Gen.Frequency(
            (6, from count in Gen.Choose(1, 4) from sentences in Gen.ArrayOf(Sentence(), count) select string.Join(' ', sentences)),
            (1, from clause in Clause() select $"“{Capital(clause)}."),
            (1, from clause in Clause() select $"Q: {Capital(clause)}?\nA: {Capital(clause)}."),
            (1, from clause in Clause() select $"- {clause}\n- {clause}"),
            (1, from name in Name() select $"Reporting by {name}; Editing by {name}"));

    private static string Capital(string s) => s.Length > 0 && char.IsLower(s[0]) ? char.ToUpperInvariant(s[0]) + s[1..] : s;

    /// <summary>Smaller texts: without each line, then without halves and quarters, then without single characters.</summary>
    private static IEnumerable<string> ShrinkText(string text)
    {
        string[] lines = text.Split('\n');
        if (lines.Length > 1)
        {
            for (int i = 0; i < lines.Length; i++)
            {
                yield return string.Join('\n', lines.Where((_, k) => k != i));
            }
        }

        for (int parts = 2; parts <= 8 && parts <= text.Length; parts *= 2)
        {
            int chunk = text.Length / parts;
            for (int start = 0; start + chunk <= text.Length; start += chunk)
            {
                yield return text.Remove(start, chunk);
            }
        }

        if (text.Length <= 64)
        {
            for (int i = 0; i < text.Length; i++)
            {
                yield return text.Remove(i, 1);
            }
        }
    }
}
