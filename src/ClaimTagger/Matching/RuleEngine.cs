using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using ClaimTagger.Analysis;
using ClaimTagger.Rules;
using ClaimTagger.Sections;
using ClaimTagger.Sentences;

namespace ClaimTagger.Matching;

/// <summary>
/// Runs compiled rules over an analysed article: for each window (a sentence, or a paragraph for rules that
/// ask for one) it asks the prefilter for the candidate rules, evaluates each, and checks the quote scope.
/// </summary>
/// <remarks>Immutable and thread-safe: every call allocates its own scratch state.</remarks>
internal sealed class RuleEngine
{
    [ThreadStatic]
    private static PrefilterScratch? t_scratch;

    private readonly Prefilter _sentencePrefilter;
    private readonly Prefilter _paragraphPrefilter;

    // What the window loop reads of each rule, in arrays by rule index: one look-up each instead of a chain of
    // objects per rule (with many rules, those objects are seldom in the cache).
    private readonly CompiledRule[] _rules;
    private readonly int[] _sections;
    private readonly QuoteScope[] _quoteScopes;

    // A rule whose condition is one pattern with no filter (most rules a user writes) runs its automaton straight from
    // here: its handle, and the automaton once built. Threads may fill an entry at once; they write the same automaton.
    private readonly NfaHandle?[] _patterns;
    private readonly Nfa?[] _nfas;

    public RuleEngine(WordTable words, IReadOnlyList<CompiledRule> rules)
    {
        Words = words;
        Rules = rules;
        _rules = [.. rules];
        _sections = new int[_rules.Length];
        _quoteScopes = new QuoteScope[_rules.Length];
        _patterns = new NfaHandle?[_rules.Length];
        _nfas = new Nfa?[_rules.Length];
        for (int r = 0; r < _rules.Length; r++)
        {
            bool[] inSection = _rules[r].InSection;
            for (int s = 0; s < inSection.Length; s++)
            {
                _sections[r] |= inSection[s] ? 1 << s : 0;
            }

            _quoteScopes[r] = _rules[r].Rule.Scope.Quotes;
            _patterns[r] = _rules[r].Condition is PatternCondition { IsPlain: true } p ? p.Handle : null;
        }

        _sentencePrefilter = new Prefilter(rules, Enumerable.Range(0, rules.Count).Where(i => rules[i].Rule.Scope.Window == RuleWindow.Sentence), words.Count);
        _paragraphPrefilter = new Prefilter(rules, Enumerable.Range(0, rules.Count).Where(i => rules[i].Rule.Scope.Window == RuleWindow.Paragraph), words.Count);
    }

    public WordTable Words { get; }

    public IReadOnlyList<CompiledRule> Rules { get; }

    /// <summary>Returns the required words of a rule, as text, for explain output.</summary>
    /// <param name="rule">A compiled rule.</param>
    /// <returns>The words, or an empty list when the rule always runs.</returns>
    public IReadOnlyList<string> RequiredWordsOf(CompiledRule rule) =>
        rule.RequiredWords is null ? [] : rule.RequiredWords.Select(w => Words[w]).Order(StringComparer.Ordinal).ToList();

    /// <summary>Runs the rules over <paramref name="text"/>.</summary>
    /// <param name="text">The analysed article.</param>
    /// <param name="options">How to run.</param>
    /// <returns>The candidate matches, runtime diagnostics and, in explain mode, traces.</returns>
    public EngineRun Run(AnalyzedText text, EngineOptions options)
    {
        var run = new EngineRun();
        var context = new MatchContext(text, Words);
        var eval = new EvalContext(context, options.Explain);
        bool strict = !options.Explain && options.UsePrefilter;
        var state = new RunState(run, eval, options, strict ? [] : new int[Rules.Count], Scratch());
        IReadOnlyList<Sentence> sentences = text.Sentences;
        int a = 0, quote = 0;
        while (a < sentences.Count)
        {
            int b = a + 1;
            while (b < sentences.Count && sentences[b].Paragraph == sentences[a].Paragraph)
            {
                b++;
            }

            // A quotation that runs on into the next paragraphs (each reopening it) keeps them in one paragraph window.
            int lastParagraph = LastParagraphOfQuotes(text, ref quote, sentences[b - 1].Paragraph);
            while (b < sentences.Count && sentences[b].Paragraph <= lastParagraph)
            {
                b++;
                lastParagraph = Math.Max(lastParagraph, LastParagraphOfQuotes(text, ref quote, sentences[b - 1].Paragraph));
            }

            if (_paragraphPrefilter.Members.Length > 0)
            {
                SectionKind section = SectionOfParagraph(text, sentences[a]);
                int ws = sentences[a].FirstToken;
                int we = sentences[b - 1].FirstToken + sentences[b - 1].TokenCount;
                RunWindow(state, _paragraphPrefilter, ws, we, section, a, b - 1);
            }

            if (_sentencePrefilter.Members.Length > 0)
            {
                for (int s = a; s < b; s++)
                {
                    Sentence sentence = sentences[s];
                    RunWindow(state, _sentencePrefilter, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount, sentence.Section, s, s);
                }
            }

            a = b;
        }

        return run;
    }

