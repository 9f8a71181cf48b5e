using System.Runtime.InteropServices;

namespace ClaimTagger.Matching;

/// <summary>
/// Picks, for a window, the rules whose required words occur in it, plus the rules that have none (they always run).
/// A rule is skipped only when none of its required words occurs, so nothing it could match is lost.
/// </summary>
/// <remarks>
/// Immutable; the caller owns the scratch buffers. <see cref="Candidates"/> is the test explain reports (one of
/// <see cref="CompiledRule.RequiredWords"/> occurs); <see cref="StrictCandidates"/> is the one tagging uses: every
/// one of a rule's <see cref="CompiledRule.WordGroups"/> must have a word in the window. Both are sound (a match passes
/// every word-bound element its groups come from); the strict one keeps fewer rules when a rule names several words.
/// </remarks>
internal sealed class Prefilter
{
    private readonly FlatLists _byWord;
    private readonly int[] _always;
    private readonly FlatLists _groupsByWord;
    private readonly int[] _groupRule;
    private readonly int[] _groupsNeeded;
    private readonly int[] _strictAlways;

    /// <summary>Initializes a new instance of the <see cref="Prefilter"/> class.</summary>
    /// <param name="rules">The rules, by index in the engine.</param>
    /// <param name="members">The indexes of the rules this prefilter serves.</param>
    /// <param name="wordCount">The size of the word table.</param>
    public Prefilter(IReadOnlyList<CompiledRule> rules, IEnumerable<int> members, int wordCount)
    {
        var ruleWords = new List<(int Word, int Item)>();
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
                ruleWords.Add((w, r));
            }
        }

        _byWord = new FlatLists(CollectionsMarshal.AsSpan(ruleWords), wordCount);
        _always = [.. always];
        Members = [.. members];

        var groupWords = new List<(int Word, int Item)>();
        var groupRule = new List<int>();
        var strictAlways = new List<int>();
        _groupsNeeded = new int[rules.Count];
        foreach (int r in Members)
        {
            int[][]? groups = rules[r].WordGroups;
            if (groups is null)
            {
                strictAlways.Add(r);
                continue;
            }

            _groupsNeeded[r] = groups.Length;
            foreach (int[] group in groups)
            {
                int g = groupRule.Count;
                groupRule.Add(r);
                foreach (int w in group)
                {
                    groupWords.Add((w, g));
                }
            }
        }

        _groupsByWord = new FlatLists(CollectionsMarshal.AsSpan(groupWords), wordCount);
        _groupRule = [.. groupRule];
        _strictAlways = [.. strictAlways];
    }

    /// <summary>Gets the number of word groups over all rules served (the size of the group scratch buffer).</summary>
    public int GroupCount => _groupRule.Length;

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

            foreach (int r in _byWord.Of(w))
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

    /// <summary>Fills <paramref name="into"/> with the rules every word group of which has a word in tokens
    /// <c>[ws, we)</c>, plus the rules with no group, in rule order.</summary>
    /// <param name="c">The article.</param>
    /// <param name="ws">The window's first token.</param>
    /// <param name="we">One past its last token.</param>
    /// <param name="scratch">Per-call buffers sized for this prefilter's engine.</param>
    /// <param name="into">Receives the rule indexes.</param>
    public void StrictCandidates(MatchContext c, int ws, int we, PrefilterScratch scratch, List<int> into)
    {
        into.Clear();
        int gen = scratch.NextGeneration();
        int[] wordStamp = scratch.WordStamp, groupStamp = scratch.GroupStamp, ruleStamp = scratch.RuleStamp, met = scratch.Met;
        int[] wordIds = c.WordIds;
        for (int t = ws; t < we; t++)
        {
            int w = wordIds[t];
            if (w < 0 || wordStamp[w] == gen)
            {
                continue;
            }

            wordStamp[w] = gen;
            foreach (int g in _groupsByWord.Of(w))
            {
                if (groupStamp[g] == gen)
                {
                    continue;
                }

                groupStamp[g] = gen;
                int r = _groupRule[g];
                if (ruleStamp[r] != gen)
                {
                    ruleStamp[r] = gen;
                    met[r] = 0;
                }

                if (++met[r] == _groupsNeeded[r])
                {
                    into.Add(r);
                }
            }
        }

        if (into.Count == 0)
        {
            into.AddRange(_strictAlways);
        }
        else if (_strictAlways.Length == 0)
        {
            into.Sort();
        }
        else
        {
            into.AddRange(_strictAlways);
            into.Sort();
        }
    }
}
