using ClaimTagger.Matching;

namespace ClaimTagger.Tests.Matching;

public class LexiconIndexTests
{
    private static (LexiconIndex Index, MatchContext Context) Build(string text)
    {
        var words = new WordTable();
        var index = new LexiconIndex();
        int places = index.AddLexicon();
        int other = index.AddLexicon();
        index.AddEntry(places, "port", words, caseSensitive: false);
        index.AddEntry(places, "port moresby", words, caseSensitive: false);
        index.AddEntry(places, "port moresby harbour", words, caseSensitive: false);
        index.AddEntry(places, "harbour", words, caseSensitive: false);
        index.AddEntry(other, "port authority", words, caseSensitive: false);
        index.AddEntry(other, "Lae", words, caseSensitive: true);
        return (index, new MatchContext(TestText.Analyze(text), words));
    }

    private static List<int> Lengths(LexiconIndex index, MatchContext context, int token, bool[] lexicons)
    {
        var lengths = new List<int>();
        index.Lengths(context, token, context.Tokens.Length, lexicons, lengths);
        return lengths;
    }

    [Test]
    public void Lengths_NestedEntries_EveryLengthShortestFirst()
    {
        (LexiconIndex index, MatchContext context) = Build("Ships left Port Moresby harbour at dawn.");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Lengths(index, context, 2, [true, false]), Is.EqualTo(new[] { 1, 2, 3 }));
            Assert.That(Lengths(index, context, 2, [false, true]), Is.Empty);
            Assert.That(Lengths(index, context, 4, [true, false]), Is.EqualTo(new[] { 1 }));
            Assert.That(Lengths(index, context, 0, [true, true]), Is.Empty);
        }
    }

    [Test]
    public void Lengths_SecondWordOfAnotherLexicon_OnlyThatLexiconsEntry()
    {
        (LexiconIndex index, MatchContext context) = Build("The port authority met in Lae, not in lae.");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Lengths(index, context, 1, [true, false]), Is.EqualTo(new[] { 1 }));
            Assert.That(Lengths(index, context, 1, [false, true]), Is.EqualTo(new[] { 2 }));
            Assert.That(Lengths(index, context, 1, [true, true]), Is.EqualTo(new[] { 1, 2 }));
            Assert.That(Lengths(index, context, 5, [false, true]), Is.EqualTo(new[] { 1 }), "case-sensitive entry, same case");
            Assert.That(Lengths(index, context, 9, [false, true]), Is.Empty, "case-sensitive entry, other case");
        }
    }
}
