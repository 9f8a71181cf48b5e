using System.Runtime.CompilerServices;

namespace ClaimTagger.Matching;

/// <summary>
/// How rules compare words by default: case-insensitively (invariant lower case, one character at a time) and
/// with typographic apostrophes and hyphens folded to ASCII, so "Can’t" equals "can't".
/// </summary>
internal static class WordComparer
{
    /// <summary>Folds one character: lower case, and ’ ‘ ʼ ′ ` to ', ‐ ‑ to -.</summary>
    /// <param name="c">A character.</param>
    /// <returns>The folded character.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c) => c < 128 ? (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c + 32) : c : FoldOther(c);

    private static char FoldOther(char c) => FoldPunctuation(c) is var p && p != c ? p : char.ToLowerInvariant(c);

    /// <summary>Folds typographic apostrophes and hyphens only, keeping case.</summary>
    /// <param name="c">A character.</param>
    /// <returns>The folded character.</returns>
    public static char FoldPunctuation(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' or '\u2032' or '`' => '\'',
        '\u2010' or '\u2011' => '-',
        _ => c,
    };

    /// <summary>Returns the folded form of a word, as stored in word tables.</summary>
    /// <param name="word">A word.</param>
    /// <returns>The folded word.</returns>
    public static string FoldString(ReadOnlySpan<char> word)
    {
        return string.Create(word.Length, word, static (dest, src) =>
        {
            for (int i = 0; i < src.Length; i++)
            {
                dest[i] = Fold(src[i]);
            }
        });
    }

    /// <summary>Compares two words with case kept but apostrophes and hyphens folded.</summary>
    /// <param name="a">One word.</param>
    /// <param name="b">Another word.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool EqualsCaseSensitive(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (int i = 0; i < a.Length; i++)
        {
            if (FoldPunctuation(a[i]) != FoldPunctuation(b[i]))
            {
                return false;
            }
        }

        return true;
    }
}
