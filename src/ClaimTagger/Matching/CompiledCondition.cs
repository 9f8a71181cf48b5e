namespace ClaimTagger.Matching;

/// <summary>
/// A compiled condition: produces matches in a window (a pattern, <c>any</c> or <c>all</c>), then removes those
/// its filters reject (<c>not</c>, <c>inside</c>, <c>not-inside</c>, <c>before</c>, <c>after</c>, <c>not-before</c>, <c>not-after</c>).
/// </summary>
/// <remarks>Immutable; all per-call state is in <see cref="EvalContext"/>.</remarks>
internal abstract class CompiledCondition
{
    public List<CompiledCondition> Not { get; } = [];

    public List<CompiledCondition> Inside { get; } = [];

    public List<CompiledCondition> NotInside { get; } = [];

    public List<NfaHandle> Before { get; } = [];

    public List<NfaHandle> After { get; } = [];

    public List<NfaHandle> NotBefore { get; } = [];

    public List<NfaHandle> NotAfter { get; } = [];

    /// <summary>Gets the condition's path in its rule ("pattern", "any[1].pattern"), for explain.</summary>
    public required string Path { get; init; }

    /// <summary>Adds the condition's matches in tokens <c>[ws, we)</c> to <paramref name="into"/>, in order and without overlap.</summary>
    /// <param name="e">The per-call state.</param>
    /// <param name="ws">The window's first token.</param>
    /// <param name="we">One past the window's last token.</param>
    /// <param name="into">Receives the matches.</param>
    public void Evaluate(EvalContext e, int ws, int we, List<RawMatch> into)
    {
        if (!HasFilters)
        {
            Primary(e, ws, we, into);
            return;
        }

        bool[]?[]? beforeEnds = null;
        try
        {
            if (!e.Explain && Before.Count > 0)
            {
                // A match must follow an end of every 'before' context: where one has no match at all, nothing can
                // pass, so the condition itself is not run. (Explain runs it, to show how far its patterns got.)
                beforeEnds = new bool[Before.Count][];
                for (int b = 0; b < Before.Count; b++)
                {
                    bool[] ends = e.RentEnds(we - ws + 1);
                    beforeEnds[b] = ends;
                    e.Simulator.Ends(Before[b].Value, e.Match, ws, we, ends);
                    if (Array.IndexOf(ends, true, 0, we - ws + 1) < 0)
                    {
                        return;
                    }
                }
            }

            int first = into.Count;
            Primary(e, ws, we, into);
            if (into.Count > first)
            {
                Filter(e, ws, we, into, first, beforeEnds);
            }
        }
        finally
        {
            if (beforeEnds is not null)
            {
                foreach (bool[]? ends in beforeEnds)
                {
                    e.ReturnEnds(ends);
                }
            }
        }
    }

    // The filter lists are filled while compiling, before any evaluation: whether there are any is worked out once
    // (0 unknown, 1 none, 2 some), instead of reading seven lists per evaluation.
    private int _hasFilters;

    protected bool HasFilters
    {
        get
        {
            if (_hasFilters == 0)
            {
                _hasFilters = Not.Count + Inside.Count + NotInside.Count + Before.Count + After.Count + NotBefore.Count + NotAfter.Count > 0 ? 2 : 1;
            }

            return _hasFilters == 2;
        }
    }

    /// <summary>Adds the unfiltered matches.</summary>
    /// <param name="e">The per-call state.</param>
    /// <param name="ws">The window's first token.</param>
    /// <param name="we">One past the window's last token.</param>
    /// <param name="into">Receives the matches.</param>
    protected abstract void Primary(EvalContext e, int ws, int we, List<RawMatch> into);

