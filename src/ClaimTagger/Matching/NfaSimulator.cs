using System.Runtime.InteropServices;
using ClaimTagger.Rules.Patterns;

namespace ClaimTagger.Matching;

/// <summary>
/// Runs an <see cref="Nfa"/> over a window of tokens without backtracking: one left-to-right pass that starts a
/// thread at every position and keeps at most one thread per state and position (the one with the leftmost
/// start, then the highest priority). Work is O(tokens × states). Threads that a multi-token element moves
/// several tokens ahead wait in the list of the position they land on.
/// </summary>
/// <remarks>
/// Matches are chosen leftmost-longest and without overlap as the pass goes: once the leftmost possible match
/// is known, threads that started inside it are dropped, since they can never be chosen. Captures live in an
/// arena of <c>(slot, position, parent)</c> nodes, so a thread is three integers. Not thread-safe: use one
/// instance per thread.
/// </remarks>
internal sealed class NfaSimulator
{

    private readonly List<Thread> _clist = [];
    private Thread[] _stack = new Thread[64];
    private readonly List<CapNode> _arena = [];
    private readonly List<int> _lengths = [];
    private List<Thread>[] _pending = [];
    private int[] _mark = [];
    private int _gen;
    private int[] _saveStamp = [];
    private int[] _saveNode = [];
    private int _saveRun;
    private NfaClosures? _closures;
    private int[] _live = [];
    private int[] _bestEnd = [];
    private int[] _bestCap = [];
    private readonly List<int> _bestSet = [];
    private int _dirty;
    private int[] _limit = [];
    private int _limitCount;
    private int _pendingTotal;
    private int[]? _need;

