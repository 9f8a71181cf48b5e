using ClaimTagger.Analysis;
using ClaimTagger.Matching;
using ClaimTagger.Resolution;
using ClaimTagger.Rules;
using ClaimTagger.Sentences;
using ClaimTagger.Text;

namespace ClaimTagger;

/// <summary>The built-in <see cref="ITagger"/>: runs the text pipeline, then the compiled rules, then conflict resolution, then source resolution.</summary>
/// <remarks>Thread safety: a built tagger is immutable; one instance may tag on many threads at once.</remarks>
public sealed class Tagger : ITagger
{
    private static readonly Lazy<Tagger> DefaultTagger = new(() => new ClaimTaggerBuilder().UseDefaultRules().Build());
    private readonly Func<string, AnalyzedText> _analyze;

    internal Tagger(Func<string, AnalyzedText> analyze, RuleSet rules, IReadOnlyList<RuleDiagnostic> diagnostics)
    {
        _analyze = analyze;
        Rules = rules;
        RuleDiagnostics = diagnostics;
    }

    /// <summary>Gets the compiled rules the tagger runs.</summary>
    public RuleSet Rules { get; }

    /// <summary>Gets the warnings reported while the rules were loaded (a rule without examples …).</summary>
    public IReadOnlyList<RuleDiagnostic> RuleDiagnostics { get; }

    /// <summary>Returns the shared tagger with the built-in default rules.</summary>
    /// <returns>A cached, thread-safe tagger.</returns>
    public static Tagger CreateDefault() => DefaultTagger.Value;

