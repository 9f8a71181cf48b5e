namespace ClaimTagger.Resolution;

/// <summary>A person an article names in full, where it first does, and what is known of them.</summary>
/// <param name="FullName">The canonical name, without titles ("Sergey Lavrov").</param>
/// <param name="FirstName">The first word of the name.</param>
/// <param name="Surname">The last word of the name.</param>
/// <param name="Position">Where the full name first appears.</param>
internal sealed record PersonEntry(string FullName, string FirstName, string Surname, int Position)
{
    /// <summary>Gets or sets what the article shows of the person's gender.</summary>
    public Gender Gender { get; set; }
}
