using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ClaimTagger.Text;

namespace ClaimTagger.Tokens;

/// <summary>
/// Cuts a span of text (normally one sentence) into <see cref="Token"/> values that point into the untouched text.
/// </summary>
/// <remarks>
/// <para><b>Words</b> are runs of letters, digits and combining marks, in any script. They keep inner
/// hyphens ("US-led", "non-existent", "COVID-19" are one token, <see cref="TokenFlags.Hyphenated"/>), inner
/// apostrophes ("can’t", "O’Brien", "Moscow’s"), a final apostrophe when no single quotation mark is open
/// in the span ("students’", "dock workers' union"), a leading apostrophe of an elision ("’90s", "'em",
/// "’tis", "rock ’n’ roll"), and zero-width characters or soft hyphens between their letters. Initialisms
/// written with full stops ("U.S.", "e.g.") are one token, stop included.</para>
/// <para><b>Numbers</b>: see <see cref="TokenKind.Number"/>. Currency signs and <c>%</c> are
/// <see cref="TokenKind.Symbol"/> tokens of their own.</para>
/// <para><b>Quotation marks</b> (<see cref="TextChars.GetQuoteFamily"/>) are <see cref="TokenKind.QuoteMark"/>
/// tokens flagged <see cref="TokenFlags.OpenQuote"/> or <see cref="TokenFlags.CloseQuote"/>. The direction
/// comes from the neighbours: a mark after white space, the span start, an opening bracket, a dash or another
/// quotation mark, and before a word, opens; a mark after a word and before white space, punctuation or the
/// span end closes; when the neighbours do not decide, a curly or angled mark keeps its typographic direction
/// (<see cref="TextChars.OpensByDefault"/>) and a straight mark closes when one of its kind is open in the span,
/// else opens. So German „…“ and »…« and Swedish ”…” pair as well as English “…”.</para>
/// <para><b>Apostrophes are not quotation marks.</b> A <c>'</c> or <c>’</c> between two letters or digits is part
/// of the word. At the end of a word it closes a quote only when a single quotation mark opened earlier in the
/// same span is still pending ("described as ‘catastrophic’ because"); otherwise it is a possessive or elision
/// and stays in the word ("students’ union"). Inside an open single quote, a word ending in s’ before a
/// lower-case word stays a plural possessive when another closing apostrophe follows in the span
/// ("‘The workers’ demands are fair,’ she said"). At the start of a word it is an elision only before
/// <c>em</c>, <c>tis</c>, <c>twas</c>, <c>n</c>, <c>cause</c>, <c>cos</c>, <c>til</c>, <c>bout</c>,
/// <c>nuff</c> or two digits ("’90s", "’89"); otherwise it opens a quote. <c>ʼ</c> (U+02BC) is always a letter.</para>
/// <para><b>Dashes</b> (– — ― ‒), a spaced hyphen (" - ") and a run of hyphens ("--") are punctuation flagged
/// <see cref="TokenFlags.Dash"/>. A run of full stops ("...") or of <c>!</c>/<c>?</c> is one token.</para>
/// <para><b>White space</b> (including no-break spaces and line breaks) and control characters separate tokens
/// and never belong to one; zero-width characters outside words are skipped. Emoji and other symbols are one
/// <see cref="TokenKind.Symbol"/> token per user-perceived character, covering both halves of a surrogate pair
/// and any modifiers; a lone surrogate is a one-unit symbol.</para>
/// <para>Performance: one pass, no regular expressions, no allocation per token (only the list grows).</para>
/// <para>Thread safety: the class holds no state; calls may run in parallel on different lists.</para>
/// </remarks>
public static class Tokenizer
{
    private const byte ClsSpace = 0;
    private const byte ClsUpper = 1;
    private const byte ClsLower = 2;
    private const byte ClsDigit = 3;
    private const byte ClsStraightSingle = 4;
    private const byte ClsStraightDouble = 5;
    private const byte ClsHyphen = 6;
    private const byte ClsPunct = 7;
    private const byte ClsSymbol = 8;
    private const byte ClsPeriod = 9;
    private const byte ClsOpen = 10;
    private const byte ClsClose = 11;
    private const byte ClsBang = 12;
    private const byte ClsOtherLetter = 13;
    private const byte ClsMark = 14;
    private const byte ClsIgnorable = 15;
    private const byte ClsQuote = 16;
    private const byte ClsLeftSingle = 17;
    private const byte ClsRightSingle = 18;
    private const byte ClsDash = 19;

