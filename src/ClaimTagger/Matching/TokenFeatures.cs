using ClaimTagger.Tokens;

namespace ClaimTagger.Matching;

/// <summary>The token facts rules can test with <c>flags:</c>; the first twelve mirror <see cref="TokenFlags"/>.</summary>
[Flags]
internal enum TokenFeatures
{
    None = 0,
    Capitalized = TokenFlags.Capitalized,
    AllCaps = TokenFlags.AllCaps,
    Lower = TokenFlags.Lower,
    Pronoun = TokenFlags.Pronoun,
    OpenQuote = TokenFlags.OpenQuote,
    CloseQuote = TokenFlags.CloseQuote,
    Punctuation = TokenFlags.Punctuation,
    Number = TokenFlags.Digit,
    Hyphenated = TokenFlags.Hyphenated,
    Apostrophe = TokenFlags.Apostrophe,
    SentenceStart = TokenFlags.SentenceStart,
    Dash = TokenFlags.Dash,

    /// <summary>A word (letters).</summary>
    Word = 1 << 16,

    /// <summary>A quotation mark.</summary>
    QuoteMark = 1 << 17,

    /// <summary>Inside a quoted span (the marks included).</summary>
    Quoted = 1 << 18,
}
