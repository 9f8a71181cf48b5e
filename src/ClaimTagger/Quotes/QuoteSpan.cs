using ClaimTagger.Text;

namespace ClaimTagger.Quotes;

/// <summary>A quoted span: its marks, its content, and how it sits in the article.</summary>
/// <param name="Span">From the opening mark to the closing mark, both included; to the end of the last
/// paragraph it reaches when it never closes.</param>
/// <param name="Content">The quoted words, without the outer marks and without surrounding white space.</param>
/// <param name="OpenMark">The opening quotation mark.</param>
/// <param name="CloseMark">The closing quotation mark, or <c>'\0'</c> when the quote never closes.</param>
/// <param name="Depth">0 for an outermost quote, 1 for a quote inside it, and so on.</param>
/// <param name="FirstParagraph">The index of the paragraph where the quote opens.</param>
/// <param name="LastParagraph">The index of the paragraph where it closes (or ends unclosed).</param>
public sealed record QuoteSpan(TextSpan Span, TextSpan Content, char OpenMark, char CloseMark, int Depth, int FirstParagraph, int LastParagraph)
{
    /// <summary>Gets a value indicating whether the quote has a closing mark.</summary>
    public bool IsClosed => CloseMark != '\0';

    /// <summary>Gets a value indicating whether the quote runs over more than one paragraph.</summary>
    public bool IsMultiParagraph => LastParagraph > FirstParagraph;
}