    /// <summary>Finds the leftmost-longest, non-overlapping matches of <paramref name="nfa"/> in tokens <c>[ws, we)</c>.</summary>
    /// <param name="nfa">The automaton.</param>
    /// <param name="c">The article.</param>
    /// <param name="ws">The window's first token.</param>
    /// <param name="we">One past the window's last token.</param>
    /// <param name="results">Receives the matches, in order.</param>
    /// <param name="probe">When not <see langword="null"/>, receives how far the pattern got.</param>
    public void Run(Nfa nfa, MatchContext c, int ws, int we, List<NfaMatch> results, PatternProbe? probe)
    {
        int n = we - ws;
        _need = null;
        if (probe is null && nfa.Checkpoints is { } checkpoints)
        {
            if (!Limit(nfa, checkpoints, c, ws, we))
            {
                return;
            }

            _need = checkpoints.Need;
        }

        // After the checkpoint search, which a third of runs end in: those never touch the closures.
        UseClosures(probe is null ? nfa : null);
        Prepare(nfa, n);
        _arena.Clear();
        _pendingTotal = 0;

        // The last position where a thread may start; past it, once no thread is pending, nothing changes any more.
        int lastStart = n - 1;
        if (_need is not null && _need[nfa.Start] < _limitCount)
        {
            lastStart = _limit[_need[nfa.Start]];
        }

        // The start closure worked out once stands in for walking it at each token (not when explaining: the probe is
        // told of each failing start leaf as the walk meets it).
        bool fastStart = _closures is { } cl && nfa.StartLeaves is not null && cl.First[nfa.Start] >= 0;

        // When every start leaf needs particular words, the pass can jump over tokens of other words while idle.
        StartFilter? skipFilter = probe is null && nfa.StartFilter is { WordsOnly: true } f ? f : null;

        // Otherwise, when every match passes words of a checkpoint within a few tokens of its start (a mention, then a
        // verb of a list), a thread can only start in the few tokens before one of those words.
        StartFilter? lead = probe is null && skipFilter is null && nfa.LeadCheckpoint >= 0 ? nfa.CheckpointFilters![nfa.LeadCheckpoint] : null;
        int leadReach = nfa.LeadReach, leadAt = -1;
        int selectedEnd = 0, doomLo = -1, doomHi = -1, scan = 0;
        for (int i = 0; i <= n; i++)
        {
            _gen++;
            List<Thread> list = _pending[i];
            _pendingTotal -= list.Count;
            SortByStart(list);
            // Each thread is closed and its leaves stepped before the next thread is closed: the same steps in the same
            // order as closing them all first, since a step only adds threads at later positions.
            foreach (Thread t in CollectionsMarshal.AsSpan(list))
            {
                _live[t.Start]--;
                if (!Doomed(t.Start))
                {
                    CloseAndStep(nfa, c, ws, we, i, n, t, probe);
                }
            }

            list.Clear();
            bool start = i < n && !Doomed(i) && Viable(nfa.Start, i);
            if (start && lead is not null)
            {
                if (leadAt < i)
                {
                    leadAt = NextHolding(lead, c.WordIds, ws, i, n);
                }

                start = leadAt - i <= leadReach;
            }

            if (start && !fastStart && CouldStart(nfa, c, ws, we, i, probe))
            {
                CloseAndStep(nfa, c, ws, we, i, n, new Thread(nfa.Start, i, -1), probe);
            }

            if (start && fastStart)
            {
                StartAt(nfa, _closures!, c, ws, we, i, n);
            }

            // Emit every match that can no longer change or be beaten.
            while (true)
            {
                int limit = Math.Min(i, n);
                if (scan < selectedEnd)
                {
                    scan = selectedEnd;
                }

                while (scan <= limit && _live[scan] == 0 && _bestEnd[scan] < 0)
                {
                    scan++;
                }

                if (scan > limit)
                {
                    break;
                }

                if (_live[scan] > 0)
                {
                    if (_bestEnd[scan] >= 0)
                    {
                        // Nothing to the left can win any more: starts inside this match are doomed.
                        doomLo = scan;
                        doomHi = _bestEnd[scan];
                    }

                    break;
                }

                results.Add(new NfaMatch(ws + scan, ws + _bestEnd[scan], ws, _bestCap[scan]));
                probe?.Matched();
                selectedEnd = _bestEnd[scan];
                doomLo = doomHi = -1;
            }

            if (_pendingTotal == 0 && i < n - 1)
            {
                if (i >= lastStart)
                {
                    // No thread is left and none can start: go straight to the last position to emit what remains.
                    i = n - 1;
                }
                else if (skipFilter is not null)
                {
                    // No thread is left and only a token of the filter's words can start one: go to the next such token.
                    int j = i + 1;
                    int stop = Math.Min(lastStart, n - 1);
                    int[] wordIds = c.WordIds;
                    while (j <= stop && !skipFilter.Holds(wordIds[ws + j]))
                    {
                        j++;
                    }

                    i = j > stop ? n - 1 : j - 1;
                }
                else if (lead is not null)
                {
                    // Likewise to the first token from which the next of the checkpoint's words is within reach.
                    leadAt = NextHolding(lead, c.WordIds, ws, i + 1, n);
                    int next = Math.Max(i + 1, leadAt - leadReach);
                    i = next > Math.Min(lastStart, n - 1) ? n - 1 : next - 1;
                }
            }
        }

        // Every pending thread was taken and every live count went back to zero: nothing is left to clear.
        _dirty = 0;

        bool Doomed(int start) => start < selectedEnd || (start > doomLo && start < doomHi);
    }

