using ClaimTagger.Analysis;
using ClaimTagger.Rules;
using ClaimTagger.Sections;
using ClaimTagger.Sentences;

namespace ClaimTagger;

/// <summary>Configures and builds an immutable <see cref="Tagger"/>.</summary>
/// <remarks>
/// Rules are layered: the built-in defaults first (when <see cref="UseDefaultRules"/> is called), then every added
/// file in the order added. A later file may add rules, <c>disable</c> earlier ones or <c>override</c> their
/// priority and confidence. A builder is not thread-safe; the tagger it builds is.
/// </remarks>
public sealed class ClaimTaggerBuilder
{
    /// <summary>The prefix of the embedded default rule files' resource names.</summary>
    internal const string DefaultResourcePrefix = "ClaimTagger.Rules.Defaults.";

    private readonly List<RuleSource> _sources = [];
    private readonly List<string> _disabled = [];
    private ISectionDetector? _sectionDetector;
    private ISentenceSplitter? _sentenceSplitter;
    private bool _useDefaults;
    private RuleSetLimits _limits = RuleSetLimits.Default;
    private Func<string, AnalyzedText>? _analyze;

    /// <summary>Adds the built-in default rules as the first layer.</summary>
    /// <returns>This builder.</returns>
    public ClaimTaggerBuilder UseDefaultRules()
    {
        _useDefaults = true;
        return this;
    }

    /// <summary>Adds a rule file; diagnostics name it by <paramref name="path"/>.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public ClaimTaggerBuilder AddRuleFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        _sources.Add(new RuleSource(path, File.ReadAllText(path)));
        return this;
    }

    /// <summary>Adds rules from YAML text.</summary>
    /// <param name="yaml">The rule file's text.</param>
    /// <param name="sourceName">The name diagnostics use for it.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ClaimTaggerBuilder AddRules(string yaml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(sourceName);
        _sources.Add(new RuleSource(sourceName, yaml));
        return this;
    }

    /// <summary>Adds rules from a stream of UTF-8 (or BOM-marked) YAML; the stream is read to its end, not closed.</summary>
    /// <param name="stream">The rule file's content.</param>
    /// <param name="sourceName">The name diagnostics use for it.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public ClaimTaggerBuilder AddRules(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        using var reader = new StreamReader(stream, leaveOpen: true);
        _sources.Add(new RuleSource(sourceName, reader.ReadToEnd()));
        return this;
    }

    /// <summary>Switches off a rule by id, whichever layer defines it.</summary>
    /// <param name="id">The rule's id; an id that names no rule is an error at <see cref="Build"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public ClaimTaggerBuilder DisableRule(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        _disabled.Add(id);
        return this;
    }

    /// <summary>Replaces the limits that protect the rule loader.</summary>
    /// <param name="limits">The limits.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is <see langword="null"/>.</exception>
    public ClaimTaggerBuilder WithRuleLimits(RuleSetLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        _limits = limits;
        return this;
    }

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

    /// <summary>Loads and checks every rule layer without building a tagger (for linting).</summary>
    /// <returns>The rule set, or every diagnostic that prevents it; warnings are included either way.</returns>
    public RuleSetParseResult LoadRules() => RuleSetParser.Parse(AllSources(), _limits, _disabled);

    /// <summary>Builds the tagger.</summary>
    /// <returns>An immutable, thread-safe tagger.</returns>
    /// <exception cref="RuleSetException">Any rule file has an error; the exception lists every diagnostic.</exception>
    public Tagger Build()
    {
        RuleSetParseResult result = LoadRules();
        RuleSet rules = result.GetRuleSetOrThrow();
        var analyzer = new TextAnalyzer(_sectionDetector, _sentenceSplitter);
        return new Tagger(_analyze ?? analyzer.Analyze, rules, result.Diagnostics);
    }

    /// <summary>Replaces the whole text analysis (tests use it to feed hand-made tokens).</summary>
    /// <param name="analyze">Turns an article into its analysed form.</param>
    /// <returns>This builder.</returns>
    internal ClaimTaggerBuilder UseTextAnalysis(Func<string, AnalyzedText> analyze)
    {
        _analyze = analyze;
        return this;
    }

    /// <summary>Returns the embedded default rule files, sorted by name.</summary>
    /// <returns>The default layers.</returns>
    internal static IReadOnlyList<RuleSource> DefaultSources()
    {
        var assembly = typeof(ClaimTaggerBuilder).Assembly;
        var result = new List<RuleSource>();
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(DefaultResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using Stream stream = assembly.GetManifestResourceStream(name)!;
            result.Add(new RuleSource("embedded:" + name[DefaultResourcePrefix.Length..], ReadUtf8(stream)) { IsBuiltIn = true });
        }

        return result;
    }

    /// <summary>Decodes a UTF-8 resource in one step (no growing buffers: its length is known), dropping a byte order mark.</summary>
    /// <param name="stream">The resource.</param>
    /// <returns>Its text.</returns>
    private static string ReadUtf8(Stream stream)
    {
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        ReadOnlySpan<byte> text = bytes;
        return System.Text.Encoding.UTF8.GetString(text.StartsWith("\uFEFF"u8) ? text[3..] : text);
    }

    private IEnumerable<RuleSource> AllSources() => _useDefaults ? DefaultSources().Concat(_sources) : _sources;
}
