namespace ClaimTagger.Matching;

/// <summary>
/// One token trie for every lexicon of a rule set: each entry is a path of word ids, and each node lists the
/// lexicons whose entries end there. A lexicon element at token <c>t</c> walks the trie from <c>t</c> once.
/// </summary>
/// <remarks>Filled while compiling, then only read.</remarks>
internal sealed class LexiconIndex
{
    private readonly Dictionary<long, int> _children = [];
    private readonly List<Terminal[]?> _terminals = [null];
    private readonly List<HashSet<int>> _firstWords = [];

    // The root's children by word id (-1 for none), and whether each node has children: most entries are one word,
    // so most look-ups end after one array read instead of two dictionary look-ups.
    private readonly List<int> _rootChild = [];
    private readonly List<bool> _hasChildren = [false];

    /// <summary>Gets the number of lexicons.</summary>
    public int LexiconCount => _firstWords.Count;

    /// <summary>Registers a lexicon and returns its index.</summary>
    /// <returns>The lexicon's index.</returns>
    public int AddLexicon()
    {
        _firstWords.Add([]);
        return _firstWords.Count - 1;
    }

    /// <summary>Adds one entry of a lexicon.</summary>
    /// <param name="lexicon">The lexicon's index.</param>
    /// <param name="entry">The entry: one word, or several separated by spaces.</param>
    /// <param name="table">The word table.</param>
    /// <param name="caseSensitive">Whether the entry must match with the same capitalisation.</param>
    public void AddEntry(int lexicon, string entry, WordTable table, bool caseSensitive)
    {
        // Most entries are one word: they are looked up as they are, with no array of words made for them.
        string[]? words = entry.Contains(' ', StringComparison.Ordinal) ? entry.Split(' ', StringSplitOptions.RemoveEmptyEntries) : null;
        if (entry.Length == 0 || words is { Length: 0 })
        {
            return;
        }

        int node = 0, firstId = -1;
        int count = words?.Length ?? 1;
        for (int w = 0; w < count; w++)
        {
            int id = table.Add(words is null ? entry : words[w]);
            if (node == 0)
            {
                // the root's children live only in the array by word id (ids from Add are never negative)
                firstId = id;
                while (_rootChild.Count <= id)
                {
                    _rootChild.Add(-1);
                }

                if (_rootChild[id] < 0)
                {
                    _rootChild[id] = NewNode(0);
                }

                node = _rootChild[id];
                continue;
            }

            long key = ((long)node << 32) | (uint)id;
            if (!_children.TryGetValue(key, out int child))
            {
                child = NewNode(node);
                _children.Add(key, child);
            }

            node = child;
        }

        var terminal = new Terminal(lexicon, caseSensitive ? words ?? [entry] : null);
        Terminal[]? terminals = _terminals[node];
        _terminals[node] = terminals is null ? [terminal] : [.. terminals, terminal];
        _firstWords[lexicon].Add(firstId);
    }

    /// <summary>Adds a node under <paramref name="parent"/> and returns it.</summary>
    private int NewNode(int parent)
    {
        _terminals.Add(null);
        _hasChildren.Add(false);
        _hasChildren[parent] = true;
        return _terminals.Count - 1;
    }

    /// <summary>Returns the ids of the first words of a lexicon's entries (for the prefilter).</summary>
    /// <param name="lexicon">The lexicon's index.</param>
    /// <returns>The word ids.</returns>
    public IReadOnlySet<int> FirstWords(int lexicon) => _firstWords[lexicon];

    /// <summary>Adds to <paramref name="lengths"/> the token lengths of the entries of <paramref name="lexicons"/> that start at <paramref name="token"/>.</summary>
    /// <param name="context">The article being matched.</param>
    /// <param name="token">The first token.</param>
    /// <param name="end">One past the last token that may be used.</param>
    /// <param name="lexicons">A mask over lexicon indexes.</param>
    /// <param name="lengths">Receives the lengths, shortest first, without duplicates.</param>
    public void Lengths(MatchContext context, int token, int end, bool[] lexicons, List<int> lengths)
    {
        int node = 0;
        for (int t = token; t < end; t++)
        {
            int id = context.WordIds[t];
            if (id < 0)
            {
                return;
            }

            if (node == 0)
            {
                node = id < _rootChild.Count ? _rootChild[id] : -1;
                if (node < 0)
                {
                    return;
                }
            }
            else if (!_hasChildren[node] || !_children.TryGetValue(((long)node << 32) | (uint)id, out node))
            {
                return;
            }

            Terminal[]? terminals = _terminals[node];
            if (terminals is null)
            {
                continue;
            }

            foreach (Terminal terminal in terminals)
            {
                if (lexicons[terminal.Lexicon] && (terminal.ExactWords is null || ExactMatch(context, token, terminal.ExactWords)))
                {
                    lengths.Add(t - token + 1);
                    break;
                }
            }
        }
    }

    private static bool ExactMatch(MatchContext context, int token, string[] words)
    {
        for (int i = 0; i < words.Length; i++)
        {
            if (!WordComparer.EqualsCaseSensitive(context.TextOf(token + i), words[i]))
            {
                return false;
            }
        }

        return true;
    }

    private readonly record struct Terminal(int Lexicon, string[]? ExactWords);
}
