namespace ClaimTagger.Matching;

/// <summary>A fixed set of words compared with <see cref="WordComparer"/>, searchable by span without allocating.</summary>
internal sealed class WordSet
{
    private readonly FoldedTable _table = new();

    public WordSet(IEnumerable<string> words)
    {
        foreach (string w in words)
        {
            _table.Add(w);
        }
    }

    /// <summary>Returns whether the set holds <paramref name="word"/>.</summary>
    /// <param name="word">A word.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Contains(ReadOnlySpan<char> word) => _table.Find(word) >= 0;

    /// <summary>Returns the word's index in the set, or -1.</summary>
    /// <param name="word">A word.</param>
    /// <returns>The index, or -1.</returns>
    public int IndexOf(ReadOnlySpan<char> word) => _table.Find(word);

    /// <summary>Adds a word (only while building).</summary>
    /// <param name="word">The word.</param>
    /// <returns>Its index.</returns>
    public int Add(string word) => _table.Add(word);
}
