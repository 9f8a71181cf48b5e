using ClaimTagger.Sections;

namespace ClaimTagger.Tests.Sections;

/// <summary>The phrase table pre-tests a few letters before comparing; it must find what a plain scan finds.</summary>
public class PhraseTableTests
{
    private static readonly (string Phrase, int MaxWords)[] Phrases =
    [
        ("read more", 30), ("read also", 30), ("related:", 30), ("related", 1), ("this site uses cookies", 80),
        ("the end", 3), ("share this", 8), ("sign in", 8), ("sms alerts", 4), ("photo:", 9), ("by:", 12), ("i spy", 2),
        ("it is", 5), ("@ home", 2), ("1 more", 2),
    ];

    private static readonly PhraseTable Table = new(Phrases);

    [TestCase("Read more: the latest")]
    [TestCase("READ ALSO this")]
    [TestCase("Related")]
    [TestCase("Related: five things")]
    [TestCase("Relatedness is no phrase")]
    [TestCase("This site uses cookies to work")]
    [TestCase("Thiſ site uses cookies")]
    [TestCase("SHARE THIS")]
    [TestCase("ſhare this")]
    [TestCase("Sıgn in")]
    [TestCase("İt is")]
    [TestCase("ıt is")]
    [TestCase("The end")]
    [TestCase("Then end")]
    [TestCase("Photo: Jane Doe")]
    [TestCase("PHOTO:")]
    [TestCase("By: a reporter")]
    [TestCase("@ HOME")]
    [TestCase("1 MORE")]
    [TestCase("r")]
    [TestCase("re")]
    [TestCase("rea")]
    [TestCase("ſ")]
    public void Match_Line_SameAsComparingEveryPhraseOfItsBucket(string line)
    {
        Assert.That(Table.Match(line), Is.EqualTo(Reference(line)));
    }

    [Test]
    public void Match_RandomlyCasedAndAlteredPhrases_SameAsComparingEveryPhraseOfItsBucket()
    {
        var random = new Random(7);
        char[] replacements = ['ı', 'ſ', 'İ', '\u212A', 'é', ' ', ':'];
        for (int round = 0; round < 2000; round++)
        {
            char[] line = [.. Phrases[random.Next(Phrases.Length)].Phrase + (random.Next(2) == 0 ? " and more words" : string.Empty)];
            for (int k = 0; k < line.Length; k++)
            {
                int roll = random.Next(10);
                line[k] = roll switch
                {
                    < 4 => char.ToUpperInvariant(line[k]),
                    4 => replacements[random.Next(replacements.Length)],
                    _ => line[k],
                };
            }

            string text = new string(line)[..random.Next(1, line.Length + 1)];
            Assert.That(Table.Match(text), Is.EqualTo(Reference(text)), text);
        }
    }

    /// <summary>The first phrase, in table order, of the line's first-letter bucket that the line starts with.</summary>
    private static int Reference(string line)
    {
        foreach ((string phrase, int maxWords) in Phrases)
        {
            if (Bucket(phrase[0]) == Bucket(line[0]) && PhraseTable.StartsWithWords(line, phrase))
            {
                return maxWords;
            }
        }

        return -1;

        static int Bucket(char c)
        {
            int letter = (c | 0x20) - 'a';
            return (uint)letter < 26 ? letter : 26;
        }
    }
}
