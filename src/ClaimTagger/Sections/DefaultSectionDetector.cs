using System.Buffers;
using ClaimTagger.Text;

namespace ClaimTagger.Sections;

/// <summary>
/// The built-in section detector: cuts scraped article text into paragraphs and tells the section of each from
/// general cues, never from the words of any one site.
/// </summary>
/// <remarks>
/// <para>The text is read line by line (LF, CRLF, CR, U+2028 and U+2029 all end a line). Each non-blank line is
/// classified on its own:</para>
/// <list type="bullet">
/// <item><description><see cref="SectionKind.Dateline"/>: a line of date and time words only ("26 Oct, 2021 11:18",
/// "Published: 3 June 2024 10:15 BST", "Updated 2 hours ago"), or a wire dateline standing alone
/// ("LAGOS, March 14 (Reuters) -").</description></item>
/// <item><description><see cref="SectionKind.Byline"/>: "By Jane Doe", "By Jane Doe, Political Correspondent",
/// "Jane Doe | Reporter", "Words by …", and wire footers "Reporting by …; Editing by …".</description></item>
/// <item><description><see cref="SectionKind.Boilerplate"/>: share-button and icon lists, menus
/// ("Home | World | Sport"), long runs of lower-case interface words, cookie notices, copyright footers, and
/// link or prompt lines ("Read more: …", "Related:", "Advertisement", "Subscribe", "Sign up for …"), the headlines
/// listed one per line under a link-list header ("RELATED ARTICLES", "Most read", "More on this story") until a line
/// ends a sentence, and the signature line under an embedded post ("— Name (@handle) December 4, 2026").</description></item>
/// <item><description><see cref="SectionKind.Caption"/>: picture captions and credits (a line with ©, "Photo:",
/// "Photograph:", "(Photo by …)", "FILE PHOTO:", or a descriptive sentence followed by a credit such as
/// "Jane Doe/Reuters" or "AFP via Getty Images").</description></item>
/// </list>
/// <para>The first other line before any body text is the <see cref="SectionKind.Headline"/> when it reads like one
/// (no final full stop, unless page metadata follows it). Section labels above it ("Politics", or a few words directly
/// over the headline line) are page furniture. Everything else is <see cref="SectionKind.Body"/>, except short label
/// lines written directly under a byline (the desk or place: "Example News, Kyiv") or under page furniture (menus and
/// tag lists written one item per line), which take the kind of the line above.</para>
/// <para>Consecutive body lines are joined into one paragraph when a line does not end a sentence and the next
/// continues it: it starts in lower case, or the previous line is long and full (its break came because the next
/// word did not fit: with that word it would be longer than the block's longest line) and the block goes on to end a
/// sentence (hard wrapping); a short heading over longer text stays apart. Lines of different kinds, list items and
/// speaker labels ("Q:") always start a new paragraph; a lower-case line that continues a wrapped caption or notice
/// joins it.</para>
/// <para>Paragraphs are in text order, do not overlap, are trimmed of white space and together hold every other
/// character of the text exactly once: page junk is kept as <see cref="SectionKind.Boilerplate"/>, not dropped.
/// Thread safety: the detector is stateless and may be shared.</para>
/// </remarks>
public sealed class DefaultSectionDetector : ISectionDetector
{
    private const int MaxHeadlineLength = 300;
    private const int MaxHeadlineWords = 40;
    private const int MaxStoppedHeadlineWords = 20;
    private const int MinWrappedLineLength = 40;
    private const int MaxBylineLabelWords = 6;
    private const int MaxListItemWords = 3;
    private const int MaxWrapLookahead = 50;
    private const int MaxLinkedHeadlineWords = 16;

    /// <summary>The largest line buffer kept for the next call on the thread.</summary>
    private const int MaxKeptLines = 1 << 14;

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u0085\u2028\u2029");

    /// <summary>A line buffer reused by the next call on the same thread (taken out while in use).</summary>
    [ThreadStatic]
    private static Line[]? _lineScratch;

