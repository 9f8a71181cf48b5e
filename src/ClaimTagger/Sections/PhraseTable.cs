namespace ClaimTagger.Sections;

/// <summary>
/// Lower-case opening phrases ("read more", "photo:") with a word limit each, bucketed by first letter so that a
/// line is compared with a handful of phrases rather than all of them.
/// </summary>
internal sealed class PhraseTable
{
    private const int OtherBucket = 26;

    private readonly Entry[][] _buckets;

    /// <summary>Initializes a new instance of the <see cref="PhraseTable"/> class.</summary>
    /// <param name="phrases">Lower-case phrases, most specific first where one is a prefix of another.</param>
    public PhraseTable(params (string Phrase, int MaxWords)[] phrases)
    {
        var buckets = new List<Entry>[OtherBucket + 1];
        for (int i = 0; i < buckets.Length; i++)
        {
            buckets[i] = [];
        }

        foreach ((string phrase, int maxWords) in phrases)
        {
            buckets[Bucket(phrase[0])].Add(new Entry(phrase, maxWords, SecondLetter(phrase)));
        }

        _buckets = [.. buckets.Select(b => b.ToArray())];
    }

    /// <summary>Finds the first phrase that <paramref name="line"/> starts with, ignoring case, as whole words.</summary>
    /// <param name="line">A trimmed line.</param>
    /// <returns>The word limit of the matching phrase, or -1 when none matches.</returns>
    public int Match(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty)
        {
            return -1;
        }

        char second = line.Length > 1 ? (char)(line[1] | 0x20) : '\0';
        foreach (Entry entry in _buckets[Bucket(line[0])])
        {
            if ((entry.Second == '\0' || entry.Second == second) && StartsWithWords(line, entry.Phrase))
            {
                return entry.MaxWords;
            }
        }

        return -1;
    }

    /// <summary>Returns whether <paramref name="s"/> starts with <paramref name="phrase"/> (ignoring case) as whole words.</summary>
    /// <param name="s">The text.</param>
    /// <param name="phrase">A phrase; when it ends in a letter or digit, the text must not continue the word.</param>
    /// <returns><see langword="true"/> on a match.</returns>
    public static bool StartsWithWords(ReadOnlySpan<char> s, string phrase)
    {
        if (!s.StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return s.Length == phrase.Length || !char.IsLetterOrDigit(phrase[^1]) || !char.IsLetterOrDigit(s[phrase.Length]);
    }

    /// <summary>
    /// Returns the second character of <paramref name="phrase"/> when a cheap test on it is exact: an ASCII letter other
    /// than i and s, which a line can match under <see cref="StringComparison.OrdinalIgnoreCase"/> only with the same
    /// letter in either case (ı and ſ fold to I and S). Otherwise returns <c>'\0'</c>, meaning no pre-test.
    /// </summary>
    private static char SecondLetter(string phrase) =>
        phrase.Length > 1 && char.IsAsciiLetterLower(phrase[1]) && phrase[1] is not ('i' or 's') ? phrase[1] : '\0';

    private static int Bucket(char c)
    {
        int letter = (c | 0x20) - 'a';
        return (uint)letter < 26 ? letter : OtherBucket;
    }

    /// <summary>A phrase, its word limit, and its second letter for a quick pre-test ('\0' for none).</summary>
    private readonly record struct Entry(string Phrase, int MaxWords, char Second);
}
