namespace ClaimTagger.Matching;

/// <summary>
/// Lists of integers by key, kept in two flat arrays: the items of key <c>k</c> are <c>items[start[k]..start[k + 1]]</c>,
/// in the order they were given. Built once, by counting; read as spans (the prefilter's rules and word groups by
/// word, an automaton's predecessors by state).
/// </summary>
/// <remarks>Immutable once built.</remarks>
internal readonly struct FlatLists
{
    private readonly int[] _start;
    private readonly int[] _items;

    /// <summary>Initializes a new instance of the <see cref="FlatLists"/> struct.</summary>
    /// <param name="pairs">The items with their keys, each key in <c>[0, keyCount)</c>.</param>
    /// <param name="keyCount">The number of keys.</param>
    public FlatLists(ReadOnlySpan<(int Key, int Item)> pairs, int keyCount)
    {
        _start = new int[keyCount + 1];
        foreach ((int key, _) in pairs)
        {
            _start[key + 1]++;
        }

        for (int k = 0; k < keyCount; k++)
        {
            _start[k + 1] += _start[k];
        }

        _items = new int[pairs.Length];
        int[] fill = _start[..keyCount];
        foreach ((int key, int item) in pairs)
        {
            _items[fill[key]++] = item;
        }
    }

    /// <summary>Returns the items of <paramref name="key"/>.</summary>
    /// <param name="key">A key.</param>
    /// <returns>The items, in the order given.</returns>
    public ReadOnlySpan<int> Of(int key) => _items.AsSpan(_start[key], _start[key + 1] - _start[key]);
}
