using ClaimTagger.Text;

namespace ClaimTagger.Sentences;

/// <summary>The built-in sentence splitter. (Placeholder: one sentence per paragraph.)</summary>
public sealed class DefaultSentenceSplitter : ISentenceSplitter
{
    /// <summary>Gets the shared instance.</summary>
    public static DefaultSentenceSplitter Instance { get; } = new();

    /// <inheritdoc />
    public void Split(string text, TextSpan paragraph, List<TextSpan> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (!paragraph.IsEmpty)
        {
            sentences.Add(paragraph);
        }
    }
}
