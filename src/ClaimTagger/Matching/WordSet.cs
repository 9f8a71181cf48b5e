using System.Collections.Frozen;

namespace ClaimTagger.Matching;

/// <summary>A frozen set of words compared with <see cref="WordComparer"/>, searchable by span.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string> _set;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words)
    {
        _set = words.ToFrozenSet(WordComparer.Instance);
        _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Returns whether the set holds <paramref name="word"/>.</summary>
    /// <param name="word">A word.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <summary>Gets the words.</summary>
    public IReadOnlyCollection<string> Words => _set;
}
