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
        int count = ops.Count;
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
        var queue = new Queue<int>();
        parent[start] = -1;
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            int s = queue.Dequeue();
            foreach (int t in Successors(ops, next, next1, s))
            {
                if (parent[t] == -2)
                {
                    parent[t] = s;
                    queue.Enqueue(t);
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
        foreach (int c in path)
        {
            if ((ops[c] == NfaOp.Token || ops[c] == NfaOp.Span) && !Reaches(ops, next, next1, start, accept, c, seen) && !OnCycle(ops, next, next1, c, seen))
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
        int[] need = new int[count];
        Array.Fill(need, checkpoints.Count);
        var predecessors = new List<int>[count];
        for (int s = 0; s < count; s++)
        {
            foreach (int t in Successors(ops, next, next1, s))
            {
                (predecessors[t] ??= []).Add(s);
            }
        }

        var stack = new Stack<int>();
        for (int k = checkpoints.Count - 1; k >= 0; k--)
        {
            Array.Clear(seen);
            stack.Push(checkpoints[k]);
            while (stack.Count > 0)
            {
                int s = stack.Pop();
                if (seen[s])
                {
                    continue;
                }

                seen[s] = true;
                need[s] = k;
                if (predecessors[s] is { } ps)
                {
                    foreach (int p in ps)
                    {
                        stack.Push(p);
                    }
                }
            }
        }

        return new NfaCheckpoints([.. checkpoints], need);
    }

    /// <summary>Returns whether <paramref name="to"/> is reachable from <paramref name="from"/> without passing <paramref name="avoid"/>.</summary>
    private static bool Reaches(IReadOnlyList<NfaOp> ops, IReadOnlyList<int> next, IReadOnlyList<int> next1, int from, int to, int avoid, bool[] seen)
    {
        if (from == avoid)
        {
            return false;
        }

        Array.Clear(seen);
        var stack = new Stack<int>();
        stack.Push(from);
        while (stack.Count > 0)
        {
            int s = stack.Pop();
            if (s == to)
            {
                return true;
            }

            if (seen[s] || s == avoid)
            {
                continue;
            }

            seen[s] = true;
            foreach (int t in Successors(ops, next, next1, s))
            {
                stack.Push(t);
            }
        }

        return false;
    }

    private static bool OnCycle(IReadOnlyList<NfaOp> ops, IReadOnlyList<int> next, IReadOnlyList<int> next1, int state, bool[] seen)
    {
        Array.Clear(seen);
        var stack = new Stack<int>();
        foreach (int t in Successors(ops, next, next1, state))
        {
            stack.Push(t);
        }

        while (stack.Count > 0)
        {
            int s = stack.Pop();
            if (s == state)
            {
                return true;
            }

            if (seen[s])
            {
                continue;
            }

            seen[s] = true;
            foreach (int t in Successors(ops, next, next1, s))
            {
                stack.Push(t);
            }
        }

        return false;
    }

    private static IEnumerable<int> Successors(IReadOnlyList<NfaOp> ops, IReadOnlyList<int> next, IReadOnlyList<int> next1, int s)
    {
        if (ops[s] == NfaOp.Match)
        {
            yield break;
        }

        if (next[s] >= 0)
        {
            yield return next[s];
        }

        if (ops[s] == NfaOp.Split && next1[s] >= 0)
        {
            yield return next1[s];
        }
    }
}
