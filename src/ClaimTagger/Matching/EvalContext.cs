using System.Buffers;

namespace ClaimTagger.Matching;

/// <summary>The per-call state conditions are evaluated with: the article, a simulator, and explain records.</summary>
internal sealed class EvalContext(MatchContext match, bool explain)
{
    // One simulator per thread, reused from article to article: its buffers (a thread list per window position)
    // then grow once instead of being built again for every article. Runs on one thread never overlap.
    [ThreadStatic]
    private static NfaSimulator? t_simulator;

    public MatchContext Match { get; } = match;

    public NfaSimulator Simulator { get; } = ThreadSimulator(explain);

    private static NfaSimulator ThreadSimulator(bool explain)
    {
        NfaSimulator simulator = t_simulator ??= new NfaSimulator();
        simulator.WalkClosures = explain;
        return simulator;
    }

    /// <summary>Gets a scratch list for one pattern's matches (filled and read before any nested evaluation).</summary>
    public List<NfaMatch> NfaMatches { get; } = [];

    public bool Explain { get; } = explain;

    /// <summary>Gets the probes of the patterns run for the current rule and window (explain only).</summary>
    public List<PatternProbe> Probes { get; } = [];

    /// <summary>Gets the matches removed by a filter for the current rule and window, with the reason (explain only).</summary>
    public List<(RawMatch Match, string Reason)> Filtered { get; } = [];

    // Scratch lists and flags for nested conditions and contexts, reused within the article instead of allocated per
    // window and rule (conditions nest, so a stack of them).
    private readonly Stack<List<RawMatch>> _lists = new();
    private readonly Stack<List<(RawMatch Match, int Branch)>> _branchLists = new();

    /// <summary>Returns an empty list of matches; give it back with <see cref="ReturnList"/>.</summary>
    /// <returns>The list.</returns>
    public List<RawMatch> RentList() => _lists.TryPop(out List<RawMatch>? list) ? list : [];

    /// <summary>Takes back a list from <see cref="RentList"/>.</summary>
    /// <param name="list">The list, no longer used by the caller.</param>
    public void ReturnList(List<RawMatch> list)
    {
        list.Clear();
        _lists.Push(list);
    }

    /// <summary>Returns an empty list of matches with the branch that found each; give it back with <see cref="ReturnBranchList"/>.</summary>
    /// <returns>The list.</returns>
    public List<(RawMatch Match, int Branch)> RentBranchList() => _branchLists.TryPop(out List<(RawMatch, int)>? list) ? list : [];

    /// <summary>Takes back a list from <see cref="RentBranchList"/>.</summary>
    /// <param name="list">The list, no longer used by the caller.</param>
    public void ReturnBranchList(List<(RawMatch Match, int Branch)> list)
    {
        list.Clear();
        _branchLists.Push(list);
    }

    /// <summary>Returns a cleared array of at least <paramref name="length"/> flags (context ends by window position);
    /// give it back with <see cref="ReturnEnds"/>.</summary>
    /// <param name="length">The flags needed.</param>
    /// <returns>The array, false up to <paramref name="length"/>.</returns>
    public bool[] RentEnds(int length)
    {
        bool[] ends = ArrayPool<bool>.Shared.Rent(length);
        Array.Clear(ends, 0, length);
        return ends;
    }

    /// <summary>Takes back an array from <see cref="RentEnds"/>.</summary>
    /// <param name="ends">The array, or <see langword="null"/> for none.</param>
    public void ReturnEnds(bool[]? ends)
    {
        if (ends is not null)
        {
            ArrayPool<bool>.Shared.Return(ends);
        }
    }
}
