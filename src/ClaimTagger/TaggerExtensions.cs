using System.Runtime.CompilerServices;

namespace ClaimTagger;

/// <summary>
/// Overloads of <see cref="ITagger.Tag(string)"/> for other kinds of input, and batch tagging (in order, optionally
/// in parallel, with cancellation). They work with any <see cref="ITagger"/>, including one resolved from dependency
/// injection.
/// </summary>
/// <remarks>Thread safety: every member is thread-safe when the tagger is, which the built-in taggers are.</remarks>
public static class TaggerExtensions
{
    /// <summary>The most characters <see cref="Tag(ITagger, TextReader)"/> reads: 256 MiB of UTF-16 text (128 Mi characters).</summary>
    /// <remarks>An article is tagged as a whole (offsets point into it), so the reader is read to its end into memory.</remarks>
    public const int MaxReaderLength = 128 * 1024 * 1024;

    /// <summary>Tags an article held in a block of memory (a slice of a larger buffer, for instance).</summary>
    /// <param name="tagger">The tagger.</param>
    /// <param name="text">The article. It is copied once into a string: every offset of the result points into
    /// <see cref="TaggedArticle.Text"/>, that is from the start of <paramref name="text"/>.</param>
    /// <returns>The article's sentences and tags.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tagger"/> is <see langword="null"/>.</exception>
    public static TaggedArticle Tag(this ITagger tagger, ReadOnlyMemory<char> text)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        return tagger.Tag(text.ToString());
    }

    /// <summary>Reads an article from <paramref name="reader"/> to its end and tags it.</summary>
    /// <param name="tagger">The tagger.</param>
    /// <param name="reader">The article's text. It is read to the end but not disposed.</param>
    /// <returns>The article's sentences and tags; offsets count from the first character read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tagger"/> or <paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDataException">The reader holds more than <see cref="MaxReaderLength"/> characters.</exception>
    /// <exception cref="IOException">The reader failed.</exception>
    /// <remarks>Whatever the text holds, it is tagged; only its size and the reader's own errors can make this throw.</remarks>
    public static TaggedArticle Tag(this ITagger tagger, TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(reader);
        return tagger.Tag(ReadToEnd(reader));
    }

    /// <summary>Tags articles one after another, lazily, in input order.</summary>
    /// <param name="tagger">The tagger.</param>
    /// <param name="texts">The articles. The sequence is read as the results are enumerated.</param>
    /// <param name="cancellationToken">Checked before each article.</param>
    /// <returns>One result per article, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tagger"/> or <paramref name="texts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">(While enumerating) an article is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">(While enumerating) <paramref name="cancellationToken"/> was cancelled.</exception>
    public static IEnumerable<TaggedArticle> TagMany(this ITagger tagger, IEnumerable<string> texts, CancellationToken cancellationToken) =>
        TagMany(tagger, texts, 1, cancellationToken);

    /// <summary>Tags articles one after another, lazily, in input order.</summary>
    /// <param name="tagger">The tagger.</param>
    /// <param name="texts">The articles. The sequence is read as the results are enumerated.</param>
    /// <returns>One result per article, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tagger"/> or <paramref name="texts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">(While enumerating) an article is <see langword="null"/>.</exception>
    public static IEnumerable<TaggedArticle> TagMany(this ITagger tagger, IEnumerable<string> texts) =>
        TagMany(tagger, texts, 1, CancellationToken.None);

    /// <summary>Tags articles on up to <paramref name="maxDegreeOfParallelism"/> threads, lazily, returning the results in input order.</summary>
    /// <param name="tagger">The tagger.</param>
    /// <param name="texts">The articles. The sequence is read on the enumerating thread, a few articles ahead of the results.</param>
    /// <param name="maxDegreeOfParallelism">How many articles are tagged at once; 1 tags them on the enumerating thread.</param>
    /// <param name="cancellationToken">Checked before each article is started and while waiting for one.</param>
    /// <returns>One result per article, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tagger"/> or <paramref name="texts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
    /// <exception cref="ArgumentException">(While enumerating) an article is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">(While enumerating) <paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>At most <paramref name="maxDegreeOfParallelism"/> results are held ahead of the one being returned.
    /// Stopping the enumeration early waits for the articles already started, then stops.</remarks>
    public static IEnumerable<TaggedArticle> TagMany(this ITagger tagger, IEnumerable<string> texts, int maxDegreeOfParallelism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        return maxDegreeOfParallelism == 1 ? Sequential(tagger, texts, cancellationToken) : Parallel(tagger, texts, maxDegreeOfParallelism, cancellationToken);
    }

    /// <summary>Tags a stream of articles one at a time on the thread pool, returning the results in input order.</summary>
    /// <param name="tagger">The tagger.</param>
    /// <param name="texts">The articles, read as the results are consumed.</param>
    /// <returns>One result per article, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tagger"/> or <paramref name="texts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">(While enumerating) an article is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">(While enumerating) the enumeration was cancelled.</exception>
    /// <remarks>Cancel with <c>WithCancellation</c> on the result.</remarks>
    public static IAsyncEnumerable<TaggedArticle> TagManyAsync(this ITagger tagger, IAsyncEnumerable<string> texts) =>
        TagManyAsync(tagger, texts, 1);

    /// <summary>Tags a stream of articles on up to <paramref name="maxDegreeOfParallelism"/> threads, returning the results in input order.</summary>
    /// <param name="tagger">The tagger.</param>
    /// <param name="texts">The articles, read as the results are consumed.</param>
    /// <param name="maxDegreeOfParallelism">How many articles are tagged at once (each on the thread pool).</param>
    /// <param name="cancellationToken">Checked before each article is started and while waiting for one; also passed to
    /// <paramref name="texts"/>. The token given to <c>WithCancellation</c> is honoured as well.</param>
    /// <returns>One result per article, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tagger"/> or <paramref name="texts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
    /// <exception cref="ArgumentException">(While enumerating) an article is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">(While enumerating) the enumeration was cancelled.</exception>
    public static IAsyncEnumerable<TaggedArticle> TagManyAsync(this ITagger tagger, IAsyncEnumerable<string> texts, int maxDegreeOfParallelism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        return TagManyCore(tagger, texts, maxDegreeOfParallelism, cancellationToken);
    }

    private static string ReadToEnd(TextReader reader)
    {
        var buffer = new System.Text.StringBuilder();
        char[] chunk = new char[16 * 1024];
        int read;
        while ((read = reader.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxReaderLength)
            {
                throw new InvalidDataException($"The article is longer than {MaxReaderLength} characters.");
            }

            buffer.Append(chunk, 0, read);
        }

        return buffer.ToString();
    }

    private static string NotNull(string? text, int index) =>
        text ?? throw new ArgumentException($"The article at index {index} is null.", "texts");

    private static IEnumerable<TaggedArticle> Sequential(ITagger tagger, IEnumerable<string> texts, CancellationToken cancellationToken)
    {
        int index = 0;
        foreach (string? text in texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return tagger.Tag(NotNull(text, index++));
        }
    }

    private static IEnumerable<TaggedArticle> Parallel(ITagger tagger, IEnumerable<string> texts, int degree, CancellationToken cancellationToken)
    {
        var pending = new Queue<Task<TaggedArticle>>(degree);
        try
        {
            int index = 0;
            foreach (string? text in texts)
            {
                cancellationToken.ThrowIfCancellationRequested();
                string article = NotNull(text, index++);
                if (pending.Count == degree)
                {
                    yield return Await(pending.Dequeue(), cancellationToken);
                }

                pending.Enqueue(Task.Run(() => tagger.Tag(article), cancellationToken));
            }

            while (pending.Count > 0)
            {
                yield return Await(pending.Dequeue(), cancellationToken);
            }
        }
        finally
        {
            Drain(pending);
        }
    }

    private static TaggedArticle Await(Task<TaggedArticle> task, CancellationToken cancellationToken)
    {
        task.Wait(cancellationToken);
        return task.GetAwaiter().GetResult();
    }

    private static async IAsyncEnumerable<TaggedArticle> TagManyCore(ITagger tagger, IAsyncEnumerable<string> texts, int degree,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var pending = new Queue<Task<TaggedArticle>>(degree);
        try
        {
            int index = 0;
            await foreach (string? text in texts.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                string article = NotNull(text, index++);
                if (pending.Count == degree)
                {
                    yield return await pending.Dequeue().WaitAsync(cancellationToken).ConfigureAwait(false);
                }

                pending.Enqueue(Task.Run(() => tagger.Tag(article), cancellationToken));
            }

            while (pending.Count > 0)
            {
                yield return await pending.Dequeue().WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            Drain(pending);
        }
    }

    /// <summary>Waits for articles already started, so no tagging outlives an abandoned enumeration; their errors are dropped.</summary>
    private static void Drain(Queue<Task<TaggedArticle>> pending)
    {
        foreach (Task<TaggedArticle> task in pending)
        {
            try
            {
                task.Wait();
            }
            catch (AggregateException)
            {
                // The caller stopped; an error of an article nobody asked for any more is not reported.
            }
        }
    }
}
