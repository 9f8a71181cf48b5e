namespace ClaimTagger.Sections;

/// <summary>The part of a scraped article a paragraph belongs to.</summary>
/// <remarks>In JSON output each value is written in lower case (<c>headline</c>, <c>body</c>, …).</remarks>
public enum SectionKind
{
    /// <summary>Ordinary article text.</summary>
    Body,

    /// <summary>The article's title.</summary>
    Headline,

    /// <summary>A date and time line, or a place-and-date wire dateline standing alone.</summary>
    Dateline,

    /// <summary>A photo caption or picture credit.</summary>
    Caption,

    /// <summary>The author line ("By Jane Doe").</summary>
    Byline,

    /// <summary>Page furniture: menus, icon and share-button lists, cookie notices, "Read more" links.</summary>
    Boilerplate,
}
