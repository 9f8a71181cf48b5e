using ClaimTagger.Matching;

namespace ClaimTagger.Tests.Matching;

public class FoldedTableTests
{
    [Test]
    public void Find_AfterTheTableGrewManyTimes_EveryWordKeepsTheIdItWasGiven()
    {
        var table = new FoldedTable();
        var words = Enumerable.Range(0, 5_000).Select(i => $"w{i:x}ord{i % 7}").ToArray();
        int[] ids = words.Select(table.Add).ToArray();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ids, Is.EqualTo(Enumerable.Range(0, words.Length)), "ids are dense, in the order words came");
            Assert.That(words.Select(w => table.Find(w.ToUpperInvariant())), Is.EqualTo(ids), "found in any case after every resize");
            Assert.That(table.Count, Is.EqualTo(words.Length));
            Assert.That(table[4_321], Is.EqualTo(words[4_321]));
        }
    }

    [Test]
    public void Find_FoldsCaseAndTypographicApostrophesAndHyphens_AndRejectsOtherWords()
    {
        var table = new FoldedTable();
        int dont = table.Add("Don’t");
        int half = table.Add("half\u2011hearted");
        int said = table.Add("said");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(table.Find("DON'T"), Is.EqualTo(dont));
            Assert.That(table.Find("half-hearted"), Is.EqualTo(half));
            Assert.That(table[dont], Is.EqualTo("don't"), "kept folded");
            Assert.That(table.Add("SAID"), Is.EqualTo(said), "adding a word again in another case returns its id");
            Assert.That(table.Find("sai"), Is.EqualTo(-1), "a prefix is another word");
            Assert.That(table.Find("saids"), Is.EqualTo(-1), "longer than any word");
            Assert.That(table.Find("sand"), Is.EqualTo(-1), "same length, other letters");
            Assert.That(table.Find(""), Is.EqualTo(-1));
        }
    }

    [Test]
    public void Find_WordsWhoseHashesCollide_TellsThemApartByTheirLetters()
    {
        // Far more words than slots of the first table, so probe runs cross each other and wrap around the end.
        var table = new FoldedTable();
        var words = new List<string>();
        for (char a = 'a'; a <= 'z'; a++)
        {
            for (char b = 'a'; b <= 'z'; b++)
            {
                words.Add($"{a}{b}");
            }
        }

        foreach (string w in words)
        {
            table.Add(w);
        }

        Assert.That(words.Select(w => table[table.Find(w)]), Is.EqualTo(words));
    }
}
