namespace ClaimTagger.Rules.Patterns;

/// <summary>Which quoted spans a <c>quote:</c> element accepts.</summary>
internal enum QuoteMode
{
    /// <summary>Every quoted span.</summary>
    Any,

    /// <summary>Quoted spans with a closing mark.</summary>
    Closed,

    /// <summary>Quoted spans that never close.</summary>
    Unclosed,
}
