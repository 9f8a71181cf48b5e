using System.Globalization;

namespace ClaimTagger.Evaluation;

/// <summary>Checks that a gold document is internally consistent, following the conventions of LABELS.md.</summary>
/// <remarks>
/// Checked for every tag and role: the span lies inside the text, is not empty, has no white space at either end,
/// and its <c>text</c> equals the slice it points to. Every role but <c>source</c> lies inside its tag (a source may
/// stand elsewhere, for example in the paragraph before a floating quote). Tags are ordered by start, then end.
/// A <c>DirectQuote</c> never overlaps a <c>Claim</c>: the two labels exclude each other for the same words.
/// <para>Thread safety: all members are stateless and may be called from several threads at once.</para>
/// </remarks>
public static class GoldSetValidator
{
    /// <summary>Returns every problem found in <paramref name="document"/>, or an empty list when it is consistent.</summary>
    /// <param name="document">The document to check.</param>
    /// <returns>One human-readable message per problem, naming the document and the tag.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<string> Validate(GoldDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var problems = new List<string>();
        string text = document.Text;
        if (document.Split is not (GoldSetSplits.Dev or GoldSetSplits.Test))
        {
            problems.Add($"{document.Id}: split '{document.Split}' is neither '{GoldSetSplits.Dev}' nor '{GoldSetSplits.Test}'");
        }

        GoldTag? previous = null;
        for (int i = 0; i < document.Tags.Count; i++)
        {
            GoldTag tag = document.Tags[i];
            string where = string.Create(CultureInfo.InvariantCulture, $"{document.Id}: tag {i} ({tag.Label} {tag.Start}..{tag.End})");
            if (string.IsNullOrWhiteSpace(tag.Label.Name))
            {
                problems.Add($"{where}: empty label");
            }

            CheckSpan(text, tag.Start, tag.End, tag.Text, where, problems);
            foreach (KeyValuePair<string, RoleSpan> pair in tag.Roles)
            {
                string roleWhere = $"{where}, role {pair.Key}";
                RoleSpan role = pair.Value;
                CheckSpan(text, role.Start, role.End, role.Text, roleWhere, problems);
                if (pair.Key != RoleNames.Source && (role.Start < tag.Start || role.End > tag.End))
                {
                    problems.Add($"{roleWhere}: lies outside its tag");
                }

                if (pair.Key != RoleNames.Source && role.Resolved is not null)
                {
                    problems.Add($"{roleWhere}: only a source has a resolved name");
                }

                if (role.Resolved is { } resolved && (resolved.Length == 0 || resolved.Trim().Length != resolved.Length))
                {
                    problems.Add($"{roleWhere}: resolved name '{resolved}' is empty or has surrounding white space");
                }
            }

            if (previous is not null && (tag.Start < previous.Start || (tag.Start == previous.Start && tag.End < previous.End)))
            {
                problems.Add($"{where}: tags are not ordered by start, then end");
            }

            previous = tag;
        }

        CheckQuotesAndClaimsApart(document, problems);
        return problems;
    }

    private static void CheckSpan(string text, int start, int end, string spanText, string where, List<string> problems)
    {
        if (start < 0 || end > text.Length || start >= end)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{where}: span {start}..{end} is empty or outside the text (length {text.Length})"));
            return;
        }

        if (!text.AsSpan(start, end - start).SequenceEqual(spanText))
        {
            problems.Add($"{where}: text '{spanText}' differs from the slice '{text[start..end]}'");
        }

        if (char.IsWhiteSpace(text[start]) || char.IsWhiteSpace(text[end - 1]))
        {
            problems.Add($"{where}: span '{text[start..end]}' starts or ends with white space");
        }
    }

    private static void CheckQuotesAndClaimsApart(GoldDocument document, List<string> problems)
    {
        foreach (GoldTag quote in document.Tags)
        {
            if (quote.Label != Label.DirectQuote)
            {
                continue;
            }

            foreach (GoldTag claim in document.Tags)
            {
                if (claim.Label == Label.Claim && claim.Start < quote.End && quote.Start < claim.End)
                {
                    problems.Add(string.Create(
                        CultureInfo.InvariantCulture,
                        $"{document.Id}: DirectQuote {quote.Start}..{quote.End} overlaps Claim {claim.Start}..{claim.End}"));
                }
            }
        }
    }
}
