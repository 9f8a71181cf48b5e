using ClaimTagger.Analysis;
using ClaimTagger.Rules;
using ClaimTagger.Sentences;

namespace ClaimTagger;

/// <summary>The built-in <see cref="ITagger"/>: runs the text pipeline, then the compiled rules.</summary>
/// <remarks>Thread safety: a built tagger is immutable; one instance may tag on many threads at once.</remarks>
public sealed class Tagger : ITagger
{
    private static readonly Lazy<Tagger> DefaultTagger = new(() => new ClaimTaggerBuilder().UseDefaultRules().Build());
    private readonly Func<string, AnalyzedText> _analyze;

    internal Tagger(Func<string, AnalyzedText> analyze, RuleSet rules, IReadOnlyList<RuleDiagnostic> diagnostics)
    {
        _analyze = analyze;
        Rules = rules;
        RuleDiagnostics = diagnostics;
    }

    /// <summary>Gets the compiled rules the tagger runs.</summary>
    public RuleSet Rules { get; }

    /// <summary>Gets the warnings reported while the rules were loaded (a rule without examples …).</summary>
    public IReadOnlyList<RuleDiagnostic> RuleDiagnostics { get; }

    /// <summary>Returns the shared tagger with the built-in default rules.</summary>
    /// <returns>A cached, thread-safe tagger.</returns>
    public static Tagger CreateDefault() => DefaultTagger.Value;

    /// <inheritdoc />
    public TaggedArticle Tag(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        AnalyzedText analyzed = _analyze(text);
        var sentences = new TaggedSentence[analyzed.Sentences.Count];
        for (int i = 0; i < sentences.Length; i++)
        {
            Sentence s = analyzed.Sentences[i];
            sentences[i] = new TaggedSentence(s.Index, s.Span.Start, s.Span.End, s.Span.Slice(text), s.Section, s.Paragraph, []);
        }

        return new TaggedArticle(text, sentences, [], []);
    }
}
