namespace ClaimTagger.Rules.Patterns;

/// <summary>A condition: a pattern, <c>any</c> or <c>all</c>, with the filters that remove matches.</summary>
internal sealed class ConditionNode
{
    public required SourceLocation Location { get; init; }

    public ConditionKind Kind { get; set; }

    public SequenceNode? Pattern { get; set; }

    public List<ConditionNode> Branches { get; } = [];

    public List<ConditionNode> Not { get; } = [];

    public List<ConditionNode> Inside { get; } = [];

    public List<ConditionNode> NotInside { get; } = [];

    public List<SequenceNode> Before { get; } = [];

    public List<SequenceNode> After { get; } = [];

    public List<SequenceNode> NotBefore { get; } = [];

    public List<SequenceNode> NotAfter { get; } = [];

    /// <summary>Adds the role names the condition's matches can carry (filters carry none).</summary>
    /// <param name="roles">Receives the names.</param>
    public void CollectRoles(ISet<string> roles)
    {
        Pattern?.CollectRoles(roles);
        foreach (ConditionNode b in Branches)
        {
            b.CollectRoles(roles);
        }
    }

    /// <summary>Visits every sequence in the condition, filters included.</summary>
    /// <param name="visit">Called for each sequence.</param>
    public void VisitSequences(Action<SequenceNode> visit)
    {
        if (Pattern is not null)
        {
            visit(Pattern);
        }

        foreach (ConditionNode c in Branches.Concat(Not).Concat(Inside).Concat(NotInside))
        {
            c.VisitSequences(visit);
        }

        foreach (SequenceNode s in Before.Concat(After).Concat(NotBefore).Concat(NotAfter))
        {
            visit(s);
        }
    }
}