    /// <summary>Marks every position where some match of <paramref name="nfa"/> ends (for <c>before</c> context).</summary>
    /// <param name="nfa">The automaton.</param>
    /// <param name="c">The article.</param>
    /// <param name="ws">The window's first token.</param>
    /// <param name="we">One past the window's last token.</param>
    /// <param name="ends">Receives <see langword="true"/> at each relative end position; at least <c>we - ws + 1</c> long.</param>
    public void Ends(Nfa nfa, MatchContext c, int ws, int we, bool[] ends)
    {
        int n = we - ws;
        _need = null;
        UseClosures(nfa);
        if (nfa.Checkpoints is { } checkpoints)
        {
            if (!Limit(nfa, checkpoints, c, ws, we))
            {
                return;
            }

            _need = checkpoints.Need;
        }

        Prepare(nfa, n);
        for (int i = 0; i <= n; i++)
        {
            _gen++;
            _clist.Clear();
            foreach (Thread t in CollectionsMarshal.AsSpan(_pending[i]))
            {
                Close(nfa, c, ws, t, i, n, captures: false);
            }

            _pending[i].Clear();
            if (i < n && Viable(nfa.Start, i) && CouldStart(nfa, c, ws, we, i, null))
            {
                Close(nfa, c, ws, new Thread(nfa.Start, i, -1), i, n, captures: false);
            }

            foreach (Thread t in CollectionsMarshal.AsSpan(_clist))
            {
                if (nfa.Ops[t.State] == NfaOp.Match)
                {
                    ends[i] = true;
                }
                else
                {
                    Step(nfa, c, ws, we, i, n, t, null);
                }
            }
        }
    }

    /// <summary>Returns whether some match of <paramref name="nfa"/> starts exactly at <paramref name="start"/> (for <c>after</c> context).</summary>
    /// <param name="nfa">The automaton.</param>
    /// <param name="c">The article.</param>
    /// <param name="ws">The window's first token.</param>
    /// <param name="we">One past the window's last token.</param>
    /// <param name="start">The absolute token where the match must start.</param>
    /// <returns><see langword="true"/> when a match starts there.</returns>
    public bool MatchesAt(Nfa nfa, MatchContext c, int ws, int we, int start)
    {
        int n = we - ws;
        _need = null;
        UseClosures(nfa);
        if (nfa.Checkpoints is { } checkpoints)
        {
            if (!Limit(nfa, checkpoints, c, ws, we))
            {
                return false;
            }

            _need = checkpoints.Need;
        }

        Prepare(nfa, n);
        int s = start - ws;
        bool found = false;
        for (int i = s; i <= n && !found; i++)
        {
            _gen++;
            _clist.Clear();
            foreach (Thread t in CollectionsMarshal.AsSpan(_pending[i]))
            {
                Close(nfa, c, ws, t, i, n, captures: false);
            }

            _pending[i].Clear();
            if (i == s && Viable(nfa.Start, i))
            {
                Close(nfa, c, ws, new Thread(nfa.Start, i, -1), i, n, captures: false);
            }

            foreach (Thread t in CollectionsMarshal.AsSpan(_clist))
            {
                if (nfa.Ops[t.State] == NfaOp.Match)
                {
                    found = true;
                    break;
                }

                Step(nfa, c, ws, we, i, n, t, null);
            }
        }

        for (int i = s; i <= n; i++)
        {
            _pending[i].Clear();
        }

        return found;
    }

    /// <summary>Returns the first relative position from <paramref name="from"/> whose word the filter holds, or a
    /// position past any reach when there is none.</summary>
    private static int NextHolding(StartFilter filter, int[] wordIds, int ws, int from, int n)
    {
        for (int j = from; j < n; j++)
        {
            if (filter.Holds(wordIds[ws + j]))
            {
                return j;
            }
        }

        return int.MaxValue / 2;
    }

    /// <summary>Returns whether a thread in <paramref name="state"/> at relative position <paramref name="position"/> can
    /// still pass every checkpoint ahead of it (always, when checkpoints are not in use for this run).</summary>
    private bool Viable(int state, int position)
    {
        if (_need is null)
        {
            return true;
        }

        int k = _need[state];
        return k >= _limitCount || position <= _limit[k];
    }

