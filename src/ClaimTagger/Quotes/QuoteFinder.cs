using System.Runtime.InteropServices;
using ClaimTagger.Sections;
using ClaimTagger.Sentences;
using ClaimTagger.Text;
using ClaimTagger.Tokens;

namespace ClaimTagger.Quotes;

/// <summary>Pairs quotation marks into quoted spans, across sentences and paragraphs, with nesting.</summary>
/// <remarks>
/// <para><b>Pairing.</b> The finder walks the <see cref="TokenKind.QuoteMark"/> tokens in text order with a
/// stack. A mark flagged <see cref="TokenFlags.OpenQuote"/> opens a quote one level deeper than the quotes
/// already open. A mark flagged <see cref="TokenFlags.CloseQuote"/> closes the innermost open quote of the
/// same <see cref="QuoteFamily"/>: <c>“</c> closes with <c>”</c> (or a straight <c>"</c>), <c>„</c> with
/// <c>“</c> or <c>”</c>, <c>‘</c> and <c>‚</c> with <c>’</c> or <c>‘</c>, <c>'</c> with <c>'</c> or <c>’</c>,
/// <c>«</c> with <c>»</c> (and <c>»</c> with <c>«</c>), <c>‹</c> with <c>›</c>. A closing mark with no open quote of
/// its family is ignored. Quotes opened inside the one being closed and still open are dropped (they were
/// stray marks).</para>
/// <para><b>Several sentences</b> need nothing special: pairing runs over the whole paragraph. When a single
/// quote (<c>‘</c> or <c>'</c>) opened in an earlier sentence has no closing mark, the first word in the
/// paragraph that ends in an apostrophe after it closes it (<c>‘We are ready. We will win’, she said</c>: the
/// tokenizer, which sees one sentence at a time, kept <c>win’</c> as one word).</para>
/// <para><b>Several paragraphs</b> follow the news convention: a paragraph that ends with a quote still open
/// continues it when the next paragraph (of the same section) starts with a quotation mark of the same family
/// (normally an opening mark; French style may repeat <c>»</c>); only the last paragraph closes it. The <see cref="QuoteSpan"/> then runs from the first opening mark to the
/// final closing mark, and <see cref="QuoteSpan.FirstParagraph"/> &lt; <see cref="QuoteSpan.LastParagraph"/>.</para>
/// <para><b>Unbalanced marks</b> never throw and never run past their paragraph: a quote still open when its
/// paragraph (or paragraph chain) ends, without a continuation, becomes an unclosed <see cref="QuoteSpan"/>
/// (<see cref="QuoteSpan.CloseMark"/> <c>'\0'</c>, <see cref="QuoteSpan.IsClosed"/> false) ending at the end
/// of that paragraph. Rules that want only clean quotes test <see cref="QuoteSpan.IsClosed"/>.</para>
/// <para>Time and memory are linear in the number of tokens, whatever the marks.</para>
/// <para>Thread safety: the class holds no state.</para>
/// </remarks>
public static class QuoteFinder
{
    /// <summary>Finds the quoted spans of an article.</summary>
    /// <param name="text">The untouched article text.</param>
    /// <param name="paragraphs">The article's paragraphs, in text order. Tokens outside every paragraph are ignored.</param>
    /// <param name="sentences">The article's sentences. Pairing does not depend on them: a quote may cross sentence boundaries freely.</param>
    /// <param name="tokens">The article's tokens in text order; quotation marks are <see cref="TokenKind.QuoteMark"/> tokens.</param>
    /// <returns>The quoted spans ordered by start (an outer quote before the quotes nested in it).</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static QuoteSpan[] Find(string text, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Sentence> sentences, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(tokens);
        if (paragraphs.Count == 0 || tokens.Count == 0)
        {
            return [];
        }

        ReadOnlySpan<Token> all = tokens switch
        {
            Token[] array => array,
            List<Token> list => CollectionsMarshal.AsSpan(list),
            _ => tokens.ToArray(),
        };

