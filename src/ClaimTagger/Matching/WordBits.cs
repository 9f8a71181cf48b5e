namespace ClaimTagger.Matching;

/// <summary>
/// A set of word ids as a bit set indexed by id, with a one-word summary (the OR of all its words) that is kept in
/// the owning object: a token whose id's bit is clear in the summary is answered without reading the bit set.
/// </summary>
/// <remarks>
/// With many rules, each rule's bit sets are seldom in the cache, and a window's tokens land on scattered words of
/// them; the summary rejects most tokens of a small set (a rule's few words) from the line the owner is already on.
/// </remarks>
internal readonly struct WordBits
{
    private readonly ulong[] _bits;
    private readonly ulong _summary;

    /// <summary>Initializes a new instance of the <see cref="WordBits"/> struct.</summary>
    /// <param name="bits">The bit set; shared, never changed.</param>
    public WordBits(ulong[] bits)
    {
        _bits = bits;
        foreach (ulong w in bits)
        {
            _summary |= w;
        }
    }

    /// <summary>Gets the bit set.</summary>
    public ulong[] Bits => _bits;

    /// <summary>Turns word ids into a bit set indexed by id (negative ids are left out).</summary>
    /// <param name="ids">The ids (read twice).</param>
    /// <returns>The bit set, as long as the largest id needs.</returns>
    public static ulong[] ToBits(IReadOnlyCollection<int> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        int max = -1;
        foreach (int id in ids)
        {
            max = Math.Max(max, id);
        }

        var bits = new ulong[(max >> 6) + 1];
        foreach (int id in ids)
        {
            if (id >= 0)
            {
                bits[id >> 6] |= 1UL << (id & 63);
            }
        }

        return bits;
    }

    /// <summary>Returns whether the set holds word id <paramref name="id"/> (-1, a word in no rule, is never held).</summary>
    /// <param name="id">A word id, or -1.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Holds(int id)
    {
        ulong bit = 1UL << (id & 63);
        if ((_summary & bit) == 0)
        {
            return false;
        }

        uint word = (uint)id >> 6;
        return word < (uint)_bits.Length && (_bits[word] & bit) != 0;
    }
}
