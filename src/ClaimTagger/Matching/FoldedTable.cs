namespace ClaimTagger.Matching;

/// <summary>
/// An open hash table from words to dense ids, compared the way <see cref="WordComparer"/> does (case-folded,
/// typographic apostrophes as ASCII). Look-ups take a span and do not allocate; it is written while rules
/// compile and only read afterwards (safe for concurrent reads).
/// </summary>
internal sealed class FoldedTable
{
    private readonly List<string> _words = [];
    private int[] _buckets = new int[64];
    private int[] _next = new int[64];
    private int[] _hashes = new int[64];
    private int _maxLength;

    /// <summary>Gets the number of words.</summary>
    public int Count => _words.Count;

    /// <summary>Returns the folded word with id <paramref name="id"/>.</summary>
    /// <param name="id">An id.</param>
    /// <returns>The word.</returns>
    public string this[int id] => _words[id];

    /// <summary>Returns the id of <paramref name="word"/>, adding it when new.</summary>
    /// <param name="word">A word.</param>
    /// <returns>Its id.</returns>
    public int Add(ReadOnlySpan<char> word) => Add(word, null);

    /// <summary>Returns the id of <paramref name="word"/>, adding it when new (and keeping the string itself when it is
    /// already folded, as most rule and lexicon words are).</summary>
    /// <param name="word">A word.</param>
    /// <returns>Its id.</returns>
    public int Add(string word) => Add(word, word);

    private int Add(ReadOnlySpan<char> word, string? original)
    {
        int hash = Hash(word);
        int found = Find(word, hash);
        if (found >= 0)
        {
            return found;
        }

        int id = _words.Count;
        if (id == _next.Length)
        {
            Array.Resize(ref _next, id * 2);
            Array.Resize(ref _hashes, id * 2);
        }

        _words.Add(original is not null && IsFolded(original) ? original : WordComparer.FoldString(word));
        _hashes[id] = hash;
        _maxLength = Math.Max(_maxLength, word.Length);
        if (_words.Count * 2 > _buckets.Length)
        {
            Rehash(_buckets.Length * 2);
        }
        else
        {
            Link(id, hash);
        }

        return id;
    }

    /// <summary>Returns the id of <paramref name="word"/>, or -1 when absent.</summary>
    /// <param name="word">A token's characters.</param>
    /// <returns>The id, or -1.</returns>
    public int Find(ReadOnlySpan<char> word) => word.Length > _maxLength || _words.Count == 0 ? -1 : Find(word, Hash(word));

    private int Find(ReadOnlySpan<char> word, int hash)
    {
        for (int i = _buckets[hash & (_buckets.Length - 1)] - 1; i >= 0; i = _next[i] - 1)
        {
            if (_hashes[i] == hash && FoldedEquals(word, _words[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsFolded(string word)
    {
        foreach (char c in word)
        {
            if (WordComparer.Fold(c) != c)
            {
                return false;
            }
        }

        return true;
    }

    private static bool FoldedEquals(ReadOnlySpan<char> word, string folded)
    {
        if (word.Length != folded.Length)
        {
            return false;
        }

        for (int i = 0; i < word.Length; i++)
        {
            if (WordComparer.Fold(word[i]) != folded[i])
            {
                return false;
            }
        }

        return true;
    }

    private static int Hash(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (char c in word)
        {
            hash = (hash ^ WordComparer.Fold(c)) * 16777619;
        }

        return (int)(hash ^ (hash >> 15));
    }

    private void Rehash(int size)
    {
        _buckets = new int[size];
        for (int i = 0; i < _words.Count; i++)
        {
            Link(i, _hashes[i]);
        }
    }

    private void Link(int id, int hash)
    {
        int b = hash & (_buckets.Length - 1);
        _next[id] = _buckets[b];
        _buckets[b] = id + 1;
    }
}
