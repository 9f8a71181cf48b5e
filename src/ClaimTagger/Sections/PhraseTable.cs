namespace ClaimTagger.Sections;

/// <summary>
/// Lower-case opening phrases ("read more", "photo:") with a word limit each, bucketed by first letter so that a
/// line is compared with a handful of phrases rather than all of them.
/// </summary>
internal sealed class PhraseTable
{
    private const int OtherBucket = 26;

    /// <summary>How many characters after the first are compared before a phrase comparison.</summary>
    private const int PreTested = 3;

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
            (ulong letters, ulong care) = PackLetters(phrase);
            buckets[Bucket(phrase[0])].Add(new Entry(phrase, maxWords, letters, care));
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

        // Characters 1 to 3 of the line, folded to lower case where ASCII; lanes of other characters are not compared.
        ulong folded = 0, ascii = 0;
        for (int k = 1; k <= PreTested && k < line.Length; k++)
        {
            char c = line[k];
            if (c < 0x80)
            {
                folded |= (ulong)(c | 0x20) << (16 * (k - 1));
                ascii |= 0xFFFFUL << (16 * (k - 1));
            }
        }

        foreach (Entry entry in _buckets[Bucket(line[0])])
        {
            if (((folded ^ entry.Letters) & entry.Care & ascii) == 0 && StartsWithWords(line, entry.Phrase))
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
    /// Packs characters 1 to <see cref="PreTested"/> of <paramref name="phrase"/> that are ASCII letters, 16 bits each, with
    /// a mask of those lanes. An ASCII character of a line matches such a letter ignoring case only when it is the same
    /// letter in either case, that is when it equals the letter once OR-ed with 0x20; so a line whose ASCII characters
    /// differ there cannot start with the phrase. Non-ASCII characters of the line are left to the full comparison.
    /// </summary>
    private static (ulong Letters, ulong Care) PackLetters(string phrase)
    {
        ulong letters = 0, care = 0;
        for (int k = 1; k <= PreTested && k < phrase.Length; k++)
        {
            if (char.IsAsciiLetterLower(phrase[k]))
            {
                letters |= (ulong)phrase[k] << (16 * (k - 1));
                care |= 0xFFFFUL << (16 * (k - 1));
            }
        }

        return (letters, care);
    }

    private static int Bucket(char c)
    {
        int letter = (c | 0x20) - 'a';
        return (uint)letter < 26 ? letter : OtherBucket;
    }

    /// <summary>A phrase, its word limit, and its letters at positions 1 to 3 for a quick pre-test (see <see cref="PackLetters"/>).</summary>
    private readonly record struct Entry(string Phrase, int MaxWords, ulong Letters, ulong Care);
}
