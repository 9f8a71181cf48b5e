using System.Buffers;
using ClaimTagger.Sections;
using ClaimTagger.Text;

namespace ClaimTagger.Sentences;

/// <summary>
/// The built-in sentence splitter: one pass over the paragraph's characters, no regular expressions and no
/// allocation per character.
/// </summary>
/// <remarks>
/// <para>A sentence ends after a full stop, question mark, exclamation mark or ellipsis, together with any closing
/// quotation marks and brackets that follow it (<c>He left.” Then</c> splits after ”), when white space and a word
/// that can open a sentence come next. The rules, in brief:</para>
/// <list type="bullet">
/// <item><description>A lower-case word after the mark never starts a new sentence, so <c>“Why now?” she asked.</c>
/// and <c>“…,” he said.</c> stay whole; so does a capitalised attribution with a speech verb after a closing quote
/// (<c>“Why now?” Jane Doe asked.</c>).</description></item>
/// <item><description>Abbreviations: titles (Mr., Dr., Gen., Sen., St.) and short forms (vs., e.g., i.e.) never end a
/// sentence; etc., Inc., Ltd. end one before a capitalised word; U.S., U.K., Jr., initials (George W. Bush) end one
/// only before a typical opener ("The", "He", "But"); No. and months do not before a number; a.m. and p.m. not before
/// a day, month or time zone.</description></item>
/// <item><description>A mark with no white space after it is never an end: 3.5, v2.0, example.com, U.S.-led.</description></item>
/// <item><description>An ellipsis (… or ...) ends a sentence only before a typical opener or an opening quotation mark.</description></item>
/// <item><description>A blank line always ends a sentence; so does a line break before a list item (<c>- item</c>,
/// <c>• item</c>, <c>1. item</c>, <c>a) item</c>) or a speaker label (<c>Q:</c>, <c>A:</c>, <c>SMITH:</c>). Other line
/// breaks are hard wrapping and do not.</description></item>
/// <item><description>A paragraph with no final mark (a headline) is one sentence; dashes and asides never split.</description></item>
/// </list>
/// <para>Safety limit: a sentence longer than <see cref="MaxSentenceLength"/> UTF-16 code units with no boundary is
/// cut at the last white space before the limit (or, with none in the second half of the window, at the limit itself,
/// never inside a surrogate pair), so that later stages always work on bounded pieces.</para>
/// <para>Sentences are trimmed of white space (<see cref="char.IsWhiteSpace(char)"/>) and together hold every other
/// character of the paragraph exactly once. Thread safety: the splitter is stateless and may be shared.</para>
/// </remarks>
public sealed class DefaultSentenceSplitter : ISentenceSplitter
{
    /// <summary>The longest sentence, in UTF-16 code units, the splitter returns before cutting it at a space.</summary>
    public const int MaxSentenceLength = 2000;

    private const int MaxAttributionWords = 6;

    /// <summary>The characters the main loop stops at: sentence-ending marks and line breaks.</summary>
    private static readonly SearchValues<char> Marks = SearchValues.Create(".?!…‽\n\r\u0085\u2028\u2029");

    /// <summary>Gets the shared instance.</summary>
    public static DefaultSentenceSplitter Instance { get; } = new();

    /// <inheritdoc />
    /// <remarks>A span that reaches outside <paramref name="text"/> is clipped to it.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="sentences"/> is <see langword="null"/>.</exception>
    public void Split(string text, TextSpan paragraph, List<TextSpan> sentences)
    {
        int cuts = 0, firstCut = -1;
        Split(text, paragraph, sentences, ref cuts, ref firstCut);
    }

