using System.Runtime.CompilerServices;

namespace ClaimTagger.Text;

/// <summary>
/// Character classes used by the section detector and the sentence splitter. They read the untouched
/// text, so curly and straight quotes, the various dashes and zero-width characters are told apart
/// here rather than by normalising the input.
/// </summary>
/// <remarks>
/// "White space" is <see cref="char.IsWhiteSpace(char)"/>, the same test as <see cref="string.Trim()"/>:
/// spans are trimmed of exactly those characters. Zero-width characters (U+200B, U+2060, U+FEFF) are
/// not white space (they stay inside spans) but are skipped when looking for the next word.
/// </remarks>
internal static class SentenceChars
{
    /// <summary>Returns whether <paramref name="c"/> is white space (the test <see cref="string.Trim()"/> uses).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) =>
        c <= ' ' ? c == ' ' || (c >= '\t' && c <= '\r') : c >= '\u0085' && char.IsWhiteSpace(c);

    /// <summary>Returns whether <paramref name="c"/> is white space or an invisible zero-width character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpaceOrInvisible(char c) => IsSpace(c) || IsZeroWidth(c);

    /// <summary>Returns whether <paramref name="c"/> is a zero-width space, word joiner or byte-order mark.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsZeroWidth(char c) => c == '\u200B' || c == '\u2060' || c == '\uFEFF';

    /// <summary>Returns whether <paramref name="c"/> ends a line (LF, CR, NEL, U+2028 or U+2029).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLineBreak(char c) =>
        c == '\n' || c == '\r' || (c >= '\u0085' && (c == '\u0085' || c == '\u2028' || c == '\u2029'));

    /// <summary>Returns whether <paramref name="c"/> can end a sentence: a full stop, question mark, exclamation mark or ellipsis.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTerminal(char c) => c == '.' || c == '?' || c == '!' || c == '…' || c == '‽';

    /// <summary>Returns whether <paramref name="c"/> is a quotation mark that can close a quote.</summary>
    /// <remarks>
    /// Straight marks count, since they close as well as open; so do “ ‘ « ‹, which close quotes in German and
    /// Scandinavian styles. Only the low marks „ and ‚ always open.
    /// </remarks>
    public static bool IsClosingQuote(char c) =>
        c is '"' or '\'' or '”' or '’' or '“' or '‘' or '‟' or '‛' or '»' or '›' or '«' or '‹';

    /// <summary>Returns whether <paramref name="c"/> is a quotation mark that can open a quote.</summary>
    public static bool IsOpeningQuote(char c) => c is '"' or '\'' or '“' or '‘' or '„' or '‚' or '‟' or '‛' or '«' or '‹' or '»' or '›';

    /// <summary>Returns whether <paramref name="c"/> is a closing bracket.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsClosingBracket(char c) => c == ')' || c == ']' || c == '}';

    /// <summary>Returns whether <paramref name="c"/> is an opening bracket.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsOpeningBracket(char c) => c == '(' || c == '[' || c == '{';

    /// <summary>Returns whether <paramref name="c"/> closes a quote or a bracket.</summary>
    public static bool IsCloser(char c) => IsClosingBracket(c) || IsClosingQuote(c);

    /// <summary>Returns whether <paramref name="c"/> opens a quote or a bracket.</summary>
    public static bool IsOpener(char c) => IsOpeningBracket(c) || IsOpeningQuote(c);

    /// <summary>Returns whether <paramref name="c"/> is a hyphen or dash (hyphen-minus, en dash, em dash, minus and relatives).</summary>
    public static bool IsDash(char c) => c is '-' or '‐' or '‑' or '‒' or '–' or '—' or '―' or '−';

    /// <summary>Returns whether <paramref name="c"/> is a bullet character that can start a list item.</summary>
    public static bool IsBullet(char c) => c is '•' or '·' or '◦' or '▪' or '▫' or '■' or '□' or '●' or '○' or '►' or '▶' or '‣' or '⁃' or '*';
}