    /// <summary>Returns this thread's prefilter buffers, made large enough for this engine.</summary>
    private PrefilterScratch Scratch()
    {
        int groups = Math.Max(_sentencePrefilter.GroupCount, _paragraphPrefilter.GroupCount);
        PrefilterScratch? scratch = t_scratch;
        if (scratch is null || scratch.WordStamp.Length < Words.Count || scratch.GroupStamp.Length < groups || scratch.RuleStamp.Length < Rules.Count)
        {
            scratch = new PrefilterScratch(Math.Max(Words.Count, 1024), Math.Max(groups, 1024), Math.Max(Rules.Count, 256));
            t_scratch = scratch;
        }

        return scratch;
    }

    /// <summary>Returns the last paragraph reached by a top-level quotation that opens at or before <paramref name="paragraph"/>.</summary>
    /// <param name="text">The article.</param>
    /// <param name="next">The first quotation not looked at yet; advanced past those that open by <paramref name="paragraph"/>.</param>
    /// <param name="paragraph">The last paragraph of the window so far.</param>
    /// <returns>The furthest last paragraph, or <paramref name="paragraph"/>.</returns>
    private static int LastParagraphOfQuotes(AnalyzedText text, ref int next, int paragraph)
    {
        int last = paragraph;
        IReadOnlyList<Quotes.QuoteSpan> quotes = text.Quotes;
        while (next < quotes.Count && quotes[next].FirstParagraph <= paragraph)
        {
            if (quotes[next].Depth == 0)
            {
                last = Math.Max(last, quotes[next].LastParagraph);
            }

            next++;
        }

        return last;
    }

    private static SectionKind SectionOfParagraph(AnalyzedText text, Sentence first)
    {
        // Paragraph indices are positions in the list, so this is one look-up, not a scan (a scan made tagging
        // quadratic in the number of paragraphs).
        IReadOnlyList<Paragraph> paragraphs = text.Paragraphs;
        int i = first.Paragraph;
        return i >= 0 && i < paragraphs.Count && paragraphs[i].Index == i ? paragraphs[i].Section : first.Section;
    }

    private void RunWindow(RunState state, Prefilter prefilter, int ws, int we, SectionKind section, int firstSentence, int lastSentence)
    {
        if (we <= ws)
        {
            return;
        }

        EngineOptions options = state.Options;
        List<int> candidates = state.Candidates;
        bool strict = !options.Explain && options.UsePrefilter;
        if (strict)
        {
            // Tagging: only the rules every word group of which occurs here; all of them count as kept.
            prefilter.StrictCandidates(state.Eval.Match, ws, we, state.Scratch, candidates);
        }
        else
        {
            prefilter.Candidates(state.Eval.Match, ws, we, state.Stamp, ref state.Generation, candidates);
        }

        ReadOnlySpan<int> toRun = strict ? CollectionsMarshal.AsSpan(candidates) : prefilter.Members;
        int sectionBit = 1 << (int)section;
        foreach (int r in toRun)
        {
            if ((_sections[r] & sectionBit) == 0)
            {
                continue;
            }

            CompiledRule rule = _rules[r];
            if (options.OnlyRule is not null && rule.Rule.Id != options.OnlyRule)
            {
                continue;
            }

            bool kept = strict || candidates.BinarySearch(r) >= 0;
            WindowTrace? trace = null;
            if (options.Explain)
            {
                trace = new WindowTrace
                {
                    Rule = rule.Rule,
                    FirstSentence = firstSentence,
                    LastSentence = lastSentence,
                    FirstToken = ws,
                    EndToken = we,
                    PrefilterKept = kept,
                    RequiredWords = RequiredWordsOf(rule),
                };
                state.Eval.Probes.Clear();
                state.Eval.Filtered.Clear();
                state.Run.Traces.Add(trace);
            }

            List<RawMatch> matches = state.Matches;
            matches.Clear();
            try
            {
                if (strict && _patterns[r] is { } pattern)
                {
                    PatternCondition.Collect(state.Eval, _nfas[r] ??= pattern.Value, ws, we, matches, null);
                }
                else
                {
                    rule.Condition.Evaluate(state.Eval, ws, we, matches);
                }
            }
            catch (RegexMatchTimeoutException)
            {
                string message = $"rule {rule.Rule.Id}: a regex timed out in sentence {firstSentence}; the rule was skipped there.";
                state.Run.Diagnostics.Add(message);
                if (trace is not null)
                {
                    trace.Error = message;
                }

                continue;
            }
#pragma warning disable CA1031 // Tagging never throws on article text: any failure of one rule is reported and skipped.
            catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
            {
                string message = $"rule {rule.Rule.Id}: failed in sentence {firstSentence} ({ex.GetType().Name}: {ex.Message}); the rule was skipped there.";
                state.Run.Diagnostics.Add(message);
                if (trace is not null)
                {
                    trace.Error = message;
                }

                continue;
            }

            if (trace is not null)
            {
                trace.Probes.AddRange(state.Eval.Probes);
                trace.Filtered.AddRange(state.Eval.Filtered);
            }

            QuoteScope quotes = _quoteScopes[r];
            foreach (RawMatch m in matches)
            {
                if (!InQuoteScope(state.Eval.Match, quotes, m))
                {
                    trace?.Filtered.Add((m, quotes == QuoteScope.Outside ? "scope 'quotes: outside', but it touches a quotation" : "scope 'quotes: inside', but it leaves the quotation"));
                    continue;
                }

                RuleMatch built = Build(state, rule.Rule, m, firstSentence, lastSentence);
                trace?.Matches.Add(built);
                if (kept || !options.UsePrefilter)
                {
                    state.Run.Matches.Add(built);
                }
            }
        }
    }

