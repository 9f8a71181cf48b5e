using ClaimTagger.Matching;

namespace ClaimTagger.Rules;

/// <summary>A loaded, validated and compiled set of rules, from one or more layered files.</summary>
/// <remarks>Thread safety: immutable; one instance may be used by many threads at once.</remarks>
public sealed class RuleSet
{
    private readonly Dictionary<string, Rule> _byId;

    internal RuleSet(IReadOnlyList<Rule> rules, IReadOnlyList<Lexicon> lexicons, IReadOnlyList<ConflictGroup> conflicts, IReadOnlyList<string> disabled, IReadOnlyList<string> sources)
    {
        Rules = rules;
        Lexicons = lexicons;
        Conflicts = conflicts;
        DisabledRules = disabled;
        Sources = sources;
        _byId = new Dictionary<string, Rule>(StringComparer.Ordinal);
        foreach (Rule rule in rules)
        {
            _byId[rule.Id] = rule;
        }
    }

    /// <summary>Gets the enabled rules, in file order.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Gets the lexicons of every file.</summary>
    public IReadOnlyList<Lexicon> Lexicons { get; }

    /// <summary>Gets the declared conflict groups, after layering (labels not named here use <see cref="ConflictPolicy.LongestThenPriority"/> on their own).</summary>
    public IReadOnlyList<ConflictGroup> Conflicts { get; }

    /// <summary>Gets the ids of the rules switched off by <c>disable:</c> or <see cref="ClaimTaggerBuilder.DisableRule"/>.</summary>
    public IReadOnlyList<string> DisabledRules { get; }

    /// <summary>Gets the names of the files the set was loaded from, in layer order.</summary>
    public IReadOnlyList<string> Sources { get; }

    internal RuleEngine Engine { get; set; } = null!;

    /// <summary>Returns the enabled rule with id <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">A rule id.</param>
    /// <returns>The rule, or <see langword="null"/>.</returns>
    public Rule? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.GetValueOrDefault(id);
    }

    /// <summary>Returns the conflict policy that applies to <paramref name="label"/>.</summary>
    /// <param name="label">A label.</param>
    /// <returns>The declared policy, or <see cref="ConflictPolicy.LongestThenPriority"/>.</returns>
    public ConflictPolicy PolicyOf(Label label)
    {
        foreach (ConflictGroup group in Conflicts)
        {
            if (group.Labels.Contains(label))
            {
                return group.Policy;
            }
        }

        return ConflictPolicy.LongestThenPriority;
    }
}