    /// <summary>Gets the shared instance.</summary>
    public static DefaultSectionDetector Instance { get; } = new();

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<Paragraph> Detect(string text) => DetectArray(text);

    /// <summary>Finds the paragraphs of <paramref name="text"/> into a new array of the exact size.</summary>
    /// <param name="text">The untouched article text.</param>
    /// <returns>The paragraphs, as <see cref="Detect"/> gives them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    internal Paragraph[] DetectArray(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Line[] buffer = _lineScratch ?? new Line[64];
        _lineScratch = null;
        int count = ReadLines(text, ref buffer);
        Span<Line> lines = buffer.AsSpan(0, count);
        for (int i = 0; i < lines.Length; i++)
        {
            ref Line line = ref lines[i];
            line.Kind = LineClassifier.Classify(Slice(text, line));
            if (line.Kind is null && i > 0 && lines[i - 1].Kind is (SectionKind.Boilerplate or SectionKind.Caption) && ContinuesPrevious(text, lines[i - 1], line))
            {
                line.Kind = lines[i - 1].Kind;
                line.Joins = true;
            }
        }

        FindHeadline(text, lines);
        JoinWrappedBody(text, lines);

        int paragraphCount = 0;
        foreach (ref readonly Line line in lines)
        {
            paragraphCount += line.Joins && paragraphCount > 0 ? 0 : 1;
        }

        var paragraphs = new Paragraph[paragraphCount];
        int n = 0;
        foreach (ref readonly Line line in lines)
        {
            if (line.Joins && n > 0)
            {
                ref Paragraph last = ref paragraphs[n - 1];
                last = last with { Span = new TextSpan(last.Span.Start, line.End) };
            }
            else
            {
                paragraphs[n] = new Paragraph(n, new TextSpan(line.Start, line.End), line.Kind ?? SectionKind.Body);
                n++;
            }
        }

        if (buffer.Length <= MaxKeptLines)
        {
            _lineScratch = buffer;
        }

