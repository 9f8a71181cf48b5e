using System.Globalization;

namespace ClaimTagger.Text;

/// <summary>
/// Character classes read on a view of the untouched text: quotation marks, apostrophes, dashes,
/// hyphens and characters that take no room (zero-width characters, soft hyphen).
/// </summary>
/// <remarks>
/// These helpers never rewrite the input: stages ask them about a character where they read it, so
/// every offset still points into the caller's string.
/// <para>Thread safety: all members are pure functions.</para>
/// </remarks>
public static class TextChars
{
    /// <summary>The straight double quotation mark <c>"</c> (U+0022).</summary>
    public const char StraightDouble = '"';

    /// <summary>The straight single quotation mark and apostrophe <c>'</c> (U+0027).</summary>
    public const char StraightSingle = '\'';

    /// <summary>The left single quotation mark <c>‘</c> (U+2018).</summary>
    public const char LeftSingle = '\u2018';

    /// <summary>The right single quotation mark <c>’</c> (U+2019), also the typographic apostrophe.</summary>
    public const char RightSingle = '\u2019';

    /// <summary>The left double quotation mark <c>“</c> (U+201C).</summary>
    public const char LeftDouble = '\u201C';

    /// <summary>The right double quotation mark <c>”</c> (U+201D).</summary>
    public const char RightDouble = '\u201D';

    /// <summary>The modifier letter apostrophe <c>ʼ</c> (U+02BC); a letter, never a quotation mark.</summary>
    public const char ModifierApostrophe = '\u02BC';

    /// <summary>Returns the quotation-mark family of <paramref name="c"/>.</summary>
    /// <param name="c">A character.</param>
    /// <returns>The family, or <see cref="QuoteFamily.None"/> when <paramref name="c"/> can never be a quotation mark.</returns>
    /// <remarks>The straight <c>'</c> and the curly <c>’</c> belong to <see cref="QuoteFamily.Single"/> even though
    /// they are usually apostrophes; the tokenizer decides from context which they are.</remarks>
    public static QuoteFamily GetQuoteFamily(char c) => c switch
    {
        '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' => QuoteFamily.Double,
        '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B' => QuoteFamily.Single,
        '\u00AB' or '\u00BB' => QuoteFamily.Guillemet,
        '\u2039' or '\u203A' => QuoteFamily.SingleGuillemet,
        '\u300C' or '\u300D' => QuoteFamily.Corner,
        '\u300E' or '\u300F' => QuoteFamily.WhiteCorner,
        _ => QuoteFamily.None,
    };

    /// <summary>Returns whether <paramref name="c"/> can be a quotation mark (including <c>'</c> and <c>’</c>).</summary>
    /// <param name="c">A character.</param>
    /// <returns><see langword="true"/> for <c>“ ” „ ‟ " ‘ ’ ‚ ‛ ' « » ‹ › 「 」 『 』</c>.</returns>
    public static bool IsQuoteMark(char c) => GetQuoteFamily(c) != QuoteFamily.None;

    /// <summary>
    /// Returns the direction a quotation mark has when its neighbours do not tell:
    /// <c>“ „ ‟ ‘ ‚ ‛ « ‹ 「 『</c> open, <c>” ’ » › 」 』</c> close.
    /// </summary>
    /// <param name="c">A quotation mark.</param>
    /// <returns><see langword="true"/> for a mark that opens by default; <see langword="false"/> for closing
    /// marks, the straight marks <c>" '</c> (their direction depends on what is pending) and other characters.</returns>
    public static bool OpensByDefault(char c) => c is '\u201C' or '\u201E' or '\u201F' or '\u2018' or '\u201A' or '\u201B'
        or '\u00AB' or '\u2039' or '\u300C' or '\u300E';

    /// <summary>Returns whether <paramref name="c"/> is a straight (undirected) quotation mark, <c>"</c> or <c>'</c>.</summary>
    /// <param name="c">A character.</param>
    /// <returns><see langword="true"/> for <c>"</c> and <c>'</c>.</returns>
    public static bool IsStraightQuote(char c) => c is '"' or '\'';

    /// <summary>Returns whether <paramref name="c"/> is an apostrophe character: <c>'</c>, <c>’</c> or <c>ʼ</c>.</summary>
    /// <param name="c">A character.</param>
    /// <returns><see langword="true"/> for the three apostrophe characters.</returns>
    /// <remarks>Whether a <c>'</c> or <c>’</c> in the text is an apostrophe or a quotation mark is decided by the tokenizer.</remarks>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>Returns whether <paramref name="c"/> is a dash used as punctuation: <c>‒ – — ―</c> and the two- and three-em dashes.</summary>
    /// <param name="c">A character.</param>
    /// <returns><see langword="true"/> for U+2012–U+2015, U+2E3A and U+2E3B.</returns>
    public static bool IsDash(char c) => c is (>= '\u2012' and <= '\u2015') or '\u2E3A' or '\u2E3B';

    /// <summary>Returns whether <paramref name="c"/> is a hyphen: <c>-</c> (U+002D), <c>‐</c> (U+2010) or the non-breaking hyphen (U+2011).</summary>
    /// <param name="c">A character.</param>
    /// <returns><see langword="true"/> for the three hyphen characters.</returns>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>
    /// Returns whether <paramref name="c"/> takes no room and carries no letter: a format character
    /// (Unicode category Cf) such as the soft hyphen, the zero-width space and joiners, direction marks,
    /// the word joiner and the byte-order mark.
    /// </summary>
    /// <param name="c">A character.</param>
    /// <returns><see langword="true"/> for format characters (U+00AD, U+200B–U+200F, U+202A–U+202E, U+2060–U+2064, U+FEFF …).</returns>
    /// <remarks>Inside a word these stay part of the word token; elsewhere they are skipped like white space.
    /// No-break spaces are not ignorable: they are white space.</remarks>
    public static bool IsIgnorable(char c) => c >= '\u00AD' && (c == '\u00AD' || char.GetUnicodeCategory(c) == UnicodeCategory.Format);
}
