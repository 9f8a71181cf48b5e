using ClaimTagger.Analysis;
using ClaimTagger.Sections;
using ClaimTagger.Sentences;

namespace ClaimTagger;

/// <summary>Configures and builds an immutable <see cref="Tagger"/>.</summary>
/// <remarks>A builder is not thread-safe; the tagger it builds is.</remarks>
public sealed class ClaimTaggerBuilder
{
    private ISectionDetector? _sectionDetector;
    private ISentenceSplitter? _sentenceSplitter;

    /// <summary>Adds the built-in default rules.</summary>
    /// <returns>This builder.</returns>
    public ClaimTaggerBuilder UseDefaultRules() => this;

    /// <summary>Replaces the section detector.</summary>
    /// <param name="detector">The detector to use.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="detector"/> is <see langword="null"/>.</exception>
    public ClaimTaggerBuilder UseSectionDetector(ISectionDetector detector)
    {
        ArgumentNullException.ThrowIfNull(detector);
        _sectionDetector = detector;
        return this;
    }

    /// <summary>Replaces the sentence splitter.</summary>
    /// <param name="splitter">The splitter to use.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="splitter"/> is <see langword="null"/>.</exception>
    public ClaimTaggerBuilder UseSentenceSplitter(ISentenceSplitter splitter)
    {
        ArgumentNullException.ThrowIfNull(splitter);
        _sentenceSplitter = splitter;
        return this;
    }

    /// <summary>Builds the tagger.</summary>
    /// <returns>An immutable, thread-safe tagger.</returns>
    public Tagger Build() => new(new TextAnalyzer(_sectionDetector, _sentenceSplitter));
}
