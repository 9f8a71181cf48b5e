using System.Collections.Frozen;

namespace ClaimTagger.Sections;

/// <summary>Month, weekday and time-zone words, looked up case-insensitively on spans without allocating.</summary>
internal static class CalendarWords
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Months = Lookup(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Weekdays = Lookup(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Zones = Lookup(
        "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "wet", "west", "msk", "ist", "jst", "kst", "hkt", "sgt", "sast",
        "aest", "aedt", "acst", "awst", "nzst", "nzdt", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "akst", "hst",
        "et", "ct", "mt", "pt", "z", "eastern", "central", "mountain", "pacific");

    /// <summary>Returns whether <paramref name="word"/> names a month, in full or abbreviated (without its full stop).</summary>
    public static bool IsMonth(ReadOnlySpan<char> word) => word.Length >= 3 && Months.Contains(word);

    /// <summary>Returns whether <paramref name="word"/> names a day of the week, in full or abbreviated.</summary>
    public static bool IsWeekday(ReadOnlySpan<char> word) => word.Length >= 3 && Weekdays.Contains(word);

    /// <summary>Returns whether <paramref name="word"/> is a time-zone abbreviation or a zone name (Eastern, Pacific).</summary>
    public static bool IsTimeZone(ReadOnlySpan<char> word) => word.Length >= 1 && Zones.Contains(word);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
