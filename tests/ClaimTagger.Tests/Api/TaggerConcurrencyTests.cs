using System.Collections.Concurrent;
using System.Diagnostics;
using ClaimTagger.Serialization;

namespace ClaimTagger.Tests.Api;

/// <summary>One tagger shared by 8 threads gives the same results as tagging one article at a time.</summary>
public class TaggerConcurrencyTests
{
    private const int ArticleCount = 2000;
    private const int ThreadCount = 8;

    [Test]
    [CancelAfter(120_000)]
    public void Tag_OneTaggerEightThreads_SameJsonAsOneByOne()
    {
        Tagger tagger = new ClaimTaggerBuilder().UseDefaultRules().Build();
        string[] articles = [.. Enumerable.Range(0, ArticleCount).Select(ArticleTemplates.Article)];
        string[] expected = [.. articles.Select(a => TaggedArticleJsonWriter.ToJson(tagger.Tag(a), indented: false))];

        var actual = new string?[ArticleCount];
        var errors = new ConcurrentQueue<Exception>();
        int next = -1;
        using var start = new Barrier(ThreadCount);
        var threads = new Thread[ThreadCount];
        var watch = Stopwatch.StartNew();
        for (int t = 0; t < ThreadCount; t++)
        {
            threads[t] = new Thread(() =>
            {
                start.SignalAndWait();
                int i;
                while ((i = Interlocked.Increment(ref next)) < ArticleCount)
                {
                    try
                    {
                        actual[i] = TaggedArticleJsonWriter.ToJson(tagger.Tag(articles[i]), indented: false);
                    }
                    catch (Exception e)
                    {
                        errors.Enqueue(e);
                    }
                }
            });
            threads[t].Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        TestContext.Out.WriteLine($"{ArticleCount} articles, {articles.Sum(a => a.Length)} chars, {ThreadCount} threads: {watch.ElapsedMilliseconds} ms");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(errors, Is.Empty);
            Assert.That(expected.Distinct().Count(), Is.GreaterThan(ArticleCount / 2), "the templates give varied articles");
            Assert.That(expected.Count(j => j.Contains("\"DirectQuote\"", StringComparison.Ordinal)), Is.GreaterThan(ArticleCount / 2));
            Assert.That(actual, Is.EqualTo(expected));
        }
    }
}
