using ClaimTagger.Text;

namespace ClaimTagger.Sections;

/// <summary>A paragraph (a block of text between blank lines or line breaks) and the section it belongs to.</summary>
/// <param name="Index">The zero-based position of the paragraph in the article.</param>
/// <param name="Span">The paragraph's text, without surrounding white space.</param>
/// <param name="Section">The section the paragraph belongs to.</param>
public readonly record struct Paragraph(int Index, TextSpan Span, SectionKind Section);
