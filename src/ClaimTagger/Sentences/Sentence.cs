using ClaimTagger.Sections;
using ClaimTagger.Text;

namespace ClaimTagger.Sentences;

/// <summary>A sentence of the article, with the paragraph and section it lies in.</summary>
/// <param name="Index">The zero-based position of the sentence in the article.</param>
/// <param name="Span">The sentence's text, without leading or trailing white space.</param>
/// <param name="Paragraph">The index of the paragraph holding the sentence.</param>
/// <param name="Section">The section of that paragraph.</param>
/// <param name="FirstToken">The index of the sentence's first token in <see cref="Analysis.AnalyzedText.Tokens"/>.</param>
/// <param name="TokenCount">The number of tokens in the sentence.</param>
public readonly record struct Sentence(int Index, TextSpan Span, int Paragraph, SectionKind Section, int FirstToken, int TokenCount);
