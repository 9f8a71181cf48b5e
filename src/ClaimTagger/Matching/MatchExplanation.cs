namespace ClaimTagger.Matching;

/// <summary>One match of a rule in an explain report, and what became of it.</summary>
/// <param name="Start">The UTF-16 index where the match starts.</param>
/// <param name="End">The index one past where it ends.</param>
/// <param name="Text">The matched text.</param>
/// <param name="Roles">The roles the match captured (empty for a filtered match).</param>
/// <param name="Outcome">Whether it became a tag, lost a conflict, or was filtered out.</param>
/// <param name="Reason">For a suppressed or filtered match, why; otherwise <see langword="null"/>.</param>
/// <param name="Winner">For a suppressed match, the id of the rule whose tag won; otherwise <see langword="null"/>.</param>
public sealed record MatchExplanation(int Start, int End, string Text, IReadOnlyDictionary<string, RoleSpan> Roles, MatchOutcome Outcome, string? Reason, string? Winner);
