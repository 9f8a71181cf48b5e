using System.Runtime.CompilerServices;
using ClaimTagger.Serialization;

namespace ClaimTagger.Tests.Api;

public class TaggerExtensionsTests
{
    private static Tagger Tagger => ClaimTagger.Tagger.CreateDefault();

    private static string Json(TaggedArticle article) => TaggedArticleJsonWriter.ToJson(article, indented: false);

    private static List<string> Articles(int count) => [.. Enumerable.Range(0, count).Select(ArticleTemplates.Article)];

    [Test]
    public void Tag_MemorySlice_OffsetsCountFromSliceStart()
    {
        string article = ArticleTemplates.Article(3);
        string buffer = "PREFIX-" + article + "-SUFFIX";
        TaggedArticle result = Tagger.Tag(buffer.AsMemory(7, article.Length));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Text, Is.EqualTo(article));
            Assert.That(Json(result), Is.EqualTo(Json(Tagger.Tag(article))));
        }
    }

    [Test]
    public void Tag_TextReader_SameAsString()
    {
        string article = ArticleTemplates.Article(5);
        using var reader = new StringReader(article);
        TaggedArticle result = Tagger.Tag(reader);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Text, Is.EqualTo(article));
            Assert.That(Json(result), Is.EqualTo(Json(Tagger.Tag(article))));
            Assert.That(result.Tags, Is.Not.Empty);
        }
    }

    [Test]
    public void Tag_TextReaderWithoutLineBreaksOrPunctuation_DoesNotThrow()
    {
        string junk = new string('\u201C', 5000) + new string('x', 40000) + "\0\uD800";
        using var reader = new StringReader(junk);
        Assert.That(Tagger.Tag(reader).Text, Has.Length.EqualTo(junk.Length));
    }

    [Test]
    public void Tag_NullReader_Throws()
    {
        Assert.That(() => Tagger.Tag((TextReader)null!), Throws.ArgumentNullException);
    }

    [Test]
    public void TagMany_Sequential_SameAsOneByOneInOrder()
    {
        List<string> texts = Articles(12);
        List<string> expected = [.. texts.Select(t => Json(Tagger.Tag(t)))];
        Assert.That(Tagger.TagMany(texts).Select(Json), Is.EqualTo(expected));
    }

    [TestCase(2)]
    [TestCase(4)]
    public void TagMany_Parallel_SameAsOneByOneInOrder(int degree)
    {
        List<string> texts = Articles(40);
        List<string> expected = [.. texts.Select(t => Json(Tagger.Tag(t)))];
        Assert.That(Tagger.TagMany(texts, degree).Select(Json), Is.EqualTo(expected));
    }

    [Test]
    public void TagMany_IsLazy_ReadsInputOnlyAsResultsAreTaken()
    {
        int read = 0;
        IEnumerable<string> Source()
        {
            for (int i = 0; i < 100; i++)
            {
                read++;
                yield return ArticleTemplates.Article(i);
            }
        }

        List<TaggedArticle> firstTwo = [.. Tagger.TagMany(Source(), 2).Take(2)];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(firstTwo, Has.Count.EqualTo(2));
            Assert.That(read, Is.LessThanOrEqualTo(4));
        }
    }

    [Test]
    public void TagMany_CancelledMidway_ThrowsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        int taken = 0;
        Assert.That(() =>
        {
            foreach (TaggedArticle _ in Tagger.TagMany(Articles(20), 2, cts.Token))
            {
                if (++taken == 3)
                {
                    cts.Cancel();
                }
            }
        }, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(taken, Is.EqualTo(3));
    }

    [Test]
    public void TagMany_NullElement_ThrowsArgumentExceptionNamingIndex()
    {
        string[] texts = ["A short article.", null!];
        Assert.That(() => Tagger.TagMany(texts).ToList(), Throws.ArgumentException.With.Message.Contains("index 1"));
    }

    [Test]
    public void TagMany_DegreeBelowOne_Throws()
    {
        Assert.That(() => Tagger.TagMany(["x"], 0), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [TestCase(1)]
    [TestCase(3)]
    public async Task TagManyAsync_AsyncSource_SameAsOneByOneInOrder(int degree)
    {
        List<string> texts = Articles(25);
        List<string> expected = [.. texts.Select(t => Json(Tagger.Tag(t)))];
        var actual = new List<string>();
        await foreach (TaggedArticle article in Tagger.TagManyAsync(Source(texts), degree))
        {
            actual.Add(Json(article));
        }

        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public async Task TagManyAsync_NoDegree_SameAsOneByOne()
    {
        List<string> texts = Articles(6);
        List<string> expected = [.. texts.Select(t => Json(Tagger.Tag(t)))];
        var actual = new List<string>();
        await foreach (TaggedArticle article in Tagger.TagManyAsync(Source(texts)))
        {
            actual.Add(Json(article));
        }

        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void TagManyAsync_CancelledThroughToken_ThrowsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        int taken = 0;
        Assert.That(async () =>
        {
            await foreach (TaggedArticle _ in Tagger.TagManyAsync(Source(Articles(20)), 3, cts.Token))
            {
                if (++taken == 1)
                {
                    await cts.CancelAsync();
                }
            }
        }, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(taken, Is.EqualTo(1));
    }

    [Test]
    public void TagManyAsync_CancelledThroughWithCancellation_ThrowsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        int taken = 0;
        Assert.That(async () =>
        {
            await foreach (TaggedArticle _ in Tagger.TagManyAsync(Source(Articles(20)), 2).WithCancellation(cts.Token))
            {
                if (++taken == 2)
                {
                    await cts.CancelAsync();
                }
            }
        }, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(taken, Is.EqualTo(2));
    }

    [Test]
    public void TagMany_ThroughInterface_ReturnsOnePerArticle()
    {
        ITagger tagger = Tagger;
        Assert.That(tagger.TagMany(Articles(3)).Count(), Is.EqualTo(3));
    }

    private static async IAsyncEnumerable<string> Source(IEnumerable<string> texts, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (string text in texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return text;
        }
    }
}
