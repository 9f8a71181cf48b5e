using ClaimTagger.Sections;

namespace ClaimTagger.Rules;

/// <summary>Where a rule runs: which sections, inside or outside quotes, and over which window.</summary>
/// <param name="Sections">The sections whose sentences the rule runs on.</param>
/// <param name="Quotes">Where the match may lie with respect to quotation marks.</param>
/// <param name="Window">Whether the pattern runs over one sentence or a whole paragraph.</param>
public sealed record RuleScope(IReadOnlyList<SectionKind> Sections, QuoteScope Quotes, RuleWindow Window)
{
    /// <summary>Gets the sections a rule runs on when it names none: headline and body for
    /// <see cref="Label.DirectQuote"/> and <see cref="Label.Claim"/>, and also captions for every other label.</summary>
    /// <param name="label">The rule's label.</param>
    /// <returns>The default sections.</returns>
    public static IReadOnlyList<SectionKind> DefaultSections(Label label) =>
        label == Label.DirectQuote || label == Label.Claim
            ? [SectionKind.Headline, SectionKind.Body]
            : [SectionKind.Headline, SectionKind.Body, SectionKind.Caption];
}
