namespace ClaimTagger.Sections;

/// <summary>Cuts an article into paragraphs and tells the section of each.</summary>
/// <remarks>Implementations must be thread-safe and must never throw on article text.</remarks>
public interface ISectionDetector
{
    /// <summary>Finds the paragraphs of <paramref name="text"/>, in order, and their sections.</summary>
    /// <param name="text">The untouched article text.</param>
    /// <returns>Non-overlapping paragraphs in text order; white space between them belongs to none.</returns>
    IReadOnlyList<Paragraph> Detect(string text);
}