    private static bool InQuoteScope(MatchContext c, QuoteScope scope, RawMatch m)
    {
        if (scope == QuoteScope.Any)
        {
            return true;
        }

        for (int t = m.Start; t < m.End; t++)
        {
            bool quoted = (c.Features[t] & TokenFeatures.Quoted) != 0;
            if (quoted == (scope == QuoteScope.Outside))
            {
                return false;
            }
        }

        return true;
    }

    private static RuleMatch Build(RunState state, Rule rule, RawMatch m, int firstSentence, int lastSentence)
    {
        MatchContext c = state.Eval.Match;
        RoleMap roles = m.Roles.Length == 0 ? RoleMap.Empty : new RoleMap(m.Roles.Length);
        foreach (RoleCapture r in m.Roles)
        {
            int start = c.Tokens[r.Start].Start, end = c.Tokens[r.End - 1].End;
            if (r.QuoteContent && c.QuoteEnd[r.Start] == r.End)
            {
                var content = c.Quotes[c.QuoteAt[r.Start]].Content;
                if (content.IsEmpty)
                {
                    continue;
                }

                (start, end) = (content.Start, content.End);
            }

            // A role captured more than once (an interrupted quote) covers from its first start to its last end.
            roles.Set(r.Role, roles.TryGetValue(r.Role, out var earlier) ? (Math.Min(earlier.Start, start), Math.Max(earlier.End, end)) : (start, end));
        }

        return new RuleMatch
        {
            Rule = rule,
            Start = c.Tokens[m.Start].Start,
            End = c.Tokens[m.End - 1].End,
            FirstSentence = firstSentence == lastSentence ? firstSentence : SentenceOf(c, m.Start),
            LastSentence = firstSentence == lastSentence ? lastSentence : SentenceOf(c, m.End - 1),
            Roles = roles,
            Sequence = state.Sequence++,
        };
    }

    /// <summary>Returns the sentence holding <paramref name="token"/> (a match in a one-sentence window is in that sentence).</summary>
    private static int SentenceOf(MatchContext c, int token)
    {
        IReadOnlyList<Sentence> sentences = c.Analyzed.Sentences;
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sentences[mid].FirstToken <= token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return Math.Max(0, hi);
    }

    private sealed class RunState(EngineRun run, EvalContext eval, EngineOptions options, int[] stamp, PrefilterScratch scratch)
    {
        public PrefilterScratch Scratch { get; } = scratch;

        public EngineRun Run { get; } = run;

        public EvalContext Eval { get; } = eval;

        public EngineOptions Options { get; } = options;

        public int[] Stamp { get; } = stamp;

        public List<int> Candidates { get; } = [];

        /// <summary>Gets the matches of the rule being run in the current window (reused from rule to rule).</summary>
        public List<RawMatch> Matches { get; } = [];

#pragma warning disable SA1401, CA1051 // A ref-passed counter.
        public int Generation;
#pragma warning restore SA1401, CA1051

        public int Sequence { get; set; }
    }
}
