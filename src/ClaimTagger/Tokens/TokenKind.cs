namespace ClaimTagger.Tokens;

/// <summary>What kind of text a token is.</summary>
public enum TokenKind : byte
{
    /// <summary>A word: letters, with inner or edge apostrophes and hyphens ("Moscow’s", "can’t", "US-led", "’90s").</summary>
    Word,

    /// <summary>A number, with inner separators ("1,200", "3.5", "11:18").</summary>
    Number,

    /// <summary>A punctuation mark other than a quotation mark.</summary>
    Punctuation,

    /// <summary>A quotation mark that opens or closes a quoted span.</summary>
    QuoteMark,

    /// <summary>Anything else: symbols, emoji, control characters.</summary>
    Symbol,
}
