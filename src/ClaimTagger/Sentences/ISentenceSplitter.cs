using ClaimTagger.Text;

namespace ClaimTagger.Sentences;

/// <summary>Splits one paragraph into sentences.</summary>
/// <remarks>Implementations must be thread-safe and must never throw on article text.</remarks>
public interface ISentenceSplitter
{
    /// <summary>Appends the sentences of <paramref name="paragraph"/> to <paramref name="sentences"/>.</summary>
    /// <param name="text">The untouched article text.</param>
    /// <param name="paragraph">The paragraph to split.</param>
    /// <param name="sentences">Receives the sentence spans in order: inside the paragraph, non-overlapping,
    /// trimmed of white space, and together covering every non-space character of the paragraph.</param>
    void Split(string text, TextSpan paragraph, List<TextSpan> sentences);
}
