using ClaimTagger.Rules;

namespace ClaimTagger.Matching;

/// <summary>What one rule did in one window (a sentence, or a paragraph for paragraph-window rules).</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Label">The rule's label.</param>
/// <param name="Window">Whether the window is a sentence or a paragraph.</param>
/// <param name="FirstSentence">The index of the window's first sentence.</param>
/// <param name="LastSentence">The index of its last sentence.</param>
/// <param name="PrefilterKept">Whether the prefilter let the rule run (a rule with no required words always runs).</param>
/// <param name="RequiredWords">The words one of which must occur for the rule to run; empty when it always runs.</param>
/// <param name="Patterns">How far each of the rule's patterns got.</param>
/// <param name="Matches">The rule's matches and what became of each.</param>
/// <param name="Error">A problem that stopped the rule in this window (a regex timeout), or <see langword="null"/>.</param>
public sealed record RuleExplanation(
    string RuleId,
    Label Label,
    RuleWindow Window,
    int FirstSentence,
    int LastSentence,
    bool PrefilterKept,
    IReadOnlyList<string> RequiredWords,
    IReadOnlyList<PatternTrace> Patterns,
    IReadOnlyList<MatchExplanation> Matches,
    string? Error);
