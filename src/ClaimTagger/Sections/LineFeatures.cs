using ClaimTagger.Text;

namespace ClaimTagger.Sections;

/// <summary>Counts gathered in one pass over a line, used to recognise page furniture.</summary>
internal readonly struct LineFeatures
{
    /// <summary>Gets the number of words (runs of characters between white space and menu separators).</summary>
    public int Words { get; init; }

    /// <summary>Gets the number of words with no capital letter.</summary>
    public int UncapitalisedWords { get; init; }

    /// <summary>Gets the number of words that name a share button or an icon ("shareicon", "Facebook", "Tweet").</summary>
    public int InterfaceWords { get; init; }

    /// <summary>Gets the number of menu separators (| • · » › and a lone &gt;).</summary>
    public int Separators { get; init; }

    /// <summary>Gets the largest number of words between two menu separators.</summary>
    public int LongestSegment { get; init; }

    /// <summary>Gets a value indicating whether the line holds a full stop, question or exclamation mark followed by a space or the line end.</summary>
    public bool HasSentencePunctuation { get; init; }

    /// <summary>Gets a value indicating whether the line holds a letter or a digit.</summary>
    public bool HasLetterOrDigit { get; init; }

    /// <summary>Reads the features of <paramref name="line"/>.</summary>
    /// <param name="line">A trimmed line.</param>
    /// <returns>The line's features.</returns>
    public static LineFeatures Read(ReadOnlySpan<char> line)
    {
        int words = 0, uncapitalised = 0, ui = 0, separators = 0, segment = 0, longest = 0;
        bool punctuation = false, letterOrDigit = false;
        int wordStart = -1;
        bool wordHasUpper = false;
        for (int i = 0; i <= line.Length; i++)
        {
            char c = i < line.Length ? line[i] : ' ';
            bool separator = IsMenuSeparator(line, i, c);
            if (SentenceChars.IsSpace(c) || separator)
            {
                if (wordStart >= 0)
                {
                    words++;
                    segment++;
                    if (!wordHasUpper)
                    {
                        uncapitalised++;
                    }

                    if (IsInterfaceWord(line[wordStart..i]))
                    {
                        ui++;
                    }

                    wordStart = -1;
                    wordHasUpper = false;
                }

                if (separator)
                {
                    separators++;
                    longest = Math.Max(longest, segment);
                    segment = 0;
                }

                continue;
            }

            if (wordStart < 0)
            {
                wordStart = i;
            }

            if (c < 128)
            {
                if (char.IsAsciiLetterUpper(c))
                {
                    wordHasUpper = true;
                    letterOrDigit = true;
                }
                else if (char.IsAsciiLetterOrDigit(c))
                {
                    letterOrDigit = true;
                }
                else if ((c == '.' || c == '?' || c == '!') && (i + 1 == line.Length || SentenceChars.IsSpace(line[i + 1]) || SentenceChars.IsCloser(line[i + 1])) && i > 0 && !SentenceChars.IsSpace(line[i - 1]))
                {
                    punctuation = true;
                }
            }
            else if (char.IsLetterOrDigit(c))
            {
                letterOrDigit = true;
                wordHasUpper |= char.IsUpper(c);
            }
            else if (c == '…' && (i + 1 == line.Length || SentenceChars.IsSpace(line[i + 1])))
            {
                punctuation = true;
            }
        }

        return new LineFeatures
        {
            Words = words,
            UncapitalisedWords = uncapitalised,
            InterfaceWords = ui,
            Separators = separators,
            LongestSegment = Math.Max(longest, segment),
            HasSentencePunctuation = punctuation,
            HasLetterOrDigit = letterOrDigit,
        };
    }

    private static bool IsMenuSeparator(ReadOnlySpan<char> line, int i, char c)
    {
        if (c is '|' or '•' or '·' or '»' or '›' or '¦')
        {
            return true;
        }

        // A lone '>' between spaces separates breadcrumbs ("Home > News > World").
        return c is '>' && i > 0 && i + 1 < line.Length && line[i - 1] == ' ' && line[i + 1] == ' ';
    }

    /// <summary>Returns whether <paramref name="word"/> names an icon or a share button.</summary>
    private static bool IsInterfaceWord(ReadOnlySpan<char> word)
    {
        word = word.Trim("()[]{},;:.!?\"'“”‘’");
        if (word.Length < 2 || word.Length > 30)
        {
            return false;
        }

        if (word.EndsWith("icon", StringComparison.OrdinalIgnoreCase))
        {
            return !(word.Equals("silicon", StringComparison.OrdinalIgnoreCase) || word.Equals("lexicon", StringComparison.OrdinalIgnoreCase)
                || word.Equals("rubicon", StringComparison.OrdinalIgnoreCase));
        }

        return word.EndsWith("share", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("tweet", StringComparison.OrdinalIgnoreCase)
            || word.Equals("facebook", StringComparison.OrdinalIgnoreCase)
            || word.Equals("twitter", StringComparison.OrdinalIgnoreCase)
            || word.Equals("whatsapp", StringComparison.OrdinalIgnoreCase)
            || word.Equals("linkedin", StringComparison.OrdinalIgnoreCase)
            || word.Equals("pinterest", StringComparison.OrdinalIgnoreCase)
            || word.Equals("reddit", StringComparison.OrdinalIgnoreCase)
            || word.Equals("telegram", StringComparison.OrdinalIgnoreCase)
            || word.Equals("messenger", StringComparison.OrdinalIgnoreCase)
            || word.Equals("flipboard", StringComparison.OrdinalIgnoreCase)
            || word.Equals("email", StringComparison.OrdinalIgnoreCase)
            || word.Equals("e-mail", StringComparison.OrdinalIgnoreCase)
            || word.Equals("sms", StringComparison.OrdinalIgnoreCase)
            || word.Equals("print", StringComparison.OrdinalIgnoreCase)
            || word.Equals("bookmark", StringComparison.OrdinalIgnoreCase)
            || word.Equals("comments", StringComparison.OrdinalIgnoreCase);
    }
}
