using ClaimTagger.Matching;
using ClaimTagger.Text;

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

    /// <summary>Verbs that, coordinated after a claim ("… and vowed to fight on"), start a plan or a request of the speaker, not more content.</summary>
    private static readonly string[] IntentVerbs =
    [
        "vowed", "vows", "pledged", "pledges", "promised", "promises", "threatened", "threatens", "refused", "refuses",
        "declined", "declines", "urged", "urges", "demanded", "demands", "asked", "asks", "called", "calls", "plans",
        "planned", "wants", "wanted", "hopes", "hoped", "intends", "intended", "appealed", "appeals", "went", "goes",
    ];

    /// <summary>Verbs that, coordinated after a claim ("said the decision was correct and praised his players"), tell what
    /// the speaker did next rather than more of what was said: a thing described seldom praises or thanks.</summary>
    private static readonly string[] SpeakerActs =
    [
        "praised", "praises", "thanked", "congratulated", "congratulates", "hailed", "hails", "insisted", "insists", "added", "adds",
    ];

    /// <summary>Verbs of warning that, with <see cref="WarningObjects"/> after them ("… and warned against “demonising”
    /// …"), tell what the speaker did next.</summary>
    private static readonly string[] WarningVerbs = ["warned", "warns", "cautioned", "cautions"];

    private static readonly string[] WarningObjects = ["against", "that", "of"];

    /// <summary>Nouns that name a claim in an appositive after it (", a charge NATO rejects", ", a figure that …", ", a
    /// reference to Taiwan").</summary>
    private static readonly string[] RebuttalNouns =
    [
        "charge", "charges", "claim", "claims", "accusation", "accusations", "allegation", "allegations", "assertion",
        "assertions", "suggestion", "contention", "figure", "figures", "reference", "allusion",
    ];

    private static readonly string[] ListJoiners = ["and", "or", "nor"];

    private static readonly string[] CitingVerbs = ["citing", "quoting"];

    private static readonly string[] Concessions = ["although", "though", "but"];

    /// <summary>Verbs of checking a claim, in a note that it was not checked (", although this could not be verified").</summary>
    private static readonly string[] CheckVerbs = ["verified", "confirmed", "verify", "confirm", "corroborated", "corroborate"];

    /// <summary>Nouns for who a claim came from after "citing" (", citing people familiar with the matter").</summary>
    private static readonly string[] CitedSources =
    [
        "people", "person", "persons", "source", "sources", "official", "officials", "diplomat", "diplomats", "insider",
        "insiders", "executive", "executives", "aide", "aides", "spokesman", "spokeswoman", "spokesperson", "statement",
        "report", "reports", "documents", "analysts", "witnesses", "police", "authorities", "ministry", "agency",
    ];

    private static readonly string[] Modals = ["would", "could", "will", "can", "may", "might", "should", "must", "shall"];

    /// <summary>Returns <paramref name="matches"/> with the content of every claim that holds a continuing claim cut short.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="matches">The candidate matches, before conflict resolution.</param>
    /// <returns>The same list when nothing changes, else a new list in the same order.</returns>
    public static IReadOnlyList<RuleMatch> Split(string text, IReadOnlyList<RuleMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(matches);
        List<RuleMatch>? result = null;
        int claimCount = 0;
        bool anyContent = false;
        foreach (RuleMatch m in matches)
        {
            if (m.Rule.Label == Label.Claim)
            {
                claimCount++;
                anyContent |= m.Roles.ContainsKey(ContentRole);
            }
        }

        if (!anyContent)
        {
            // No claim has content to cut (a rule set without claims, or an article without any).
            return matches;
        }

        (RuleMatch[] claims, int[] claimStarts) = ClaimsByStart(matches, claimCount);
        for (int a = 0; a < matches.Count; a++)
        {
            RuleMatch outer = matches[a];
            if (outer.Rule.Label != Label.Claim || !outer.Roles.TryGetValue(ContentRole, out var content))
            {
                continue;
            }

            int cut = int.MaxValue;
            // only claims that start inside the content can cut it: find them by binary search, so the pass stays linear
            int first = Array.BinarySearch(claimStarts, content.Start + 1);
            first = first < 0 ? ~first : first;
            while (first > 0 && claimStarts[first - 1] > content.Start)
            {
                first--;
            }

            for (int k = first; k < claims.Length && claimStarts[k] < content.End; k++)
            {
                RuleMatch inner = claims[k];
                if (inner == outer || inner.Start <= content.Start || inner.End > outer.End)
                {
                    continue;
                }

                int innerStart = FirstRoleStart(inner);
                int boundary = innerStart <= content.Start ? -1 : BoundaryBefore(text, innerStart, inner.Roles.ContainsKey("source"));
                if (boundary > content.Start && boundary < cut)
                {
                    cut = boundary;
                }
            }

            cut = Math.Min(cut, IntentBoundary(text, content.Start, content.End));
            if (cut == int.MaxValue || !OtherRolesEndBefore(outer, cut))
            {
                continue;
            }

            RoleMap roles = RoleMap.With(outer.Roles, ContentRole, (content.Start, cut));
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

    /// <summary>Returns the claims among <paramref name="matches"/> ordered by start (ties in input order), and their starts.</summary>
    private static (RuleMatch[] Claims, int[] Starts) ClaimsByStart(IReadOnlyList<RuleMatch> matches, int count)
    {
        var claims = new RuleMatch[count];
        var order = new long[count];
        int k = 0;
        for (int i = 0; i < matches.Count; i++)
        {
            if (matches[i].Rule.Label == Label.Claim)
            {
                // The start in the high half, the input position in the low half: one sort, stable by construction.
                order[k] = ((long)matches[i].Start << 32) | (uint)i;
                claims[k++] = matches[i];
            }
        }

        Array.Sort(order, claims);
        var starts = new int[count];
        for (int i = 0; i < count; i++)
        {
            starts[i] = claims[i].Start;
        }

        return (claims, starts);
    }

    /// <summary>
    /// Returns where the text before <paramref name="start"/> ends once a separating comma, semicolon, dash and
    /// conjunction are stripped, or -1 when no such separator stands there.
    /// </summary>
    private static int BoundaryBefore(string text, int start, bool ownSpeaker)
    {
        int i = TextWords.TrimEnd(text, start);
        int j = i;
        while (j > 0 && char.IsLetter(text[j - 1]))
        {
            j--;
        }

        bool conjunction = j < i && Array.IndexOf(Conjunctions, text[j..i].ToLowerInvariant()) >= 0;
        if (conjunction)
        {
            i = TextWords.TrimEnd(text, j);
        }

        if (i > 0 && text[i - 1] is ',' or ';' or '–' or '—')
        {
            bool semicolon = text[i - 1] == ';';
            return ownSpeaker && !conjunction && !semicolon ? -1 : TextWords.TrimEnd(text, i - 1);
        }

        return conjunction && !ownSpeaker ? i : -1;
    }

    /// <summary>Returns where a predicate of the speaker coordinated after the content begins, cut before the
    /// conjunction, or <see cref="int.MaxValue"/>: a plan or request ("… and vowed to fight on", "… and urged members
    /// to …"), or a verb in the past after content whose own verb follows a modal ("said it would cut spending but gave
    /// no figure": "gave" cannot go with "would", so it goes with "said"); or, at a comma, an appositive that names the
    /// claim as disputed (", a charge NATO rejects").</summary>
    private static int IntentBoundary(string text, int start, int end)
    {
        int i = start;
        bool modalVerb = false, afterModal = false;
        while (i < end)
        {
            int wordStart = i;
            while (i < end && char.IsLetter(text[i]))
            {
                i++;
            }

            if (wordStart == i)
            {
                if (text[i] == ',' && i > start)
                {
                    // ',” a reference to Taiwan': a quotation may close between the comma and the appositive
                    int after = i + 1;
                    while (after < end && text[after] is '"' or '”' or '’')
                    {
                        after++;
                    }

                    if (IsRebuttalAfter(text, after, end) || IsCitedSourceAfter(text, after, end) || IsVerificationNoteAfter(text, after, end))
                    {
                        return after > i + 1 ? after : TextWords.TrimEnd(text, i);
                    }
                }

                i++;
                continue;
            }

            ReadOnlySpan<char> word = text.AsSpan(wordStart, i - wordStart);
            modalVerb |= afterModal && IsBareVerbAfterModal(word, text, i, end);
            afterModal = TextWords.IsOneOf(word, Modals);
            if ((word is "and" or "but") && wordStart > start)
            {
                TextSpan verb = TextWords.After(text, i, end);
                ReadOnlySpan<char> next = text.AsSpan(verb.Start, verb.Length);
                TextSpan following = TextWords.After(text, verb.End, end);
                int after = following.Start;
                bool intent = TextWords.IsOneOf(next, IntentVerbs) &&
                    (text.AsSpan(after).StartsWith("for ") || text.AsSpan(after).StartsWith("on ") || ToWithinWords(text, after, end, 5));
                bool pastAfterModal = modalVerb && !verb.IsEmpty && PastTense.Is(next) && after < end;
                bool act = after < end && (TextWords.IsOneOf(next, SpeakerActs) ||
                    (TextWords.IsOneOf(next, WarningVerbs) && TextWords.IsOneOf(text.AsSpan(following.Start, following.Length), WarningObjects)));
                if (intent || pastAfterModal || act || !verb.IsEmpty && ColonQuotationAt(text, verb.End, end))
                {
                    int cut = TextWords.TrimEnd(text, wordStart);
                    return cut > start && text[cut - 1] == ',' ? TextWords.TrimEnd(text, cut - 1) : cut;
                }
            }
        }

        return int.MaxValue;
    }

    /// <summary>Whether a colon and an opening quotation mark follow <paramref name="position"/> ("… and gushed: ‘…’"):
    /// a verb joined after the content then introduces the speaker's own words, which are no part of the claim.</summary>
    private static bool ColonQuotationAt(string text, int position, int end)
    {
        int i = position;
        while (i < end && text[i] == ' ')
        {
            i++;
        }

        if (i >= end || text[i] != ':')
        {
            return false;
        }

        i++;
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < end && (TextChars.OpensByDefault(text[i]) || TextChars.IsStraightQuote(text[i]));
    }

    /// <summary>Whether the words after a comma name the claim itself as disputed or unchecked: ", a charge NATO
    /// rejects", ", an allegation the company denies", ", a figure that could not be verified". Such an appositive is the
    /// reporter's comment on the claim, not part of it.</summary>
    private static bool IsRebuttalAfter(string text, int position, int end)
    {
        TextSpan first = TextWords.After(text, position, end);
        ReadOnlySpan<char> word = text.AsSpan(first.Start, first.Length);
        if (word is "a" or "an")
        {
            first = TextWords.After(text, first.End, end);
            word = text.AsSpan(first.Start, first.Length);
        }

        if (first.IsEmpty || !TextWords.IsOneOf(word, RebuttalNouns))
        {
            return false;
        }

        // the appositive goes on with what is said of the claim; ", charges and fees" is a list in the content
        TextSpan next = TextWords.After(text, first.End, end);
        return !next.IsEmpty && !TextWords.IsOneOf(text.AsSpan(next.Start, next.Length), ListJoiners);
    }

    /// <summary>Whether the words after a comma are the reporter's note that the claim is unchecked: ", although this
    /// could not be independently confirmed", ", but the report has not been verified".</summary>
    private static bool IsVerificationNoteAfter(string text, int position, int end)
    {
        TextSpan word = TextWords.After(text, position, end);
        if (!TextWords.IsOneOf(text.AsSpan(word.Start, word.Length), Concessions))
        {
            return false;
        }

        bool negated = false;
        for (int n = 0; n < 8 && !word.IsEmpty; n++)
        {
            word = TextWords.After(text, word.End, end);
            ReadOnlySpan<char> w = text.AsSpan(word.Start, word.Length);
            negated |= w is "not" or "unable" or "cannot" or "never";
            if (negated && TextWords.IsOneOf(w, CheckVerbs))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the words after a comma name who the claim came from: ", citing people familiar with the
    /// matter", ", quoting two officials" (", citing ballot stuffing" gives grounds, and stays in the content).</summary>
    private static bool IsCitedSourceAfter(string text, int position, int end)
    {
        TextSpan word = TextWords.After(text, position, end);
        if (!TextWords.IsOneOf(text.AsSpan(word.Start, word.Length), CitingVerbs))
        {
            return false;
        }

        for (int n = 0; n < 4 && !word.IsEmpty; n++)
        {
            word = TextWords.After(text, word.End, end);
            if (TextWords.IsOneOf(text.AsSpan(word.Start, word.Length), CitedSources))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="word"/>, right after a modal, is the bare verb of an active clause: not the
    /// "have" of a perfect nor a "be" with a participle ("would have finished and delivered", "could be fined and
    /// jailed" coordinate participles under the modal).</summary>
    private static bool IsBareVerbAfterModal(ReadOnlySpan<char> word, string text, int wordEnd, int end)
    {
        if (word is "have" or "not" or "also" or "still" or "then" or "now")
        {
            return false;
        }

        if (word is "be")
        {
            TextSpan following = TextWords.After(text, wordEnd, end);
            ReadOnlySpan<char> participle = text.AsSpan(following.Start, following.Length);
            return !(PastTense.Is(participle) || participle.EndsWith("en", StringComparison.Ordinal));
        }

        return true;
    }

    /// <summary>Whether "to" follows within <paramref name="words"/> words of <paramref name="at"/> ("urged to …",
    /// "urged members to …", "asked the council to …"), with no punctuation before it.</summary>
    private static bool ToWithinWords(string text, int at, int end, int words)
    {
        int i = at;
        for (int w = 0; w <= words && i < end; w++)
        {
            int wordEnd = i;
            while (wordEnd < end && (char.IsLetterOrDigit(text[wordEnd]) || text[wordEnd] is '-' or '\'' or '’'))
            {
                wordEnd++;
            }

            if (wordEnd == i)
            {
                return false;
            }

            if (text.AsSpan(i, wordEnd - i) is "to")
            {
                return w > 0 || wordEnd < end;
            }

            i = wordEnd;
            if (i >= end || text[i] != ' ')
            {
                return false;
            }

            i++;
        }

        return false;
    }

    /// <summary>Where a match's own words begin: its first role (a rule may match a word before them as context).</summary>
    private static int FirstRoleStart(RuleMatch match)
    {
        int start = match.End;
        foreach ((string _, (int roleStart, int _)) in match.Roles)
        {
            start = Math.Min(start, roleStart);
        }

        return start == match.End ? match.Start : Math.Max(start, match.Start);
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
