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
        var kept = new List<RuleMatch>();
        var suppressed = new List<Suppression>();
        foreach (var group in matches.GroupBy(m => GroupOf(rules, m.Rule.Label)))
        {
            ConflictPolicy policy = group.Key.Policy;
            var members = group.ToList();
            if (policy == ConflictPolicy.KeepAll)
            {
                kept.AddRange(members);
                continue;
            }

            members.Sort((x, y) => Compare(policy, x, y));
            var winners = new List<RuleMatch>();
            foreach (RuleMatch m in members)
            {
                RuleMatch? winner = winners.Find(w => w.Overlaps(m));
                if (winner is null)
                {
                    winners.Add(m);
                }
                else
                {
                    suppressed.Add(new Suppression(m, winner, policy, Reason(policy, winner, m)));
                }
            }

            kept.AddRange(winners);
        }

        kept.Sort((x, y) => x.Sequence.CompareTo(y.Sequence));
        return new ConflictOutcome(kept, suppressed);
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

    private static string Reason(ConflictPolicy policy, RuleMatch winner, RuleMatch loser)
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
/// <param name="Reason">Why the winner won.</param>
internal sealed record Suppression(RuleMatch Loser, RuleMatch Winner, ConflictPolicy Policy, string Reason);

/// <summary>The result of conflict resolution.</summary>
/// <param name="Kept">The surviving matches, in the order they were found.</param>
/// <param name="Suppressed">The losers.</param>
internal sealed record ConflictOutcome(List<RuleMatch> Kept, List<Suppression> Suppressed);