    /// <summary>Splits like <see cref="Split(string, TextSpan, List{TextSpan})"/> and counts the sentences cut at <see cref="MaxSentenceLength"/>.</summary>
    /// <param name="text">The untouched article text.</param>
    /// <param name="paragraph">The paragraph to split.</param>
    /// <param name="sentences">Receives the sentence spans.</param>
    /// <param name="cuts">Incremented once for every sentence cut at the limit.</param>
    /// <param name="firstCut">Set to the offset of the first cut, when it is still -1.</param>
    internal void Split(string text, TextSpan paragraph, List<TextSpan> sentences, ref int cuts, ref int firstCut)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        int end = Math.Min(paragraph.End, text.Length);
        int start = SkipSpaces(text, Math.Max(0, paragraph.Start), end);
        int i = start;
        while (i < end)
        {
            int limit = Math.Min(end, start + MaxSentenceLength);
            if (i >= limit)
            {
                if (limit == end)
                {
                    break;
                }

                int before = sentences.Count;
                start = CutLongSentence(text, start, end, sentences);
                cuts++;
                if (firstCut < 0)
                {
                    firstCut = sentences.Count > before ? sentences[^1].End : start;
                }

                i = start;
                continue;
            }

            // Jump to the next mark or line break; everything in between is inside the sentence.
            int found = text.AsSpan(i, limit - i).IndexOfAny(Marks);
            if (found < 0)
            {
                i = limit;
                continue;
            }

            i += found;
            char c = text[i];
            if (SentenceChars.IsTerminal(c))
            {
                int runEnd = i + 1;
                bool spacedEllipsis = false;
                while (true)
                {
                    while (runEnd < limit && SentenceChars.IsTerminal(text[runEnd]))
                    {
                        runEnd++;
                    }

                    // ". . ." is one spaced ellipsis, not three stops.
                    if (c == '.' && runEnd + 1 < limit && text[runEnd] == ' ' && text[runEnd + 1] == '.'
                        && (spacedEllipsis || (i > start && text[i - 1] == ' ') || (runEnd + 3 < limit && text[runEnd + 2] == ' ' && text[runEnd + 3] == '.')))
                    {
                        spacedEllipsis = true;
                        runEnd += 2;
                        continue;
                    }

                    break;
                }

                int after = runEnd;
                while (after < limit && (SentenceChars.IsCloser(text[after]) || SentenceChars.IsTerminal(text[after])))
                {
                    after++;
                }

                if (after >= end)
                {
                    break;
                }

                if (after < limit && SentenceChars.IsSpace(text[after]) && IsBoundary(text, start, i, runEnd, after, end, spacedEllipsis))
                {
                    Add(text, start, after, sentences);
                    start = SkipSpaces(text, after, end);
                    i = start;
                }
                else
                {
                    i = after;
                }

                continue;
            }

            if (SentenceChars.IsLineBreak(c))
            {
                int next = i + 1;
                bool blank = c == '\u2029';
                while (next < end && SentenceChars.IsSpace(text[next]))
                {
                    char n = text[next];
                    if (SentenceChars.IsLineBreak(n) && !(n == '\n' && text[next - 1] == '\r' && next - 1 == i))
                    {
                        blank = true;
                    }

                    next++;
                }

                if (next < end && (blank || StartsListItemOrLabel(text, next, end)) && HasWord(text, start, i))
                {
                    Add(text, start, i, sentences);
                    start = next;
                }

                i = next;
                continue;
            }

            i++; // not reached: every mark found is a terminal or a line break
        }

