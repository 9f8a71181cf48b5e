namespace ClaimTagger.Matching;

/// <summary>
/// Gives every word a rule set mentions (literals and lexicon words) a small integer id, compared with
/// <see cref="WordComparer"/>. Each token is looked up once; tests, lexicons and the prefilter then compare ints.
/// </summary>
/// <remarks>Filled while compiling, then only read (thread-safe for concurrent reads).</remarks>
internal sealed class WordTable
{
    private readonly FoldedTable _table = new();

    /// <summary>Gets the number of words.</summary>
    public int Count => _table.Count;

    /// <summary>Returns the folded word with id <paramref name="id"/>.</summary>
    /// <param name="id">An id.</param>
    /// <returns>The word.</returns>
    public string this[int id] => _table[id];

    /// <summary>Returns the id of <paramref name="word"/>, adding it when new.</summary>
    /// <param name="word">A word.</param>
    /// <returns>Its id.</returns>
    public int Add(string word) => _table.Add(word);

    /// <summary>Returns the id of <paramref name="word"/>, or -1 when no rule mentions it.</summary>
    /// <param name="word">A token's characters.</param>
    /// <returns>The id, or -1.</returns>
    public int Find(ReadOnlySpan<char> word) => _table.Find(word);
}