        // The pairer's stack and slots are reused by the next call on this thread (taken out while in use).
        Pairer pairer = _cachedPairer ?? new Pairer();
        _cachedPairer = null;
        QuoteSpan[] quotes = pairer.Run(text, paragraphs, all);
        _cachedPairer = pairer;
        return quotes;
    }

    [ThreadStatic]
    private static Pairer? _cachedPairer;

    private struct OpenQuote
    {
        public int Position;
        public char Mark;
        public QuoteFamily Family;
        public int Depth;
        public int FirstParagraph;
        public int Slot;
        public int CandidateEnd;
    }

    private sealed class Pairer
    {
        /// <summary>The flags of the only tokens pairing looks at: quotation marks (every one the tokenizer makes opens
        /// or closes) and words with an apostrophe, which may end an open single quote.</summary>
        private const TokenFlags Relevant = TokenFlags.OpenQuote | TokenFlags.CloseQuote | TokenFlags.Apostrophe;

        private readonly List<OpenQuote> _stack = [];
        private readonly List<QuoteSpan?> _slots = [];
        private readonly int[] _open = new int[8];
        private string _text = string.Empty;
        private IReadOnlyList<Paragraph> _paragraphs = [];
        private int _trimEnd = -1;
        private int _trimFloor = -1;

        public QuoteSpan[] Run(string text, IReadOnlyList<Paragraph> paragraphs, ReadOnlySpan<Token> tokens)
        {
            _text = text;
            _trimEnd = -1;
            _trimFloor = -1;
            _paragraphs = paragraphs;
            _stack.Clear();
            _slots.Clear();
            Array.Clear(_open);
            try
            {
                return Pair(tokens);
            }
            finally
            {
                _text = string.Empty;
                _paragraphs = [];
                _slots.Clear();
            }
        }

        private QuoteSpan[] Pair(ReadOnlySpan<Token> tokens)
        {
            int ti = 0, skip = -1;
            for (int p = 0; p < _paragraphs.Count; p++)
            {
                Paragraph paragraph = _paragraphs[p];
                TextSpan span = paragraph.Span;
                if (span.Start < 0 || span.End > _text.Length || span.End < span.Start)
                {
                    continue;
                }

                while (ti < tokens.Length && tokens[ti].Start < span.Start)
                {
                    ti++;
                }

                for (; ti < tokens.Length; ti++)
                {
                    ref readonly Token token = ref tokens[ti];
                    if (token.Start >= span.End)
                    {
                        break;
                    }

                    if ((token.Flags & Relevant) != 0 && ti != skip && token.Length > 0 && token.End <= span.End)
                    {
                        Visit(token, paragraph.Index);
                    }
                }

                EndParagraph(p, tokens, ti, ref skip);
            }

            int count = 0;
            foreach (QuoteSpan? quote in _slots)
            {
                count += quote is null ? 0 : 1;
            }

            var result = new QuoteSpan[count];
            int n = 0;
            foreach (QuoteSpan? quote in _slots)
            {
                if (quote is not null)
                {
                    result[n++] = quote;
                }
            }

            return result;
        }

        private void Visit(in Token token, int paragraph)
        {
            if (token.Kind == TokenKind.QuoteMark)
            {
                char mark = _text[token.Start];
                QuoteFamily family = TextChars.GetQuoteFamily(mark);
                if (family == QuoteFamily.None)
                {
                    return;
                }

                if (token.Has(TokenFlags.OpenQuote))
                {
                    _slots.Add(null);
                    _stack.Add(new OpenQuote
                    {
                        Position = token.Start,
                        Mark = mark,
                        Family = family,
                        Depth = _stack.Count,
                        FirstParagraph = paragraph,
                        Slot = _slots.Count - 1,
                        CandidateEnd = -1,
                    });
                    _open[(int)family]++;
                }
                else if (token.Has(TokenFlags.CloseQuote))
                {
                    Close(token, mark, family, paragraph);
                }
            }
            else if (token.Kind == TokenKind.Word && token.Has(TokenFlags.Apostrophe) && _stack.Count > 0
                && _text[token.End - 1] is '\'' or TextChars.RightSingle)
            {
                ref OpenQuote top = ref CollectionsMarshal.AsSpan(_stack)[^1];
                if (top.Family != QuoteFamily.Single)
                {
                    return;
                }

                if (top.CandidateEnd > 0 && _stack.Count > 1 && _stack[^2].Family == QuoteFamily.Single)
                {
                    // Nested single quotes whose closing marks fell into a later sentence, where the tokenizer read
                    // them as apostrophes: a second such word closes the inner quote at its candidate and is the
                    // candidate of the quote around it (‘a ‘b. c’ d’).
                    OpenQuote inner = Pop();
                    Emit(inner, inner.CandidateEnd, inner.CandidateEnd - 1, _text[inner.CandidateEnd - 1], paragraph);
                    top = ref CollectionsMarshal.AsSpan(_stack)[^1];
                }

                if (top.CandidateEnd < 0 && token.End - 1 > top.Position)
                {
                    top.CandidateEnd = token.End;
                }
            }
        }

        private void Close(in Token token, char mark, QuoteFamily family, int paragraph)
        {
            if (_open[(int)family] == 0)
            {
                return;
            }

            while (true)
            {
                OpenQuote open = Pop();
                if (open.Family == family)
                {
                    Emit(open, token.End, token.Start, mark, paragraph);
                    return;
                }

                if (open.CandidateEnd > 0)
                {
                    Emit(open, open.CandidateEnd, open.CandidateEnd - 1, _text[open.CandidateEnd - 1], paragraph);
                }
            }
        }

        private void EndParagraph(int p, ReadOnlySpan<Token> tokens, int ti, ref int skip)
        {
            if (_stack.Count == 0)
            {
                return;
            }

            Paragraph paragraph = _paragraphs[p];
            while (_stack.Count > 1)
            {
                EmitUnclosed(Pop(), paragraph);
            }

            ref OpenQuote bottom = ref CollectionsMarshal.AsSpan(_stack)[0];
            if (p + 1 < _paragraphs.Count)
            {
                Paragraph next = _paragraphs[p + 1];
                int k = ti;
                while (k < tokens.Length && tokens[k].Start < next.Span.Start)
                {
                    k++;
                }

                // A continuation mark is usually an opening mark; French also opens continued paragraphs with ».
                if (next.Section == paragraph.Section && k < tokens.Length && tokens[k].Start < next.Span.End
                    && tokens[k].Kind == TokenKind.QuoteMark
                    && TextChars.GetQuoteFamily(_text[tokens[k].Start]) == bottom.Family)
                {
                    skip = k;
                    bottom.CandidateEnd = -1;
                    return;
                }
            }

            EmitUnclosed(Pop(), paragraph);
        }

        private OpenQuote Pop()
        {
            OpenQuote open = _stack[^1];
            _stack.RemoveAt(_stack.Count - 1);
            _open[(int)open.Family]--;
            return open;
        }

        private void EmitUnclosed(OpenQuote open, Paragraph paragraph)
        {
            if (open.CandidateEnd > 0)
            {
                Emit(open, open.CandidateEnd, open.CandidateEnd - 1, _text[open.CandidateEnd - 1], paragraph.Index);
                return;
            }

            int end = Math.Max(paragraph.Span.End, open.Position + 1);
            Emit(open, end, end, '\0', paragraph.Index);
        }

        private void Emit(OpenQuote open, int spanEnd, int contentEnd, char closeMark, int lastParagraph)
        {
            int start = open.Position + 1;
            int end = Math.Max(start, contentEnd);

            // Every quote left open at a paragraph's end ends at the same place: trim the blanks (white space and
            // format characters) before that end once, not once per quote, or k open quotes before m blanks cost k × m.
            if (end != _trimEnd)
            {
                _trimEnd = end;
                _trimFloor = end;

                // Stops at the latest at the opening mark (not blank), which lies before start.
                while (_trimFloor > 0 && IsBlank(_text[_trimFloor - 1]))
                {
                    _trimFloor--;
                }
            }

            if (_trimFloor <= start)
            {
                // Only blanks inside: an empty content at the end.
                start = end;
            }
            else
            {
                // The character before _trimFloor is not blank, so this stops before it.
                while (IsBlank(_text[start]))
                {
                    start++;
                }

                end = _trimFloor;
            }

            _slots[open.Slot] = new QuoteSpan(
                new TextSpan(open.Position, spanEnd),
                new TextSpan(start, end),
                open.Mark,
                closeMark,
                open.Depth,
                open.FirstParagraph,
                lastParagraph);
        }

        private static bool IsBlank(char c) => char.IsWhiteSpace(c) || TextChars.IsIgnorable(c);
    }
}
