using ClaimTagger.Analysis;
using ClaimTagger.Quotes;
using ClaimTagger.Sections;
using ClaimTagger.Sentences;
using ClaimTagger.Tokens;

namespace ClaimTagger.Tests.Robustness;

/// <summary>
/// The offset contract every result must keep, whatever the input: spans inside the text and equal to their slice,
/// never between the halves of a surrogate pair, sentences in order and non-overlapping, every non-white-space
/// character in exactly one sentence.
/// </summary>
/// <remarks>
/// The checks run in one pass over the results and allocate nothing per character, so they can be used on 50 MB
/// inputs. Each returns the first violation as a readable message, or <see langword="null"/> when all is well, so
/// that property tests can label a counterexample and ordinary tests can assert on it. This file uses no test
/// framework: the fuzzing harness (tests/ClaimTagger.Fuzz) compiles it too.
/// </remarks>
internal static partial class OffsetInvariants
{
    /// <summary>Returns the first way <paramref name="article"/> breaks the offset contract, or <see langword="null"/>.</summary>
    public static string? Check(string text, TaggedArticle article)
    {
        if (!ReferenceEquals(article.Text, text) && article.Text != text)
        {
            return "the article's Text is not the input";
        }

        IReadOnlyList<TaggedSentence> sentences = article.Sentences;
        int previousEnd = 0;
        for (int i = 0; i < sentences.Count; i++)
        {
            TaggedSentence s = sentences[i];
            string where = $"sentence {i} [{s.Start}, {s.End})";
            if (s.Index != i)
            {
                return $"{where} has index {s.Index}";
            }

            string? span = CheckSpan(text, s.Start, s.End, s.Text, where, allowEmpty: false)
                ?? CheckGap(text, previousEnd, s.Start, where)
                ?? CheckTrimmed(text, s.Start, s.End, where);
            if (span is not null)
            {
                return span;
            }

            if (s.Paragraph < 0)
            {
                return $"{where} has paragraph {s.Paragraph}";
            }

            if (i > 0 && s.Paragraph < sentences[i - 1].Paragraph)
            {
                return $"{where} is in paragraph {s.Paragraph}, before the previous sentence's {sentences[i - 1].Paragraph}";
            }

            previousEnd = s.End;
        }

        string? tail = CheckGap(text, previousEnd, text.Length, "the end of the text");
        return tail ?? CheckTags(text, article);
    }

    /// <summary>Returns the first way <paramref name="analyzed"/> breaks the offset contract, or <see langword="null"/>.</summary>
    public static string? Check(string text, AnalyzedText analyzed)
    {
        if (!ReferenceEquals(analyzed.Text, text) && analyzed.Text != text)
        {
            return "the analysis's Text is not the input";
        }

        return CheckParagraphs(text, analyzed.Paragraphs)
            ?? CheckSentences(text, analyzed)
            ?? CheckQuotes(text, analyzed);
    }

    private static string? CheckParagraphs(string text, IReadOnlyList<Paragraph> paragraphs)
    {
        int previousEnd = 0;
        for (int i = 0; i < paragraphs.Count; i++)
        {
            Paragraph p = paragraphs[i];
            string where = $"paragraph {i} {p.Span}";
            if (p.Index != i)
            {
                return $"{where} has index {p.Index}";
            }

            if (!Enum.IsDefined(p.Section))
            {
                return $"{where} has section {(int)p.Section}";
            }

            string? span = CheckSpan(text, p.Span.Start, p.Span.End, null, where, allowEmpty: false)
                ?? CheckGap(text, previousEnd, p.Span.Start, where)
                ?? CheckTrimmed(text, p.Span.Start, p.Span.End, where);
            if (span is not null)
            {
                return span;
            }

            previousEnd = p.Span.End;
        }

        return CheckGap(text, previousEnd, text.Length, "the end of the text (paragraphs)");
    }

