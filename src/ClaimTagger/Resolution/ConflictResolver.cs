using ClaimTagger.Matching;
using ClaimTagger.Rules;

namespace ClaimTagger.Resolution;

/// <summary>
/// Settles overlapping matches of the same label group with the group's declared policy; deterministic, and
/// keeps every suppressed match with the match that beat it and why.
/// </summary>
internal static class ConflictResolver
{
    /// <summary>Resolves conflicts among <paramref name="matches"/>.</summary>
    /// <param name="matches">The candidate matches.</param>
    /// <param name="rules">The rule set, for its conflict groups.</param>
    /// <param name="recordSuppressed">Whether to list the suppressed matches (explain reads them; tagging does not).</param>
    /// <returns>The kept matches (in input order) and, when asked for, the suppressed ones.</returns>
    public static ConflictOutcome Resolve(IReadOnlyList<RuleMatch> matches, RuleSet rules, bool recordSuppressed = true)
    {
        int count = matches.Count;
        var suppressed = new List<Suppression>();
        if (count == 0)
        {
            return new ConflictOutcome([], suppressed);
        }

        // Each match's conflict group, the groups numbered in order of first appearance; a label's group is looked up once.
        var labels = new List<(Label Label, int Group)>();
        var keys = new List<(string Name, ConflictPolicy Policy)>();
        int[] groupOf = new int[count];
        for (int i = 0; i < count; i++)
        {
            groupOf[i] = GroupIndex(rules, matches[i].Rule.Label, labels, keys);
        }

        // The members of each group, in input order, by a counting sort of the group numbers.
        int[] first = new int[keys.Count + 1];
        foreach (int g in groupOf)
        {
            first[g + 1]++;
        }

        for (int g = 0; g < keys.Count; g++)
        {
            first[g + 1] += first[g];
        }

        int[] members = new int[count];
        int[] fill = first[..^1];
        for (int i = 0; i < count; i++)
        {
            members[fill[groupOf[i]]++] = i;
        }

        bool[] keep = new bool[count];
        var candidates = new Candidate[count];
        var winners = new List<RuleMatch>();
        for (int g = 0; g < keys.Count; g++)
        {
            ConflictPolicy policy = keys[g].Policy;
            ReadOnlySpan<int> group = members.AsSpan(first[g], first[g + 1] - first[g]);
            if (policy == ConflictPolicy.KeepAll || group.Length == 1)
            {
                foreach (int i in group)
                {
                    keep[i] = true;
                }

                continue;
            }

            // Sorted by the policy on keys copied out of the matches; the order is total (a rule's matches never share
            // a start), so it is the same whatever the sort algorithm.
            Span<Candidate> sorted = candidates.AsSpan(0, group.Length);
            for (int k = 0; k < group.Length; k++)
            {
                RuleMatch m = matches[group[k]];
                sorted[k] = new Candidate(group[k], m.Length, m.Rule.Priority, m.Rule.Order, m.Start);
            }

            sorted.Sort(new CandidateComparer(policy == ConflictPolicy.PriorityThenLongest));
            winners.Clear();
            var byStart = new WinnerSpans();
            foreach (Candidate candidate in sorted)
            {
                RuleMatch m = matches[candidate.Index];
                RuleMatch? winner = byStart.FirstOverlapping(m, winners);
                if (winner is null)
                {
                    byStart.Add(m, winners.Count);
                    winners.Add(m);
                    keep[candidate.Index] = true;
                }
                else if (recordSuppressed)
                {
                    suppressed.Add(new Suppression(m, winner, policy));
                }
            }
        }

        var kept = new List<RuleMatch>(count);
        bool ordered = true;
        for (int i = 0; i < count; i++)
        {
            if (keep[i])
            {
                ordered &= kept.Count == 0 || kept[^1].Sequence < matches[i].Sequence;
                kept.Add(matches[i]);
            }
        }

        if (!ordered)
        {
            kept.Sort((x, y) => x.Sequence.CompareTo(y.Sequence));
        }

        return new ConflictOutcome(kept, suppressed);
    }

    /// <summary>Returns the index (in <paramref name="keys"/>) of the conflict group of <paramref name="label"/>, adding
    /// the group when it is new; labels seen before are found in <paramref name="labels"/>.</summary>
    private static int GroupIndex(RuleSet rules, Label label, List<(Label Label, int Group)> labels, List<(string Name, ConflictPolicy Policy)> keys)
    {
        foreach ((Label seen, int group) in labels)
        {
            if (seen == label)
            {
                return group;
            }
        }

        (string Name, ConflictPolicy Policy) key = GroupOf(rules, label);
        int g = keys.IndexOf(key);
        if (g < 0)
        {
            g = keys.Count;
            keys.Add(key);
        }

        labels.Add((label, g));
        return g;
    }

    private static (string Name, ConflictPolicy Policy) GroupOf(RuleSet rules, Label label)
    {
        foreach (ConflictGroup g in rules.Conflicts)
        {
            if (g.Labels.Contains(label))
            {
                return (string.Join("+", g.Labels), g.Policy);
            }
        }

        return (label.Name, ConflictPolicy.LongestThenPriority);
    }