    /// <summary>Fills the last relative position where each checkpoint can start and still leave room for the ones
    /// after it (searching from the window's end backwards).</summary>
    /// <returns><see langword="false"/> when some checkpoint cannot be passed at all: the pattern has no match here.</returns>
    private bool Limit(Nfa nfa, NfaCheckpoints checkpoints, MatchContext c, int ws, int we)
    {
        int[] states = checkpoints.States;
        if (_limit.Length < states.Length)
        {
            _limit = new int[Math.Max(states.Length, _limit.Length * 2)];
        }

        _limitCount = states.Length;

        int bound = we - ws;
        NfaOp[] ops = nfa.Ops;
        int[] arg = nfa.Arg;
        StartFilter?[]? filters = nfa.CheckpointFilters;
        for (int k = states.Length - 1; k >= 0; k--)
        {
            int s = states[k];

            // A checkpoint bound to words is first tested against a bit set, without running the whole test.
            StartFilter? filter = filters?[k];
            StartFilter? words = filter is { WordsOnly: true } ? filter : null;
            int found = ops[s] == NfaOp.Token
                ? LastToken(nfa.Tests[arg[s]], words, c, ws, bound)
                : LastSpan(nfa.Spans[arg[s]], words, c, ws, we, bound);
            if (found < 0)
            {
                return false;
            }

            _limit[k] = found;
            bound = found;
        }

        return true;
    }