    private static string? CheckSentences(string text, AnalyzedText analyzed)
    {
        IReadOnlyList<Sentence> sentences = analyzed.Sentences;
        IReadOnlyList<Paragraph> paragraphs = analyzed.Paragraphs;
        int previousEnd = 0, nextToken = 0, previousTokenEnd = 0;
        for (int i = 0; i < sentences.Count; i++)
        {
            Sentence s = sentences[i];
            string where = $"sentence {i} {s.Span}";
            if (s.Index != i)
            {
                return $"{where} has index {s.Index}";
            }

            string? span = CheckSpan(text, s.Span.Start, s.Span.End, null, where, allowEmpty: false)
                ?? CheckGap(text, previousEnd, s.Span.Start, where)
                ?? CheckTrimmed(text, s.Span.Start, s.Span.End, where);
            if (span is not null)
            {
                return span;
            }

            if ((uint)s.Paragraph >= (uint)paragraphs.Count)
            {
                return $"{where} points at paragraph {s.Paragraph} of {paragraphs.Count}";
            }

            Paragraph paragraph = paragraphs[s.Paragraph];
            if (!paragraph.Span.Contains(s.Span))
            {
                return $"{where} lies outside its paragraph {paragraph.Span}";
            }

            if (s.Section != paragraph.Section)
            {
                return $"{where} has section {s.Section} but its paragraph has {paragraph.Section}";
            }

            if (s.FirstToken != nextToken || s.TokenCount < 0)
            {
                return $"{where} owns tokens [{s.FirstToken}, +{s.TokenCount}) but the previous sentence ended at token {nextToken}";
            }

            foreach (Token token in analyzed.TokensOf(s))
            {
                if (token.Length <= 0 || !s.Span.Contains(token.Span) || token.Start < previousTokenEnd)
                {
                    return $"token {token.Span} ({token.Kind}) of {where} is empty, out of order or outside the sentence";
                }

                if (SplitsPair(text, token.Start) || SplitsPair(text, token.End))
                {
                    return $"token {token.Span} ({token.Kind}) of {where} splits a surrogate pair";
                }

                previousTokenEnd = token.End;
            }

            nextToken += s.TokenCount;
            previousEnd = s.Span.End;
        }

        if (nextToken != analyzed.Tokens.Count)
        {
            return $"the sentences own {nextToken} tokens but the analysis has {analyzed.Tokens.Count}";
        }

        return CheckGap(text, previousEnd, text.Length, "the end of the text (sentences)");
    }

    private static string? CheckQuotes(string text, AnalyzedText analyzed)
    {
        int previousStart = 0;
        int paragraphs = analyzed.Paragraphs.Count;
        for (int i = 0; i < analyzed.Quotes.Count; i++)
        {
            QuoteSpan q = analyzed.Quotes[i];
            string where = $"quote {i} {q.Span} (content {q.Content})";
            if (q.Span.Start < 0 || q.Span.End > text.Length || q.Span.Start >= q.Span.End)
            {
                return $"{where} lies outside the text of length {text.Length} or is empty";
            }

            if (q.Content.Start < q.Span.Start || q.Content.End > q.Span.End || q.Content.Start > q.Content.End)
            {
                return $"{where}: the content is not inside the quote";
            }

            if (q.Span.Start < previousStart)
            {
                return $"{where} starts before the previous quote";
            }

            if (text[q.Span.Start] != q.OpenMark)
            {
                return $"{where}: open mark U+{(int)q.OpenMark:X4} but the text has U+{(int)text[q.Span.Start]:X4}";
            }

            if (q.IsClosed && text[q.Span.End - 1] != q.CloseMark)
            {
                return $"{where}: close mark U+{(int)q.CloseMark:X4} but the text has U+{(int)text[q.Span.End - 1]:X4}";
            }

            if (q.Depth < 0 || q.FirstParagraph < 0 || q.FirstParagraph > q.LastParagraph || q.LastParagraph >= paragraphs)
            {
                return $"{where}: depth {q.Depth}, paragraphs {q.FirstParagraph}..{q.LastParagraph} of {paragraphs}";
            }

            previousStart = q.Span.Start;
        }

        return null;
    }

