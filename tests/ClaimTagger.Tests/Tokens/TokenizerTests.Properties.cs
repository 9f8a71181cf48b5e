using System.Globalization;
using System.Text;
using ClaimTagger.Text;
using ClaimTagger.Tokens;

namespace ClaimTagger.Tests.Tokens;

public partial class TokenizerTests
{
    /// <summary>Pieces random texts are built from: plain words and every kind of character the tokenizer treats specially.</summary>
    internal static readonly string[] Pieces =
    [
        "a", "Lagos", "NATO", "o", "x", "9", "2021", "1,2", "3.", ".5", ":", "/", "-", "--", "\u2010", "\u2011",
        " ", "  ", "\t", "\r\n", "\n", "\u00A0", "\u202F", "\u200B", "\u200D", "\u00AD", "\uFEFF", "\u2060",
        "'", "\u2019", "\u2018", "\u02BC", "\"", "\u201C", "\u201D", "\u201E", "\u201A", "\u201B", "\u201F",
        "\u00AB", "\u00BB", "\u2039", "\u203A", "\u300C", "\u300D",
        "\u2013", "\u2014", ".", "...", ",", ";", "!", "?", "(", ")", "[", "%", "£", "$", "&", "@", "#",
        "\u0301", "e\u0301", "\uD83D\uDE00", "\uD83D\uDC4D\uD83C\uDFFD", "\uD83C\uDDEC\uD83C\uDDE7", "\uD83D",
        "\uDE00", "\u6771\u4EAC", "\u041C\u043E", "\u0661\u0662", "\u0001", "\u0085", "\u2028", "U.S.", "e.g.",
        "’90s", "’n’", "’em", "can’t", "students’", "\uD835\uDC9C",
    ];

    [TestCaseSource(nameof(Seeds))]
    public void Tokenize_RandomText_TokensAreOrderedNonEmptyAndInsideTheSpan(int seed)
    {
        var random = new Random(seed);
        for (int round = 0; round < 40; round++)
        {
            string text = RandomText(random, random.Next(0, 120));
            int start = random.Next(0, text.Length + 1);
            int end = random.Next(start, text.Length + 1);
            var span = new TextSpan(start, end);
            var tokens = new List<Token>();
            Tokenizer.Tokenize(text, span, tokens);
            AssertTokenInvariants(text, span, tokens);
        }
    }

    [TestCaseSource(nameof(Seeds))]
    public void Tokenize_RandomText_SameInputGivesSameTokens(int seed)
    {
        var random = new Random(seed);
        string text = RandomText(random, 200);
        List<Token> first = Tokenize(text);
        List<Token> second = Tokenize(text);
        Assert.That(second, Is.EqualTo(first));
    }

    private static IEnumerable<int> Seeds() => [1, 2, 3, 5, 8, 13, 21, 34, 55, 89];

    internal static string RandomText(Random random, int pieces)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < pieces; i++)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return builder.ToString();
    }

    internal static void AssertTokenInvariants(string text, TextSpan span, List<Token> tokens)
    {
        var covered = new bool[text.Length];
        int previousEnd = span.Start;
        for (int k = 0; k < tokens.Count; k++)
        {
            Token token = tokens[k];
            string where = $"token {k} {token} in {Escape(text)}";
            Assert.That(token.Length, Is.GreaterThan(0), where);
            Assert.That(token.Start, Is.GreaterThanOrEqualTo(previousEnd), where);
            Assert.That(token.End, Is.LessThanOrEqualTo(span.End), where);
            Assert.That(token.Has(TokenFlags.SentenceStart), Is.EqualTo(k == 0), where);
            string slice = text.Substring(token.Start, token.Length);
            Assert.That(slice.Any(char.IsWhiteSpace), Is.False, where);
            Assert.That(TextChars.IsIgnorable(slice[0]), Is.False, where);
            if (token.Kind == TokenKind.QuoteMark)
            {
                Assert.That(token.Length, Is.EqualTo(1), where);
                Assert.That(TextChars.IsQuoteMark(slice[0]), Is.True, where);
                Assert.That(token.Has(TokenFlags.OpenQuote) ^ token.Has(TokenFlags.CloseQuote), Is.True, where);
            }
            else
            {
                Assert.That(token.Flags & (TokenFlags.OpenQuote | TokenFlags.CloseQuote), Is.EqualTo(TokenFlags.None), where);
            }

            for (int i = token.Start; i < token.End; i++)
            {
                covered[i] = true;
            }

            previousEnd = token.End;
        }

        for (int i = span.Start; i < span.End; i++)
        {
            char c = text[i];
            bool skippable = char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format;
            if (!skippable)
            {
                Assert.That(covered[i], Is.True, $"character {i} (U+{(int)c:X4}) lost in {Escape(text)}");
            }
        }
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (char c in text)
        {
            builder.Append(c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return builder.ToString();
    }
}
