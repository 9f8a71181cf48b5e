namespace ClaimTagger.Rules.Patterns;

/// <summary>Where an <c>anchor:</c> element matches (it consumes no token).</summary>
internal enum AnchorKind
{
    /// <summary>The window's first position.</summary>
    Start,

    /// <summary>The window's end.</summary>
    End,

    /// <summary>The first token of a sentence (also the window's start).</summary>
    SentenceStart,

    /// <summary>Just after the last token of a sentence (also the window's end).</summary>
    SentenceEnd,
}
