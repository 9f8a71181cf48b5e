namespace ClaimTagger.Matching;

/// <summary>What a mention of a source is.</summary>
[Flags]
internal enum MentionKind : byte
{
    None = 0,

    /// <summary>A name: a run of capitalised words ("Jane Okafor", "the Kremlin" is a group).</summary>
    Name = 1,

    /// <summary>A title and a name ("Mayor Jane Okafor", "spokeswoman Ana Ruiz").</summary>
    TitledName = 2,

    /// <summary>A personal pronoun ("she").</summary>
    Pronoun = 4,

    /// <summary>A determiner-led title or organisation ("the mayor", "the foreign ministry") or a plural group ("officials").</summary>
    Group = 8,
}
