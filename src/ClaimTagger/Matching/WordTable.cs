namespace ClaimTagger.Matching;

/// <summary>
/// Gives every word a rule set mentions (literals and lexicon words) a small integer id, compared with
/// <see cref="WordComparer"/>. Each token is looked up once; tests, lexicons and the prefilter then compare ints.
/// </summary>
/// <remarks>Filled while compiling, then only read (thread-safe for concurrent reads).</remarks>
internal sealed class WordTable
{
    private readonly FoldedTable _table = new();
    private bool _frozen;

    /// <summary>Gets the number of words.</summary>
    public int Count => _table.Count;

    /// <summary>Returns the folded word with id <paramref name="id"/>.</summary>
    /// <param name="id">An id.</param>
    /// <returns>The word.</returns>
    public string this[int id] => _table[id];

    /// <summary>Returns the id of <paramref name="word"/>, adding it when new.</summary>
    /// <param name="word">A word.</param>
    /// <returns>Its id.</returns>
    /// <exception cref="InvalidOperationException">The word is new and the table was frozen.</exception>
    public int Add(string word)
    {
        if (!_frozen)
        {
            return _table.Add(word);
        }

        int id = _table.Find(word);
        return id >= 0 ? id : throw new InvalidOperationException($"The word table is complete; '{word}' was not collected before compiling.");
    }

    /// <summary>Marks the table complete: from now on <see cref="Add"/> only finds words.</summary>
    public void Freeze() => _frozen = true;

    /// <summary>Returns the id of <paramref name="word"/>, or -1 when no rule mentions it.</summary>
    /// <param name="word">A token's characters.</param>
    /// <returns>The id, or -1.</returns>
    public int Find(ReadOnlySpan<char> word) => _table.Find(word);
}
