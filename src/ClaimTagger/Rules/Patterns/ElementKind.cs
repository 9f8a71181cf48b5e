namespace ClaimTagger.Rules.Patterns;

/// <summary>What one pattern element matches.</summary>
internal enum ElementKind
{
    /// <summary>One token, tested by text, lower, regex, shape, flags or <c>token: any</c>.</summary>
    Token,

    /// <summary>One lexicon entry (one or more tokens).</summary>
    Lexicon,

    /// <summary>A whole quoted span, from its opening mark to its closing mark.</summary>
    Quote,

    /// <summary>A mention of a person or organisation.</summary>
    Entity,

    /// <summary>A zero-width test of the window's start or end.</summary>
    Anchor,

    /// <summary>A sub-sequence.</summary>
    Group,

    /// <summary>Alternative sub-sequences.</summary>
    OneOf,
}
