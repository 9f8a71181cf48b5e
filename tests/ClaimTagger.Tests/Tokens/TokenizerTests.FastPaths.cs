using System.Text;
using ClaimTagger.Text;
using ClaimTagger.Tokens;

namespace ClaimTagger.Tests.Tokens;

/// <summary>
/// The tokenizer reads words of ASCII letters eight characters at a time when the text goes on for eight more
/// characters, and one by one near the end of the text; both ways must give the same tokens.
/// </summary>
public partial class TokenizerTests
{
    private static readonly string[] Continuations = ["", "abcdefgh", "ABCDEFGHIJ", "’s and more", "-led stuff", "12345678", "\u00E9t\u00E9 done", " next words"];

    [TestCaseSource(nameof(Seeds))]
    public void Tokenize_TextGoesOnAfterTheSpan_SameTokensAsWhenTheTextEndsThere(int seed)
    {
        var random = new Random(seed);
        for (int round = 0; round < 60; round++)
        {
            string text = RandomWords(random, random.Next(1, 12));
            var alone = new List<Token>();
            Tokenizer.Tokenize(text, new TextSpan(0, text.Length), alone);
            foreach (string continuation in Continuations)
            {
                var followed = new List<Token>();
                Tokenizer.Tokenize(text + continuation, new TextSpan(0, text.Length), followed);
                Assert.That(followed, Is.EqualTo(alone), $"'{text}' followed by '{continuation}'");
            }
        }
    }

    [TestCaseSource(nameof(Seeds))]
    public void Tokenize_ShortAsciiWord_PronounFlagsAgreeWithTokenText(int seed)
    {
        var random = new Random(seed);
        string[] forms = [.. TokenText.Pronouns, "the", "his", "hiss", "it", "its", "item", "I", "a", "themes", "ours", "our"];
        for (int round = 0; round < 200; round++)
        {
            string word = random.Next(3) == 0 ? RandomAsciiWord(random) : Recase(random, forms[random.Next(forms.Length)]);
            string after = Continuations[random.Next(Continuations.Length)];
            string text = $"Then {word}{(random.Next(2) == 0 ? " " : ", ")}{after}";
            var tokens = new List<Token>();
            Tokenizer.Tokenize(text, new TextSpan(0, text.Length), tokens);
            Token token = tokens[1];
            string tokenText = text.Substring(token.Start, token.Length);
            using (Assert.EnterMultipleScope())
            {
                Assert.That(token.Has(TokenFlags.Pronoun), Is.EqualTo(TokenText.IsPronoun(tokenText)), text);
                Assert.That(token.Has(TokenFlags.SubjectPronoun), Is.EqualTo(TokenText.IsSubjectPronoun(tokenText)), text);
            }
        }
    }

    [TestCase("he")]
    [TestCase("She")]
    [TestCase("THEY")]
    [TestCase("theirs")]
    [TestCase("i")]
    [TestCase("I")]
    [TestCase("US")]
    [TestCase("mine")]
    [TestCase("minE")]
    [TestCase("them")]
    [TestCase("thee")]
    [TestCase("h")]
    public void AsciiPronounClass_AsciiWord_AgreesWithPronounClass(string word)
    {
        Assert.That(TokenText.AsciiPronounClass(word), Is.EqualTo(TokenText.PronounClass(word)));
    }

    [TestCase("")]
    [TestCase("he’s")]
    [TestCase("hé")]
    [TestCase("theirss")]
    public void AsciiPronounClass_NotOneToSixAsciiLetters_ReturnsMinusOne(string word)
    {
        Assert.That(TokenText.AsciiPronounClass(word), Is.EqualTo(-1));
    }

    private static string RandomWords(Random random, int count)
    {
        string[] words = ["he", "said", "The", "NATO", "minister", "U.S.", "it’s", "Lagos", "we", "THEM", "extraordinarily", "a", "I", "O’Brien", "co-op", "3.5", "“Yes,”", "she", "x"];
        var builder = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(random.Next(4) == 0 ? RandomAsciiWord(random) : words[random.Next(words.Length)]);
        }

        return builder.ToString();
    }

    private static string RandomAsciiWord(Random random)
    {
        var builder = new StringBuilder();
        int length = random.Next(1, 11);
        for (int i = 0; i < length; i++)
        {
            char c = "hiemostuwyaHIEMOSTUWYA"[random.Next(22)];
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string Recase(Random random, string word)
    {
        return random.Next(3) switch
        {
            0 => word,
            1 => word.ToUpperInvariant(),
            _ => char.ToUpperInvariant(word[0]) + word[1..],
        };
    }
}
