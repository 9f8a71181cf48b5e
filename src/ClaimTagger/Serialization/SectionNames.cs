using ClaimTagger.Sections;

namespace ClaimTagger.Serialization;

/// <summary>The lower-case names of <see cref="SectionKind"/> values used in the JSON contract.</summary>
internal static class SectionNames
{
    public const string Body = "body";
    public const string Headline = "headline";
    public const string Dateline = "dateline";
    public const string Caption = "caption";
    public const string Byline = "byline";
    public const string Boilerplate = "boilerplate";

    public static string ToName(SectionKind section) => section switch
    {
        SectionKind.Body => Body,
        SectionKind.Headline => Headline,
        SectionKind.Dateline => Dateline,
        SectionKind.Caption => Caption,
        SectionKind.Byline => Byline,
        SectionKind.Boilerplate => Boilerplate,
        _ => section.ToString().ToLowerInvariant(),
    };

    public static bool TryParse(string? name, out SectionKind section)
    {
        switch (name)
        {
            case Body: section = SectionKind.Body; return true;
            case Headline: section = SectionKind.Headline; return true;
            case Dateline: section = SectionKind.Dateline; return true;
            case Caption: section = SectionKind.Caption; return true;
            case Byline: section = SectionKind.Byline; return true;
            case Boilerplate: section = SectionKind.Boilerplate; return true;
            default: section = default; return false;
        }
    }
}