        if (start < end)
        {
            Add(text, start, end, sentences);
        }
    }

    /// <summary>Decides whether the terminal run at <c>[mark, runEnd)</c>, followed by closers up to <paramref name="after"/>
    /// (a white-space character), ends the sentence that began at <paramref name="start"/>.</summary>
    private static bool IsBoundary(string text, int start, int mark, int runEnd, int after, int end, bool spacedEllipsis)
    {
        int next = SkipSpacesAndInvisible(text, after, end);
        if (next >= end)
        {
            return true;
        }

        if (!HasWord(text, start, mark))
        {
            return false;
        }

        char n = text[next];
        if (char.IsLower(n))
        {
            return false;
        }

        bool strong = false, ellipsis = spacedEllipsis;
        for (int k = mark; k < runEnd; k++)
        {
            char t = text[k];
            if (t is '?' or '!' or '‽')
            {
                strong = true;
            }
            else if (t == '…' || k > mark)
            {
                ellipsis = true;
            }
        }

        if (strong)
        {
            return !(HasClosingQuote(text, runEnd, after) && AttributionFollows(text, next, end));
        }

        if (ellipsis)
        {
            return OpensSentence(text, next, end, allowSingleLetter: true);
        }

        // A single full stop: look at the word before it.
        int wordEnd = mark;
        while (wordEnd > start && SentenceChars.IsCloser(text[wordEnd - 1]))
        {
            wordEnd--;
        }

        int wordStart = wordEnd;
        while (wordStart > start && !SentenceChars.IsSpace(text[wordStart - 1]))
        {
            wordStart--;
        }

        bool quoted = false;
        while (wordStart < wordEnd && SentenceChars.IsOpener(text[wordStart]))
        {
            quoted |= SentenceChars.IsOpeningQuote(text[wordStart]);
            wordStart++;
        }

        ReadOnlySpan<char> word = text.AsSpan(wordStart, wordEnd - wordStart);
        switch (Abbreviations.Classify(word))
        {
            case AbbreviationKind.Prefix:
                if (word is "St" && IsCapitalisedWordBefore(text, start, wordStart))
                {
                    return IsCapitalStart(text, next, end); // "Downing St." is a street, which can end a sentence.
                }

                return false;
            case AbbreviationKind.Suffix:
                return !char.IsDigit(n);
            case AbbreviationKind.Ambiguous:
                return OpensSentence(text, next, end, allowSingleLetter: true);
            case AbbreviationKind.Month:
                return !char.IsDigit(n);
            case AbbreviationKind.Numero:
                return !char.IsDigit(n) && n != '#';
            case AbbreviationKind.Time:
                return IsCapitalStart(text, next, end) && !IsCalendarWord(text, next, end);
            case AbbreviationKind.Initial:
                // "“A. B,” he said." is two sentences: a letter just after an opening quote is no initial. A letter
                // that opens the sentence is an initial ("J. Smith said") or an interview label ("Q. What next?").
                return quoted || (wordStart != start && OpensSentence(text, next, end, allowSingleLetter: false));
            default:
                return !IsListNumber(text, start, wordStart, word);
        }
    }

    /// <summary>
    /// Returns whether a wire credit in brackets and a dash start at <paramref name="pos"/>: "SACRAMENTO, Calif. (AP) —"
    /// is one dateline, and the bracket after the state's abbreviation opens no sentence.
    /// </summary>
    private static bool IsWireCredit(string text, int pos, int end)
    {
        if (text[pos] != '(')
        {
            return false;
        }

        int close = pos + 1;
        while (close < end && close - pos <= 16 && (char.IsLetter(text[close]) || text[close] is ' ' or '/' or '&' or '.'))
        {
            close++;
        }

        if (close >= end || text[close] != ')' || close == pos + 1 || !char.IsUpper(text[pos + 1]))
        {
            return false;
        }

        int dash = SkipSpaces(text, close + 1, end);
        return dash < end && SentenceChars.IsDash(text[dash]);
    }

    /// <summary>Returns whether <paramref name="word"/> is a list number ("1." at the start of a line).</summary>
    private static bool IsListNumber(string text, int start, int wordStart, ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > 3)
        {
            return false;
        }

        foreach (char c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        if (wordStart == start)
        {
            return true;
        }

        int k = wordStart - 1;
        while (k >= start && SentenceChars.IsSpace(text[k]) && !SentenceChars.IsLineBreak(text[k]))
        {
            k--;
        }

        return k >= start && SentenceChars.IsLineBreak(text[k]);
    }

    /// <summary>Returns whether the word before <paramref name="wordStart"/> (inside the sentence) starts with a capital.</summary>
    private static bool IsCapitalisedWordBefore(string text, int start, int wordStart)
    {
        int k = wordStart - 1;
        while (k >= start && SentenceChars.IsSpace(text[k]))
        {
            k--;
        }

        if (k < start || !char.IsLetter(text[k]))
        {
            return false;
        }

        while (k > start && !SentenceChars.IsSpace(text[k - 1]))
        {
            k--;
        }

        return char.IsUpper(text[k]);
    }

    /// <summary>Returns whether a closing quotation mark lies in <c>[from, to)</c>.</summary>
    private static bool HasClosingQuote(string text, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (SentenceChars.IsClosingQuote(text[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns whether a capitalised attribution with a speech verb ("Jane Doe asked") starts at <paramref name="pos"/>.</summary>
    private static bool AttributionFollows(string text, int pos, int end)
    {
        for (int words = 0; words < MaxAttributionWords && pos < end; words++)
        {
            int wordEnd = pos;
            while (wordEnd < end && (char.IsLetter(text[wordEnd]) || text[wordEnd] is '-' or '\'' or '’' or '.'))
            {
                wordEnd++;
            }

            if (wordEnd == pos)
            {
                return false;
            }

            ReadOnlySpan<char> word = text.AsSpan(pos, wordEnd - pos).TrimEnd('.');
            if (char.IsLower(text[pos]) && Abbreviations.IsSpeechVerb(word))
            {
                return true;
            }

            if (!char.IsUpper(text[pos]) || wordEnd >= end || text[wordEnd] != ' ')
            {
                return false;
            }

            pos = wordEnd + 1;
        }

        return false;
    }

    /// <summary>Returns whether the text at <paramref name="pos"/> typically opens a sentence: a common opening word, or an
    /// opening quotation mark or bracket before a capital.</summary>
    private static bool OpensSentence(string text, int pos, int end, bool allowSingleLetter)
    {
        if (IsWireCredit(text, pos, end))
        {
            return false;
        }

        if (SentenceChars.IsOpener(text[pos]))
        {
            while (pos < end && SentenceChars.IsOpener(text[pos]))
            {
                pos++;
            }

            return pos < end && (char.IsUpper(text[pos]) || char.IsDigit(text[pos]));
        }

        int wordEnd = pos;
        while (wordEnd < end && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        if (wordEnd == pos || (!allowSingleLetter && wordEnd - pos == 1))
        {
            return false;
        }

        // "A. B. Smith": a single letter followed by a full stop is another initial.
        if (wordEnd - pos == 1 && wordEnd < end && text[wordEnd] == '.')
        {
            return false;
        }

        return Abbreviations.IsSentenceOpener(text.AsSpan(pos, wordEnd - pos));
    }

    private static bool IsCapitalStart(string text, int pos, int end)
    {
        while (pos < end && SentenceChars.IsOpener(text[pos]))
        {
            pos++;
        }

        return pos < end && char.IsUpper(text[pos]);
    }

    /// <summary>Returns whether the word at <paramref name="pos"/> is a day, month or time zone ("10 a.m. Monday", "p.m. ET").</summary>
    private static bool IsCalendarWord(string text, int pos, int end)
    {
        int wordEnd = pos;
        while (wordEnd < end && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        ReadOnlySpan<char> word = text.AsSpan(pos, wordEnd - pos);
        return CalendarWords.IsWeekday(word) || CalendarWords.IsMonth(word) || CalendarWords.IsTimeZone(word);
    }

    /// <summary>Returns whether a list item ("- ", "• ", "1. ", "a) ") or a speaker label ("Q:", "SMITH:") starts at <paramref name="pos"/>.</summary>
    private static bool StartsListItemOrLabel(string text, int pos, int end)
    {
        char c = text[pos];
        if (SentenceChars.IsBullet(c) || SentenceChars.IsDash(c))
        {
            return pos + 1 < end && SentenceChars.IsSpace(text[pos + 1]);
        }

        int k = pos;
        if (char.IsAsciiDigit(c))
        {
            while (k < end && k - pos < 3 && char.IsAsciiDigit(text[k]))
            {
                k++;
            }

            return k + 1 < end && text[k] is '.' or ')' && SentenceChars.IsSpace(text[k + 1]);
        }

        if (char.IsAsciiLetterLower(c))
        {
            return pos + 2 < end && text[pos + 1] == ')' && SentenceChars.IsSpace(text[pos + 2]);
        }

        if (!char.IsUpper(c))
        {
            return false;
        }

        while (k < end && k - pos < 24 && (char.IsUpper(text[k]) || (text[k] is ' ' or '.' or '-' && k + 1 < end && char.IsUpper(text[k + 1]))))
        {
            k++;
        }

        return k < end && text[k] == ':' && (k + 1 >= end || SentenceChars.IsSpace(text[k + 1]));
    }

    /// <summary>Returns whether <c>[from, to)</c> holds a letter or a digit.</summary>
    private static bool HasWord(string text, int from, int to)
    {
        for (int k = to - 1; k >= from; k--)
        {
            if (char.IsLetterOrDigit(text[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Cuts an over-long sentence at the last white space before the limit and returns where the rest starts.</summary>
    private static int CutLongSentence(string text, int start, int end, List<TextSpan> sentences)
    {
        int limit = start + MaxSentenceLength;
        for (int k = limit; k > start + (MaxSentenceLength / 2); k--)
        {
            if (SentenceChars.IsSpace(text[k]))
            {
                Add(text, start, k, sentences);
                return SkipSpaces(text, k, end);
            }
        }

        int cut = char.IsLowSurrogate(text[limit]) && char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
        Add(text, start, cut, sentences);
        return cut;
    }

    private static void Add(string text, int start, int end, List<TextSpan> sentences)
    {
        while (end > start && SentenceChars.IsSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new TextSpan(start, end));
        }
    }

    private static int SkipSpaces(string text, int pos, int end)
    {
        while (pos < end && SentenceChars.IsSpace(text[pos]))
        {
            pos++;
        }

        return pos;
    }

    private static int SkipSpacesAndInvisible(string text, int pos, int end)
    {
        while (pos < end && SentenceChars.IsSpaceOrInvisible(text[pos]))
        {
            pos++;
        }

        return pos;
    }
}
