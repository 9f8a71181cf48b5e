using ClaimTagger.Matching;

namespace ClaimTagger.Rules.Patterns;

/// <summary>One element of a token pattern, as read from YAML.</summary>
internal sealed class ElementNode
{
    public required SourceLocation Location { get; init; }

    public ElementKind Kind { get; set; } = ElementKind.Token;

    // Token tests (Kind == Token), ANDed.
    public List<string>? Text { get; set; }

    public List<string>? Lower { get; set; }

    public DeferredRegex? Regex { get; set; }

    public string? RegexSource { get; set; }

    public List<string>? Shapes { get; set; }

    /// <summary>Gets or sets the endings a <c>suffix</c> part accepts (a word of letters ending in one of them, with at
    /// least one letter before it; or a joined ending such as <c>-led</c> after a word), or <see langword="null"/>.</summary>
    public List<string>? Suffixes { get; set; }

    /// <summary>Gets or sets the fewest characters the token may have (<c>min-length</c>; 0 for no limit).</summary>
    public int MinLength { get; set; }

    /// <summary>Gets or sets the most characters the token may have (<c>max-length</c>).</summary>
    public int MaxLength { get; set; } = int.MaxValue;

    public TokenFeatures Flags { get; set; }

    public bool AnyToken { get; set; }

    public bool Negate { get; set; }

    public bool CaseSensitive { get; set; }

    // Lexicon.
    public List<(string Name, SourceLocation Location)>? Lexicons { get; set; }

    // Quote.
    public QuoteMode Quote { get; set; }

    public int MinWords { get; set; }

    public int MaxWords { get; set; } = int.MaxValue;

    /// <summary>Gets or sets the nesting depth a quote must have (0 = outermost), or <see langword="null"/> for any.</summary>
    public int? QuoteDepth { get; set; }

    // Entity.
    public EntityMode Entity { get; set; }

    // Anchor.
    public AnchorKind Anchor { get; set; }

    // Group / one-of.
    public SequenceNode? Group { get; set; }

    public List<SequenceNode>? OneOf { get; set; }

    // Repetition and capture.
    public int Min { get; set; } = 1;

    public int Max { get; set; } = 1;

    public bool Unbounded { get; set; }

    public bool Lazy { get; set; }

    public string? Role { get; set; }

    /// <summary>Gets a value indicating whether the element can match zero tokens.</summary>
    public bool IsNullable => Min == 0 || Kind == ElementKind.Anchor || (Kind == ElementKind.Group && Group!.IsNullable) ||
        (Kind == ElementKind.OneOf && OneOf!.Exists(s => s.IsNullable));

    /// <summary>Gets a value indicating whether the element can match zero tokens without testing anything: skipped,
    /// or a group or branch that can be, with no anchor on the way (an anchor matches no token, but not everywhere).</summary>
    public bool IsVacuous => Min == 0 || (Kind == ElementKind.Group && Group!.IsVacuous) ||
        (Kind == ElementKind.OneOf && OneOf!.Exists(s => s.IsVacuous));
}