    /// <summary>The first letters of the pronouns (h, i, m, o, s, t, u, w, y), one bit per letter a–z.</summary>
    private const uint PronounInitials = (1u << ('h' - 'a')) | (1u << ('i' - 'a')) | (1u << ('m' - 'a')) | (1u << ('o' - 'a'))
        | (1u << ('s' - 'a')) | (1u << ('t' - 'a')) | (1u << ('u' - 'a')) | (1u << ('w' - 'a')) | (1u << ('y' - 'a'));

    /// <summary>The length of a new scratch buffer for <see cref="Tokenize(string, TextSpan, List{Token})"/>.</summary>
    private const int ScratchLength = 256;

    /// <summary>The longest scratch buffer kept for the next call; a larger one (a huge span) is left to the collector.</summary>
    private const int MaxScratchLength = 1 << 16;

    /// <summary>A buffer the <see cref="List{T}"/> overload reuses, taken with an interlocked exchange so that
    /// concurrent calls each get their own.</summary>
    private static Token[]? _listScratch;

    /// <summary>How far ahead a possible plural possessive inside a single quote looks for a later closing mark.</summary>
    private const int PossessiveLookahead = 400;

    /// <summary>Gets the class of each ASCII character.</summary>
    private static ReadOnlySpan<byte> Ascii =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 12, 5, 7, 8, 8, 7, 4, 10, 11, 7, 8, 7, 6, 9, 7,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 7, 7, 8, 8, 8, 12,
        7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 10, 7, 11, 8, 7,
        8, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 10, 8, 11, 8, 0,
    ];

    /// <summary>Appends the tokens of <paramref name="span"/> to <paramref name="tokens"/>.</summary>
    /// <param name="text">The untouched article text.</param>
    /// <param name="span">The part of the text to tokenize (normally one sentence). Quote directions are decided
    /// with what is open inside this span only.</param>
    /// <param name="tokens">Receives the tokens in order; the first gets <see cref="TokenFlags.SentenceStart"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="tokens"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="span"/> does not lie inside <paramref name="text"/>.</exception>
    public static void Tokenize(string text, TextSpan span, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        CheckSpan(text, span);
        Token[] buffer = Interlocked.Exchange(ref _listScratch, null) ?? new Token[ScratchLength];
        int count = Tokenize(text, span.Start, span.End, ref buffer, 0);
        tokens.AddRange(buffer.AsSpan(0, count));
        if (buffer.Length <= MaxScratchLength)
        {
            _listScratch = buffer;
        }
    }

    /// <summary>Writes the tokens of <c>[start, end)</c> into <paramref name="buffer"/> from index
    /// <paramref name="count"/> on, growing the buffer (doubling) when it is full.</summary>
    /// <param name="text">The untouched article text.</param>
    /// <param name="start">The first index of the span; <c>0 &lt;= start &lt;= end &lt;= text.Length</c>.</param>
    /// <param name="end">The index one past the span.</param>
    /// <param name="buffer">The token buffer; replaced by a larger copy when it fills up.</param>
    /// <param name="count">The number of tokens already in the buffer.</param>
    /// <returns>The new number of tokens in the buffer; the first new one gets <see cref="TokenFlags.SentenceStart"/>.</returns>
    internal static int Tokenize(string text, int start, int end, ref Token[] buffer, int count)
    {
        var scanner = new Scanner(text, start, end, buffer, count);
        scanner.Run();
        buffer = scanner.Buffer;
        int total = scanner.Count;
        if (total > count)
        {
            ref Token first = ref buffer[count];
            first = first with { Flags = first.Flags | TokenFlags.SentenceStart };
        }

        return total;
    }

    /// <summary>Throws when <paramref name="span"/> does not lie inside <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="span">The span to check.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="span"/> does not lie inside <paramref name="text"/>.</exception>
    internal static void CheckSpan(string text, TextSpan span)
    {
        if (span.Start < 0 || span.End > text.Length || span.End < span.Start)
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, "The span must lie inside the text.");
        }
    }

    private static bool IsWordClass(byte cls) => cls is ClsUpper or ClsLower or ClsDigit or ClsOtherLetter or ClsMark;

    private static bool IsQuoteClass(byte cls) => cls is ClsStraightDouble or ClsStraightSingle or ClsQuote or ClsLeftSingle or ClsRightSingle;

    private static byte FromCategory(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter => ClsUpper,
        UnicodeCategory.LowercaseLetter => ClsLower,
        UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => ClsOtherLetter,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => ClsMark,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => ClsDigit,
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Control => ClsSpace,
        UnicodeCategory.Format => ClsIgnorable,
        UnicodeCategory.OpenPunctuation => ClsOpen,
        UnicodeCategory.ClosePunctuation => ClsClose,
        UnicodeCategory.DashPunctuation => ClsDash,
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.OtherPunctuation
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation => ClsPunct,
        _ => ClsSymbol,
    };

    private ref struct Scanner
    {
        private readonly string _text;
        private readonly int _start;
        private readonly int _end;
        private Token[] _buffer;
        private int _count;
        private int _pendingDouble;
        private int _pendingSingleCurly;
        private int _pendingSingleStraight;

        public Scanner(string text, int start, int end, Token[] buffer, int count)
        {
            _text = text;
            _start = start;
            _end = end;
            _buffer = buffer;
            _count = count;
        }

        /// <summary>Gets the buffer the tokens were written to (a larger copy when the first one filled up).</summary>
        public readonly Token[] Buffer => _buffer;

        /// <summary>Gets the number of tokens in <see cref="Buffer"/>.</summary>
        public readonly int Count => _count;

        public void Run()
        {
            string text = _text;
            ReadOnlySpan<char> chars = text.AsSpan(0, _end);
            int i = _start;
            while ((uint)i < (uint)chars.Length)
            {
                char c = chars[i];
                int width = 1;
                byte cls;
                if (c < 0x80)
                {
                    // The common cases first: a space, a word of ASCII letters, a comma or bracket.
                    cls = Ascii[c];
                    if (cls == ClsSpace)
                    {
                        i++;
                        continue;
                    }

                    if (cls is ClsUpper or ClsLower)
                    {
                        int next = ScanAsciiWord(i);
                        i = next >= 0 ? next : ScanWord(i, leadingApostrophe: false);
                        continue;
                    }

                    if (cls == ClsPunct)
                    {
                        Add(i, 1, TokenKind.Punctuation, TokenFlags.Punctuation);
                        i++;
                        continue;
                    }
                }
                else
                {
                    cls = NonAscii(c, i, out width);
                }

                switch (cls)
                {
                    case ClsSpace:
                    case ClsIgnorable:
                        i += width;
                        break;
                    case ClsUpper:
                    case ClsLower:
                    case ClsOtherLetter:
                    case ClsDigit:
                        i = ScanWord(i, leadingApostrophe: false);
                        break;
                    case ClsStraightSingle:
                    case ClsLeftSingle:
                    case ClsRightSingle:
                        i = SingleMark(i, cls);
                        break;
                    case ClsStraightDouble:
                    case ClsQuote:
                        i = QuoteMark(i, c);
                        break;
                    case ClsHyphen:
                        i = Hyphens(i);
                        break;
                    case ClsDash:
                        i = Run(i, cls, TokenFlags.Punctuation | TokenFlags.Dash);
                        break;
                    case ClsPeriod:
                    case ClsBang:
                        i = Run(i, cls, TokenFlags.Punctuation);
                        break;
                    case ClsPunct:
                    case ClsOpen:
                    case ClsClose:
                        Add(i, 1, TokenKind.Punctuation, TokenFlags.Punctuation);
                        i++;
                        break;
                    default:
                        int length = width;
                        if (c >= 0x80)
                        {
                            length = Math.Max(width, StringInfo.GetNextTextElementLength(text.AsSpan(i, _end - i)));
                        }

                        Add(i, length, TokenKind.Symbol, TokenFlags.None);
                        i += length;
                        break;
                }
            }
        }

        private void Add(int start, int length, TokenKind kind, TokenFlags flags)
        {
            Token[] buffer = _buffer;
            int n = _count;
            if ((uint)n >= (uint)buffer.Length)
            {
                buffer = Grow();
            }

            buffer[n] = new Token(start, length, kind, flags);
            _count = n + 1;
        }

        private Token[] Grow()
        {
            var larger = new Token[Math.Max(16, _buffer.Length * 2)];
            _buffer.AsSpan(0, _count).CopyTo(larger);
            _buffer = larger;
            return larger;
        }

        private readonly byte NonAscii(char c, int i, out int width)
        {
            width = 1;
            switch (c)
            {
                case '\u2018':
                    return ClsLeftSingle;
                case '\u2019':
                    return ClsRightSingle;
                case '\u201A' or '\u201B' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB'
                    or '\u2039' or '\u203A' or '\u300C' or '\u300D' or '\u300E' or '\u300F':
                    return ClsQuote;
                case '\u2010' or '\u2011':
                    return ClsHyphen;
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < _end && char.IsLowSurrogate(_text[i + 1]))
                {
                    width = 2;
                    return FromCategory(CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, _text[i + 1])));
                }

                return ClsSymbol;
            }

            return FromCategory(CharUnicodeInfo.GetUnicodeCategory(c));
        }

        private readonly byte ClassAt(int i)
        {
            char c = _text[i];
            return c < 0x80 ? Ascii[c] : NonAscii(c, i, out _);
        }

        private readonly byte ClassBefore(int i)
        {
            char c = _text[i];
            if (c < 0x80)
            {
                return Ascii[c];
            }

            if (char.IsLowSurrogate(c) && i - 1 >= _start && char.IsHighSurrogate(_text[i - 1]))
            {
                return NonAscii(_text[i - 1], i - 1, out _);
            }

            return NonAscii(c, i, out _);
        }

        private readonly int SkipIgnorable(int i)
        {
            while (i < _end && _text[i] >= '\u00AD' && TextChars.IsIgnorable(_text[i]))
            {
                i++;
            }

            return i;
        }

        private readonly int SkipIgnorableBack(int i)
        {
            while (i >= _start && _text[i] >= '\u00AD' && TextChars.IsIgnorable(_text[i]))
            {
                i--;
            }

            return i;
        }

        private readonly bool OpensOnLeft(int i)
        {
            int p = SkipIgnorableBack(i - 1);
            if (p < _start)
            {
                return true;
            }

            byte cls = ClassBefore(p);
            return cls is ClsSpace or ClsOpen or ClsHyphen or ClsDash || IsQuoteClass(cls);
        }

        private readonly bool ClosesOnRight(int i)
        {
            int q = SkipIgnorable(i);
            if (q >= _end)
            {
                return true;
            }

            byte cls = ClassAt(q);
            return cls is ClsSpace or ClsPunct or ClsPeriod or ClsBang or ClsClose or ClsHyphen or ClsDash || IsQuoteClass(cls);
        }

        /// <summary>Decides whether the mark at <paramref name="i"/> opens, from its neighbours or else its default.</summary>
        private readonly bool Opens(int i, bool defaultOpen)
        {
            bool left = OpensOnLeft(i);
            bool right = ClosesOnRight(i + 1);
            return left != right ? left : defaultOpen;
        }

        private int QuoteMark(int i, char c)
        {
            bool open;
            if (c == '"')
            {
                open = Opens(i, _pendingDouble == 0);
                if (open)
                {
                    _pendingDouble++;
                }
                else if (_pendingDouble > 0)
                {
                    _pendingDouble--;
                }
            }
            else
            {
                open = Opens(i, TextChars.OpensByDefault(c));
                if (TextChars.GetQuoteFamily(c) == QuoteFamily.Single)
                {
                    TrackSingle(open, straight: false);
                }
            }

            Add(i, 1, TokenKind.QuoteMark, TokenFlags.Punctuation | (open ? TokenFlags.OpenQuote : TokenFlags.CloseQuote));
            return i + 1;
        }

        private void TrackSingle(bool open, bool straight)
        {
            if (open)
            {
                if (straight)
                {
                    _pendingSingleStraight++;
                }
                else
                {
                    _pendingSingleCurly++;
                }
            }
            else if (straight ? _pendingSingleStraight > 0 : _pendingSingleCurly == 0 && _pendingSingleStraight > 0)
            {
                _pendingSingleStraight--;
            }
            else if (_pendingSingleCurly > 0)
            {
                _pendingSingleCurly--;
            }
        }

        /// <summary>Handles a <c>'</c>, <c>‘</c> or <c>’</c> that is not inside or at the end of a word.</summary>
        private int SingleMark(int i, byte cls)
        {
            int k = SkipIgnorable(i + 1);
            if (k < _end && IsWordClass(ClassAt(k)) && IsElision(k))
            {
                return ScanWord(i, leadingApostrophe: true);
            }

            bool straight = cls == ClsStraightSingle;
            bool defaultOpen = cls == ClsLeftSingle || (straight && _pendingSingleStraight == 0);
            bool open = Opens(i, defaultOpen);
            TrackSingle(open, straight);
            Add(i, 1, TokenKind.QuoteMark, TokenFlags.Punctuation | (open ? TokenFlags.OpenQuote : TokenFlags.CloseQuote));
            return i + 1;
        }

        /// <summary>Returns whether the word starting at <paramref name="k"/> is an elided form that takes a leading apostrophe.</summary>
        private readonly bool IsElision(int k)
        {
            string text = _text;
            if (char.IsAsciiDigit(text[k]))
            {
                if (k + 1 >= _end || !char.IsAsciiDigit(text[k + 1]))
                {
                    return false;
                }

                int after = k + 2;
                if (after < _end && text[after] == 's')
                {
                    after++;
                }

                return after >= _end || !IsWordClass(ClassAt(after));
            }

            Span<char> word = stackalloc char[6];
            int n = 0;
            int e = k;
            while (e < _end && char.IsAsciiLetter(text[e]))
            {
                if (n == word.Length)
                {
                    return false;
                }

                word[n++] = (char)(text[e] | 0x20);
                e++;
            }

            if (n == 0 || (e < _end && IsWordClass(ClassAt(e))))
            {
                return false;
            }

            return word[..n] is "em" or "tis" or "twas" or "n" or "cause" or "cos" or "til" or "bout" or "nuff";
        }

        /// <summary>
        /// Decides whether a word-final apostrophe at <paramref name="j"/>, while a single quote is open, is a
        /// plural possessive ("‘The workers’ demands are fair,’ she said") rather than the closing mark: the word
        /// ends in s, a lower-case word follows, and another apostrophe that could close the quote, and does not
        /// itself look like a plural possessive, comes later in the span (looked for within
        /// <see cref="PossessiveLookahead"/> characters, so the pass stays linear).
        /// </summary>
        private readonly bool IsPluralPossessive(int j)
        {
            string text = _text;
            if (j == _start || (text[j - 1] | 0x20) != 's')
            {
                return false;
            }

            if (!LooksPossessive(j))
            {
                return false;
            }

            int limit = Math.Min(_end, j + PossessiveLookahead);
            for (int q = j + 2; q < limit; q++)
            {
                if ((text[q] is '\'' or TextChars.RightSingle) && !char.IsWhiteSpace(text[q - 1])
                    && (q + 1 >= _end || !IsWordClass(ClassAt(q + 1))) && !LooksPossessive(q))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Returns whether the apostrophe at <paramref name="j"/> follows an s and precedes white space and a lower-case word.</summary>
        private readonly bool LooksPossessive(int j)
        {
            string text = _text;
            if (j == _start || (text[j - 1] | 0x20) != 's')
            {
                return false;
            }

            int k = j + 1;
            while (k < _end && text[k] is ' ' or '\u00A0')
            {
                k++;
            }

            return k > j + 1 && k < _end && (char.IsAsciiLetterLower(text[k]) || char.IsAsciiDigit(text[k]));
        }

        private int Hyphens(int i)
        {
            int j = i + 1;
            while (j < _end && TextChars.IsHyphen(_text[j]))
            {
                j++;
            }

            int before = SkipIgnorableBack(i - 1);
            int after = SkipIgnorable(j);
            bool spaced = (before < _start || ClassBefore(before) == ClsSpace) && (after >= _end || ClassAt(after) == ClsSpace);
            TokenFlags flags = TokenFlags.Punctuation;
            if (spaced || j - i >= 2)
            {
                flags |= TokenFlags.Dash;
            }

            Add(i, j - i, TokenKind.Punctuation, flags);
            return j;
        }

        private int Run(int i, byte cls, TokenFlags flags)
        {
            char c = _text[i];
            int j = i + 1;
            if (cls == ClsDash)
            {
                while (j < _end && _text[j] == c)
                {
                    j++;
                }
            }
            else
            {
                while (j < _end && _text[j] < 0x80 && Ascii[_text[j]] == cls)
                {
                    j++;
                }
            }

            Add(i, j - i, TokenKind.Punctuation, flags);
            return j;
        }

        /// <summary>Tries to read an initialism such as "U.S." or "e.g." at <paramref name="s"/>.</summary>
        /// <returns>The end of the initialism, or -1.</returns>
        private readonly int Initialism(int s, ref int upper, ref int lower)
        {
            string text = _text;
            int k = s, pairs = 0, up = 0;
            while (k + 1 < _end && char.IsAsciiLetter(text[k]) && text[k + 1] == '.')
            {
                if (text[k] <= 'Z')
                {
                    up++;
                }

                pairs++;
                k += 2;
            }

            if (pairs < 2 || (k < _end && IsWordClass(ClassAt(k))))
            {
                return -1;
            }

            upper += up;
            lower += pairs - up;
            return k;
        }

        /// <summary>
        /// The common case of <see cref="ScanWord"/>: a word of ASCII letters that ends at the span end or at an ASCII
        /// character that cannot continue it (white space or punctuation other than an apostrophe or hyphen). It gives
        /// the same token as <see cref="ScanWord"/> with fewer tests.
        /// </summary>
        /// <returns>The index after the word, or -1 when the word needs the general scan.</returns>
        private int ScanAsciiWord(int s)
        {
            string text = _text;
            ReadOnlySpan<char> chars = text.AsSpan(0, _end);
            int j, upper = 0;
            ulong key = 0;
            char c;
            if (Vector128.IsHardwareAccelerated && s <= text.Length - Vector128<ushort>.Count)
            {
                // Eight characters at once (the text usually goes on after the span; lanes past the span end are cut):
                // the run of letters, its capitals, and its lower-cased letters packed for the pronoun test.
                Vector128<ushort> v = Vector128.Create(MemoryMarshal.Cast<char, ushort>(text.AsSpan(s, Vector128<ushort>.Count)));
                Vector128<ushort> folded = v | Vector128.Create((ushort)0x20);
                uint letters = Vector128.LessThanOrEqual(folded - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a'))).ExtractMostSignificantBits();
                uint capitals = letters & Vector128.Equals(v & Vector128.Create((ushort)0x20), Vector128<ushort>.Zero).ExtractMostSignificantBits();
                int run = Math.Min(BitOperations.TrailingZeroCount(~letters), chars.Length - s);
                j = s + run;
                upper = BitOperations.PopCount(capitals & ((1u << run) - 1));
                if (run <= 6)
                {
                    key = BinaryPrimitives.ReverseEndianness(Vector128.Narrow(folded, folded).AsUInt64().ToScalar()) >> (64 - (8 * run));
                }
                else
                {
                    // A long word: no pronoun; count the capitals of the rest one by one.
                    while (j < chars.Length && char.IsAsciiLetter(c = chars[j]))
                    {
                        upper += c <= 'Z' ? 1 : 0;
                        j++;
                    }
                }
            }
            else
            {
                j = s;
                c = chars[j];
                while (true)
                {
                    // Count the capitals and pack the lower-cased letters (the last eight) for the pronoun test.
                    upper += c <= 'Z' ? 1 : 0;
                    key = (key << 8) | (uint)(c | 0x20);
                    if ((uint)++j >= (uint)chars.Length || !char.IsAsciiLetter(c = chars[j]))
                    {
                        break;
                    }
                }
            }

            if (j < chars.Length)
            {
                c = chars[j];

                // Digits, apostrophes and hyphens may continue the word; a full stop after one letter may be an
                // initialism ("U.S."); outside ASCII, letters, marks, invisible characters, hyphens and single
                // quotation marks may continue it.
                if (c < 0x80
                    ? char.IsAsciiDigit(c) || c is '\'' or '-' || (c == '.' && j == s + 1)
                    : ContinuesWord(NonAscii(c, j, out _)))
                {
                    return -1;
                }
            }

            int length = j - s;
            TokenFlags flags = upper == 0 ? TokenFlags.Lower : upper == length && length >= 2 ? TokenFlags.AllCaps : TokenFlags.None;
            c = chars[s];
            if (c <= 'Z')
            {
                flags |= TokenFlags.Capitalized;
            }

            uint initial = (uint)((c | 0x20) - 'a');
            if (length <= 6 && ((PronounInitials >> (int)initial) & 1) != 0 && (upper < length || length == 1))
            {
                flags |= TokenText.PackedPronounClass(key) switch
                {
                    2 => TokenFlags.Pronoun | TokenFlags.SubjectPronoun,
                    1 => TokenFlags.Pronoun,
                    _ => TokenFlags.None,
                };
            }

            Add(s, length, TokenKind.Word, flags);
            return j;
        }

        /// <summary>Returns whether a character of class <paramref name="cls"/> after a letter may be part of the
        /// same word in <see cref="ScanWord"/>, so that <see cref="ScanAsciiWord"/> must leave the word to it.</summary>
        private static bool ContinuesWord(byte cls) =>
            IsWordClass(cls) || cls is ClsIgnorable or ClsLeftSingle or ClsRightSingle or ClsStraightSingle or ClsHyphen;

        private int ScanWord(int s, bool leadingApostrophe)
        {
            string text = _text;
            int j = s, last = s;
            int upper = 0, lower = 0, other = 0, digits = 0, trailingLetters = 0;
            bool firstSeen = false, firstUpper = false, startsWithDigit = false, letterThenDigit = false;
            bool hyphen = false, apostrophe = false, prevDigit = false;
            if (leadingApostrophe)
            {
                apostrophe = true;
                j = SkipIgnorable(s + 1);
                last = j;
            }
            else if (j + 1 < _end && text[j + 1] == '.' && char.IsAsciiLetter(text[j]))
            {
                int initialismEnd = Initialism(j, ref upper, ref lower);
                if (initialismEnd > 0)
                {
                    firstSeen = true;
                    firstUpper = text[j] <= 'Z';
                    trailingLetters = upper + lower;
                    j = initialismEnd;
                    last = initialismEnd;
                }
            }

            int end = _end;
            while (j < end)
            {
                char c = text[j];

                // Fast path: a run of ASCII letters, the bulk of English text.
                if ((uint)((c | 0x20) - 'a') <= 'z' - 'a')
                {
                    int run = j;
                    int up = 0;
                    do
                    {
                        up += c <= 'Z' ? 1 : 0;
                        if (++j >= end)
                        {
                            break;
                        }

                        c = text[j];
                    }
                    while ((uint)((c | 0x20) - 'a') <= 'z' - 'a');

                    if (!firstSeen)
                    {
                        firstSeen = true;
                        firstUpper = text[run] <= 'Z';
                    }

                    upper += up;
                    lower += j - run - up;
                    trailingLetters += j - run;
                    prevDigit = false;
                    last = j;
                    continue;
                }

                int width = 1;
                byte cls = c < 0x80 ? Ascii[c] : NonAscii(c, j, out width);
                switch (cls)
                {
                    case ClsLower:
                        lower++;
                        firstSeen = true;
                        trailingLetters++;
                        prevDigit = false;
                        j += width;
                        last = j;
                        continue;
                    case ClsUpper:
                        upper++;
                        if (!firstSeen)
                        {
                            firstSeen = true;
                            firstUpper = true;
                        }

                        trailingLetters++;
                        prevDigit = false;
                        j += width;
                        last = j;
                        continue;
                    case ClsOtherLetter:
                        if (c == TextChars.ModifierApostrophe)
                        {
                            apostrophe = true;
                        }
                        else
                        {
                            other++;
                            firstSeen = true;
                            trailingLetters++;
                        }

                        prevDigit = false;
                        j += width;
                        last = j;
                        continue;
                    case ClsDigit:
                        if (digits == 0 && upper + lower + other == 0)
                        {
                            startsWithDigit = true;
                        }

                        if (trailingLetters > 0)
                        {
                            letterThenDigit = true;
                        }

                        digits++;
                        trailingLetters = 0;
                        prevDigit = true;
                        j += width;
                        last = j;
                        continue;
                    case ClsMark:
                        j += width;
                        last = j;
                        continue;
                    case ClsIgnorable:
                        j += width;
                        continue;
                    case ClsStraightSingle:
                    case ClsLeftSingle:
                    case ClsRightSingle:
                    {
                        int k = SkipIgnorable(j + 1);
                        if (k < _end && IsWordClass(ClassAt(k)))
                        {
                            apostrophe = true;
                            prevDigit = false;
                            j = k;
                            continue;
                        }

                        if (cls != ClsLeftSingle)
                        {
                            bool pending = cls == ClsStraightSingle
                                ? _pendingSingleStraight > 0
                                : _pendingSingleCurly > 0 || _pendingSingleStraight > 0;
                            if (!pending || !ClosesOnRight(j + 1) || IsPluralPossessive(j))
                            {
                                apostrophe = true;
                                j++;
                                last = j;
                            }
                        }

                        break;
                    }

                    case ClsHyphen:
                    {
                        int k = SkipIgnorable(j + 1);
                        if (k < _end && IsWordClass(ClassAt(k)))
                        {
                            hyphen = true;
                            prevDigit = false;
                            j = k;
                            continue;
                        }

                        break;
                    }

                    case ClsPeriod:
                    case ClsPunct:
                        if (prevDigit && (c is '.' or ',' or ':' or '/') && j + 1 < _end && char.IsDigit(text[j + 1]))
                        {
                            prevDigit = false;
                            j++;
                            continue;
                        }

                        break;
                }

                break;
            }

            int letters = upper + lower + other;
            TokenFlags flags = TokenFlags.None;
            if (firstUpper)
            {
                flags |= TokenFlags.Capitalized;
            }

            if (upper >= 2 && lower == 0)
            {
                flags |= TokenFlags.AllCaps;
            }

            if (lower > 0 && upper == 0)
            {
                flags |= TokenFlags.Lower;
            }

            if (digits > 0)
            {
                flags |= TokenFlags.Digit;
            }

            if (hyphen)
            {
                flags |= TokenFlags.Hyphenated;
            }

            if (apostrophe)
            {
                flags |= TokenFlags.Apostrophe;
            }

            int length = last - s;
            bool number = startsWithDigit && !apostrophe && !letterThenDigit && trailingLetters <= 3 && !(hyphen && letters > 0);
            uint initial = (uint)((text[s] | 0x20) - 'a');
            if (digits == 0 && !hyphen && other == 0 && letters is > 0 and <= 7 && length <= 12
                && initial <= 'z' - 'a' && ((PronounInitials >> (int)initial) & 1) != 0)
            {
                ReadOnlySpan<char> word = text.AsSpan(s, length);
                int pronoun = apostrophe ? -1 : TokenText.AsciiPronounClass(word);
                if (pronoun < 0)
                {
                    pronoun = TokenText.PronounClass(word);
                }

                if (pronoun != 0)
                {
                    flags |= pronoun == 2 ? TokenFlags.Pronoun | TokenFlags.SubjectPronoun : TokenFlags.Pronoun;
                }
            }

            Add(s, length, number ? TokenKind.Number : TokenKind.Word, flags);
            return j;
        }
    }
}
