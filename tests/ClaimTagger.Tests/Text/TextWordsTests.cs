using ClaimTagger.Text;

namespace ClaimTagger.Tests.Text;

public class TextWordsTests
{
    [TestCase("A Lumera spokesman said", 8, "spokesman")]
    [TestCase("the union,  and", 9, "")]
    [TestCase("end   ", 3, "")]
    public void After_SkipsSpacesAndReadsLetters(string text, int position, string expected)
    {
        Assert.That(TextWords.After(text, position, text.Length).Slice(text), Is.EqualTo(expected));
    }

    [Test]
    public void After_StopsAtTheLimit()
    {
        const string Text = "and urged members";
        Assert.That(TextWords.After(Text, 3, 7).Slice(Text), Is.EqualTo("urg"));
    }

    [TestCase("Western Grid, which  said", 21, "which")]
    [TestCase("crews, said", 6, "")]
    [TestCase("  said", 2, "")]
    public void Before_SkipsSpacesBackAndReadsLetters(string text, int position, string expected)
    {
        Assert.That(TextWords.Before(text, position).Slice(text), Is.EqualTo(expected));
    }
}
