using ClaimTagger.Text;

namespace ClaimTagger.Tests.Text;

public class TextCharsTests
{
    [TestCase('“', QuoteFamily.Double)]
    [TestCase('”', QuoteFamily.Double)]
    [TestCase('„', QuoteFamily.Double)]
    [TestCase('"', QuoteFamily.Double)]
    [TestCase('‘', QuoteFamily.Single)]
    [TestCase('’', QuoteFamily.Single)]
    [TestCase('‚', QuoteFamily.Single)]
    [TestCase('\'', QuoteFamily.Single)]
    [TestCase('«', QuoteFamily.Guillemet)]
    [TestCase('»', QuoteFamily.Guillemet)]
    [TestCase('‹', QuoteFamily.SingleGuillemet)]
    [TestCase('「', QuoteFamily.Corner)]
    [TestCase('』', QuoteFamily.WhiteCorner)]
    [TestCase('ʼ', QuoteFamily.None)]
    [TestCase('a', QuoteFamily.None)]
    public void GetQuoteFamily_Character_ReturnsItsFamily(char c, QuoteFamily expected)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(TextChars.GetQuoteFamily(c), Is.EqualTo(expected));
            Assert.That(TextChars.IsQuoteMark(c), Is.EqualTo(expected != QuoteFamily.None));
        }
    }

    [TestCase('“', true)]
    [TestCase('„', true)]
    [TestCase('‘', true)]
    [TestCase('«', true)]
    [TestCase('”', false)]
    [TestCase('’', false)]
    [TestCase('»', false)]
    [TestCase('"', false)]
    public void OpensByDefault_Mark_FollowsTypography(char c, bool expected)
    {
        Assert.That(TextChars.OpensByDefault(c), Is.EqualTo(expected));
    }

    [TestCase('\u00AD', true)]
    [TestCase('\u200B', true)]
    [TestCase('\u200D', true)]
    [TestCase('\u2060', true)]
    [TestCase('\uFEFF', true)]
    [TestCase('\u00A0', false)]
    [TestCase(' ', false)]
    [TestCase('a', false)]
    public void IsIgnorable_Character_IsTrueForZeroWidthOnly(char c, bool expected)
    {
        Assert.That(TextChars.IsIgnorable(c), Is.EqualTo(expected));
    }

    [TestCase('–', true, false)]
    [TestCase('—', true, false)]
    [TestCase('-', false, true)]
    [TestCase('\u2011', false, true)]
    [TestCase('a', false, false)]
    public void IsDashAndIsHyphen_Character_AreDisjoint(char c, bool dash, bool hyphen)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(TextChars.IsDash(c), Is.EqualTo(dash));
            Assert.That(TextChars.IsHyphen(c), Is.EqualTo(hyphen));
        }
    }

    [TestCase('\'', true)]
    [TestCase('’', true)]
    [TestCase('ʼ', true)]
    [TestCase('‘', false)]
    [TestCase('"', false)]
    public void IsApostrophe_Character_IsTrueForApostropheCharacters(char c, bool expected)
    {
        Assert.That(TextChars.IsApostrophe(c), Is.EqualTo(expected));
    }
}