    /// <summary>Removes from <paramref name="matches"/>, from index <paramref name="first"/> on, the matches a filter
    /// rejects, in place (explain records each with its reason).</summary>
    private void Filter(EvalContext e, int ws, int we, List<RawMatch> matches, int first, bool[]?[]? beforeEnds)
    {
        if (!ByConditions(e, ws, we, matches, first, Not, static others => new NotOverlapping(others), "a 'not' condition overlaps it") ||
            !ByConditions(e, ws, we, matches, first, Inside, static others => new Enclosed(others, true), "no 'inside' match encloses it") ||
            !ByConditions(e, ws, we, matches, first, NotInside, static others => new Enclosed(others, false), "a 'not-inside' match encloses it"))
        {
            return;
        }

        for (int b = 0; b < Before.Count; b++)
        {
            bool[]? ends = beforeEnds?[b];
            bool rented = ends is null;
            if (rented)
            {
                ends = e.RentEnds(we - ws + 1);
                e.Simulator.Ends(Before[b].Value, e.Match, ws, we, ends);
            }

            Keep(e, matches, first, new EndsBefore(ends!, ws, true), "the 'before' context does not match before it");
            if (rented)
            {
                e.ReturnEnds(ends);
            }

            if (matches.Count == first && !e.Explain)
            {
                return;
            }
        }

        foreach (NfaHandle nfa in NotBefore)
        {
            bool[] ends = e.RentEnds(we - ws + 1);
            e.Simulator.Ends(nfa.Value, e.Match, ws, we, ends);
            Keep(e, matches, first, new EndsBefore(ends, ws, false), "the 'not-before' context matches before it");
            e.ReturnEnds(ends);
            if (matches.Count == first && !e.Explain)
            {
                return;
            }
        }

        foreach (NfaHandle nfa in After)
        {
            Keep(e, matches, first, new StartsAfter(e, nfa.Value, ws, we, true), "the 'after' context does not match after it");
            if (matches.Count == first && !e.Explain)
            {
                return;
            }
        }

        foreach (NfaHandle nfa in NotAfter)
        {
            Keep(e, matches, first, new StartsAfter(e, nfa.Value, ws, we, false), "the 'not-after' context matches after it");
        }
    }

