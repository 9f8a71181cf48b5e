using System.Buffers;
using ClaimTagger.Text;

namespace ClaimTagger.Sections;

/// <summary>Counts gathered in one pass over a line, used to recognise page furniture.</summary>
internal readonly record struct LineFeatures
{
    private static readonly SearchValues<char> Terminals = SearchValues.Create(".?!…");

    private static readonly SearchValues<char> AsciiLettersAndDigits =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>The number of words up to which a line with sentence punctuation is still read word by word.</summary>
    public const int MaxDetailedWords = 12;

    /// <summary>Gets the number of words (runs of characters between white space and menu separators); an estimate
    /// (spaces plus one) for a line that is not read word by word.</summary>
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

    /// <summary>
    /// Reads the features of <paramref name="line"/>. A first, cheap pass made of vectorised searches estimates the
    /// word count (spaces plus one) and looks for sentence punctuation; the word-by-word counts (an exact
    /// <see cref="Words"/>, <see cref="UncapitalisedWords"/>, <see cref="InterfaceWords"/>, <see cref="Separators"/>,
    /// <see cref="LongestSegment"/>) are only taken for lines that could be page furniture: those without sentence
    /// punctuation or with at most <see cref="MaxDetailedWords"/> words. For other lines the detailed counts are zero.
    /// </summary>
    /// <param name="line">A trimmed line.</param>
    /// <returns>The line's features.</returns>
    public static LineFeatures Read(ReadOnlySpan<char> line)
    {
        int words = line.Count(' ') + 1;
        bool punctuation = HasSentencePunctuationIn(line);
        // Most lines start with a letter or digit, which settles the question without a search.
        bool letterOrDigit = (!line.IsEmpty && char.IsAsciiLetterOrDigit(line[0]))
            || line.IndexOfAny(AsciiLettersAndDigits) >= 0 || HasNonAsciiLetterOrDigit(line);
        var features = new LineFeatures { Words = words, HasSentencePunctuation = punctuation, HasLetterOrDigit = letterOrDigit };
        return punctuation && words > MaxDetailedWords ? features : ReadWords(line, features);
    }

    /// <summary>Returns whether a full stop, question or exclamation mark or ellipsis ends a word and is followed by a
    /// space, a closing mark or the line end.</summary>
    private static bool HasSentencePunctuationIn(ReadOnlySpan<char> line)
    {
        int offset = 0;
        while (true)
        {
            int found = line[offset..].IndexOfAny(Terminals);
            if (found < 0)
            {
                return false;
            }

            int i = offset + found;
            bool ends = i + 1 == line.Length || SentenceChars.IsSpace(line[i + 1]) || SentenceChars.IsCloser(line[i + 1]);
            if (ends && (line[i] == '…' || (i > 0 && !SentenceChars.IsSpace(line[i - 1]))))
            {
                return true;
            }

            offset = i + 1;
        }
    }

    private static bool HasNonAsciiLetterOrDigit(ReadOnlySpan<char> line)
    {
        foreach (char c in line)
        {
            if (c >= 128 && char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Counts capitalisation, interface words and menu segments word by word.</summary>
    private static LineFeatures ReadWords(ReadOnlySpan<char> line, LineFeatures features)
    {
        int words = 0, uncapitalised = 0, ui = 0, separators = 0, segment = 0, longest = 0;
        int wordStart = -1;
        bool wordHasUpper = false;
        for (int i = 0; i <= line.Length; i++)
        {
            char c = i < line.Length ? line[i] : ' ';
            bool separator = (c < 128 ? c is '|' or '>' : c is '•' or '·' or '»' or '›' or '¦') && IsMenuSeparator(line, i, c);
            if (separator || SentenceChars.IsSpace(c))
            {
                if (wordStart >= 0)
                {
                    words++;
                    segment++;
                    if (!wordHasUpper)
                    {
                        uncapitalised++;
                    }

                    if (MayBeInterfaceWord(line[i - 1]) && IsInterfaceWord(line[wordStart..i]))
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

            wordHasUpper |= c < 128 ? char.IsAsciiLetterUpper(c) : char.IsUpper(c);
        }

        return features with
        {
            Words = words,
            UncapitalisedWords = uncapitalised,
            InterfaceWords = ui,
            Separators = separators,
            LongestSegment = Math.Max(longest, segment),
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

    /// <summary>A cheap test on a word's last character before <see cref="IsInterfaceWord"/>: one of the letters the
    /// interface words end in, or punctuation that may hide it.</summary>
    private static bool MayBeInterfaceWord(char last) =>
        (last | 0x20) is 'n' or 'e' or 't' or 'k' or 'r' or 'p' or 'm' or 'd' or 'l' or 's' || !char.IsAsciiLetter(last);

    /// <summary>Returns whether <paramref name="word"/> names an icon or a share button.</summary>
    private static bool IsInterfaceWord(ReadOnlySpan<char> word)
    {
        int first = 0, last = word.Length - 1;
        while (first <= last && !char.IsLetterOrDigit(word[first]))
        {
            first++;
        }

        while (last >= first && !char.IsLetterOrDigit(word[last]))
        {
            last--;
        }

        word = word[first..(last + 1)];
        if (word.Length < 3 || word.Length > 30)
        {
            return false;
        }

        // Dispatch on the last letter, then on the length and the letters before it, so that an ordinary word costs a
        // few character tests and no string comparison. The tests are exact: no character other than the ASCII
        // letter itself, upper or lower case, folds to a, c, e, o or r under OrdinalIgnoreCase.
        int n = word.Length;
        return (word[^1] | 0x20) switch
        {
            'n' => n >= 4 && (word[^2] | 0x20) == 'o' && (word[^3] | 0x20) == 'c' && EndsWith(word, "icon")
                    ? !(Is(word, "silicon") || Is(word, "lexicon") || Is(word, "rubicon"))
                    : n == 8 && Is(word, "linkedin"),
            'e' => n >= 5 && (word[^2] | 0x20) == 'r' && (word[^3] | 0x20) == 'a' && EndsWith(word, "share"),
            't' => n switch
            {
                5 => Is(word, "tweet") || Is(word, "print"),
                6 => Is(word, "reddit") || EndsWith(word, "tweet"),
                9 => Is(word, "pinterest") || EndsWith(word, "tweet"),
                _ => n > 5 && (word[^2] | 0x20) == 'e' && (word[^3] | 0x20) == 'e' && EndsWith(word, "tweet"),
            },
            'k' => n == 8 && (Is(word, "facebook") || Is(word, "bookmark")),
            'r' => (n == 7 && Is(word, "twitter")) || (n == 9 && Is(word, "messenger")),
            'p' => n == 8 && Is(word, "whatsapp"),
            'm' => n == 8 && Is(word, "telegram"),
            'd' => n == 9 && Is(word, "flipboard"),
            'l' => (n == 5 && Is(word, "email")) || (n == 6 && Is(word, "e-mail")),
            's' => (n == 3 && Is(word, "sms")) || (n == 8 && Is(word, "comments")),
            _ => false,
        };

        static bool Is(ReadOnlySpan<char> word, string name) => word.Equals(name, StringComparison.OrdinalIgnoreCase);

        static bool EndsWith(ReadOnlySpan<char> word, string suffix) => word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
    }
}
