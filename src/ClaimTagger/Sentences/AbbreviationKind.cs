namespace ClaimTagger.Sentences;

/// <summary>How a word followed by a full stop behaves at a possible sentence end.</summary>
internal enum AbbreviationKind : byte
{
    /// <summary>Not an abbreviation: the full stop ends the sentence unless a lower-case word follows.</summary>
    None,

    /// <summary>A title or short form that comes before what it qualifies (Mr., Dr., Gen., vs., e.g.): never ends a sentence.</summary>
    Prefix,

    /// <summary>A form that often ends a sentence (etc., Inc., Ltd.): ends it when a capitalised word follows.</summary>
    Suffix,

    /// <summary>A form as often inside a sentence as at its end (U.S., Jr., Calif.): ends it only before a typical sentence opener.</summary>
    Ambiguous,

    /// <summary>A month (Jan., Sept.): never before a number, otherwise ends the sentence when a capitalised word follows.</summary>
    Month,

    /// <summary>A numero sign (No., Nos.): never before a number.</summary>
    Numero,

    /// <summary>A clock suffix (a.m., p.m.): ends the sentence before a capitalised word that is not a day, month or time zone.</summary>
    Time,

    /// <summary>A single capital letter (an initial, as in "George W. Bush"): ends the sentence only before a typical opener.</summary>
    Initial,
}