    private static string? CheckTags(string text, TaggedArticle article)
    {
        IReadOnlyList<TaggedSentence> sentences = article.Sentences;
        int previousStart = 0, previousEnd = 0;
        for (int i = 0; i < article.Tags.Count; i++)
        {
            Tag tag = article.Tags[i];
            string where = $"tag {i} {tag.Label} [{tag.Start}, {tag.End}) rule {tag.Rule}";
            string? span = CheckSpan(text, tag.Start, tag.End, tag.Text, where, allowEmpty: true);
            if (span is not null)
            {
                return span;
            }

            if (tag.Start < previousStart || (tag.Start == previousStart && tag.End < previousEnd))
            {
                return $"{where} is not ordered by start then end";
            }

            if (!(tag.Confidence is >= 0 and <= 1))
            {
                return $"{where} has confidence {tag.Confidence}";
            }

            foreach ((string name, RoleSpan role) in tag.Roles)
            {
                string? roleSpan = CheckSpan(text, role.Start, role.End, role.Text, $"role {name} of {where}", allowEmpty: true);
                if (roleSpan is not null)
                {
                    return roleSpan;
                }
            }

            int previousSentence = -1;
            foreach (int index in tag.Sentences)
            {
                if ((uint)index >= (uint)sentences.Count || index <= previousSentence)
                {
                    return $"{where} lists sentence {index} (of {sentences.Count}) out of range or out of order";
                }

                TaggedSentence s = sentences[index];
                if (!Touches(tag.Start, tag.End, s.Start, s.End))
                {
                    return $"{where} lists sentence {index} [{s.Start}, {s.End}), which it does not overlap";
                }

                previousSentence = index;
            }

            if (tag.End > tag.Start)
            {
                // Listed sentences are ascending and each overlaps the tag, so equal counts mean the same sets.
                int overlapping = 0;
                for (int k = FirstEndingAfter(sentences, tag.Start); k < sentences.Count && sentences[k].Start < tag.End; k++)
                {
                    overlapping++;
                }

                if (overlapping != tag.Sentences.Count)
                {
                    return $"{where} overlaps {overlapping} sentences but lists {tag.Sentences.Count}";
                }
            }

            previousStart = tag.Start;
            previousEnd = tag.End;
        }

        return CheckSentenceLabels(article);
    }

    /// <summary>Each sentence's labels are the labels of the tags that overlap it.</summary>
    private static string? CheckSentenceLabels(TaggedArticle article)
    {
        if (article.Tags.Count == 0)
        {
            foreach (TaggedSentence s in article.Sentences)
            {
                if (s.Labels.Count != 0)
                {
                    return $"sentence {s.Index} has labels but the article has no tag";
                }
            }

            return null;
        }

        var expected = new HashSet<Label>[article.Sentences.Count];
        foreach (Tag tag in article.Tags)
        {
            foreach (int index in tag.Sentences)
            {
                (expected[index] ??= []).Add(tag.Label);
            }
        }

        foreach (TaggedSentence s in article.Sentences)
        {
            HashSet<Label> labels = expected[s.Index] ?? [];
            if (!labels.SetEquals(s.Labels) || s.Labels.Count != labels.Count)
            {
                return $"sentence {s.Index} has labels [{string.Join(", ", s.Labels)}] but its tags have [{string.Join(", ", labels)}]";
            }
        }

        return null;
    }

    /// <summary>The index of the first sentence that ends after <paramref name="position"/> (sentences are ordered).</summary>
    private static int FirstEndingAfter(IReadOnlyList<TaggedSentence> sentences, int position)
    {
        int lo = 0, hi = sentences.Count;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (sentences[mid].End <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static bool Touches(int start, int end, int sentenceStart, int sentenceEnd) =>
        start == end ? start >= sentenceStart && start <= sentenceEnd : start < sentenceEnd && sentenceStart < end;

    private static string? CheckSpan(string text, int start, int end, string? reported, string where, bool allowEmpty)
    {
        if (start < 0 || end > text.Length || start > end || (!allowEmpty && start == end))
        {
            return $"{where} lies outside the text of length {text.Length} or is {(start == end ? "empty" : "reversed")}";
        }

        if (reported is not null && !text.AsSpan(start, end - start).SequenceEqual(reported))
        {
            return $"{where}: its text is not the slice of the input between its offsets";
        }

        if (SplitsPair(text, start) || SplitsPair(text, end))
        {
            return $"{where} starts or ends between the two halves of a surrogate pair";
        }

        return null;
    }

    /// <summary>Returns whether <paramref name="position"/> falls between a high and a low surrogate.</summary>
    private static bool SplitsPair(string text, int position) =>
        position > 0 && position < text.Length && char.IsHighSurrogate(text[position - 1]) && char.IsLowSurrogate(text[position]);

    /// <summary>Everything between two consecutive spans is white space, so no character is lost.</summary>
    private static string? CheckGap(string text, int from, int to, string where)
    {
        if (to < from)
        {
            return $"{where} overlaps the span before it (which ends at {from})";
        }

        for (int k = from; k < to; k++)
        {
            if (!char.IsWhiteSpace(text[k]))
            {
                return $"U+{(int)text[k]:X4} at {k}, before {where}, lies in no span";
            }
        }

        return null;
    }

    private static string? CheckTrimmed(string text, int start, int end, string where) =>
        char.IsWhiteSpace(text[start]) || char.IsWhiteSpace(text[end - 1]) ? $"{where} starts or ends with white space" : null;
}
