using ClaimTagger.Analysis;
using ClaimTagger.Quotes;
using ClaimTagger.Sections;
using ClaimTagger.Sentences;
using ClaimTagger.Text;
using ClaimTagger.Tokens;

namespace ClaimTagger.Tests.Matching;

/// <summary>
/// A small stand-in for the text pipeline, for rule tests: lines are paragraphs, sentences end at . ! ? (a
/// closing quotation mark after the stop stays with the sentence), punctuation and quotation marks are their
/// own tokens, apostrophes inside words are not quotation marks, and quotation marks are paired across the
/// sentences of a paragraph.
/// </summary>
internal static class TestText
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase) { "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "prof", "lt", "col", "capt", "sgt", "no", "vs", "jr", "sr", "inc", "co", "corp", "ltd" };

    public static Func<string, AnalyzedText> Analyzer { get; } = text => Analyze(text);

    /// <summary>Analyzes <paramref name="text"/>; paragraph <c>i</c> gets <paramref name="sections"/>[i] (body when absent).</summary>
    public static AnalyzedText Analyze(string text, params SectionKind[] sections)
    {
        var paragraphs = new List<Paragraph>();
        int i = 0;
        while (i < text.Length)
        {
            int lineEnd = text.IndexOf('\n', i);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            int s = i, e = lineEnd;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s)
            {
                int index = paragraphs.Count;
                paragraphs.Add(new Paragraph(index, new TextSpan(s, e), index < sections.Length ? sections[index] : SectionKind.Body));
            }

            i = lineEnd + 1;
        }

        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        var quotes = new List<QuoteSpan>();
        foreach (Paragraph p in paragraphs)
        {
            int firstToken = tokens.Count;
            Tokenize(text, p.Span, tokens);
            PairQuotes(text, tokens, firstToken, tokens.Count, p, quotes);
            int start = firstToken;
            for (int t = firstToken; t < tokens.Count; t++)
            {
                string tok = text.Substring(tokens[t].Start, tokens[t].Length);
                bool stop = tok is "." or "!" or "?" && !(tok == "." && t > start && Abbreviations.Contains(text.Substring(tokens[t - 1].Start, tokens[t - 1].Length)));
                if (!stop && t < tokens.Count - 1)
                {
                    continue;
                }

                int end = t + 1;
                while (stop && end < tokens.Count && tokens[end].Kind == TokenKind.QuoteMark && (tokens[end].Flags & TokenFlags.CloseQuote) != 0)
                {
                    end++;
                }

                if (stop && end < tokens.Count && !IsSentenceStart(text, tokens, end))
                {
                    continue;
                }

                sentences.Add(new Sentence(sentences.Count, new TextSpan(tokens[start].Start, tokens[end - 1].End), p.Index, p.Section, start, end - start));
                start = end;
                t = end - 1;
            }
        }

        return new AnalyzedText(text, [.. paragraphs], [.. sentences], [.. tokens], [.. quotes.OrderBy(q => q.Span.Start)]);
    }

    private static bool IsSentenceStart(string text, List<Token> tokens, int t)
    {
        char c = text[tokens[t].Start];
        return char.IsUpper(c) || char.IsDigit(c) || tokens[t].Kind == TokenKind.QuoteMark;
    }

    private static void Tokenize(string text, TextSpan span, List<Token> tokens)
    {
        int i = span.Start;
        while (i < span.End)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                int s = i;
                while (i < span.End)
                {
                    char d = text[i];
                    bool inner = i + 1 < span.End && char.IsLetterOrDigit(text[i + 1]) && i > s;
                    if (char.IsLetterOrDigit(d) || (inner && d is '\'' or '\u2019' or '-' or '\u2011') || (inner && d is '.' or ',' or ':' && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])))
                    {
                        i++;
                        continue;
                    }

                    // U.S.-style abbreviations: single letters joined by dots.
                    if (d == '.' && i + 2 < span.End && char.IsLetter(text[i + 1]) && text[i + 2] == '.' && i - s == 1)
                    {
                        i += 3;
                        continue;
                    }

                    break;
                }

                // A trailing apostrophe after a plural s is possessive ("ministers’"), not a quote.
                TokenKind kind = char.IsDigit(text[s]) ? TokenKind.Number : TokenKind.Word;
                tokens.Add(new Token(s, i - s, kind, TokenFlags.None));
                continue;
            }

            if (IsQuote(c))
            {
                tokens.Add(new Token(i, 1, TokenKind.QuoteMark, TokenFlags.Punctuation));
                i++;
                continue;
            }

            tokens.Add(new Token(i, 1, TokenKind.Punctuation, TokenFlags.Punctuation));
            i++;
        }
    }

    private static bool IsQuote(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB';

    private static void PairQuotes(string text, List<Token> tokens, int first, int end, Paragraph p, List<QuoteSpan> quotes)
    {
        var open = new Stack<int>();
        for (int t = first; t < end; t++)
        {
            if (tokens[t].Kind != TokenKind.QuoteMark)
            {
                continue;
            }

            char c = text[tokens[t].Start];
            bool before = t > first && tokens[t - 1].End == tokens[t].Start && tokens[t - 1].Kind != TokenKind.QuoteMark && !IsOpenPunct(text[tokens[t - 1].Start]);
            bool after = t + 1 < end && tokens[t + 1].Start == tokens[t].End;
            bool opening = c switch
            {
                '\u201C' or '\u2018' or '\u00AB' => true,
                '\u201D' or '\u2019' or '\u00BB' => false,
                _ => !before && after,
            };
            if (opening)
            {
                open.Push(t);
                tokens[t] = tokens[t] with { Flags = tokens[t].Flags | TokenFlags.OpenQuote };
                continue;
            }

            if (open.Count > 0 && Matches(text[tokens[open.Peek()].Start], c))
            {
                int o = open.Pop();
                tokens[t] = tokens[t] with { Flags = tokens[t].Flags | TokenFlags.CloseQuote };
                int cs = tokens[o].End, ce = tokens[t].Start;
                while (cs < ce && char.IsWhiteSpace(text[cs])) cs++;
                while (ce > cs && char.IsWhiteSpace(text[ce - 1])) ce--;
                quotes.Add(new QuoteSpan(new TextSpan(tokens[o].Start, tokens[t].End), new TextSpan(cs, ce), text[tokens[o].Start], c, open.Count, p.Index, p.Index));
            }
        }

        while (open.Count > 0)
        {
            int o = open.Pop();
            int cs = tokens[o].End, ce = p.Span.End;
            while (cs < ce && char.IsWhiteSpace(text[cs])) cs++;
            quotes.Add(new QuoteSpan(new TextSpan(tokens[o].Start, p.Span.End), new TextSpan(cs, ce), text[tokens[o].Start], '\0', open.Count, p.Index, p.Index));
        }
    }

    private static bool IsOpenPunct(char c) => c is '(' or '[' or '—' or '–';

    private static bool Matches(char open, char close) => (open, close) switch
    {
        ('\u201C', '\u201D') or ('\u2018', '\u2019') or ('\u00AB', '\u00BB') or ('"', '"') or ('\'', '\'') => true,
        _ => false,
    };
}
