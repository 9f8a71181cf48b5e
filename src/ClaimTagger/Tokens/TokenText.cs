using System.Globalization;
using System.Text;
using ClaimTagger.Text;

namespace ClaimTagger.Tokens;

/// <summary>
/// On-demand views of a token's text: its lower-case match form, its shape, case-insensitive comparison
/// with a literal, and the pronoun lists behind <see cref="TokenFlags.Pronoun"/>.
/// </summary>
/// <remarks>
/// <para><b>Match form.</b> <see cref="Lower(ReadOnlySpan{char})"/>, <see cref="WriteLower"/> and
/// <see cref="EqualsLower(ReadOnlySpan{char}, ReadOnlySpan{char})"/> share one folding: invariant lower case;
/// the apostrophes <c>’ ʼ ‘ ‛</c> become <c>'</c>; the hyphens <c>‐</c> (U+2010) and non-breaking hyphen
/// (U+2011) become <c>-</c>; zero-width characters and soft hyphens (<see cref="TextChars.IsIgnorable"/>) are
/// dropped. So "Don’t", "don't" and "DON'T" all fold to <c>don't</c>. Fold lexicon entries with the same
/// method once, at load time.</para>
/// <para><b>Shape</b> (as in spaCy): upper-case letters become <c>X</c>, other letters <c>x</c>, decimal digits
/// <c>d</c>; other characters are kept (folded as above); combining marks and zero-width characters are left
/// out; and a run of one shape character is cut after four. "Moscow" → <c>Xxxxx</c>, "NATO" → <c>XXXX</c>,
/// "21" → <c>dd</c>, "2021" → <c>dddd</c>, "non-existent" → <c>xxx-xxxx</c>, "can’t" → <c>xxx'x</c>.</para>
/// <para>The <c>Write…</c> methods and <see cref="EqualsLower(string, in Token, ReadOnlySpan{char})"/> allocate nothing:
/// fold into a <see langword="stackalloc"/> buffer and look it up, for example through
/// <c>Dictionary&lt;string, T&gt;.GetAlternateLookup&lt;ReadOnlySpan&lt;char&gt;&gt;()</c>.</para>
/// <para>Thread safety: all members are pure functions.</para>
/// </remarks>
public static class TokenText
{
    private const int StackLimit = 256;

    /// <summary>Gets every form that carries <see cref="TokenFlags.Pronoun"/>, in lower case.</summary>
    public static IReadOnlyList<string> Pronouns { get; } =
    [
        "i", "me", "my", "mine",
        "you", "your", "yours",
        "he", "him", "his",
        "she", "her", "hers",
        "it", "its",
        "we", "us", "our", "ours",
        "they", "them", "their", "theirs",
    ];

    /// <summary>Gets the forms that carry <see cref="TokenFlags.SubjectPronoun"/> (and their contractions), in lower case.</summary>
    public static IReadOnlyList<string> SubjectPronouns { get; } = ["i", "you", "he", "she", "it", "we", "they"];

    /// <summary>Gets the contraction endings after an apostrophe that keep a subject pronoun a pronoun ("he’s", "we’ll").</summary>
    public static IReadOnlyList<string> PronounContractions { get; } = ["s", "d", "ll", "re", "ve", "m"];

