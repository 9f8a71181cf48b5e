using ClaimTagger.Text;
using ClaimTagger.Tokens;

namespace ClaimTagger.Tests.Tokens;

public class TokenTextTests
{
    [TestCase("Moscow", "Xxxxx")]
    [TestCase("Okafor", "Xxxxx")]
    [TestCase("Applesauce", "Xxxxx")]
    [TestCase("NATO", "XXXX")]
    [TestCase("AAAAAAA", "XXXX")]
    [TestCase("21", "dd")]
    [TestCase("2021", "dddd")]
    [TestCase("1,200", "d,ddd")]
    [TestCase("non-existent", "xxx-xxxx")]
    [TestCase("US-led", "XX-xxx")]
    [TestCase("COVID-19", "XXXX-dd")]
    [TestCase("can’t", "xxx'x")]
    [TestCase("Café", "Xxxx")]
    [TestCase("Cafe\u0301", "Xxxx")]
    [TestCase("Wa\u200Bshington", "Xxxxx")]
    [TestCase("Москва", "Xxxxx")]
    [TestCase("\u0661\u0662", "dd")]
    [TestCase("😀😀", "😀😀")]
    [TestCase("\uD835\uDC9C", "X")]
    [TestCase("", "")]
    public void Shape_Word_IsSpacyStyle(string word, string expected)
    {
        Assert.That(TokenText.Shape(word), Is.EqualTo(expected));
    }

    [Test]
    public void Shape_Token_ReadsItsSpanOfTheText()
    {
        const string text = "The NATO summit";
        var token = new Token(4, 4, TokenKind.Word, TokenFlags.AllCaps);
        Assert.That(TokenText.Shape(text, token), Is.EqualTo("XXXX"));
    }

    [TestCase("Moscow’s", "moscow's")]
    [TestCase("DON’T", "don't")]
    [TestCase("Nuuʼuanu", "nuu'uanu")]
    [TestCase("Wa\u200Bshington", "washington")]
    [TestCase("inter\u00ADnational", "international")]
    [TestCase("Non\u2011stop", "non-stop")]
    [TestCase("ÉTÉ", "été")]
    [TestCase("Москва", "москва")]
    [TestCase("\uD801\uDC00", "\uD801\uDC28")]
    public void Lower_Word_FoldsToMatchForm(string word, string expected)
    {
        Assert.That(TokenText.Lower(word), Is.EqualTo(expected));
    }

    [Test]
    public void Lower_Token_ReadsItsSpanOfTheText()
    {
        const string text = "Then SHE’S gone";
        var token = new Token(5, 5, TokenKind.Word, TokenFlags.None);
        Assert.That(TokenText.Lower(text, token), Is.EqualTo("she's"));
    }

    [Test]
    public void Lower_LongInput_FoldsEveryCharacter()
    {
        string word = new('A', 1000);
        Assert.That(TokenText.Lower(word), Is.EqualTo(new string('a', 1000)));
    }

    [Test]
    public void WriteLower_DestinationTooShort_Throws()
    {
        Assert.That(() => TokenText.WriteLower("Hello", new char[3]), Throws.ArgumentException);
    }

    [Test]
    public void WriteShape_DestinationTooShort_Throws()
    {
        Assert.That(() => TokenText.WriteShape("Hello", new char[3]), Throws.ArgumentException);
    }

    [TestCase("Said", "said", true)]
    [TestCase("SAID", "said", true)]
    [TestCase("said", "says", false)]
    [TestCase("sai", "said", false)]
    [TestCase("saids", "said", false)]
    [TestCase("Don’t", "don't", true)]
    [TestCase("Wa\u200Bshington", "washington", true)]
    [TestCase("ÉTÉ", "été", true)]
    [TestCase("\uD801\uDC00", "\uD801\uDC28", true)]
    [TestCase("\uD801\uDC00", "\uD801\uDC29", false)]
    [TestCase("", "", true)]
    [TestCase("a", "", false)]
    public void EqualsLower_Word_ComparesFoldedForm(string word, string literal, bool expected)
    {
        Assert.That(TokenText.EqualsLower(word, literal), Is.EqualTo(expected));
    }

