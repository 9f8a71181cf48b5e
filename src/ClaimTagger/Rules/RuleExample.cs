using ClaimTagger.Sections;

namespace ClaimTagger.Rules;

/// <summary>An inline example of a rule: a text and what the rule must (or must not) find in it.</summary>
/// <param name="Text">The example text.</param>
/// <param name="Section">The section the text is treated as, or <see langword="null"/> for body (or the rule's first section when body is out of its scope).</param>
/// <param name="ExpectsMatch"><see langword="false"/> for <c>expect: none</c>: the rule must not match.</param>
/// <param name="ExpectedRoles">For a positive example, the text each named role must capture.</param>
/// <param name="ExpectedText">For a positive example, the text the whole tag must cover, or <see langword="null"/>.</param>
/// <param name="ExpectedLabel">For a positive example, the label the tag must carry, or <see langword="null"/>.</param>
/// <param name="Todo">When set, a known gap: the example runs and is reported but does not fail.</param>
/// <param name="Location">Where the example is written.</param>
public sealed record RuleExample(
    string Text,
    SectionKind? Section,
    bool ExpectsMatch,
    IReadOnlyDictionary<string, string> ExpectedRoles,
    string? ExpectedText,
    string? ExpectedLabel,
    string? Todo,
    SourceLocation Location);
