namespace ClaimTagger.Matching;

/// <summary>
/// The closures of an automaton's thread states (its start, and each state a consumed token leads to), worked out once
/// as the simulator's walk would find them: the states that consume or accept, in the order the walk adds them, each
/// with the capture slots saved on the way there (a tree of saves shared by the leaves below a save). A closure that
/// passes an anchor depends on the position and is left to the walk.
/// </summary>
/// <remarks>
/// Immutable once made. What a thread marks at a position is then all of each anchor-free closure it reaches, so a leaf
/// an earlier thread marked is one the walk would not add again, and the leaves left keep the walk's order and paths.
/// Made on an automaton's first run, so rules an article never reaches cost nothing at start-up.
/// </remarks>
internal sealed class NfaClosures
{
    [ThreadStatic]
    private static Scratch? t_scratch;

    private NfaClosures(int[] first, int[] length, int[] leaf, int[] leafSave, int[] saveSlot, int[] saveParent, int[]? startOthers)
    {
        First = first;
        Length = length;
        Leaf = leaf;
        LeafSave = leafSave;
        SaveSlot = saveSlot;
        SaveParent = saveParent;
        StartOthers = startOthers;
        SaveCount = saveSlot.Length;
    }

    /// <summary>Gets the number of saves (the length of <see cref="SaveSlot"/>, read without touching the array).</summary>
    public int SaveCount { get; }

    /// <summary>Gets, for each state, where its closure starts in <see cref="Leaf"/>, or -1 when it is left to the walk.</summary>
    public int[] First { get; }

    /// <summary>Gets, for each state, the number of leaves of its closure.</summary>
    public int[] Length { get; }

    /// <summary>Gets the leaves of all closures, each closure's in walk order.</summary>
    public int[] Leaf { get; }

    /// <summary>Gets, for each leaf, its nearest save in <see cref="SaveSlot"/>, or -1.</summary>
    public int[] LeafSave { get; }

    /// <summary>Gets, for each save, its capture slot.</summary>
    public int[] SaveSlot { get; }

    /// <summary>Gets, for each save, the save before it on its path, or -1.</summary>
    public int[] SaveParent { get; }

    /// <summary>Gets the positions within the start closure of the leaves that can pass a token of any word (the
    /// <see cref="StartFilter.Others"/>), or <see langword="null"/> when the automaton has no start filter.</summary>
    public int[]? StartOthers { get; }

    /// <summary>Works out the closures of <paramref name="nfa"/>, up to a budget linear in its size (the states past
    /// it are left to the walk).</summary>
    /// <param name="nfa">The automaton.</param>
    /// <returns>The closures.</returns>
    public static NfaClosures Compute(Nfa nfa)
    {
        ArgumentNullException.ThrowIfNull(nfa);
        NfaOp[] ops = nfa.Ops;
        int[] next = nfa.Out, next1 = nfa.Out1, arg = nfa.Arg;
        int states = ops.Length;
        var first = new int[states];
        var length = new int[states];
        Array.Fill(first, -1);
        var leaf = new List<int>(states * 2);
        var leafSave = new List<int>(states * 2);
        var saveSlot = new List<int>();
        var saveParent = new List<int>();

        // Scratch, reused by this thread: a stamp per state, and the walk's stack of (state, save) pairs.
        Scratch scratch = t_scratch ??= new Scratch();
        scratch.Reserve(states);
        int[] seen = scratch.Seen, stackState = scratch.StackState, stackSave = scratch.StackSave;
        int budget = (16 * states) + 1024;

        for (int k = -1; k < states; k++)
        {
            // The entries: the start, then where each consuming state leads.
            int entry = k < 0 ? nfa.Start : ops[k] is NfaOp.Token or NfaOp.Span ? next[k] : -1;
            if (entry < 0 || first[entry] >= 0 || length[entry] < 0)
            {
                continue;
            }

            int stamp = ++scratch.Stamp;
            int leaves = leaf.Count, saves = saveSlot.Count;
            bool walkOnly = false;
            int sp = 0;
            stackState[sp] = entry;
            stackSave[sp++] = -1;
            while (sp > 0 && !walkOnly)
            {
                sp--;
                int s = stackState[sp], save = stackSave[sp];
                if (seen[s] == stamp)
                {
                    continue;
                }

                seen[s] = stamp;
                switch (ops[s])
                {
                    case NfaOp.Split:
                        stackState[sp] = next1[s];
                        stackSave[sp++] = save;
                        stackState[sp] = next[s];
                        stackSave[sp++] = save;
                        break;
                    case NfaOp.Jump:
                        stackState[sp] = next[s];
                        stackSave[sp++] = save;
                        break;
                    case NfaOp.Save:
                        saveSlot.Add(arg[s]);
                        saveParent.Add(save);
                        stackState[sp] = next[s];
                        stackSave[sp++] = saveSlot.Count - 1;
                        break;
                    case NfaOp.Anchor:
                        walkOnly = true;
                        break;
                    default:
                        leaf.Add(s);
                        leafSave.Add(save);
                        break;
                }
            }

            if (walkOnly || leaf.Count + saveSlot.Count > budget)
            {
                leaf.RemoveRange(leaves, leaf.Count - leaves);
                leafSave.RemoveRange(leaves, leafSave.Count - leaves);
                saveSlot.RemoveRange(saves, saveSlot.Count - saves);
                saveParent.RemoveRange(saves, saveParent.Count - saves);
                if (!walkOnly)
                {
                    break;
                }

                length[entry] = -1;
                continue;
            }

            first[entry] = leaves;
            length[entry] = leaf.Count - leaves;
        }

        for (int s = 0; s < states; s++)
        {
            length[s] = Math.Max(length[s], 0);
        }

        int[]? startOthers = null;
        if (nfa.StartFilter is { } filter && nfa.StartLeaves is { } startLeaves && first[nfa.Start] >= 0)
        {
            startOthers = new int[filter.Others.Length];
            for (int o = 0; o < startOthers.Length; o++)
            {
                startOthers[o] = Array.IndexOf(startLeaves, filter.Others[o]);
            }
        }

        return new NfaClosures(first, length, [.. leaf], [.. leafSave], [.. saveSlot], [.. saveParent], startOthers);
    }

    /// <summary>A thread's buffers for <see cref="Compute"/>.</summary>
    private sealed class Scratch
    {
        public int[] Seen = [];
        public int[] StackState = [];
        public int[] StackSave = [];
        public int Stamp;

        /// <summary>Makes room for an automaton of <paramref name="states"/> states (the walk's stack holds at most two
        /// entries per state it has visited, plus one).</summary>
        public void Reserve(int states)
        {
            if (Seen.Length < states)
            {
                Seen = new int[Math.Max(states, Seen.Length * 2)];
                Stamp = 0;
            }

            if (StackState.Length < (2 * states) + 2)
            {
                StackState = new int[Math.Max((2 * states) + 2, StackState.Length * 2)];
                StackSave = new int[StackState.Length];
            }
        }
    }
}
