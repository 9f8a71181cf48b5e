using ClaimTagger.Cli.Batch;

namespace ClaimTagger.Cli.Tests.Batch;

public class OrderedPipelineTests
{
    [TestCase(1)]
    [TestCase(3)]
    [TestCase(8)]
    public void Run_UnevenWork_WritesInInputOrder(int workers)
    {
        var written = new List<int>();
        var budget = new InFlightBudget(maxCount: 6, maxWeight: 1000);

        OrderedPipeline.Run(
            Enumerable.Range(0, 500),
            i =>
            {
                Thread.SpinWait((i * 7919 % 13) * 2000);
                return i * 2;
            },
            (i, doubled) => written.Add(doubled / 2 == i ? i : -1),
            workers,
            budget,
            _ => 1);

        Assert.That(written, Is.EqualTo(Enumerable.Range(0, 500)).AsCollection);
    }

    [Test]
    public void Run_SlowFirstItem_KeepsAtMostTheBudgetInFlight()
    {
        var budget = new InFlightBudget(maxCount: 5, maxWeight: 1000);
        int read = 0;
        int written = 0;
        int maxAhead = 0;

        IEnumerable<int> Source()
        {
            for (int i = 0; i < 200; i++)
            {
                Interlocked.Increment(ref read);
                yield return i;
            }
        }

        OrderedPipeline.Run(
            Source(),
            i =>
            {
                if (i % 50 == 0)
                {
                    Thread.Sleep(100);
                }

                int ahead = Volatile.Read(ref read) - Volatile.Read(ref written);
                InterlockedMax(ref maxAhead, ahead);
                return i;
            },
            (_, _) => Interlocked.Increment(ref written),
            workers: 4,
            budget,
            _ => 1);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(written, Is.EqualTo(200));
            Assert.That(maxAhead, Is.LessThanOrEqualTo(budget.MaxCount + 1), "read but not yet written");
        }
    }

    [Test]
    public void Run_TransformThrows_WritesEverythingBeforeAndRethrows()
    {
        var written = new List<int>();

        Assert.That(
            () => OrderedPipeline.Run(
                Enumerable.Range(0, 100),
                i => i == 40 ? throw new InvalidOperationException("boom") : i,
                (i, _) => written.Add(i),
                workers: 4,
                new InFlightBudget(8, 100),
                _ => 1),
            Throws.InvalidOperationException.With.Message.EqualTo("boom"));
        Assert.That(written, Is.EqualTo(Enumerable.Range(0, 40)).AsCollection);
    }

    [Test]
    public void Run_SourceThrows_WritesEverythingReadBeforeAndRethrows()
    {
        static IEnumerable<int> Source()
        {
            yield return 1;
            yield return 2;
            throw new IOException("disk gone");
        }

        var written = new List<int>();

        Assert.That(
            () => OrderedPipeline.Run(Source(), i => i, (i, _) => written.Add(i), workers: 2, new InFlightBudget(8, 100), _ => 1),
            Throws.InstanceOf<IOException>());
        Assert.That(written, Is.EqualTo(new[] { 1, 2 }).AsCollection);
    }

    [Test]
    public void Run_WriteThrows_StopsAndRethrows()
    {
        int transformed = 0;

        Assert.That(
            () => OrderedPipeline.Run(
                Enumerable.Range(0, 100_000),
                i =>
                {
                    Interlocked.Increment(ref transformed);
                    return i;
                },
                (i, _) =>
                {
                    if (i == 10)
                    {
                        throw new IOException("pipe closed");
                    }
                },
                workers: 2,
                new InFlightBudget(8, 100),
                _ => 1),
            Throws.InstanceOf<IOException>());
        Assert.That(transformed, Is.LessThan(100), "the reader and workers stopped");
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current = Volatile.Read(ref target);
        while (value > current)
        {
            int seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
