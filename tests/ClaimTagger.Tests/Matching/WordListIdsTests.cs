using ClaimTagger.Matching;

namespace ClaimTagger.Tests.Matching;

public class WordListIdsTests
{
    [Test]
    public void Of_NewList_AddsItsWordsInOrderAndReturnsDistinctIdsAscending()
    {
        var words = new WordTable();
        words.Add("said");
        var lists = new WordListIds(words);

        int[] ids = lists.Of(["told", "Said", "warned", "TOLD"]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ids, Is.EqualTo(new[] { 0, 1, 2 }), "said was there; told and warned come next, in the list's order");
            Assert.That(words.Find("told"), Is.EqualTo(1));
            Assert.That(words.Find("warned"), Is.EqualTo(2));
        }
    }

    [Test]
    public void Of_ListWithTheSameWords_SameIdsWithoutAddingAgain()
    {
        var words = new WordTable();
        var lists = new WordListIds(words);
        int[] first = lists.Of(["denied", "rejected"]);
        int count = words.Count;

        int[] again = lists.Of(["denied", "rejected"]);
        int[] reordered = lists.Of(["rejected", "denied"]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(again, Is.SameAs(first), "an equal list (another instance) is worked out once");
            Assert.That(reordered, Is.EqualTo(first), "another order is another list, with the same ids");
            Assert.That(words.Count, Is.EqualTo(count));
        }
    }

    [Test]
    public void Of_ListsThatDifferInCaseOrLength_KeptApart()
    {
        var words = new WordTable();
        var lists = new WordListIds(words);
        int[] lower = lists.Of(["nato"]);
        int[] upper = lists.Of(["NATO"]);
        int[] longer = lists.Of(["nato", "un"]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(upper, Is.Not.SameAs(lower), "the memo compares exact strings; the table folds case");
            Assert.That(upper, Is.EqualTo(lower));
            Assert.That(longer, Has.Length.EqualTo(2));
        }
    }
}
