using ClaimTagger.Analysis;
using ClaimTagger.Quotes;
using ClaimTagger.Tokens;

namespace ClaimTagger.Matching;

/// <summary>
/// What the matchers need to know about one article, computed once per <c>Tag</c> call: each token's
/// features and word id, where quoted spans open and close (in tokens), and a cache of mentions.
/// </summary>
/// <remarks>Not thread-safe: one instance per call.</remarks>
internal sealed class MatchContext
{
    private readonly int[] _mentionLength;
    private readonly byte[] _mentionKind;

    public MatchContext(AnalyzedText analyzed, WordTable words)
    {
        Analyzed = analyzed;
        Text = analyzed.Text;
        Tokens = analyzed.Tokens as Token[] ?? [.. analyzed.Tokens];
        int n = Tokens.Length;
        Features = new TokenFeatures[n];
        WordIds = new int[n];
        QuoteEnd = new int[n];
        QuoteAt = new int[n];
        _mentionLength = new int[n];
        _mentionKind = new byte[n];
        Array.Fill(QuoteEnd, -1);
        Array.Fill(_mentionLength, -1);
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<char> t = TextOf(i);
            Features[i] = Derive(t, Tokens[i]);
            WordIds[i] = words.Find(t);
        }

        foreach (var s in analyzed.Sentences)
        {
            if (s.TokenCount > 0)
            {
                Features[s.FirstToken] |= TokenFeatures.SentenceStart;
            }
        }