    [Test]
    public void EqualsLower_Token_ComparesOnlyItsSpan()
    {
        const string text = "Okafor Stated that";
        using (Assert.EnterMultipleScope())
        {
            Assert.That(TokenText.EqualsLower(text, new Token(7, 6, TokenKind.Word, TokenFlags.None), "stated"), Is.True);
            Assert.That(TokenText.EqualsLower(text, new Token(7, 6, TokenKind.Word, TokenFlags.None), "stated that"), Is.False);
        }
    }

    [Test]
    public void EqualsLower_AgreesWithLower_OnRandomWords()
    {
        var random = new Random(7);
        for (int round = 0; round < 500; round++)
        {
            string word = TokenizerTests.RandomText(random, random.Next(0, 6));
            string other = random.Next(2) == 0 ? TokenText.Lower(word) : TokenText.Lower(TokenizerTests.RandomText(random, 2));
            Assert.That(TokenText.EqualsLower(word, other), Is.EqualTo(TokenText.Lower(word) == other), word);
        }
    }

    [Test]
    public void WriteLowerWriteShapeAndEqualsLower_AllocateNothing()
    {
        const string text = "Moscow’s NATO-led Wa\u200Bshington";
        Span<char> buffer = stackalloc char[64];
        int total = TokenText.WriteLower(text, buffer) + TokenText.WriteShape(text, buffer);
        total += TokenText.EqualsLower(text, "moscow's nato-led washington") && TokenText.IsPronoun("They’ll") ? 1 : 0;
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10; i++)
        {
            total += TokenText.WriteLower(text, buffer);
            total += TokenText.WriteShape(text, buffer);
            total += TokenText.EqualsLower(text, "moscow's nato-led washington") ? 1 : 0;
            total += TokenText.IsPronoun("They’ll") ? 1 : 0;
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(allocated, Is.Zero);
            Assert.That(total, Is.GreaterThan(0));
        }
    }

    [TestCase("he", true, true)]
    [TestCase("She", true, true)]
    [TestCase("I", true, true)]
    [TestCase("it", true, true)]
    [TestCase("They", true, true)]
    [TestCase("him", true, false)]
    [TestCase("their", true, false)]
    [TestCase("Us", true, false)]
    [TestCase("US", false, false)]
    [TestCase("IT", false, false)]
    [TestCase("HE", false, false)]
    [TestCase("he’s", true, true)]
    [TestCase("I'm", true, true)]
    [TestCase("they’ll", true, true)]
    [TestCase("we\u200Bve", false, false)]
    [TestCase("him’s", false, false)]
    [TestCase("let’s", false, false)]
    [TestCase("hem", false, false)]
    [TestCase("themselves", false, false)]
    [TestCase("", false, false)]
    public void IsPronoun_Word_ClassifiesPronouns(string word, bool pronoun, bool subject)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(TokenText.IsPronoun(word), Is.EqualTo(pronoun));
            Assert.That(TokenText.IsSubjectPronoun(word), Is.EqualTo(subject));
        }
    }

    [Test]
    public void Pronouns_EveryListedForm_IsRecognisedAndFlaggedByTheTokenizer()
    {
        using (Assert.EnterMultipleScope())
        {
            foreach (string form in TokenText.Pronouns)
            {
                Assert.That(TokenText.IsPronoun(form), Is.True, form);
                List<Token> tokens = TokenizerTests.Tokenize("x " + form);
                Assert.That(tokens[1].Has(TokenFlags.Pronoun), Is.True, form);
                Assert.That(tokens[1].Has(TokenFlags.SubjectPronoun), Is.EqualTo(TokenText.SubjectPronouns.Contains(form)), form);
            }

            Assert.That(TokenText.SubjectPronouns, Is.SubsetOf(TokenText.Pronouns));
        }
    }
}
