using System.Buffers;

namespace ClaimTagger.Matching;

/// <summary>
/// The consuming states every match of an automaton passes through exactly once (its checkpoints, in match order),
/// and for each state the first checkpoint still ahead of it. In a window, a checkpoint can only be passed at or
/// before the last position where it can start and still leave room for the checkpoints after it; a thread that
/// stands beyond that position can never reach the accepting state and is dropped, and a window where some
/// checkpoint never matches is skipped without running the automaton.
/// </summary>
/// <remarks>Immutable once built. Anchors count as passable, so the checkpoints found are a safe subset.</remarks>
internal sealed class NfaCheckpoints
{
    private NfaCheckpoints(int[] states, int[] need)
    {
        States = states;
        Need = need;
    }

    /// <summary>Gets the checkpoint states, in the order a match passes them.</summary>
    public int[] States { get; }

    /// <summary>Gets, for each state, the index (in <see cref="States"/>) of the first checkpoint every path from it
    /// to the accepting state still passes, or <c>States.Length</c> when none.</summary>
    public int[] Need { get; }

    /// <summary>Finds the checkpoints of an automaton.</summary>
    /// <param name="ops">The states' operations.</param>
    /// <param name="next">The states' first successors.</param>
    /// <param name="next1">The states' second successors (splits).</param>
    /// <param name="start">The start state.</param>
    /// <returns>The checkpoints, or <see langword="null"/> when there are none.</returns>
    public static NfaCheckpoints? Find(IReadOnlyList<NfaOp> ops, IReadOnlyList<int> next, IReadOnlyList<int> next1, int start)
    {
        var graph = new Graph(ops, next, next1);
        int count = graph.Count;
        int accept = -1;
        for (int s = 0; s < count; s++)
        {
            if (ops[s] == NfaOp.Match)
            {
                accept = s;
                break;
            }
        }

        if (accept < 0)
        {
            return null;
        }

        // One path from the start to the accepting state: every checkpoint lies on it, in match order.
        int[] parent = new int[count];
        Array.Fill(parent, -2);

        // The queue is also the depth-first stack below, which holds at most one entry per edge.
        int[] queue = new int[(2 * count) + 2];
        int head = 0, tail = 0;
        parent[start] = -1;
        queue[tail++] = start;
        while (head < tail)
        {
            int s = queue[head++];
            for (int k = 0; k < 2; k++)
            {
                int t = graph.Successor(s, k);
                if (t >= 0 && parent[t] == -2)
                {
                    parent[t] = s;
                    queue[tail++] = t;
                }
            }
        }

        if (parent[accept] == -2)
        {
            return null;
        }

        var path = new List<int>();
        for (int s = accept; s >= 0; s = parent[s])
        {
            path.Add(s);
        }

        path.Reverse();
        var checkpoints = new List<int>();
        bool[] seen = new bool[count];
        int[] stack = queue;
        foreach (int c in path)
        {
            if ((ops[c] == NfaOp.Token || ops[c] == NfaOp.Span) && !graph.Reaches(start, accept, c, seen, stack) && !graph.OnCycle(c, seen, stack))
            {
                checkpoints.Add(c);
            }
        }

        if (checkpoints.Count == 0)
        {
            return null;
        }

        // need[s] = the first checkpoint reachable from s; for a checkpoint not on a cycle every path from s to the
        // accepting state passes it (else a path from the start through s would avoid it, or it would be on a cycle).
        // Walking back from each checkpoint in match order, a state already reached has an earlier checkpoint, and
        // so has every state before it: one walk over the reversed edges in all.
        int[] need = new int[count];
        Array.Fill(need, checkpoints.Count);
        FlatLists predecessors = graph.Predecessors();
        Array.Clear(seen);
        for (int k = 0; k < checkpoints.Count; k++)
        {
            int sp = 0;
            stack[sp++] = checkpoints[k];
            while (sp > 0)
            {
                int s = stack[--sp];
                if (seen[s])
                {
                    continue;
                }

                seen[s] = true;
                need[s] = k;
                foreach (int p in predecessors.Of(s))
                {
                    if (!seen[p])
                    {
                        stack[sp++] = p;
                    }
                }
            }
        }

        return new NfaCheckpoints([.. checkpoints], need);
    }

    /// <summary>The automaton's edges as two successor arrays (-1 for none), read once from the builder's lists.</summary>
    private readonly struct Graph
    {
        private readonly int[] _first;
        private readonly int[] _second;

        public Graph(IReadOnlyList<NfaOp> ops, IReadOnlyList<int> next, IReadOnlyList<int> next1)
        {
            Count = ops.Count;
            _first = new int[Count];
            _second = new int[Count];
            for (int s = 0; s < Count; s++)
            {
                bool match = ops[s] == NfaOp.Match;
                _first[s] = match ? -1 : next[s];
                _second[s] = !match && ops[s] == NfaOp.Split ? next1[s] : -1;
            }
        }

        public int Count { get; }

        /// <summary>Returns successor <paramref name="k"/> (0 or 1) of <paramref name="s"/>, or -1.</summary>
        public int Successor(int s, int k) => k == 0 ? _first[s] : _second[s];

        /// <summary>Returns the predecessors of every state.</summary>
        public FlatLists Predecessors()
        {
            // The edges are only read while the lists are built: a rented buffer, not a list per automaton.
            (int Key, int Item)[] edges = ArrayPool<(int Key, int Item)>.Shared.Rent(Math.Max(1, Count * 2));
            int n = 0;
            for (int s = 0; s < Count; s++)
            {
                for (int k = 0; k < 2; k++)
                {
                    int t = Successor(s, k);
                    if (t >= 0)
                    {
                        edges[n++] = (t, s);
                    }
                }
            }

            var lists = new FlatLists(edges.AsSpan(0, n), Count);
            ArrayPool<(int Key, int Item)>.Shared.Return(edges);
            return lists;
        }

        /// <summary>Returns whether <paramref name="to"/> is reachable from <paramref name="from"/> without passing
        /// <paramref name="avoid"/>; <paramref name="stack"/> is scratch space of at least one entry per edge.</summary>
        public bool Reaches(int from, int to, int avoid, bool[] seen, int[] stack)
        {
            if (from == avoid)
            {
                return false;
            }

            stack[0] = from;
            return Search(to, avoid, seen, stack, 1);
        }

        /// <summary>Returns whether some path leads from <paramref name="state"/> back to itself.</summary>
        public bool OnCycle(int state, bool[] seen, int[] stack) => Search(state, -1, seen, stack, Push(state, stack, 0));

        /// <summary>Depth-first from the first <paramref name="sp"/> states on <paramref name="stack"/>: whether it
        /// reaches <paramref name="to"/> without passing <paramref name="avoid"/> (-1 for none).</summary>
        private bool Search(int to, int avoid, bool[] seen, int[] stack, int sp)
        {
            Array.Clear(seen);
            while (sp > 0)
            {
                int s = stack[--sp];
                if (s == to)
                {
                    return true;
                }

                if (seen[s] || s == avoid)
                {
                    continue;
                }

                seen[s] = true;
                sp = Push(s, stack, sp);
            }

            return false;
        }

        private int Push(int s, int[] stack, int sp)
        {
            if (_first[s] >= 0)
            {
                stack[sp++] = _first[s];
            }

            if (_second[s] >= 0)
            {
                stack[sp++] = _second[s];
            }

            return sp;
        }
    }
}
