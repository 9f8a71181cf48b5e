using ClaimTagger.Sentences;
using ClaimTagger.Tests.Sections;
using ClaimTagger.Text;

namespace ClaimTagger.Tests.Sentences;

public partial class DefaultSentenceSplitterTests
{
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    [TestCase(5)]
    public void Split_RandomSubspans_PartitionEachSpan(int seed)
    {
        var random = new Random(seed);
        string text = seed % 2 == 0 ? GeneratedText.Article(seed, 6000) : GeneratedText.Soup(seed, 6000);
        var sentences = new List<TextSpan>();
        using (Assert.EnterMultipleScope())
        {
            for (int round = 0; round < 200; round++)
            {
                int start = random.Next(text.Length);
                int end = Math.Min(text.Length, start + random.Next(1, 2500));
                if (char.IsLowSurrogate(text[start]))
                {
                    continue;
                }

                sentences.Clear();
                DefaultSentenceSplitter.Instance.Split(text, new TextSpan(start, end), sentences);
                TextInvariants.AssertPartition(text, new TextSpan(start, end), sentences, "sentence");
            }
        }
    }

    [Test]
    public void Split_AppendsWithoutClearing_KeepsEarlierSentences()
    {
        const string text = "One. Two.";
        var sentences = new List<TextSpan> { new(0, 0) };
        DefaultSentenceSplitter.Instance.Split(text, new TextSpan(0, text.Length), sentences);
        Assert.That(sentences, Is.EqualTo(new[] { new TextSpan(0, 0), new TextSpan(0, 4), new TextSpan(5, 9) }));
    }
}
