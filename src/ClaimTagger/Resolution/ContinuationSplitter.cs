using ClaimTagger.Matching;

namespace ClaimTagger.Resolution;

/// <summary>
/// Ends a claim's content where a second claim of the same sentence begins: "Analysts said the deal made sense
/// but warned that the debts were large" holds two claims, and the first one's content stops before "but". The
/// second claim must start after a comma or a conjunction (", adding that …", "but warned that …") or, when it
/// names its own speaker, after a conjunction or a semicolon (", but Osei-Lund said …"). Without this, the
/// longer claim would swallow the second one in conflict resolution.
/// </summary>
internal static class ContinuationSplitter
{
    private const string ContentRole = "content";

    private static readonly string[] Conjunctions = ["and", "but", "while", "although", "though", "whereas", "yet"];

    /// <summary>Returns <paramref name="matches"/> with the content of every claim that holds a continuing claim cut short.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="matches">The candidate matches, before conflict resolution.</param>
    /// <returns>The same list when nothing changes, else a new list in the same order.</returns>
    public static IReadOnlyList<RuleMatch> Split(string text, IReadOnlyList<RuleMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(matches);
        List<RuleMatch>? result = null;
        for (int a = 0; a < matches.Count; a++)
        {
            RuleMatch outer = matches[a];
            if (outer.Rule.Label != Label.Claim || !outer.Roles.TryGetValue(ContentRole, out var content))
            {
                continue;
            }

            int cut = int.MaxValue;
            foreach (RuleMatch inner in matches)
            {
                if (inner == outer || inner.Rule.Label != Label.Claim || inner.Start <= content.Start || inner.Start >= content.End || inner.End > outer.End)
                {
                    continue;
                }

                int boundary = BoundaryBefore(text, inner.Start, inner.Roles.ContainsKey("source"));
                if (boundary > content.Start && boundary < cut)
                {
                    cut = boundary;
                }
            }

            if (cut == int.MaxValue || !OtherRolesEndBefore(outer, cut))
            {
                continue;
            }

            var roles = new Dictionary<string, (int Start, int End)>(outer.Roles, StringComparer.Ordinal) { [ContentRole] = (content.Start, cut) };
            result ??= [.. matches];
            result[a] = new RuleMatch
            {
                Rule = outer.Rule,
                Start = outer.Start,
                End = cut,
                FirstSentence = outer.FirstSentence,
                LastSentence = outer.LastSentence,
                Roles = roles,
                Sequence = outer.Sequence,
            };
        }

        return result ?? matches;
    }

    /// <summary>
    /// Returns where the text before <paramref name="start"/> ends once a separating comma, semicolon, dash and
    /// conjunction are stripped, or -1 when no such separator stands there.
    /// </summary>
    private static int BoundaryBefore(string text, int start, bool ownSpeaker)
    {
        int i = SkipSpaceBack(text, start);
        int j = i;
        while (j > 0 && char.IsLetter(text[j - 1]))
        {
            j--;
        }

        bool conjunction = j < i && Array.IndexOf(Conjunctions, text[j..i].ToLowerInvariant()) >= 0;
        if (conjunction)
        {
            i = SkipSpaceBack(text, j);
        }

        if (i > 0 && text[i - 1] is ',' or ';' or '–' or '—')
        {
            bool semicolon = text[i - 1] == ';';
            return ownSpeaker && !conjunction && !semicolon ? -1 : SkipSpaceBack(text, i - 1);
        }

        return conjunction && !ownSpeaker ? i : -1;
    }

    private static int SkipSpaceBack(string text, int i)
    {
        while (i > 0 && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static bool OtherRolesEndBefore(RuleMatch match, int cut)
    {
        foreach ((string name, (int _, int end)) in match.Roles)
        {
            if (name != ContentRole && end > cut)
            {
                return false;
            }
        }

        return true;
    }
}