    /// <summary>Returns the match form of a token (see the remarks on <see cref="TokenText"/>).</summary>
    /// <param name="text">The text the token points into.</param>
    /// <param name="token">A token of <paramref name="text"/>.</param>
    /// <returns>A new string holding the folded lower-case form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string Lower(string text, in Token token)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Lower(text.AsSpan(token.Start, token.Length));
    }

    /// <summary>Returns the match form of some characters, for example of a lexicon entry.</summary>
    /// <param name="chars">The characters to fold.</param>
    /// <returns>A new string holding the folded lower-case form.</returns>
    public static string Lower(ReadOnlySpan<char> chars)
    {
        Span<char> buffer = chars.Length <= StackLimit ? stackalloc char[StackLimit] : new char[chars.Length];
        int n = WriteLower(chars, buffer);
        return new string(buffer[..n]);
    }

    /// <summary>Writes the match form of <paramref name="chars"/> into <paramref name="destination"/>.</summary>
    /// <param name="chars">The characters to fold, normally a token's text.</param>
    /// <param name="destination">Receives the folded form; at least <c>chars.Length</c> long.</param>
    /// <returns>The number of characters written (never more than <c>chars.Length</c>).</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short.</exception>
    public static int WriteLower(ReadOnlySpan<char> chars, Span<char> destination)
    {
        int n = 0;
        for (int i = 0; i < chars.Length; i++)
        {
            char c = chars[i];
            if (c >= 0x80)
            {
                if (TextChars.IsIgnorable(c))
                {
                    continue;
                }

                if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
                {
                    Rune lower = Rune.ToLowerInvariant(new Rune(c, chars[i + 1]));
                    if (!lower.TryEncodeToUtf16(destination[n..], out int written))
                    {
                        throw new ArgumentException("The destination is shorter than the source.", nameof(destination));
                    }

                    n += written;
                    i++;
                    continue;
                }
            }

            if (n >= destination.Length)
            {
                throw new ArgumentException("The destination is shorter than the source.", nameof(destination));
            }

            destination[n++] = Fold(c);
        }

        return n;
    }

    /// <summary>
    /// Returns whether a token's match form equals <paramref name="lowerLiteral"/>, without allocating.
    /// </summary>
    /// <param name="text">The text the token points into.</param>
    /// <param name="token">A token of <paramref name="text"/>.</param>
    /// <param name="lowerLiteral">A literal already in match form (lower case, <c>'</c> apostrophes), e.g. from <see cref="Lower(ReadOnlySpan{char})"/>.</param>
    /// <returns><see langword="true"/> when the folded token text equals the literal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static bool EqualsLower(string text, in Token token, ReadOnlySpan<char> lowerLiteral)
    {
        ArgumentNullException.ThrowIfNull(text);
        return EqualsLower(text.AsSpan(token.Start, token.Length), lowerLiteral);
    }

    /// <summary>Returns whether the match form of <paramref name="chars"/> equals <paramref name="lowerLiteral"/>, without allocating.</summary>
    /// <param name="chars">The characters to compare, normally a token's text.</param>
    /// <param name="lowerLiteral">A literal already in match form.</param>
    /// <returns><see langword="true"/> when the folded characters equal the literal.</returns>
    public static bool EqualsLower(ReadOnlySpan<char> chars, ReadOnlySpan<char> lowerLiteral)
    {
        if (chars.Length < lowerLiteral.Length)
        {
            return false;
        }

        Span<char> pair = stackalloc char[2];
        int k = 0;
        for (int i = 0; i < chars.Length; i++)
        {
            char c = chars[i];
            if (c >= 0x80)
            {
                if (TextChars.IsIgnorable(c))
                {
                    continue;
                }

                if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
                {
                    int written = Rune.ToLowerInvariant(new Rune(c, chars[i + 1])).EncodeToUtf16(pair);
                    if (k + written > lowerLiteral.Length || !pair[..written].SequenceEqual(lowerLiteral.Slice(k, written)))
                    {
                        return false;
                    }

                    k += written;
                    i++;
                    continue;
                }
            }

            if (k >= lowerLiteral.Length || lowerLiteral[k] != Fold(c))
            {
                return false;
            }

            k++;
        }

        return k == lowerLiteral.Length;
    }

    /// <summary>Returns the shape of a token (see the remarks on <see cref="TokenText"/>).</summary>
    /// <param name="text">The text the token points into.</param>
    /// <param name="token">A token of <paramref name="text"/>.</param>
    /// <returns>A new string holding the shape, e.g. <c>Xxxxx</c>, <c>XXXX</c>, <c>dd</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string Shape(string text, in Token token)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Shape(text.AsSpan(token.Start, token.Length));
    }

    /// <summary>Returns the shape of some characters.</summary>
    /// <param name="chars">The characters, normally a token's text.</param>
    /// <returns>A new string holding the shape.</returns>
    public static string Shape(ReadOnlySpan<char> chars)
    {
        Span<char> buffer = chars.Length <= StackLimit ? stackalloc char[StackLimit] : new char[chars.Length];
        int n = WriteShape(chars, buffer);
        return new string(buffer[..n]);
    }

    /// <summary>Writes the shape of <paramref name="chars"/> into <paramref name="destination"/>.</summary>
    /// <param name="chars">The characters, normally a token's text.</param>
    /// <param name="destination">Receives the shape; at least <c>chars.Length</c> long.</param>
    /// <returns>The number of characters written (never more than <c>chars.Length</c>).</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short.</exception>
    public static int WriteShape(ReadOnlySpan<char> chars, Span<char> destination)
    {
        int n = 0, run = 0;
        char last = '\0';
        for (int i = 0; i < chars.Length; i++)
        {
            char c = chars[i];
            char s;
            if (c < 0x80)
            {
                s = c switch
                {
                    >= 'A' and <= 'Z' => 'X',
                    >= 'a' and <= 'z' => 'x',
                    >= '0' and <= '9' => 'd',
                    _ => c,
                };
            }
            else if (TextChars.IsIgnorable(c))
            {
                continue;
            }
            else
            {
                UnicodeCategory category;
                char low = '\0';
                if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
                {
                    low = chars[++i];
                    category = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, low));
                }
                else
                {
                    category = CharUnicodeInfo.GetUnicodeCategory(c);
                }

                switch (category)
                {
                    case UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter:
                        s = 'X';
                        break;
                    case UnicodeCategory.LowercaseLetter or UnicodeCategory.OtherLetter:
                        s = 'x';
                        break;
                    case UnicodeCategory.ModifierLetter:
                        s = c == TextChars.ModifierApostrophe ? '\'' : 'x';
                        break;
                    case UnicodeCategory.DecimalDigitNumber:
                        s = 'd';
                        break;
                    case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                        continue;
                    default:
                        if (low != '\0')
                        {
                            // A symbol outside the BMP (an emoji) is kept whole; runs of it are not cut.
                            if (n + 2 > destination.Length)
                            {
                                throw new ArgumentException("The destination is shorter than the source.", nameof(destination));
                            }

                            destination[n++] = c;
                            destination[n++] = low;
                            last = '\0';
                            continue;
                        }

                        s = char.IsSurrogate(c) ? c : Fold(c);
                        break;
                }
            }

            if (s == last)
            {
                if (++run > 4)
                {
                    continue;
                }
            }
            else
            {
                last = s;
                run = 1;
            }

            if (n >= destination.Length)
            {
                throw new ArgumentException("The destination is shorter than the source.", nameof(destination));
            }

            destination[n++] = s;
        }

        return n;
    }

    /// <summary>
    /// Returns whether <paramref name="word"/> is one of <see cref="Pronouns"/> in any case but all capitals
    /// ("He", "he", "I" yes; "US", "IT" no), or a subject pronoun with a contraction ending ("he’s", "I’m").
    /// </summary>
    /// <param name="word">A word's characters.</param>
    /// <returns><see langword="true"/> when the tokenizer would flag the word <see cref="TokenFlags.Pronoun"/>.</returns>
    public static bool IsPronoun(ReadOnlySpan<char> word) => PronounClass(word) != 0;

    /// <summary>
    /// Returns whether <paramref name="word"/> is one of <see cref="SubjectPronouns"/> (any case but all capitals)
    /// or a contraction of one ("they’re", "we’ll").
    /// </summary>
    /// <param name="word">A word's characters.</param>
    /// <returns><see langword="true"/> when the tokenizer would flag the word <see cref="TokenFlags.SubjectPronoun"/>.</returns>
    public static bool IsSubjectPronoun(ReadOnlySpan<char> word) => PronounClass(word) == 2;

    /// <summary>Folds one UTF-16 unit into match form (lower case, <c>'</c> apostrophes, <c>-</c> hyphens).</summary>
    /// <param name="c">A character that is not a surrogate.</param>
    /// <returns>The folded character.</returns>
    internal static char Fold(char c)
    {
        if (c < 0x80)
        {
            return (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
        }

        return c switch
        {
            '\u2019' or '\u2018' or '\u201B' or '\u02BC' => '\'',
            '\u2010' or '\u2011' => '-',
            _ => char.ToLowerInvariant(c),
        };
    }

    /// <summary>Classifies a word as no pronoun (0), a pronoun (1) or a subject pronoun (2).</summary>
    /// <param name="word">A word's characters.</param>
    /// <returns>0, 1 or 2.</returns>
    internal static int PronounClass(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[8];
        int n = 0, letters = 0, upper = 0, apostrophe = -1;
        foreach (char c in word)
        {
            if (TextChars.IsIgnorable(c))
            {
                continue;
            }

            if (n == buffer.Length)
            {
                return 0;
            }

            if ((uint)((c | 0x20) - 'a') <= 'z' - 'a')
            {
                letters++;
                if (c <= 'Z')
                {
                    upper++;
                }

                buffer[n++] = (char)(c | 0x20);
            }
            else if ((TextChars.IsApostrophe(c) || c == TextChars.LeftSingle) && apostrophe < 0)
            {
                apostrophe = n;
                buffer[n++] = '\'';
            }
            else
            {
                return 0;
            }
        }

        if (letters == 0 || (letters >= 2 && upper == letters))
        {
            return 0;
        }

        if (apostrophe < 0)
        {
            return LookUp(buffer[..n]);
        }

        ReadOnlySpan<char> ending = buffer[(apostrophe + 1)..n];
        bool contraction = ending is "s" or "d" or "ll" or "re" or "ve" or "m";
        return contraction && LookUp(buffer[..apostrophe]) == 2 ? 2 : 0;
    }

    /// <summary>
    /// <see cref="PronounClass"/> for the common case of a word made of one to six ASCII letters, without a buffer:
    /// the lower-cased letters are packed into one number, one byte each, and compared with the pronouns packed the
    /// same way.
    /// </summary>
    /// <param name="word">A word's characters.</param>
    /// <returns>0, 1 or 2 as <see cref="PronounClass"/> gives; -1 when the word is empty, longer than six characters
    /// or holds anything but ASCII letters.</returns>
    internal static int AsciiPronounClass(ReadOnlySpan<char> word)
    {
        if ((uint)(word.Length - 1) > 5)
        {
            return -1;
        }

        ulong key = 0;
        int upper = 0;
        foreach (char c in word)
        {
            uint lower = (uint)(c | 0x20);
            if (lower - 'a' > 'z' - 'a')
            {
                return -1;
            }

            upper += c <= 'Z' ? 1 : 0;
            key = (key << 8) | lower;
        }

        if (upper == word.Length && word.Length >= 2)
        {
            return 0;
        }

        return PackedPronounClass(key);
    }

    /// <summary>Returns 0, 1 or 2 as <see cref="PronounClass"/> does, for a word of one to six ASCII letters that is
    /// not all capitals, given its lower-cased letters packed into a number, one byte each, first letter highest.</summary>
    /// <param name="key">The packed lower-case letters.</param>
    /// <returns>2 for a subject pronoun, 1 for another pronoun, else 0.</returns>
    internal static int PackedPronounClass(ulong key) => key switch
    {
        0x69 => 2, // i
        0x6865 => 2, // he
        0x6974 => 2, // it
        0x7765 => 2, // we
        0x736865 => 2, // she
        0x796F75 => 2, // you
        0x74686579 => 2, // they
        0x6D65 => 1, // me
        0x6D79 => 1, // my
        0x7573 => 1, // us
        0x686572 => 1, // her
        0x68696D => 1, // him
        0x686973 => 1, // his
        0x697473 => 1, // its
        0x6F7572 => 1, // our
        0x68657273 => 1, // hers
        0x6D696E65 => 1, // mine
        0x6F757273 => 1, // ours
        0x7468656D => 1, // them
        0x796F7572 => 1, // your
        0x7468656972 => 1, // their
        0x796F757273 => 1, // yours
        0x746865697273 => 1, // theirs
        _ => 0,
    };

    private static int LookUp(ReadOnlySpan<char> lower) => lower switch
    {
        "i" or "you" or "he" or "she" or "it" or "we" or "they" => 2,
        "me" or "my" or "mine" or "your" or "yours" or "him" or "his" or "her" or "hers" or "its"
            or "us" or "our" or "ours" or "them" or "their" or "theirs" => 1,
        _ => 0,
    };
}
