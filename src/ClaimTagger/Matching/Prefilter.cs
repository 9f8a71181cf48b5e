namespace ClaimTagger.Matching;

/// <summary>
/// Picks, for a window, the rules whose required words occur in it, plus the rules that have none (they always run).
/// A rule is skipped only when none of its required words occurs, so nothing it could match is lost.
/// </summary>
/// <remarks>Immutable; the caller owns the stamp buffer.</remarks>
internal sealed class Prefilter
{
    private readonly int[][] _byWord;
    private readonly int[] _always;

    /// <summary>Initializes a new instance of the <see cref="Prefilter"/> class.</summary>
    /// <param name="rules">The rules, by index in the engine.</param>
    /// <param name="members">The indexes of the rules this prefilter serves.</param>
    /// <param name="wordCount">The size of the word table.</param>
    public Prefilter(IReadOnlyList<CompiledRule> rules, IEnumerable<int> members, int wordCount)
    {
        var byWord = new List<int>?[wordCount];
        var always = new List<int>();
        foreach (int r in members)
        {
            int[]? words = rules[r].RequiredWords;
            if (words is null)
            {
                always.Add(r);
                continue;
            }

            foreach (int w in words)
            {
                (byWord[w] ??= []).Add(r);
            }
        }

        _byWord = byWord.Select(l => l?.ToArray() ?? []).ToArray();
        _always = [.. always];
        Members = [.. members];
    }

    /// <summary>Gets every rule this prefilter serves, in order.</summary>
    public int[] Members { get; }

    /// <summary>Fills <paramref name="into"/> with the candidate rules for tokens <c>[ws, we)</c>, in rule order.</summary>
    /// <param name="c">The article.</param>
    /// <param name="ws">The window's first token.</param>
    /// <param name="we">One past its last token.</param>
    /// <param name="stamp">A per-call buffer, one entry per rule of the engine.</param>
    /// <param name="generation">A per-call counter, increased for each window.</param>
    /// <param name="into">Receives the rule indexes.</param>
    public void Candidates(MatchContext c, int ws, int we, int[] stamp, ref int generation, List<int> into)
    {
        into.Clear();
        int gen = ++generation;
        for (int t = ws; t < we; t++)
        {
            int w = c.WordIds[t];
            if (w < 0)
            {
                continue;
            }

            foreach (int r in _byWord[w])
            {
                if (stamp[r] != gen)
                {
                    stamp[r] = gen;
                    into.Add(r);
                }
            }
        }

        into.AddRange(_always);
        into.Sort();
    }
}
