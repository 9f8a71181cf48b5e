namespace ClaimTagger.Tests.Gold;

/// <summary>
/// Counts the sentences of a gold article, for the gold set's size figures: every non-blank line is at least one
/// sentence; a line is cut after <c>. ? !</c> (and any closing quotes or brackets) when white space and an upper-case
/// letter, digit or opening quote follow, unless the word before is a known abbreviation or an initial.
/// </summary>
internal static class GoldSentenceCounter
{
    private static readonly string[] Abbreviations =
    [
        "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Col", "Lt", "Sgt", "Capt", "Prof", "Rev", "Sen", "Rep", "Gov", "Jr", "Sr",
        "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Inc", "Ltd", "Co", "Corp", "vs",
        "U.S", "U.K", "U.N", "E.U", "a.m", "p.m", "approx", "est", "Mt", "Ave",
    ];

    /// <summary>Returns the number of sentences in <paramref name="text"/>.</summary>
    public static int Count(string text)
    {
        int count = 0;
        foreach (string line in text.Split('\n'))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                count += CountLine(line.Trim());
            }
        }

        return count;
    }

    private static int CountLine(string line)
    {
        int count = 1;
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] is not ('.' or '?' or '!'))
            {
                continue;
            }

            int j = i + 1;
            while (j < line.Length && line[j] is '”' or '’' or '"' or '\'' or ')' or ']')
            {
                j++;
            }

            if (j >= line.Length || line[j] != ' ')
            {
                continue;
            }

            int k = j;
            while (k < line.Length && line[k] == ' ')
            {
                k++;
            }

            if (k >= line.Length || !(char.IsUpper(line[k]) || char.IsDigit(line[k]) || line[k] is '“' or '‘' or '"' or '\''))
            {
                continue;
            }

            if (line[i] == '.' && EndsWithAbbreviation(line, i))
            {
                continue;
            }

            count++;
            i = k - 1;
        }

        return count;
    }

    private static bool EndsWithAbbreviation(string line, int dot)
    {
        int start = dot;
        while (start > 0 && (char.IsLetter(line[start - 1]) || line[start - 1] == '.'))
        {
            start--;
        }

        string word = line[start..dot];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        return Array.IndexOf(Abbreviations, word) >= 0;
    }
}
