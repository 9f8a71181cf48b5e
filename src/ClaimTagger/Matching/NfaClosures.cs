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
    private NfaClosures(int[] first, int[] length, int[] leaf, int[] leafSave, int[] saveSlot, int[] saveParent, int[]? startOthers)
    {
        First = first;
        Length = length;
        Leaf = leaf;
        LeafSave = leafSave;
        SaveSlot = saveSlot;
        SaveParent = saveParent;
        StartOthers = startOthers;
    }

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
        int states = ops.Length;
        var first = new int[states];
        var length = new int[states];
        Array.Fill(first, -1);
        var leaf = new List<int>();
        var leafSave = new List<int>();
        var saveSlot = new List<int>();
        var saveParent = new List<int>();
        var seen = new int[states];
        var stack = new Stack<(int State, int Save)>();
        var done = new bool[states];
        int budget = (16 * states) + 1024, stamp = 0;

        foreach (int entry in Entries(nfa))
        {
            if (done[entry])
            {
                continue;
            }

            done[entry] = true;
            stamp++;
            int leaves = leaf.Count, saves = saveSlot.Count;
            bool walkOnly = false;
            stack.Clear();
            stack.Push((entry, -1));
            while (stack.Count > 0 && !walkOnly)
            {
                (int s, int save) = stack.Pop();
                if (seen[s] == stamp)
                {
                    continue;
                }

                seen[s] = stamp;
                switch (ops[s])
                {
                    case NfaOp.Split:
                        stack.Push((nfa.Out1[s], save));
                        stack.Push((nfa.Out[s], save));
                        break;
                    case NfaOp.Jump:
                        stack.Push((nfa.Out[s], save));
                        break;
                    case NfaOp.Save:
                        saveSlot.Add(nfa.Arg[s]);
                        saveParent.Add(save);
                        stack.Push((nfa.Out[s], saveSlot.Count - 1));
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

                continue;
            }

            first[entry] = leaves;
            length[entry] = leaf.Count - leaves;
        }

        int[]? startOthers = null;
        if (nfa.StartFilter is { } filter && nfa.StartLeaves is { } startLeaves && first[nfa.Start] >= 0)
        {
            startOthers = [.. filter.Others.Select(o => Array.IndexOf(startLeaves, o))];
        }

        return new NfaClosures(first, length, [.. leaf], [.. leafSave], [.. saveSlot], [.. saveParent], startOthers);
    }

    /// <summary>The states a thread can be in when it is closed: the start, and where each consuming state leads.</summary>
    private static IEnumerable<int> Entries(Nfa nfa)
    {
        yield return nfa.Start;
        for (int s = 0; s < nfa.Ops.Length; s++)
        {
            if (nfa.Ops[s] is NfaOp.Token or NfaOp.Span)
            {
                yield return nfa.Out[s];
            }
        }
    }
}