    /// <summary>A match's sort keys, copied out of it.</summary>
    private readonly record struct Candidate(int Index, int Length, int Priority, int Order, int Start);

    /// <summary>Orders candidates best first: longer then higher priority (or the reverse), then earlier rule, then earlier start.</summary>
    private readonly struct CandidateComparer(bool priorityFirst) : IComparer<Candidate>
    {
        public int Compare(Candidate x, Candidate y)
        {
            int byLength = y.Length.CompareTo(x.Length);
            int byPriority = y.Priority.CompareTo(x.Priority);
            int first = priorityFirst ? byPriority : byLength;
            int second = priorityFirst ? byLength : byPriority;
            if (first != 0)
            {
                return first;
            }

            if (second != 0)
            {
                return second;
            }

            int byOrder = x.Order.CompareTo(y.Order);
            return byOrder != 0 ? byOrder : x.Start.CompareTo(y.Start);
        }
    }

    /// <summary>Explains why <paramref name="winner"/> beat <paramref name="loser"/> under <paramref name="policy"/>.</summary>
    /// <param name="policy">The policy applied.</param>
    /// <param name="winner">The kept match.</param>
    /// <param name="loser">The suppressed match.</param>
    /// <returns>The reason, as explain prints it.</returns>
    internal static string Reason(ConflictPolicy policy, RuleMatch winner, RuleMatch loser)
    {
        string length = $"longer ({winner.Length} vs {loser.Length} characters)";
        string priority = $"higher priority ({winner.Rule.Priority} vs {loser.Rule.Priority})";
        string name = policy == ConflictPolicy.PriorityThenLongest ? "priority-then-longest" : "longest-then-priority";
        string? why = policy == ConflictPolicy.PriorityThenLongest
            ? (winner.Rule.Priority != loser.Rule.Priority ? priority : winner.Length != loser.Length ? length : null)
            : (winner.Length != loser.Length ? length : winner.Rule.Priority != loser.Rule.Priority ? priority : null);
        why ??= winner.Rule.Order != loser.Rule.Order ? "earlier rule in file order" : "earlier start";
        return $"{name}: {winner.Rule.Id} is {why}";
    }
}

/// <summary>A match that lost a conflict.</summary>
/// <param name="Loser">The suppressed match.</param>
/// <param name="Winner">The match that beat it.</param>
/// <param name="Policy">The policy applied.</param>
internal sealed record Suppression(RuleMatch Loser, RuleMatch Winner, ConflictPolicy Policy)
{
    /// <summary>Gets why the winner won (written when asked: only explain reads it).</summary>
    public string Reason => ConflictResolver.Reason(Policy, Winner, Loser);
}

/// <summary>
/// The kept matches of one conflict group, which never overlap one another, sorted by start, so the first kept match
/// (in the order kept) that overlaps a new one is found by binary search instead of a scan of every kept match.
/// </summary>
internal sealed class WinnerSpans
{
    private readonly List<(int Start, int End, int Order)> _spans = [];
    private bool _linear;

    /// <summary>Adds a kept match.</summary>
    /// <param name="m">The match, which overlaps no match added before.</param>
    /// <param name="order">Its position in the list of kept matches.</param>
    public void Add(RuleMatch m, int order)
    {
        // An empty span breaks the order of ends the search relies on: then every look-up scans.
        _linear |= m.End <= m.Start;
        int i = Lower(m.Start);
        _spans.Insert(i, (m.Start, m.End, order));
    }

    /// <summary>Returns the earliest kept match that overlaps <paramref name="m"/>, or <see langword="null"/>.</summary>
    /// <param name="m">A candidate match.</param>
    /// <param name="winners">The kept matches, in the order kept.</param>
    /// <returns>The match, or <see langword="null"/>.</returns>
    public RuleMatch? FirstOverlapping(RuleMatch m, List<RuleMatch> winners)
    {
        // Kept spans do not overlap, so their ends grow with their starts: the ones overlapping m form one run,
        // starting at the first span that ends after m starts.
        int lo = 0, hi = _linear || m.End <= m.Start ? 0 : _spans.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_spans[mid].End <= m.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        int best = -1;
        bool scanAll = _linear || m.End <= m.Start;
        for (int i = lo; i < _spans.Count && (scanAll || _spans[i].Start < m.End); i++)
        {
            if (_spans[i].End > m.Start && _spans[i].Start < m.End && (best < 0 || _spans[i].Order < best))
            {
                best = _spans[i].Order;
            }
        }

        return best < 0 ? null : winners[best];
    }

    private int Lower(int start)
    {
        int lo = 0, hi = _spans.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_spans[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}

/// <summary>The result of conflict resolution.</summary>
/// <param name="Kept">The surviving matches, in the order they were found.</param>
/// <param name="Suppressed">The losers.</param>
internal sealed record ConflictOutcome(List<RuleMatch> Kept, List<Suppression> Suppressed);
