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
        return new Pairer(text, paragraphs).Run(all);
    }

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

    private sealed class Pairer(string text, IReadOnlyList<Paragraph> paragraphs)
    {
        private readonly List<OpenQuote> _stack = [];
        private readonly List<QuoteSpan?> _slots = [];
        private readonly int[] _open = new int[8];

        public QuoteSpan[] Run(ReadOnlySpan<Token> tokens)
        {
            int ti = 0, skip = -1;
            for (int p = 0; p < paragraphs.Count; p++)
            {
                Paragraph paragraph = paragraphs[p];
                TextSpan span = paragraph.Span;
                if (span.Start < 0 || span.End > text.Length || span.End < span.Start)
                {
                    continue;
                }

                while (ti < tokens.Length && tokens[ti].Start < span.Start)
                {
                    ti++;
                }

                for (; ti < tokens.Length && tokens[ti].Start < span.End; ti++)
                {
                    Token token = tokens[ti];
                    if (ti != skip && token.Length > 0 && token.End <= span.End)
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

        private void Visit(Token token, int paragraph)
        {
            if (token.Kind == TokenKind.QuoteMark)
            {
                char mark = text[token.Start];
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
                && text[token.End - 1] is '\'' or TextChars.RightSingle)
            {
                ref OpenQuote top = ref CollectionsMarshal.AsSpan(_stack)[^1];
                if (top.Family == QuoteFamily.Single && top.CandidateEnd < 0 && token.End - 1 > top.Position)
                {
                    top.CandidateEnd = token.End;
                }
            }
        }

        private void Close(Token token, char mark, QuoteFamily family, int paragraph)
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
                    Emit(open, open.CandidateEnd, open.CandidateEnd - 1, text[open.CandidateEnd - 1], paragraph);
                }
            }
        }

        private void EndParagraph(int p, ReadOnlySpan<Token> tokens, int ti, ref int skip)
        {
            if (_stack.Count == 0)
            {
                return;
            }

            Paragraph paragraph = paragraphs[p];
            while (_stack.Count > 1)
            {
                EmitUnclosed(Pop(), paragraph);
            }

            ref OpenQuote bottom = ref CollectionsMarshal.AsSpan(_stack)[0];
            if (p + 1 < paragraphs.Count)
            {
                Paragraph next = paragraphs[p + 1];
                int k = ti;
                while (k < tokens.Length && tokens[k].Start < next.Span.Start)
                {
                    k++;
                }

                // A continuation mark is usually an opening mark; French also opens continued paragraphs with ».
                if (next.Section == paragraph.Section && k < tokens.Length && tokens[k].Start < next.Span.End
                    && tokens[k].Kind == TokenKind.QuoteMark
                    && TextChars.GetQuoteFamily(text[tokens[k].Start]) == bottom.Family)
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
                Emit(open, open.CandidateEnd, open.CandidateEnd - 1, text[open.CandidateEnd - 1], paragraph.Index);
                return;
            }

            int end = Math.Max(paragraph.Span.End, open.Position + 1);
            Emit(open, end, end, '\0', paragraph.Index);
        }

        private void Emit(OpenQuote open, int spanEnd, int contentEnd, char closeMark, int lastParagraph)
        {
            int start = open.Position + 1;
            int end = Math.Max(start, contentEnd);
            while (start < end && IsBlank(text[start]))
            {
                start++;
            }

            while (end > start && IsBlank(text[end - 1]))
            {
                end--;
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