    /// <summary>Returns the last relative position before <paramref name="bound"/> where <paramref name="test"/> passes, or -1.</summary>
    private static int LastToken(TokenTest test, StartFilter? words, MatchContext c, int ws, int bound)
    {
        int[] wordIds = c.WordIds;
        for (int i = bound - 1; i >= 0; i--)
        {
            if ((words is null || words.Holds(wordIds[ws + i])) && test.Matches(c, ws + i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Returns the last relative position where <paramref name="span"/> matches and ends by <paramref name="bound"/>, or -1.</summary>
    private int LastSpan(SpanTest span, StartFilter? words, MatchContext c, int ws, int we, int bound)
    {
        int[] wordIds = c.WordIds;
        for (int i = bound - 1; i >= 0; i--)
        {
            if (words is not null && !words.Holds(wordIds[ws + i]))
            {
                continue;
            }

            _lengths.Clear();
            span.Lengths(c, ws + i, we, _lengths);
            foreach (int len in _lengths)
            {
                if (len > 0 && i + len <= bound)
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>Gets or sets whether closures are walked at each position instead of read from
    /// <see cref="Nfa.Closures"/> (explain mode, which is also the reference the fast path is tested against).</summary>
    public bool WalkClosures { get; set; }

    /// <summary>Chooses how the coming run closes threads: from <paramref name="nfa"/>'s closures, or by walking them
    /// when <paramref name="nfa"/> is <see langword="null"/> or <see cref="WalkClosures"/> is set.</summary>
    private void UseClosures(Nfa? nfa)
    {
        _closures = nfa is null || WalkClosures ? null : nfa.Closures;
        if (_closures is { } cl && _saveStamp.Length < cl.SaveCount)
        {
            _saveStamp = new int[Math.Max(cl.SaveCount, _saveStamp.Length * 2)];
            _saveNode = new int[_saveStamp.Length];
        }
    }

    /// <summary>
    /// Starts a thread at relative position <paramref name="i"/> from the start closure: steps each of its leaves, in
    /// the walk's order, that passes the token, as a thread walked there would be stepped after the pending ones. A
    /// leaf a pending thread reached first at this position is left to it, as the walk would leave it. Capture nodes
    /// are made only for the leaves that pass.
    /// </summary>
    private void StartAt(Nfa nfa, NfaClosures cl, MatchContext c, int ws, int we, int i, int n)
    {
        int first = cl.First[nfa.Start];
        _saveRun++;
        if (cl.StartOthers is { } others && !nfa.StartFilter!.Holds(c.WordIds[ws + i]))
        {
            // No word-bound start leaf can pass this token: only the others need testing.
            foreach (int k in others)
            {
                StartLeaf(nfa, cl, c, ws, we, i, n, first + k);
            }

            return;
        }

        for (int e = first, end = first + cl.Length[nfa.Start]; e < end; e++)
        {
            StartLeaf(nfa, cl, c, ws, we, i, n, e);
        }
    }

    private void StartLeaf(Nfa nfa, NfaClosures cl, MatchContext c, int ws, int we, int i, int n, int e)
    {
        if (_mark[cl.Leaf[e]] != _gen)
        {
            Step(nfa, cl, c, ws, we, i, n, cl.Leaf[e], i, -1, cl.LeafSave[e], null);
        }
    }

    /// <summary>Closes <paramref name="thread"/> at relative position <paramref name="i"/> and steps each thread of its
    /// closure: from the closure worked out once, making capture nodes only for the leaves that pass; else by walking it.</summary>
    private void CloseAndStep(Nfa nfa, MatchContext c, int ws, int we, int i, int n, Thread thread, PatternProbe? probe)
    {
        if (_closures is { } cl && cl.First[thread.State] is var first and >= 0)
        {
            _saveRun++;
            int end = first + cl.Length[thread.State];
            for (int e = Unreached(cl, first, end); e < end; e = Unreached(cl, e + 1, end))
            {
                Step(nfa, cl, c, ws, we, i, n, cl.Leaf[e], thread.Start, thread.Cap, cl.LeafSave[e], null);
            }

            return;
        }

        _clist.Clear();
        Close(nfa, c, ws, thread, i, n, captures: true);
        foreach (Thread t in CollectionsMarshal.AsSpan(_clist))
        {
            Step(nfa, c, ws, we, i, n, t, probe);
        }
    }

    /// <summary>Returns the first leaf from <paramref name="e"/> on, before <paramref name="end"/>, that no earlier thread
    /// reached at this position, and marks it reached; <paramref name="end"/> when there is none.</summary>
    private int Unreached(NfaClosures cl, int e, int end)
    {
        int[] leaves = cl.Leaf;
        while (e < end && _mark[leaves[e]] == _gen)
        {
            e++;
        }

        if (e < end)
        {
            _mark[leaves[e]] = _gen;
        }

        return e;
    }

    /// <summary>Steps state <paramref name="s"/> of a thread that started at <paramref name="start"/>: its capture node
    /// is save <paramref name="save"/> of closure table <paramref name="cl"/> entered with node <paramref name="entry"/>,
    /// made only when the state passes (<paramref name="entry"/> itself when <paramref name="save"/> is -1).</summary>
    private void Step(Nfa nfa, NfaClosures? cl, MatchContext c, int ws, int we, int i, int n, int s, int start, int entry, int save, PatternProbe? probe)
    {
        switch (nfa.Ops[s])
        {
            case NfaOp.Match:
                if (i > _bestEnd[start])
                {
                    if (_bestEnd[start] < 0)
                    {
                        _bestSet.Add(start);
                    }

                    _bestEnd[start] = i;
                    _bestCap[start] = SaveNode(cl, save, entry, i);
                }

                break;
            case NfaOp.Token:
                if (i < n && nfa.Tests[nfa.Arg[s]].Matches(c, ws + i))
                {
                    Push(i + 1, new Thread(nfa.Out[s], start, SaveNode(cl, save, entry, i)));
                }
                else
                {
                    probe?.Failed(nfa.Element[s], ws + i);
                }

                break;
            case NfaOp.Span:
                _lengths.Clear();
                if (i < n)
                {
                    nfa.Spans[nfa.Arg[s]].Lengths(c, ws + i, we, _lengths);
                }

                if (_lengths.Count == 0)
                {
                    probe?.Failed(nfa.Element[s], ws + i);
                }

                int cap = -2;
                foreach (int len in _lengths)
                {
                    if (len > 0 && i + len <= n)
                    {
                        if (cap == -2)
                        {
                            cap = SaveNode(cl, save, entry, i);
                        }

                        Push(i + len, new Thread(nfa.Out[s], start, cap));
                    }
                }

                break;
        }
    }

    /// <summary>Returns the arena node of save <paramref name="save"/> of a closure entered with capture node
    /// <paramref name="entry"/> at position <paramref name="i"/>, making it (and the saves before it) on first use in
    /// this closure; <paramref name="entry"/> for no save.</summary>
    private int SaveNode(NfaClosures? cl, int save, int entry, int i)
    {
        if (save < 0)
        {
            return entry;
        }

        if (_saveStamp[save] == _saveRun)
        {
            return _saveNode[save];
        }

        int parent = SaveNode(cl, cl!.SaveParent[save], entry, i);
        _arena.Add(new CapNode(cl.SaveSlot[save], i, parent));
        _saveStamp[save] = _saveRun;
        return _saveNode[save] = _arena.Count - 1;
    }

    /// <summary>Returns whether a match could start at relative position <paramref name="i"/>: a cheap test of the
    /// first elements that saves building a thread at positions where none of them can match.</summary>
    private bool CouldStart(Nfa nfa, MatchContext c, int ws, int we, int i, PatternProbe? probe)
    {
        int[]? leaves = nfa.StartLeaves;
        if (leaves is null)
        {
            return true;
        }

        if (probe is null && nfa.StartFilter is { } filter && !filter.Holds(c.WordIds[ws + i]))
        {
            // No word-bound start leaf can pass this token: only the others need testing.
            leaves = filter.Others;
        }

        foreach (int s in leaves)
        {
            if (nfa.Ops[s] == NfaOp.Token)
            {
                if (nfa.Tests[nfa.Arg[s]].Matches(c, ws + i))
                {
                    return true;
                }
            }
            else
            {
                _lengths.Clear();
                nfa.Spans[nfa.Arg[s]].Lengths(c, ws + i, we, _lengths);
                if (_lengths.Count > 0)
                {
                    return true;
                }
            }

            probe?.Failed(nfa.Element[s], ws + i);
        }

        return false;
    }

    /// <summary>Steps a walked thread (its capture node made).</summary>
    private void Step(Nfa nfa, MatchContext c, int ws, int we, int i, int n, Thread t, PatternProbe? probe) =>
        Step(nfa, null, c, ws, we, i, n, t.State, t.Start, t.Cap, -1, probe);

    private void Push(int position, Thread t)
    {
        if (!Viable(t.State, position))
        {
            return;
        }

        _pending[position].Add(t);
        _pendingTotal++;
        _live[t.Start]++;
    }

    /// <summary>Returns whether an anchor holds at relative position <paramref name="i"/>.</summary>
    private static bool AnchorHolds(int arg, MatchContext c, int ws, int i, int n)
    {
        bool holds = (AnchorKind)(arg & 3) switch
        {
            AnchorKind.Start => i == 0,
            AnchorKind.End => i == n,
            AnchorKind.SentenceStart => i == 0 || (i < n && (c.Features[ws + i] & TokenFeatures.SentenceStart) != 0),
            _ => i == n || (i > 0 && (c.Features[ws + i] & TokenFeatures.SentenceStart) != 0),
        };
        return holds != ((arg & 4) != 0);
    }

    /// <summary>Adds the threads reachable from <paramref name="thread"/> without consuming a token.</summary>
    private void Close(Nfa nfa, MatchContext c, int ws, Thread thread, int i, int n, bool captures)
    {
        if (_closures is { } cl && cl.First[thread.State] is var first and >= 0)
        {
            // The closure worked out once: its leaves in the walk's order, less those an earlier thread reached here.
            _saveRun++;
            int end = first + cl.Length[thread.State];
            for (int e = Unreached(cl, first, end); e < end; e = Unreached(cl, e + 1, end))
            {
                _clist.Add(new Thread(cl.Leaf[e], thread.Start, captures ? SaveNode(cl, cl.LeafSave[e], thread.Cap, i) : thread.Cap));
            }

            return;
        }

        NfaOp[] ops = nfa.Ops;
        int[] next = nfa.Out;
        int[] mark = _mark;
        int gen = _gen;
        Thread[] stack = _stack;
        int sp = 0;
        stack[sp++] = thread;
        while (sp > 0)
        {
            Thread t = stack[--sp];
            int s = t.State;
            if (mark[s] == gen)
            {
                continue;
            }

            mark[s] = gen;
            if (sp + 2 > stack.Length)
            {
                Array.Resize(ref _stack, stack.Length * 2);
                stack = _stack;
            }

            switch (ops[s])
            {
                case NfaOp.Jump:
                    stack[sp++] = new Thread(next[s], t.Start, t.Cap);
                    break;
                case NfaOp.Split:
                    stack[sp++] = new Thread(nfa.Out1[s], t.Start, t.Cap);
                    stack[sp++] = new Thread(next[s], t.Start, t.Cap);
                    break;
                case NfaOp.Save:
                    int cap = t.Cap;
                    if (captures)
                    {
                        _arena.Add(new CapNode(nfa.Arg[s], i, t.Cap));
                        cap = _arena.Count - 1;
                    }

                    stack[sp++] = new Thread(next[s], t.Start, cap);
                    break;
                case NfaOp.Anchor:
                    if (AnchorHolds(nfa.Arg[s], c, ws, i, n))
                    {
                        stack[sp++] = new Thread(next[s], t.Start, t.Cap);
                    }

                    break;
                default:
                    _clist.Add(t);
                    break;
            }
        }
    }

    /// <summary>Fills the capture slots of a match found by the last <see cref="Run"/> (valid until the next run).</summary>
    /// <param name="match">A match of the last run.</param>
    /// <param name="slots">Receives the absolute capture positions, -1 where unset; two slots per capture.</param>
    public void ReadCaptures(in NfaMatch match, Span<int> slots)
    {
        slots.Fill(-1);
        for (int node = match.Captures; node >= 0; node = _arena[node].Parent)
        {
            CapNode c = _arena[node];
            if (slots[c.Slot] < 0)
            {
                slots[c.Slot] = match.WindowStart + c.Position;
            }
        }
    }

    /// <summary>
    /// Makes the per-position state ready for a window of <paramref name="n"/> tokens. A run that ends normally leaves
    /// every pending list empty and every live count zero, so only what a call that did not (a context search, or a run
    /// a failing regex broke off) may have left is cleared: a run costs the positions it walks, not the window's length.
    /// </summary>
    private void Prepare(Nfa nfa, int n)
    {
        for (int i = 0; i < _dirty; i++)
        {
            _live[i] = 0;
            _pending[i].Clear();
        }

        foreach (int start in _bestSet)
        {
            _bestEnd[start] = -1;
        }

        _bestSet.Clear();
        if (_pending.Length < n + 1)
        {
            int size = Math.Max(n + 1, _pending.Length * 2);
            int old = _pending.Length;
            Array.Resize(ref _pending, size);
            for (int i = old; i < size; i++)
            {
                _pending[i] = [];
            }

            _live = new int[size];
            _bestEnd = new int[size];
            Array.Fill(_bestEnd, -1);
            _bestCap = new int[size];
        }

        if (_mark.Length < nfa.StateCount)
        {
            _mark = new int[Math.Max(nfa.StateCount, _mark.Length * 2)];
        }

        // The generation only grows, so marks left by earlier runs (of any automaton) never equal a new one.
        _dirty = n + 1;
    }

    private static void SortByStart(List<Thread> list)
    {
        // Insertion sort: stable and fast for the short, nearly sorted lists seen here.
        for (int i = 1; i < list.Count; i++)
        {
            Thread t = list[i];
            int j = i - 1;
            while (j >= 0 && list[j].Start > t.Start)
            {
                list[j + 1] = list[j];
                j--;
            }

            list[j + 1] = t;
        }
    }

    private readonly record struct Thread(int State, int Start, int Cap);

    private readonly record struct CapNode(int Slot, int Position, int Parent);
}

/// <summary>A match of a pattern: absolute token positions, and where its captures are kept until the simulator's next
/// run (read them with <see cref="NfaSimulator.ReadCaptures"/>).</summary>
/// <param name="Start">The first token.</param>
/// <param name="End">One past the last token.</param>
/// <param name="WindowStart">The first token of the window the pattern ran in.</param>
/// <param name="Captures">The last capture node of the match in the simulator's arena, or -1 for none.</param>
internal readonly record struct NfaMatch(int Start, int End, int WindowStart, int Captures);
