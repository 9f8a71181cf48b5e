using ClaimTagger.Rules.Patterns;

namespace ClaimTagger.Rules;

/// <summary>A loaded and validated rule.</summary>
/// <remarks>Thread safety: immutable.</remarks>
public sealed class Rule
{
    internal Rule(string id, Label label, SourceLocation location, ConditionNode condition)
    {
        Id = id;
        Label = label;
        Location = location;
        Condition = condition;
    }

    /// <summary>Gets the rule's package-qualified id (<c>quote.trailing-source</c>).</summary>
    public string Id { get; }

    /// <summary>Gets the label of the tags the rule produces.</summary>
    public Label Label { get; }

    /// <summary>Gets the finer kind within the label (<c>loaded-verb</c>), or <see langword="null"/>.</summary>
    public string? Kind { get; internal init; }

    /// <summary>Gets the rule's message (roles may be named as <c>{source}</c>), or <see langword="null"/>.</summary>
    public string? Message { get; internal init; }

    /// <summary>Gets the rule's priority in conflicts (higher wins), after any override.</summary>
    public int Priority { get; internal init; }

    /// <summary>Gets the confidence, in 0..1, given to the rule's tags, after any override.</summary>
    public double Confidence { get; internal init; }

    /// <summary>Gets where the rule runs.</summary>
    public required RuleScope Scope { get; init; }

    /// <summary>Gets the rule's inline examples.</summary>
    public IReadOnlyList<RuleExample> Examples { get; internal init; } = [];

    /// <summary>Gets the names of the roles the rule can capture, sorted.</summary>
    public IReadOnlyList<string> Roles { get; internal init; } = [];

    /// <summary>Gets where the rule is defined.</summary>
    public SourceLocation Location { get; }

    /// <summary>Gets the rule's position in the rule set (file order), used to break ties.</summary>
    public int Order { get; internal init; }

    internal ConditionNode Condition { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Label})";
}
