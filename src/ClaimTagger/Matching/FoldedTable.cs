namespace ClaimTagger.Matching;

/// <summary>
/// An open hash table from words to dense ids, compared the way <see cref="WordComparer"/> does (case-folded,
/// typographic apostrophes as ASCII). Look-ups take a span and do not allocate; it is written while rules
/// compile and only read afterwards (safe for concurrent reads).
/// </summary>
/// <remarks>
/// Every token of every article is looked up once, so the look-up is laid out for the cache: one array of slots
/// (linear probing, at most half full) holds each word's hash, id and where its folded characters start in one
/// shared character array. A token that is no word of the rules costs one slot read, usually; a word of theirs, a slot
/// and its characters. With a large rule set, chained buckets and a string object per word cost several cache misses
/// per token instead.
/// </remarks>
internal sealed class FoldedTable
{
    private readonly List<string> _words = [];
    private Slot[] _slots = new Slot[64];
    private char[] _chars = new char[256];
    private int _charCount;
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

    /// <summary>Returns the id of <paramref name="word"/>, or -1 when absent.</summary>
    /// <param name="word">A token's characters.</param>
    /// <returns>The id, or -1.</returns>
    public int Find(ReadOnlySpan<char> word) => word.Length > _maxLength || _words.Count == 0 ? -1 : Find(word, Hash(word));

    private int Add(ReadOnlySpan<char> word, string? original)
    {
        int hash = Hash(word);
        int found = Find(word, hash);
        if (found >= 0)
        {
            return found;
        }

        int id = _words.Count;
        string folded = original is not null && IsFolded(original) ? original : WordComparer.FoldString(word);
        _words.Add(folded);
        if (_charCount + folded.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + folded.Length));
        }

        folded.CopyTo(_chars.AsSpan(_charCount));
        _maxLength = Math.Max(_maxLength, folded.Length);
        if (_words.Count * 2 > _slots.Length)
        {
            var old = _slots;
            _slots = new Slot[old.Length * 2];
            foreach (Slot s in old)
            {
                if (s.Id > 0)
                {
                    Place(s);
                }
            }
        }

        Place(new Slot(hash, id + 1, _charCount, folded.Length));
        _charCount += folded.Length;
        return id;
    }

    private int Find(ReadOnlySpan<char> word, int hash)
    {
        Slot[] slots = _slots;
        int mask = slots.Length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            ref readonly Slot s = ref slots[i];
            if (s.Id == 0)
            {
                return -1;
            }

            if (s.Hash == hash && s.Length == word.Length && FoldedEquals(word, _chars.AsSpan(s.Start, s.Length)))
            {
                return s.Id - 1;
            }
        }
    }

    private void Place(Slot slot)
    {
        int mask = _slots.Length - 1;
        int i = slot.Hash & mask;
        while (_slots[i].Id != 0)
        {
            i = (i + 1) & mask;
        }

        _slots[i] = slot;
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

    private static bool FoldedEquals(ReadOnlySpan<char> word, ReadOnlySpan<char> folded)
    {
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

    /// <summary>A word's place in the table: its hash, its id plus one (0 marks an empty slot), and its characters.</summary>
    private readonly record struct Slot(int Hash, int Id, int Start, int Length);
}
