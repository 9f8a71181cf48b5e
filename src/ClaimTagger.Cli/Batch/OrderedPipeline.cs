using System.Collections.Concurrent;

namespace ClaimTagger.Cli.Batch;

/// <summary>
/// Runs <c>read → transform in parallel → write in input order</c>: one thread enumerates the source, worker threads
/// transform items, and the calling thread writes results strictly in input order. An <see cref="InFlightBudget"/>
/// bounds how many items (and how much text) are read but not yet written, so memory stays bounded however large the
/// input and however uneven the work: a slow item holds back at most one window of finished ones.
/// </summary>
internal static class OrderedPipeline
{
    /// <summary>Runs the pipeline to the end of <paramref name="source"/>.</summary>
    /// <typeparam name="TIn">The items read.</typeparam>
    /// <typeparam name="TOut">The results of the transform.</typeparam>
    /// <param name="source">The items, enumerated once on a reader thread (lazily, so it may stream).</param>
    /// <param name="transform">The work done per item, on worker threads; must be thread-safe.</param>
    /// <param name="write">Called on the calling thread for each item and its result, in input order.</param>
    /// <param name="workers">The number of worker threads; 1 runs everything on the calling thread.</param>
    /// <param name="budget">The bound on items read but not yet written.</param>
    /// <param name="weight">The weight of an item against <paramref name="budget"/>.</param>
    /// <remarks>
    /// An exception thrown by <paramref name="source"/> or <paramref name="transform"/> is rethrown on the calling
    /// thread when the writer reaches that item (so everything before it is written); one thrown by
    /// <paramref name="write"/> stops the pipeline at once. Either way the reader and workers are stopped and joined
    /// before this method returns.
    /// </remarks>
    public static void Run<TIn, TOut>(
        IEnumerable<TIn> source,
        Func<TIn, TOut> transform,
        Action<TIn, TOut> write,
        int workers,
        InFlightBudget budget,
        Func<TIn, long> weight)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(transform);
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(weight);
        if (workers <= 1)
        {
            foreach (TIn item in source)
            {
                write(item, transform(item));
            }

            return;
        }

        using var cancellation = new CancellationTokenSource();
        CancellationToken token = cancellation.Token;
        using var work = new BlockingCollection<Slot<TIn, TOut>>(new ConcurrentQueue<Slot<TIn, TOut>>());
        using var order = new BlockingCollection<Slot<TIn, TOut>>(new ConcurrentQueue<Slot<TIn, TOut>>());

        var threads = new List<Thread>(workers + 1);
        var reader = new Thread(() => Read(source, work, order, budget, weight, token)) { IsBackground = true, Name = "claimtagger reader" };
        threads.Add(reader);
        for (int i = 0; i < workers; i++)
        {
            threads.Add(new Thread(() => Work(work, transform, token)) { IsBackground = true, Name = $"claimtagger worker {i + 1}" });
        }

        foreach (Thread thread in threads)
        {
            thread.Start();
        }

        try
        {
            foreach (Slot<TIn, TOut> slot in order.GetConsumingEnumerable(token))
            {
                slot.Wait(token);
                if (slot.Error is { } error)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
                }

                write(slot.Item!, slot.Result!);
                budget.Release(slot.Weight);
            }
        }
        finally
        {
            cancellation.Cancel();
            foreach (Thread thread in threads)
            {
                thread.Join();
            }
        }
    }

    private static void Read<TIn, TOut>(
        IEnumerable<TIn> source,
        BlockingCollection<Slot<TIn, TOut>> work,
        BlockingCollection<Slot<TIn, TOut>> order,
        InFlightBudget budget,
        Func<TIn, long> weight,
        CancellationToken token)
    {
        try
        {
            foreach (TIn item in source)
            {
                long w = weight(item);
                budget.Acquire(w, token);
                var slot = new Slot<TIn, TOut>(item, w);
                order.Add(slot, token);
                work.Add(slot, token);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The writer stopped the run.
        }
        catch (Exception ex)
        {
            // Hand the failure to the writer in order, after everything read before it.
            var failed = new Slot<TIn, TOut>(default, 0);
            failed.Fail(ex);
            order.Add(failed, CancellationToken.None);
        }
        finally
        {
            work.CompleteAdding();
            order.CompleteAdding();
        }
    }

    private static void Work<TIn, TOut>(BlockingCollection<Slot<TIn, TOut>> work, Func<TIn, TOut> transform, CancellationToken token)
    {
        try
        {
            foreach (Slot<TIn, TOut> slot in work.GetConsumingEnumerable(token))
            {
                try
                {
                    slot.Complete(transform(slot.Item!));
                }
                catch (Exception ex)
                {
                    slot.Fail(ex);
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The writer stopped the run.
        }
    }

    /// <summary>One item on its way through: read, then transformed by a worker, then written.</summary>
    private sealed class Slot<TIn, TOut>(TIn? item, long weight)
    {
        private readonly ManualResetEventSlim _done = new();

        public TIn? Item { get; } = item;

        public long Weight { get; } = weight;

        public TOut? Result { get; private set; }

        public Exception? Error { get; private set; }

        public void Complete(TOut result)
        {
            Result = result;
            _done.Set();
        }

        public void Fail(Exception error)
        {
            Error = error;
            _done.Set();
        }

        public void Wait(CancellationToken token)
        {
            _done.Wait(token);
            _done.Dispose();
        }
    }
}
