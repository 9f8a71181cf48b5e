using ClaimTagger.Sections;

namespace ClaimTagger;

/// <summary>A sentence of a tagged article.</summary>
/// <param name="Index">The zero-based position of the sentence in the article.</param>
/// <param name="Start">The UTF-16 index where the sentence starts.</param>
/// <param name="End">The UTF-16 index one past where it ends.</param>
/// <param name="Text">The input between <paramref name="Start"/> and <paramref name="End"/>.</param>
/// <param name="Section">The section the sentence lies in.</param>
/// <param name="Paragraph">The index of the paragraph holding it.</param>
/// <param name="Labels">The labels of every tag that overlaps the sentence, in first-seen order.</param>
public sealed record TaggedSentence(int Index, int Start, int End, string Text, SectionKind Section, int Paragraph, IReadOnlyList<Label> Labels);
