using ClaimTagger.Rules;

namespace ClaimTagger.Matching;

/// <summary>A rule's match in an article, in characters, before conflict resolution.</summary>
internal sealed class RuleMatch
{
    public required Rule Rule { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    public required int FirstSentence { get; init; }

    public required int LastSentence { get; init; }

    /// <summary>Gets the roles: name → character span.</summary>
    public required RoleMap Roles { get; init; }

    /// <summary>Gets the order the match was found in, for stable ties.</summary>
    public required int Sequence { get; init; }

    public int Length => End - Start;

    public bool Overlaps(RuleMatch other) => Start < other.End && other.Start < End;

    public override string ToString() => $"{Rule.Id} {Start}..{End}";
}
