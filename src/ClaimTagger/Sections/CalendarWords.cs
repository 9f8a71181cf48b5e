using System.Collections.Frozen;

namespace ClaimTagger.Sections;

/// <summary>Month, weekday and time-zone words, looked up case-insensitively on spans without allocating.</summary>
internal static class CalendarWords
{
    /// <summary>Gets the month names, in full and abbreviated (without their full stop), in lower case.</summary>
    public static string[] MonthNames { get; } =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ];

    /// <summary>Gets the weekday names, in full and abbreviated, in lower case.</summary>
    public static string[] WeekdayNames { get; } =
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun",
    ];

    /// <summary>Gets the time-zone abbreviations and zone names, in lower case.</summary>
    public static string[] ZoneNames { get; } =
    [
        "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "wet", "west", "msk", "ist", "jst", "kst", "hkt", "sgt", "sast",
        "aest", "aedt", "acst", "awst", "nzst", "nzdt", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "akst", "hst",
        "et", "ct", "mt", "pt", "z", "eastern", "central", "mountain", "pacific",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Months = Lookup(MonthNames);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Weekdays = Lookup(WeekdayNames);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Zones = Lookup(ZoneNames);

    /// <summary>Returns whether <paramref name="word"/> names a month, in full or abbreviated (without its full stop).</summary>
    public static bool IsMonth(ReadOnlySpan<char> word) => word.Length >= 3 && Months.Contains(word);

    /// <summary>Returns whether <paramref name="word"/> names a day of the week, in full or abbreviated.</summary>
    public static bool IsWeekday(ReadOnlySpan<char> word) => word.Length >= 3 && Weekdays.Contains(word);

    /// <summary>Returns whether <paramref name="word"/> is a time-zone abbreviation or a zone name (Eastern, Pacific).</summary>
    public static bool IsTimeZone(ReadOnlySpan<char> word) => word.Length >= 1 && Zones.Contains(word);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
