namespace ClaimTagger.Tokens;

/// <summary>What kind of text a token is.</summary>
public enum TokenKind : byte
{
    /// <summary>A word: letters, with inner or edge apostrophes and hyphens ("Moscow’s", "can’t", "US-led", "’90s").</summary>
    Word,

    /// <summary>
    /// A number: digits with inner separators <c>. , : /</c> between digits ("1,200", "3.5", "11:18",
    /// "26/10/2021") or inner hyphens ("2-1"), and at most a three-letter suffix ("5m", "3bn", "1990s", "3rd").
    /// A sign, currency symbol or percent sign is a token of its own ("£", "5m"; "40", "%").
    /// </summary>
    Number,

    /// <summary>A punctuation mark other than a quotation mark: one character, or a run of full stops ("..."),
    /// of <c>!</c> and <c>?</c>, of hyphens or of one dash character.</summary>
    Punctuation,

    /// <summary>A quotation mark that opens or closes a quoted span.</summary>
    QuoteMark,

    /// <summary>Anything else: currency, maths and other symbols, the percent sign, and emoji (one token per
    /// user-perceived character, so "👍🏽" or a flag is one token covering all its code units).</summary>
    Symbol,
}
