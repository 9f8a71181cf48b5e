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
    /// <returns>The kept matches (in input order) and the suppressed ones.</returns>
    public static ConflictOutcome Resolve(IReadOnlyList<RuleMatch> matches, RuleSet rules)
    {
        var kept = new List<RuleMatch>(matches.Count);
        var suppressed = new List<Suppression>();

        // The matches by conflict group, the groups in order of first appearance; a label's group is looked up once.
        var labels = new List<(Label Label, int Group)>();
        var keys = new List<(string Name, ConflictPolicy Policy)>();
        var groups = new List<List<RuleMatch>>();
        foreach (RuleMatch m in matches)
        {
            int g = GroupIndex(rules, m.Rule.Label, labels, keys);
            if (g == groups.Count)
            {
                groups.Add([]);
            }

            groups[g].Add(m);
        }

        for (int g = 0; g < groups.Count; g++)
        {
            ConflictPolicy policy = keys[g].Policy;
            List<RuleMatch> members = groups[g];
            if (policy == ConflictPolicy.KeepAll || members.Count == 1)
            {
                kept.AddRange(members);
                continue;
            }

            members.Sort((x, y) => Compare(policy, x, y));
            var winners = new List<RuleMatch>();
            var byStart = new WinnerSpans();
            foreach (RuleMatch m in members)
            {
                RuleMatch? winner = byStart.FirstOverlapping(m, winners);
                if (winner is null)
                {
                    byStart.Add(m, winners.Count);
                    winners.Add(m);
                }
                else
                {
                    suppressed.Add(new Suppression(m, winner, policy));
                }
            }

            kept.AddRange(winners);
        }

        kept.Sort((x, y) => x.Sequence.CompareTo(y.Sequence));
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

    private static int Compare(ConflictPolicy policy, RuleMatch x, RuleMatch y)
    {
        int byLength = y.Length.CompareTo(x.Length);
        int byPriority = y.Rule.Priority.CompareTo(x.Rule.Priority);
        int first = policy == ConflictPolicy.PriorityThenLongest ? byPriority : byLength;
        int second = policy == ConflictPolicy.PriorityThenLongest ? byLength : byPriority;
        if (first != 0)
        {
            return first;
        }

        if (second != 0)
        {
            return second;
        }

        int byOrder = x.Rule.Order.CompareTo(y.Rule.Order);
        return byOrder != 0 ? byOrder : x.Start.CompareTo(y.Start);
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