        Quotes = analyzed.Quotes as QuoteSpan[] ?? [.. analyzed.Quotes];
        QuoteWords = new int[Quotes.Length];
        MapQuotes();
    }

    public AnalyzedText Analyzed { get; }

    public string Text { get; }

    public Token[] Tokens { get; }

    public TokenFeatures[] Features { get; }

    public int[] WordIds { get; }

    /// <summary>Gets, for the token that opens a quoted span, one past the token that closes it; -1 elsewhere.</summary>
    public int[] QuoteEnd { get; }

    /// <summary>Gets, for the token that opens a quoted span, the span's index in <see cref="Quotes"/>.</summary>
    public int[] QuoteAt { get; }

    public QuoteSpan[] Quotes { get; }

    /// <summary>Gets the number of word tokens between each quote's marks.</summary>
    public int[] QuoteWords { get; }

    /// <summary>Returns the characters of token <paramref name="token"/>.</summary>
    /// <param name="token">A token index.</param>
    /// <returns>The token's text.</returns>
    public ReadOnlySpan<char> TextOf(int token) => Text.AsSpan(Tokens[token].Start, Tokens[token].Length);

    /// <summary>Returns the mention that starts at <paramref name="token"/>, computing it on first use.</summary>
    /// <param name="token">The first token.</param>
    /// <param name="end">One past the last token the window allows.</param>
    /// <returns>The mention's length in tokens (0 for none) and its kind.</returns>
    public (int Length, MentionKind Kind) MentionAt(int token, int end)
    {
        if (_mentionLength[token] < 0)
        {
            (int length, MentionKind kind) = MentionRecognizer.Recognize(this, token, SentenceEndOf(token));
            _mentionLength[token] = length;
            _mentionKind[token] = (byte)kind;
        }

        int len = _mentionLength[token];
        return token + len <= end ? (len, (MentionKind)_mentionKind[token]) : (0, MentionKind.None);
    }

    private int SentenceEndOf(int token)
    {
        // Mentions never cross a sentence end; find the sentence holding the token.
        var sentences = Analyzed.Sentences;
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = sentences[mid];
            if (token < s.FirstToken)
            {
                hi = mid - 1;
            }
            else if (token >= s.FirstToken + s.TokenCount)
            {
                lo = mid + 1;
            }
            else
            {
                return s.FirstToken + s.TokenCount;
            }
        }

        return Tokens.Length;
    }

    /// <summary>Marks the tokens of every quotation in one pass over the tokens, however deeply quotations nest:
    /// coverage by a running count of opened spans and word counts by prefix sums, so that 100,000 nested quotations
    /// cost no more than 100,000 flat ones.</summary>
    private void MapQuotes()
    {
        int n = Tokens.Length;
        if (Quotes.Length == 0 || n == 0)
        {
            return;
        }

        var depthChange = new int[n + 1];
        var wordsBefore = new int[n + 1];
        for (int t = 0; t < n; t++)
        {
            wordsBefore[t + 1] = wordsBefore[t] + ((Features[t] & TokenFeatures.Word) != 0 ? 1 : 0);
        }

        for (int q = 0; q < Quotes.Length; q++)
        {
            QuoteSpan quote = Quotes[q];
            int open = TokenAt(quote.Span.Start);
            if (open < 0)
            {
                continue;
            }

            int close = TokenAt(quote.Span.End - 1);
            if (close < 0 || close < open)
            {
                continue;
            }

            depthChange[open]++;
            depthChange[close + 1]--;
            QuoteWords[q] = close > open + 1 ? wordsBefore[close] - wordsBefore[open + 1] : 0;
            Features[open] |= TokenFeatures.OpenQuote | TokenFeatures.QuoteMark;
            if (quote.IsClosed)
            {
                Features[close] |= TokenFeatures.CloseQuote | TokenFeatures.QuoteMark;
            }

            if (QuoteEnd[open] < 0)
            {
                QuoteEnd[open] = close + 1;
                QuoteAt[open] = q;
            }
        }

        int depth = 0;
        for (int t = 0; t < n; t++)
        {
            depth += depthChange[t];
            if (depth > 0)
            {
                Features[t] |= TokenFeatures.Quoted;
            }
        }
    }

    /// <summary>Returns the index of the token covering character <paramref name="offset"/>, or the first token after it.</summary>
    private int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        if (found >= 0 && Tokens[found].End > offset)
        {
            return found;
        }

        return found + 1 < Tokens.Length ? found + 1 : -1;
    }

    /// <summary>Derives the features of a token from its text, adding to what the tokenizer set.</summary>
    /// <param name="text">The token's characters.</param>
    /// <param name="token">The token.</param>
    /// <returns>The features.</returns>
    internal static TokenFeatures Derive(ReadOnlySpan<char> text, in Token token)
    {
        var f = (TokenFeatures)token.Flags;
        int letters = 0, upper = 0, lower = 0, digits = 0;
        bool firstLetterUpper = false, sawLetter = false;
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
                else if (char.IsLower(c))
                {
                    lower++;
                }

                if (!sawLetter)
                {
                    firstLetterUpper = char.IsUpper(c);
                    sawLetter = true;
                }
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
        }

        if (letters > 0)
        {
            f |= TokenFeatures.Word;
            if (firstLetterUpper)
            {
                f |= TokenFeatures.Capitalized;
            }

            if (upper >= 2 && lower == 0)
            {
                f |= TokenFeatures.AllCaps;
            }

            if (upper == 0)
            {
                f |= TokenFeatures.Lower;
            }

            if (text.Length > 2 && text[1..^1].IndexOfAny('-', '\u2010', '\u2011') >= 0)
            {
                f |= TokenFeatures.Hyphenated;
            }

            if (text.IndexOfAny('\'', '\u2019') >= 0)
            {
                f |= TokenFeatures.Apostrophe;
            }

            if (upper < 2 && text.Length <= 4 && Pronouns.Contains(text))
            {
                f |= TokenFeatures.Pronoun;
            }
        }
        else if (digits > 0)
        {
            f |= TokenFeatures.Number;
        }
        else if (text.Length > 0)
        {
            f |= TokenFeatures.Punctuation;
            if (text.Length == 1 && text[0] is '\u2013' or '\u2014' or '-' or '\u2015' or '\u2012')
            {
                f |= TokenFeatures.Dash;
            }

            if (text.Length == 1 && IsQuoteChar(text[0]))
            {
                f |= TokenFeatures.QuoteMark;
            }
        }

        if (token.Kind == TokenKind.QuoteMark)
        {
            f |= TokenFeatures.QuoteMark | TokenFeatures.Punctuation;
        }

        if (digits > 0)
        {
            f |= TokenFeatures.Number;
        }

        return f;
    }

    /// <summary>Returns whether <paramref name="c"/> is a quotation mark character.</summary>
    /// <param name="c">A character.</param>
    /// <returns><see langword="true"/> for “ ” " ‘ ’ ' « » „ ‚ ‹ ›.</returns>
    internal static bool IsQuoteChar(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB' or '\u201E' or '\u201A' or '\u2039' or '\u203A';

    private static readonly WordSet Pronouns = new(["he", "she", "they", "we", "i", "it", "you", "him", "her", "them", "us", "me"]);
}