    /// <inheritdoc />
    public TaggedArticle Tag(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tag(_analyze(text), EngineOptions.Default);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> names no enabled rule.</exception>
    public ExplainReport Explain(string text, string? ruleId = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (ruleId is not null && Rules.Find(ruleId) is null)
        {
            string? near = Suggestions.Closest(ruleId, Rules.Rules.Select(r => r.Id));
            throw new ArgumentException($"No enabled rule has the id '{ruleId}'." + (near is null ? string.Empty : $" Did you mean '{near}'?"), nameof(ruleId));
        }

        return Explain(_analyze(text), ruleId);
    }

    /// <summary>Explains an analysed article.</summary>
    /// <param name="analyzed">The article.</param>
    /// <param name="ruleId">The rule to report on, or <see langword="null"/> for all.</param>
    /// <returns>The report.</returns>
    internal ExplainReport Explain(AnalyzedText analyzed, string? ruleId)
    {
        EngineRun run = Rules.Engine.Run(analyzed, new EngineOptions(UsePrefilter: true, Explain: true));
        ConflictOutcome outcome = ConflictResolver.Resolve(run.Matches, Rules);
        TaggedArticle article = Build(analyzed, outcome.Kept, run.Diagnostics);
        var suppressed = outcome.Suppressed.ToDictionary(x => x.Loser);
        var kept = outcome.Kept.ToHashSet();
        string text = analyzed.Text;
        var explanations = new List<RuleExplanation>();
        foreach (WindowTrace trace in run.Traces)
        {
            if (ruleId is not null && trace.Rule.Id != ruleId)
            {
                continue;
            }

            var patterns = trace.Probes.Select(p => Trace(p, analyzed)).ToList();
            var matches = new List<MatchExplanation>();
            foreach (RuleMatch m in trace.Matches)
            {
                var roles = m.Roles.ToDictionary(r => r.Key, r => new RoleSpan(r.Value.Start, r.Value.End, text[r.Value.Start..r.Value.End]), StringComparer.Ordinal);
                (MatchOutcome how, string? reason, string? winner) = suppressed.TryGetValue(m, out Suppression? lost)
                    ? (MatchOutcome.Suppressed, (string?)lost.Reason, (string?)lost.Winner.Rule.Id)
                    : kept.Contains(m) ? (MatchOutcome.Tagged, null, null)
                    : (MatchOutcome.Filtered, "the prefilter skipped the rule although it matches (please report this)", null);
                matches.Add(new MatchExplanation(m.Start, m.End, text[m.Start..m.End], roles, how, reason, winner));
            }

            foreach ((RawMatch raw, string reason) in trace.Filtered)
            {
                int start = analyzed.Tokens[raw.Start].Start, end = analyzed.Tokens[raw.End - 1].End;
                matches.Add(new MatchExplanation(start, end, text[start..end], new Dictionary<string, RoleSpan>(), MatchOutcome.Filtered, reason, null));
            }

            explanations.Add(new RuleExplanation(trace.Rule.Id, trace.Rule.Label, trace.Rule.Scope.Window, trace.FirstSentence, trace.LastSentence,
                trace.PrefilterKept, trace.RequiredWords, patterns, matches, trace.Error));
        }

        return new ExplainReport(text, ruleId, article.Sentences, explanations, article.Tags);
    }

    private static PatternTrace Trace(PatternProbe p, AnalyzedText analyzed)
    {
        if (p.FurthestElement < 0)
        {
            return new PatternTrace(p.Path, p.HasMatch, p.Nfa.ElementCount, -1, null, null, null);
        }

        string name = p.FurthestElement < p.Nfa.ElementNames.Length ? p.Nfa.ElementNames[p.FurthestElement] : "end";
        bool atToken = p.FurthestToken < analyzed.Tokens.Count;
        int? at = atToken ? analyzed.Tokens[p.FurthestToken].Start : null;
        string? token = atToken ? analyzed.Text.Substring(analyzed.Tokens[p.FurthestToken].Start, analyzed.Tokens[p.FurthestToken].Length) : null;
        return new PatternTrace(p.Path, p.HasMatch, p.Nfa.ElementCount, p.FurthestElement, name, at, token);
    }

    /// <summary>Tags an analysed article.</summary>
    /// <param name="analyzed">The article.</param>
    /// <param name="options">How the engine runs.</param>
    /// <returns>The tagged article.</returns>
    internal TaggedArticle Tag(AnalyzedText analyzed, EngineOptions options)
    {
        EngineRun run = Rules.Engine.Run(analyzed, options);
        ConflictOutcome outcome = ConflictResolver.Resolve(ContinuationSplitter.Split(analyzed.Text, run.Matches), Rules, recordSuppressed: false);
        return Build(analyzed, outcome.Kept, run.Diagnostics);
    }

    /// <summary>Turns kept matches into the public result.</summary>
    /// <param name="analyzed">The article.</param>
    /// <param name="kept">The matches that survived conflict resolution.</param>
    /// <param name="diagnostics">Runtime diagnostics.</param>
    /// <returns>The tagged article.</returns>
    internal static TaggedArticle Build(AnalyzedText analyzed, IReadOnlyList<RuleMatch> kept, IReadOnlyList<string> diagnostics)
    {
        string text = analyzed.Text;
        var built = new Tag[kept.Count];
        var order = new (int Start, int End, int Order, int Index)[kept.Count];
        for (int k = 0; k < kept.Count; k++)
        {
            RuleMatch m = kept[k];
            bool builtIn = BuiltInLabel(m.Rule.Label);
            var roles = new RoleTable<RoleSpan>(m.Roles.Count);
            foreach ((string name, (int roleStart, int roleEnd)) in m.Roles)
            {
                int roleTo = builtIn && name == Evaluation.RoleNames.Source ? WithoutPossessive(text, roleStart, roleEnd) : roleEnd;
                roles.Set(name, new RoleSpan(roleStart, roleTo, text[roleStart..roleTo]));
            }

            (int start, int end) = builtIn ? TrimToRoles(text, m) : (m.Start, m.End);
            int[] sentences = SentencesOf(analyzed, m, start, end);
            built[k] = new Tag(m.Rule.Label, m.Rule.Id, m.Rule.Kind, start, end, text[start..end], sentences, m.Rule.Confidence, roles);
            order[k] = (start, end, m.Rule.Order, k);
        }

        // Ordered by the spans as published (after trimming to the roles), then by rule order, then as kept (a stable
        // sort: the index makes every key distinct).
        Array.Sort(order);
        var tags = new List<Tag>(built.Length);
        foreach ((int _, int _, int _, int index) in order)
        {
            tags.Add(built[index]);
        }

        tags = SpeechScope.Filter(text, [.. SourceResolver.Resolve(analyzed, tags)]);

        var labels = new List<Label>[analyzed.Sentences.Count];
        foreach (Tag tag in tags)
        {
            foreach (int s in tag.Sentences)
            {
                List<Label> list = labels[s] ??= [];
                if (!list.Contains(tag.Label))
                {
                    list.Add(tag.Label);
                }
            }
        }

        var result = new TaggedSentence[analyzed.Sentences.Count];
        for (int i = 0; i < result.Length; i++)
        {
            Sentence s = analyzed.Sentences[i];
            result[i] = new TaggedSentence(s.Index, s.Span.Start, s.Span.End, s.Span.Slice(text), s.Section, s.Paragraph, labels[i] ?? (IReadOnlyList<Label>)[]);
        }

        if (analyzed.SentencesCut > 0)
        {
            return new TaggedArticle(text, result, tags, [.. diagnostics, SentenceLimitDiagnostic(analyzed)]);
        }

        return new TaggedArticle(text, result, tags, [.. diagnostics]);
    }

    /// <summary>The runtime diagnostic for sentences cut at the sentence-length limit.</summary>
    /// <param name="analyzed">An article with at least one cut.</param>
    /// <returns>The message.</returns>
    internal static string SentenceLimitDiagnostic(AnalyzedText analyzed) => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"sentence limit: {analyzed.SentencesCut} sentence(s) ran past {DefaultSentenceSplitter.MaxSentenceLength} characters and were cut (the first at offset {analyzed.FirstSentenceCut}); rules do not match across the cuts.");

