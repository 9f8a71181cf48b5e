using ClaimTagger.Cli.Batch;

namespace ClaimTagger.Cli.Tests.Batch;

public class InFlightBudgetTests
{
    [Test]
    public void Acquire_CountReached_WaitsUntilRelease()
    {
        var budget = new InFlightBudget(maxCount: 2, maxWeight: 1000);
        budget.Acquire(1, CancellationToken.None);
        budget.Acquire(1, CancellationToken.None);

        Task third = Task.Run(() => budget.Acquire(1, CancellationToken.None));
        bool finishedEarly = third.Wait(TimeSpan.FromMilliseconds(200));
        budget.Release(1);
        bool finishedAfterRelease = third.Wait(TimeSpan.FromSeconds(10));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(finishedEarly, Is.False);
            Assert.That(finishedAfterRelease, Is.True);
            Assert.That(budget.Count, Is.EqualTo(2));
        }
    }

    [Test]
    public void Acquire_WeightOverLimitWhenEmpty_IsLetThroughAlone()
    {
        var budget = new InFlightBudget(maxCount: 10, maxWeight: 100);

        budget.Acquire(5000, CancellationToken.None);
        Task second = Task.Run(() => budget.Acquire(1, CancellationToken.None));

        Assert.That(second.Wait(TimeSpan.FromMilliseconds(200)), Is.False, "nothing else fits beside an oversized item");
        budget.Release(5000);
        Assert.That(second.Wait(TimeSpan.FromSeconds(10)), Is.True);
    }

    [Test]
    public void Acquire_CancelledWhileWaiting_Throws()
    {
        var budget = new InFlightBudget(maxCount: 1, maxWeight: 10);
        budget.Acquire(1, CancellationToken.None);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        Assert.That(() => budget.Acquire(1, cancellation.Token), Throws.InstanceOf<OperationCanceledException>());
    }
}
