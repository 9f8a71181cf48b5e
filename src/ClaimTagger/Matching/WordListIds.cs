namespace ClaimTagger.Matching;

/// <summary>
/// The word ids of the word lists rules give (<c>text:</c>, <c>lower:</c>), distinct and ascending, worked out once per
/// list of the same words. Rules repeat their lists, through YAML aliases and by copying (the default pack names about
/// 250 different lists in 1,700 places), and each list's words would otherwise be hashed, found and sorted every time.
/// </summary>
/// <remarks>Not thread-safe: used while compiling, and by automata built on first use, which hold their compiler's
/// lock. A list seen for the first time adds its new words to the table in the list's order, so ids come out as they
/// would without the memo; once the table is frozen, every list's words are already in it.</remarks>
internal sealed class WordListIds(WordTable words)
{
    private readonly Dictionary<List<string>, int[]> _ids = new(SameWords.Instance);

    /// <summary>Returns the distinct ids of <paramref name="list"/>'s words, ascending, adding the words the table lacks.</summary>
    /// <param name="list">A rule's word list.</param>
    /// <returns>The ids; shared between equal lists, so never to be changed.</returns>
    public int[] Of(List<string> list)
    {
        if (!_ids.TryGetValue(list, out int[]? ids))
        {
            ids = Sorted(list);
            _ids.Add(list, ids);
        }

        return ids;
    }

    private int[] Sorted(List<string> list)
    {
        int[] ids = new int[list.Count];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = words.Add(list[i]);
        }

        Array.Sort(ids);
        int n = 0;
        for (int i = 0; i < ids.Length; i++)
        {
            if (n == 0 || ids[i] != ids[n - 1])
            {
                ids[n++] = ids[i];
            }
        }

        return n == ids.Length ? ids : ids[..n];
    }

    /// <summary>Lists are equal when they hold the same strings in the same order.</summary>
    private sealed class SameWords : IEqualityComparer<List<string>>
    {
        public static readonly SameWords Instance = new();

        public bool Equals(List<string>? x, List<string>? y)
        {
            if (ReferenceEquals(x, y))
            {
                return true;
            }

            if (x is null || y is null || x.Count != y.Count)
            {
                return false;
            }

            for (int i = 0; i < x.Count; i++)
            {
                if (!string.Equals(x[i], y[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(List<string> list)
        {
            var hash = default(HashCode);
            hash.Add(list.Count);
            foreach (string word in list)
            {
                hash.Add(word, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }
    }
}