    /// <summary>
    /// Returns the end of a source without its possessive ending, which LABELS.md leaves out of the source
    /// ("Dahl’s claim that …" → Dahl): the tokenizer keeps "Dahl’s" one word.
    /// </summary>
    private static int WithoutPossessive(string text, int start, int end) =>
        end - start > 2 && (text[end - 1] is 's' or 'S') && TextChars.IsApostrophe(text[end - 2]) ? end - 2 : end;

    private static bool BuiltInLabel(Label label) =>
        label == Label.Claim || label == Label.DirectQuote || label == Label.Attribution || label == Label.ReporterFraming;

    /// <summary>
    /// Returns the span of a tag of a built-in label, which LABELS.md defines by its roles: the smallest span covering
    /// its roles and the quotation marks around a quoted role, so words a rule matched only as context (a leading
    /// adverbial, a dateline, an appositive after the source, the verb after an unnamed source, the final full
    /// stop) stay out of the tag. A match with no role, and a tag of a user's own label, keep the matched span.
    /// </summary>
    private static (int Start, int End) TrimToRoles(string text, RuleMatch m)
    {
        int lo = int.MaxValue, hi = int.MinValue;
        foreach ((string _, (int start, int end)) in m.Roles)
        {
            if (start >= m.Start && end <= m.End && end > start)
            {
                lo = Math.Min(lo, start);
                hi = Math.Max(hi, end);
            }
        }

        if (lo == int.MaxValue)
        {
            return (m.Start, m.End);
        }

        while (lo > m.Start && TextChars.IsQuoteMark(text[lo - 1]))
        {
            lo--;
        }

        while (hi < m.End && TextChars.IsQuoteMark(text[hi]))
        {
            hi++;
        }

        return (lo, hi);
    }

    private static int[] SentencesOf(AnalyzedText analyzed, RuleMatch m, int start, int end)
    {
        int first = m.FirstSentence, last = m.LastSentence;
        while (first < last && analyzed.Sentences[first].Span.End <= start)
        {
            first++;
        }

        while (last > first && analyzed.Sentences[last].Span.Start >= end)
        {
            last--;
        }

        var sentences = new int[last - first + 1];
        for (int i = 0; i < sentences.Length; i++)
        {
            sentences[i] = first + i;
        }

        return sentences;
    }
}
