namespace ClaimTagger.Resolution;

/// <summary>The grammatical gender a mention or pronoun implies, used only to keep "she" from resolving to a man.</summary>
internal enum Gender : byte
{
    /// <summary>Not known.</summary>
    Unknown,

    /// <summary>Referred to as he/him.</summary>
    Male,

    /// <summary>Referred to as she/her.</summary>
    Female,
}