    /// <summary>Filters <paramref name="matches"/> by the matches of each of <paramref name="conditions"/> in turn.</summary>
    /// <returns><see langword="false"/> when nothing is left to filter (the remaining filters need not run; explain
    /// runs them for their probes).</returns>
    private static bool ByConditions<T>(EvalContext e, int ws, int we, List<RawMatch> matches, int first, List<CompiledCondition> conditions,
        Func<List<RawMatch>, T> test, string reason)
        where T : struct, IMatchTest
    {
        foreach (CompiledCondition c in conditions)
        {
            List<RawMatch> others = e.RentList();
            c.Evaluate(e, ws, we, others);
            Keep(e, matches, first, test(others), reason);
            e.ReturnList(others);
            if (matches.Count == first && !e.Explain)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Keeps, in place and in order, the matches from index <paramref name="first"/> on that
    /// <paramref name="test"/> passes.</summary>
    private static void Keep<T>(EvalContext e, List<RawMatch> matches, int first, T test, string reason)
        where T : struct, IMatchTest
    {
        int kept = first;
        for (int i = first; i < matches.Count; i++)
        {
            RawMatch m = matches[i];
            if (test.Passes(m))
            {
                matches[kept++] = m;
            }
            else if (e.Explain)
            {
                e.Filtered.Add((m, reason));
            }
        }

        matches.RemoveRange(kept, matches.Count - kept);
    }

    /// <summary>A filter's test of one match (a struct, so that filtering allocates no closure).</summary>
    private interface IMatchTest
    {
        bool Passes(RawMatch m);
    }

    private readonly struct NotOverlapping(List<RawMatch> others) : IMatchTest
    {
        public bool Passes(RawMatch m)
        {
            foreach (RawMatch o in others)
            {
                if (o.Overlaps(m))
                {
                    return false;
                }
            }

            return true;
        }
    }

    private readonly struct Enclosed(List<RawMatch> others, bool wanted) : IMatchTest
    {
        public bool Passes(RawMatch m)
        {
            foreach (RawMatch o in others)
            {
                if (o.Contains(m))
                {
                    return wanted;
                }
            }

            return !wanted;
        }
    }

    private readonly struct EndsBefore(bool[] ends, int ws, bool wanted) : IMatchTest
    {
        public bool Passes(RawMatch m) => ends[m.Start - ws] == wanted;
    }

    private readonly struct StartsAfter(EvalContext e, Nfa nfa, int ws, int we, bool wanted) : IMatchTest
    {
        public bool Passes(RawMatch m) => e.Simulator.MatchesAt(nfa, e.Match, ws, we, m.End) == wanted;
    }
}

/// <summary>A token pattern.</summary>
internal sealed class PatternCondition(NfaHandle nfa) : CompiledCondition
{
    /// <summary>Gets the pattern's automaton (built on first use when the compiler deferred it).</summary>
    public Nfa Nfa => Handle.Value;

    /// <summary>Gets the handle of the pattern's automaton.</summary>
    public NfaHandle Handle { get; } = nfa;

    /// <summary>Gets whether the pattern is the whole condition (no filter), so that the engine may run its automaton
    /// straight away.</summary>
    public bool IsPlain => !HasFilters;

    protected override void Primary(EvalContext e, int ws, int we, List<RawMatch> into)
    {
        PatternProbe? probe = null;
        if (e.Explain)
        {
            probe = new PatternProbe(Path, Nfa);
            e.Probes.Add(probe);
        }

        Collect(e, Nfa, ws, we, into, probe);
    }

    /// <summary>Adds the matches of <paramref name="nfa"/> in tokens <c>[ws, we)</c>, with their roles, to <paramref name="into"/>.</summary>
    /// <param name="e">The per-call state.</param>
    /// <param name="nfa">The automaton.</param>
    /// <param name="ws">The window's first token.</param>
    /// <param name="we">One past the window's last token.</param>
    /// <param name="into">Receives the matches.</param>
    /// <param name="probe">When not <see langword="null"/>, receives how far the pattern got.</param>
    public static void Collect(EvalContext e, Nfa nfa, int ws, int we, List<RawMatch> into, PatternProbe? probe)
    {
        List<NfaMatch> found = e.NfaMatches;
        found.Clear();
        e.Simulator.Run(nfa, e.Match, ws, we, found, probe);
        if (found.Count == 0)
        {
            return;
        }

        CaptureInfo[] captures = nfa.Captures;
        Span<int> slots = captures.Length <= 16 ? stackalloc int[captures.Length * 2] : new int[captures.Length * 2];
        foreach (NfaMatch m in found)
        {
            e.Simulator.ReadCaptures(m, slots);
            int count = 0;
            for (int k = 0; k < captures.Length; k++)
            {
                if (slots[2 * k] >= 0 && slots[(2 * k) + 1] > slots[2 * k])
                {
                    count++;
                }
            }

            RoleCapture[] roles = count == 0 ? [] : new RoleCapture[count];
            count = 0;
            for (int k = 0; k < captures.Length; k++)
            {
                int s = slots[2 * k], end = slots[(2 * k) + 1];
                if (s >= 0 && end > s)
                {
                    roles[count++] = new RoleCapture(captures[k].Role, s, end, captures[k].QuoteContent);
                }
            }

            into.Add(new RawMatch(m.Start, m.End, roles));
        }
    }
}

/// <summary>The matches of any branch: leftmost first, then longest, then the earlier branch; without overlap.</summary>
internal sealed class AnyCondition(List<CompiledCondition> branches) : CompiledCondition
{
    public List<CompiledCondition> Branches { get; } = branches;

    protected override void Primary(EvalContext e, int ws, int we, List<RawMatch> into)
    {
        List<(RawMatch Match, int Branch)> all = e.RentBranchList();
        List<RawMatch> buffer = e.RentList();
        for (int b = 0; b < Branches.Count; b++)
        {
            buffer.Clear();
            Branches[b].Evaluate(e, ws, we, buffer);
            foreach (RawMatch m in buffer)
            {
                all.Add((m, b));
            }
        }

        e.ReturnList(buffer);
        all.Sort(static (x, y) => x.Match.Start != y.Match.Start ? x.Match.Start.CompareTo(y.Match.Start)
            : x.Match.End != y.Match.End ? y.Match.End.CompareTo(x.Match.End) : x.Branch.CompareTo(y.Branch));
        int end = int.MinValue;
        foreach ((RawMatch m, int _) in all)
        {
            if (m.Start >= end)
            {
                into.Add(m);
                end = m.End;
            }
        }

        e.ReturnBranchList(all);
    }
}

/// <summary>The matches of the first branch that every other branch overlaps; roles are merged.</summary>
internal sealed class AllCondition(List<CompiledCondition> branches) : CompiledCondition
{
    public List<CompiledCondition> Branches { get; } = branches;

    protected override void Primary(EvalContext e, int ws, int we, List<RawMatch> into)
    {
        List<RawMatch> first = e.RentList();
        Branches[0].Evaluate(e, ws, we, first);
        if (first.Count == 0)
        {
            e.ReturnList(first);
            return;
        }

        // the branches' matches in lists reused within the article, as the 'any' and filter lists are
        var others = new List<RawMatch>[Branches.Count - 1];
        for (int b = 1; b < Branches.Count; b++)
        {
            others[b - 1] = e.RentList();
            Branches[b].Evaluate(e, ws, we, others[b - 1]);
        }

        foreach (RawMatch m in first)
        {
            var roles = new List<RoleCapture>(m.Roles);
            bool ok = true;
            foreach (List<RawMatch> list in others)
            {
                int partner = list.FindIndex(o => o.Overlaps(m));
                if (partner < 0)
                {
                    ok = false;
                    if (e.Explain)
                    {
                        e.Filtered.Add((m, "an 'all' branch has no match overlapping it"));
                    }

                    break;
                }

                foreach (RoleCapture r in list[partner].Roles)
                {
                    if (!roles.Exists(x => x.Role == r.Role))
                    {
                        roles.Add(r);
                    }
                }
            }

            if (ok)
            {
                into.Add(m with { Roles = [.. roles] });
            }
        }

        foreach (List<RawMatch> list in others)
        {
            e.ReturnList(list);
        }

        e.ReturnList(first);
    }
}
