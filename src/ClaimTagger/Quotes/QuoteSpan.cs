using ClaimTagger.Text;

namespace ClaimTagger.Quotes;

/// <summary>A quoted span: its marks, its content, and how it sits in the article.</summary>
/// <param name="Span">From the opening mark to the closing mark, both included; to the end of the last
/// paragraph it reaches when it never closes.</param>
/// <param name="Content">The quoted words, without the outer marks and without surrounding white space
/// (empty, at the position after the opening mark, for <c>“ ”</c>). A quote over several paragraphs keeps the
/// paragraph breaks and the continuation marks that open each paragraph inside its content.</param>
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

    /// <summary>Gets the family of the opening mark (double, single, guillemet …).</summary>
    public QuoteFamily Family => TextChars.GetQuoteFamily(OpenMark);

    /// <summary>Gets the one-character span of the opening mark.</summary>
    public TextSpan OpenMarkSpan => new(Span.Start, Span.Start + 1);

    /// <summary>Gets the one-character span of the closing mark, or an empty span at <see cref="TextSpan.End"/> of
    /// <see cref="Span"/> when the quote never closes.</summary>
    public TextSpan CloseMarkSpan => IsClosed ? new(Span.End - 1, Span.End) : new(Span.End, Span.End);
}
