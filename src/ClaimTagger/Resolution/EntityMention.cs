namespace ClaimTagger.Resolution;

/// <summary>One mention of a known person or organisation.</summary>
/// <param name="Start">The first character.</param>
/// <param name="End">One past the last character.</param>
/// <param name="Sentence">The sentence index.</param>
/// <param name="Paragraph">The paragraph index.</param>
/// <param name="InQuote">Whether the mention lies inside quotation marks (someone else's words).</param>
/// <param name="IsSubject">Whether it is the first person named in its sentence, outside quotation marks.</param>
/// <param name="Person">The person, for a person mention.</param>
/// <param name="Org">The organisation, for an organisation mention.</param>
/// <param name="Title">The title written with a person's name ("Mayor"), if any.</param>
internal sealed record EntityMention(int Start, int End, int Sentence, int Paragraph, bool InQuote, bool IsSubject, PersonEntry? Person, OrgEntry? Org, string? Title);
