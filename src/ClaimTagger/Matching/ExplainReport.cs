using System.Text;

namespace ClaimTagger.Matching;

/// <summary>Why each rule did or did not fire on a text: prefilter decisions, how far patterns got, matches, conflicts.</summary>
/// <param name="Text">The explained text.</param>
/// <param name="RuleFilter">The rule id the report is limited to, or <see langword="null"/> for every rule.</param>
/// <param name="Sentences">The sentences of the text, as tagged.</param>
/// <param name="Rules">One entry per rule and window where the rule was in scope, in text order, then rule order.</param>
/// <param name="Tags">The final tags (with every rule, after conflicts), as <see cref="ITagger.Tag"/> returns them.</param>
public sealed record ExplainReport(string Text, string? RuleFilter, IReadOnlyList<TaggedSentence> Sentences, IReadOnlyList<RuleExplanation> Rules, IReadOnlyList<Tag> Tags)
{
    /// <summary>Returns a readable report: per sentence, each rule that was in scope and what it did.</summary>
    /// <returns>The report as text.</returns>
    public override string ToString()
    {
        var b = new StringBuilder();
        b.Append("explain: ").Append(Sentences.Count).Append(Sentences.Count == 1 ? " sentence, " : " sentences, ")
            .Append(Tags.Count).Append(Tags.Count == 1 ? " tag" : " tags");
        if (RuleFilter is not null)
        {
            b.Append(", rule ").Append(RuleFilter);
        }

        b.Append('\n');
        int lastWindow = -1, lastEnd = -1;
        foreach (RuleExplanation r in Rules)
        {
            if (r.FirstSentence != lastWindow || r.LastSentence != lastEnd)
            {
                lastWindow = r.FirstSentence;
                lastEnd = r.LastSentence;
                b.Append('\n');
                if (r.FirstSentence == r.LastSentence)
                {
                    b.Append("sentence ").Append(r.FirstSentence).Append(": ").Append(Sentences[r.FirstSentence].Text).Append('\n');
                }
                else
                {
                    b.Append("paragraph, sentences ").Append(r.FirstSentence).Append('-').Append(r.LastSentence).Append('\n');
                }
            }

            b.Append("  ").Append(r.RuleId).Append(" (").Append(r.Label).Append("): ");
            b.Append(r.PrefilterKept
                ? (r.RequiredWords.Count == 0 ? "runs always (no required words)" : "prefilter kept")
                : "prefilter skipped (needs one of: " + Shorten(r.RequiredWords) + ")");
            b.Append('\n');
            if (r.Error is not null)
            {
                b.Append("    error: ").Append(r.Error).Append('\n');
            }

            foreach (PatternTrace p in r.Patterns)
            {
                b.Append("    ").Append(p).Append('\n');
            }

            foreach (MatchExplanation m in r.Matches)
            {
                b.Append("    match ").Append(m.Start).Append("..").Append(m.End).Append(" \"").Append(m.Text).Append("\": ");
                b.Append(m.Outcome switch
                {
                    MatchOutcome.Tagged => "tagged",
                    MatchOutcome.Suppressed => "suppressed, " + m.Reason,
                    _ => "filtered, " + m.Reason,
                });
                foreach (var role in m.Roles.OrderBy(x => x.Key, StringComparer.Ordinal))
                {
                    b.Append(' ').Append(role.Key).Append("=\"").Append(role.Value.Text).Append('"');
                }

                b.Append('\n');
            }
        }

        return b.ToString();
    }

    private static string Shorten(IReadOnlyList<string> words) =>
        words.Count <= 8 ? string.Join(", ", words) : string.Join(", ", words.Take(8)) + $", … {words.Count - 8} more";
}
