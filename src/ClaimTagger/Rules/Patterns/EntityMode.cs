namespace ClaimTagger.Rules.Patterns;

/// <summary>Which mentions an <c>entity:</c> element accepts.</summary>
internal enum EntityMode
{
    /// <summary>Any mention: a name, a title and name, a pronoun, or a group phrase ("the ministry").</summary>
    Source,

    /// <summary>A name, with or without a title.</summary>
    Name,

    /// <summary>A personal pronoun.</summary>
    Pronoun,

    /// <summary>A determiner-led or plural group phrase ("the ministry", "police", "officials").</summary>
    Group,
}