        return paragraphs;
    }

    /// <summary>Marks the headline and turns the remaining unclassified lines into body text.</summary>
    private static void FindHeadline(string text, Span<Line> lines)
    {
        bool searching = true;
        bool linkList = false;
        for (int i = 0; i < lines.Length; i++)
        {
            Line line = lines[i];
            if (line.Kind is not null)
            {
                linkList = line.Kind == SectionKind.Boilerplate && (linkList || LineClassifier.IsLinkListHeader(Slice(text, line)));
                continue;
            }

            if (linkList && !line.BlankBefore && IsLinkedHeadline(Slice(text, line)))
            {
                // "RELATED ARTICLES" and the headlines listed under it, one per line
                line.Kind = SectionKind.Boilerplate;
                lines[i] = line;
                continue;
            }

            linkList = false;

            if (searching)
            {
                ReadOnlySpan<char> span = Slice(text, line);
                if (IsKicker(text, lines, i, span))
                {
                    // A section label above the headline ("Politics", "UK politics", "LIVE") is page furniture.
                    line.Kind = SectionKind.Boilerplate;
                }
                else
                {
                    line.Kind = IsHeadline(text, lines, i) ? SectionKind.Headline : SectionKind.Body;
                    searching = false;
                }
            }
            else
            {
                line.Kind = FollowerKind(text, lines, i) ?? SectionKind.Body;
            }

            lines[i] = line;
        }
    }

    /// <summary>Returns whether a line under a link-list header reads as another story's headline: capitalised, at most
    /// <see cref="MaxLinkedHeadlineWords"/> words, no sentence end.</summary>
    private static bool IsLinkedHeadline(ReadOnlySpan<char> span) =>
        span.Length > 0 && char.IsUpper(span[0]) && !LineClassifier.EndsSentence(span) && LineClassifier.CountWords(span) <= MaxLinkedHeadlineWords;

    /// <summary>Returns the kind a short label line takes from the line directly above it: the desk or place under a
    /// byline ("Example News, Kyiv"), or the next item of a menu or tag list written one per line.</summary>
    private static SectionKind? FollowerKind(string text, Span<Line> lines, int index)
    {
        Line line = lines[index];
        if (index == 0 || line.BlankBefore)
        {
            return null;
        }

        SectionKind? above = lines[index - 1].Kind;
        ReadOnlySpan<char> span = Slice(text, line);
        return above switch
        {
            SectionKind.Byline when LineClassifier.IsShortLabel(span, MaxBylineLabelWords) => SectionKind.Byline,
            SectionKind.Boilerplate when LineClassifier.IsShortLabel(span, MaxListItemWords) => SectionKind.Boilerplate,
            _ => null,
        };
    }

    /// <summary>Returns whether a line met before the headline is a section label: one word, or a few words directly
    /// above a line that reads as the headline.</summary>
    private static bool IsKicker(string text, Span<Line> lines, int index, ReadOnlySpan<char> span)
    {
        if (span.Length <= 30 && !LineClassifier.HasWords(span, 2) && !LineClassifier.EndsSentence(span))
        {
            return true;
        }

        return index + 1 < lines.Length && lines[index + 1] is { BlankBefore: false, Kind: null }
            && LineClassifier.IsShortLabel(span, MaxListItemWords) && IsHeadline(text, lines, index + 1);
    }

    /// <summary>Returns whether a line that opens with a label in capitals ("FACT CHECK: …", "EXCLUSIVE: …") is a
    /// headline's rubric rather than a turn of an interview: no other line opens with such a label, nor is a list item.</summary>
    private static bool IsRubric(string text, Span<Line> lines, int index)
    {
        ReadOnlySpan<char> span = Slice(text, lines[index]);
        if (!char.IsUpper(span[0]))
        {
            return false;
        }

        for (int i = 0; i < lines.Length; i++)
        {
            if (i != index && LineClassifier.StartsListItemOrLabel(Slice(text, lines[i])))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHeadline(string text, Span<Line> lines, int index)
    {
        ReadOnlySpan<char> span = Slice(text, lines[index]);
        int words = LineClassifier.CountWords(span);
        if (span.Length > MaxHeadlineLength || words > MaxHeadlineWords || LineClassifier.StartsLowerCase(span)
            || span[^1] is ',' or ';' or ':' || (LineClassifier.StartsListItemOrLabel(span) && !IsRubric(text, lines, index)))
        {
            return false;
        }

        Line? next = index + 1 < lines.Length ? lines[index + 1] : null;
        if (next is { } n && !n.BlankBefore && LineClassifier.StartsLowerCase(Slice(text, n)))
        {
            return false; // the first line of a hard-wrapped paragraph
        }

        if (!LineClassifier.EndsWithStop(span))
        {
            return true;
        }

        // A headline with a full stop, confirmed by the page metadata under it.
        return words <= MaxStoppedHeadlineWords && next is { Kind: SectionKind.Dateline or SectionKind.Byline or SectionKind.Caption };
    }

    /// <summary>Joins body lines that continue a sentence across a line break.</summary>
    private static void JoinWrappedBody(string text, Span<Line> lines)
    {
        for (int i = 1; i < lines.Length; i++)
        {
            Line line = lines[i];
            Line previous = lines[i - 1];
            if (line.Joins || line.Kind != SectionKind.Body || previous.Kind != SectionKind.Body || !ContinuesPrevious(text, previous, line))
            {
                continue;
            }

            // A lower-case start continues the sentence; a capital does only when the previous line is long and full
            // (hard wrapping) and the block goes on to end a sentence, unlike a stack of headings and standfirsts.
            ReadOnlySpan<char> span = Slice(text, line);
            bool wrapped = LineClassifier.StartsLowerCase(span)
                || (((previous.End - previous.Start >= MinWrappedLineLength && IsFull(text, lines, i)) || text[previous.End - 1] == ':')
                    && BlockEndsSentence(text, lines, i));
            if (wrapped)
            {
                line.Joins = true;
                lines[i] = line;
            }
        }
    }

    /// <summary>
    /// Returns whether the line before <paramref name="index"/> was broken because it was full: with the next line's
    /// first word it would be longer than the longest line of the block. A wrapped paragraph's lines fill the width;
    /// a heading over its text ("10:42 — Ferries cancelled" above a longer sentence) does not.
    /// </summary>
    private static bool IsFull(string text, Span<Line> lines, int index)
    {
        Line previous = lines[index - 1];
        int longest = previous.End - previous.Start;
        for (int k = index; k < lines.Length && k < index + MaxWrapLookahead; k++)
        {
            if (k > index && (lines[k].BlankBefore || lines[k].Kind != SectionKind.Body))
            {
                break;
            }

            longest = Math.Max(longest, lines[k].End - lines[k].Start);
        }

        ReadOnlySpan<char> next = Slice(text, lines[index]);
        int firstWord = next.IndexOfAny(' ', '\t');
        return previous.End - previous.Start + 1 + (firstWord < 0 ? next.Length : firstWord) > longest;
    }

    /// <summary>Returns whether the run of directly adjacent body lines starting at <paramref name="index"/> reaches a
    /// line that ends a sentence before a blank line, another kind of line or a list item.</summary>
    private static bool BlockEndsSentence(string text, Span<Line> lines, int index)
    {
        for (int k = index; k < lines.Length && k < index + MaxWrapLookahead; k++)
        {
            if (k > index && (lines[k].BlankBefore || lines[k].Kind != SectionKind.Body || LineClassifier.StartsListItemOrLabel(Slice(text, lines[k]))))
            {
                return false;
            }

            if (LineClassifier.EndsSentence(Slice(text, lines[k])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns whether <paramref name="line"/> directly follows <paramref name="previous"/> (no blank line)
    /// and may continue it: the previous line does not end a sentence and this one is no list item or speaker label.</summary>
    private static bool ContinuesPrevious(string text, in Line previous, in Line line)
    {
        if (line.BlankBefore)
        {
            return false;
        }

        ReadOnlySpan<char> span = Slice(text, line);
        return !LineClassifier.EndsSentence(Slice(text, previous)) && !LineClassifier.StartsListItemOrLabel(span)
            && (previous.Kind is null or SectionKind.Body || LineClassifier.StartsLowerCase(span));
    }

    /// <summary>Reads the non-blank lines of <paramref name="text"/>, trimmed, noting which follow a blank line.</summary>
    /// <returns>The number of lines written to <paramref name="lines"/>, which grows (doubling) when full.</returns>
    private static int ReadLines(string text, ref Line[] lines)
    {
        int count = 0;
        int i = 0;
        bool blankBefore = true;
        while (i < text.Length)
        {
            int lineEnd = text.AsSpan(i).IndexOfAny(LineBreaks);
            lineEnd = lineEnd < 0 ? text.Length : i + lineEnd;

            int start = i, end = lineEnd;
            while (start < end && SentenceChars.IsSpace(text[start]))
            {
                start++;
            }

            while (end > start && SentenceChars.IsSpace(text[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                if (count == lines.Length)
                {
                    Array.Resize(ref lines, lines.Length * 2);
                }

                lines[count++] = new Line { Start = start, End = end, BlankBefore = blankBefore };
                blankBefore = false;
            }
            else
            {
                blankBefore = true;
            }

            if (lineEnd < text.Length)
            {
                char brk = text[lineEnd];
                lineEnd++;
                if (brk == '\r' && lineEnd < text.Length && text[lineEnd] == '\n')
                {
                    lineEnd++;
                }
                else if (brk == '\u2029')
                {
                    blankBefore = true;
                }
            }

            i = lineEnd;
        }

        return count;
    }

    private static ReadOnlySpan<char> Slice(string text, in Line line) => text.AsSpan(line.Start, line.End - line.Start);

    /// <summary>One trimmed, non-blank line and what has been decided about it.</summary>
    private struct Line
    {
        public int Start;
        public int End;
        public bool BlankBefore;
        public SectionKind? Kind;
        public bool Joins;
    }
}
