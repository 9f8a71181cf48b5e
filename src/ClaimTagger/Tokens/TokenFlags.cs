namespace ClaimTagger.Tokens;

/// <summary>Facts about a token that rules can test without a language model.</summary>
/// <remarks>Stored in 16 bits so that a <see cref="Token"/> takes 12 bytes (bits 13 to 15 are free).</remarks>
[Flags]
public enum TokenFlags : ushort
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary>The first letter is upper case ("Lagos", "NATO").</summary>
    Capitalized = 1 << 0,

    /// <summary>Two or more letters, all upper case ("NATO", "AT").</summary>
    AllCaps = 1 << 1,

    /// <summary>All letters are lower case.</summary>
    Lower = 1 << 2,

    /// <summary>
    /// A personal pronoun that can stand for a person or organisation who speaks: the subject forms
    /// (I, you, he, she, it, we, they), the object forms (me, him, her, us, them) and the possessive forms
    /// (my, mine, your, yours, his, hers, its, our, ours, their, theirs), in any case except all capitals
    /// ("US" and "IT" are not pronouns; "I" is). A contraction of a subject pronoun ("he’s", "they’ll",
    /// "I’m") carries it too. See <see cref="TokenText.Pronouns"/>.
    /// </summary>
    Pronoun = 1 << 3,

    /// <summary>A quotation mark that opens a quoted span.</summary>
    OpenQuote = 1 << 4,

    /// <summary>A quotation mark that closes a quoted span.</summary>
    CloseQuote = 1 << 5,

    /// <summary>A punctuation mark (including quotation marks).</summary>
    Punctuation = 1 << 6,

    /// <summary>A number, or a word containing digits ("COVID-19", "’90s").</summary>
    Digit = 1 << 7,

    /// <summary>A word with an inner hyphen ("US-led").</summary>
    Hyphenated = 1 << 8,

    /// <summary>A word with an apostrophe inside or at an edge ("Moscow’s", "can’t", "students’", "’90s").</summary>
    Apostrophe = 1 << 9,

    /// <summary>The first token of its sentence.</summary>
    SentenceStart = 1 << 10,

    /// <summary>A dash used as punctuation: – — ― ‒, a spaced hyphen (" - ") or a run of hyphens ("--").</summary>
    Dash = 1 << 11,

    /// <summary>
    /// A pronoun that can be the subject of a speech verb: I, you, he, she, it, we, they (and their
    /// contractions "he’s", "we’ll" …). Always set together with <see cref="Pronoun"/>.
    /// See <see cref="TokenText.SubjectPronouns"/>.
    /// </summary>
    SubjectPronoun = 1 << 12,
}
