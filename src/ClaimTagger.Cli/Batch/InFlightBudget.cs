namespace ClaimTagger.Cli.Batch;

/// <summary>
/// Bounds the work in flight between reading and writing: at most <see cref="MaxCount"/> items and, unless a single
/// item is larger on its own, at most <see cref="MaxWeight"/> units of weight (characters of article text). The reader
/// acquires before handing an item on; the writer releases once the item is written.
/// </summary>
/// <remarks>Thread safety: all members are thread-safe.</remarks>
internal sealed class InFlightBudget
{
    private readonly object _lock = new();
    private int _count;
    private long _weight;

    public InFlightBudget(int maxCount, long maxWeight)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWeight, 1);
        MaxCount = maxCount;
        MaxWeight = maxWeight;
    }

    /// <summary>Gets the most items in flight at once.</summary>
    public int MaxCount { get; }

    /// <summary>Gets the most weight in flight at once (a heavier single item is still let through alone).</summary>
    public long MaxWeight { get; }

    /// <summary>Gets the number of items in flight now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _count;
            }
        }
    }

    /// <summary>Waits until an item of <paramref name="weight"/> fits, then takes its share.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while waiting.</exception>
    public void Acquire(long weight, CancellationToken cancellationToken)
    {
        using CancellationTokenRegistration registration = cancellationToken.Register(WakeAll);
        lock (_lock)
        {
            while (_count >= MaxCount || (_count > 0 && _weight + weight > MaxWeight))
            {
                cancellationToken.ThrowIfCancellationRequested();
                Monitor.Wait(_lock);
            }

            cancellationToken.ThrowIfCancellationRequested();
            _count++;
            _weight += weight;
        }
    }

    /// <summary>Gives back the share of an item of <paramref name="weight"/>.</summary>
    public void Release(long weight)
    {
        lock (_lock)
        {
            _count--;
            _weight -= weight;
            Monitor.PulseAll(_lock);
        }
    }

    private void WakeAll()
    {
        lock (_lock)
        {
            Monitor.PulseAll(_lock);
        }
    }
}
