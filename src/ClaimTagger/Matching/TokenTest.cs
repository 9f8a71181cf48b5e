using System.Text.RegularExpressions;
using ClaimTagger.Rules.Patterns;

namespace ClaimTagger.Matching;

/// <summary>A compiled one-token test: every present part must pass (each part passes when any of its values does), then <see cref="Negate"/> applies.</summary>
internal sealed class TokenTest
{
    private readonly int[]? _textIds;
    private readonly int[]? _lowerIds;
    private readonly WordBits? _textBits;
    private readonly WordBits? _lowerBits;

    /// <summary>Gets the word ids a case-insensitive <c>text</c>/<c>lower</c> part accepts (sorted), or <see langword="null"/>.</summary>
    public int[]? TextIds
    {
        get => _textIds;
        init
        {
            _textIds = value;
            _textBits = value is null ? null : new WordBits(WordBits.ToBits(value));
        }
    }

    /// <summary>Gets the second word-id part (sorted) when an element has both <c>text</c> and <c>lower</c>.</summary>
    public int[]? LowerIds
    {
        get => _lowerIds;
        init
        {
            _lowerIds = value;
            _lowerBits = value is null ? null : new WordBits(WordBits.ToBits(value));
        }
    }

    /// <summary>Gets the exact spellings a case-sensitive <c>text</c> part accepts, or <see langword="null"/>.</summary>
    public string[]? ExactTexts { get; init; }

    /// <summary>Gets a bit set over word ids that holds the id of every token this test passes, or
    /// <see langword="null"/> when the test can pass tokens of any word.</summary>
    public ulong[]? NeededWords => Negate ? null : (_textBits ?? _lowerBits)?.Bits;

    public DeferredRegex? Regex { get; init; }

    public string[]? Shapes { get; init; }

    /// <summary>Gets the endings a <c>suffix</c> part accepts, or <see langword="null"/>.</summary>
    public string[]? Suffixes { get; init; }

    /// <summary>Gets whether the endings compare case-sensitively.</summary>
    public bool SuffixCaseSensitive { get; init; }

    /// <summary>Gets the fewest characters the token may have (0 for no limit).</summary>
    public int MinLength { get; init; }

    /// <summary>Gets the most characters the token may have.</summary>
    public int MaxLength { get; init; } = int.MaxValue;

    public TokenFeatures Flags { get; init; }

    public bool Negate { get; init; }

    /// <summary>Returns whether token <paramref name="t"/> passes.</summary>
    /// <param name="c">The article.</param>
    /// <param name="t">A token index.</param>
    /// <returns><see langword="true"/> when it passes.</returns>
    /// <exception cref="RegexMatchTimeoutException">The regex part ran out of time.</exception>
    public bool Matches(MatchContext c, int t) => Test(c, t) != Negate;

    private bool Test(MatchContext c, int t)
    {
        if ((c.Features[t] & Flags) != Flags)
        {
            return false;
        }

        if (_textBits is { } text && !text.Holds(c.WordIds[t]))
        {
            return false;
        }

        if (_lowerBits is { } lower && !lower.Holds(c.WordIds[t]))
        {
            return false;
        }

        if (ExactTexts is not null && !AnyExact(c.TextOf(t)))
        {
            return false;
        }

        if (Shapes is not null && !AnyShape(c.TextOf(t)))
        {
            return false;
        }

        if (Suffixes is not null && !AnySuffix(c.TextOf(t)))
        {
            return false;
        }

        if ((MinLength > 1 || MaxLength != int.MaxValue) && c.Tokens[t].Length is var length && (length < MinLength || length > MaxLength))
        {
            return false;
        }

        return Regex is null || Regex.IsMatch(c.TextOf(t));
    }

    private bool AnyExact(ReadOnlySpan<char> text)
    {
        foreach (string s in ExactTexts!)
        {
            if (WordComparer.EqualsCaseSensitive(text, s))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> ends in one of <see cref="Suffixes"/> after a stem: an ending of letters
    /// after at least one more letter, the token being letters only; a joined ending (<c>-led</c>, <c>'s</c>) after a
    /// stem that opens with a letter or digit and holds only letters, digits, dots, hyphens and apostrophes.</summary>
    private bool AnySuffix(ReadOnlySpan<char> text)
    {
        StringComparison comparison = SuffixCaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        foreach (string s in Suffixes!)
        {
            if (text.Length > s.Length && text.EndsWith(s, comparison) && IsStem(text[..^s.Length], joined: !char.IsLetter(s[0])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="stem"/> may come before an ending: letters only, or for a joined ending a word
    /// such as <c>52</c>, <c>U.S.</c>, <c>Saudi-Emirati</c> or <c>O'Neill</c>.</summary>
    private static bool IsStem(ReadOnlySpan<char> stem, bool joined)
    {
        if (!joined)
        {
            foreach (char ch in stem)
            {
                if (!char.IsLetter(ch))
                {
                    return false;
                }
            }

            return true;
        }

        if (!char.IsLetterOrDigit(stem[0]))
        {
            return false;
        }

        foreach (char ch in stem)
        {
            if (!char.IsLetterOrDigit(ch) && ch is not ('.' or '-' or '\'' or '\u2019'))
            {
                return false;
            }
        }

        return true;
    }

    private bool AnyShape(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[64];
        int n = Shape(text, buffer);
        foreach (string s in Shapes!)
        {
            if (buffer[..n].SequenceEqual(s))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes the shape of a token: X upper, x lower, d digit, other characters as themselves, runs cut at four.</summary>
    /// <param name="text">The token's characters.</param>
    /// <param name="into">Receives the shape.</param>
    /// <returns>The shape's length.</returns>
    public static int Shape(ReadOnlySpan<char> text, Span<char> into)
    {
        int n = 0, run = 0;
        char last = '\0';
        foreach (char c in text)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = s == last ? run + 1 : 1;
            last = s;
            if (run <= 4 && n < into.Length)
            {
                into[n++] = s;
            }
        }

        return n;
    }
}
