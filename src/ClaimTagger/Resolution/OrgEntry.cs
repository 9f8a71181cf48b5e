namespace ClaimTagger.Resolution;

/// <summary>An organisation an article names ("Ostland Bank", "University and College Staff Union").</summary>
internal sealed record OrgEntry
{
    /// <summary>Initializes a new instance of the <see cref="OrgEntry"/> class.</summary>
    /// <param name="name">The canonical name.</param>
    /// <param name="position">Where it first appears.</param>
    /// <param name="isCompany">Whether the article calls it a business ("rail operator Westline") even if its name does not say so.</param>
    public OrgEntry(string name, int position, bool isCompany = false)
    {
        Name = name;
        Position = position;
        Words = new HashSet<string>(name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        FirstWord = name.Split(' ', 2)[0];
        // "the Office of Rail and Road" is a public body, though "rail" names a business elsewhere ("Westline Rail")
        IsCompany = isCompany || (Words.Overlaps(NameWords.CompanyWords) && !Words.Overlaps(NameWords.PublicBodyWords));
    }

    /// <summary>Gets the canonical name.</summary>
    public string Name { get; }

    /// <summary>Gets where the name first appears.</summary>
    public int Position { get; }

    /// <summary>Gets the words of the name, lower case.</summary>
    public HashSet<string> Words { get; }

    /// <summary>Gets the first word, which short mentions use ("Kestrel" for "Kestrel Mining").</summary>
    public string FirstWord { get; }

    /// <summary>Gets a value indicating whether the name marks a business ("Sunfield Energy").</summary>
    public bool IsCompany { get; }
}
