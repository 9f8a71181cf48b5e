namespace ClaimTagger.Tokens;

/// <summary>Facts about a token that rules can test without a language model.</summary>
[Flags]
public enum TokenFlags
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary>The first letter is upper case ("Lagos", "NATO").</summary>
    Capitalized = 1 << 0,

    /// <summary>Two or more letters, all upper case ("NATO", "AT").</summary>
    AllCaps = 1 << 1,

    /// <summary>All letters are lower case.</summary>
    Lower = 1 << 2,

    /// <summary>A personal pronoun that can stand for a speaker (he, she, they, it, we, I …).</summary>
    Pronoun = 1 << 3,

    /// <summary>A quotation mark that opens a quoted span.</summary>
    OpenQuote = 1 << 4,

    /// <summary>A quotation mark that closes a quoted span.</summary>
    CloseQuote = 1 << 5,

    /// <summary>A punctuation mark (including quotation marks).</summary>
    Punctuation = 1 << 6,

    /// <summary>A number, or a word containing digits.</summary>
    Digit = 1 << 7,

    /// <summary>A word with an inner hyphen ("US-led").</summary>
    Hyphenated = 1 << 8,

    /// <summary>A word with an apostrophe ("Moscow’s", "can’t").</summary>
    Apostrophe = 1 << 9,

    /// <summary>The first token of its sentence.</summary>
    SentenceStart = 1 << 10,

    /// <summary>A dash used as punctuation (– — and a spaced hyphen).</summary>
    Dash = 1 << 11,
}
