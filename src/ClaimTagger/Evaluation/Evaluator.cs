using System.Text;

namespace ClaimTagger.Evaluation;

/// <summary>Measures a tagger against a gold set.</summary>
/// <remarks>
/// For every document the tagger tags the document's text, and its tags are compared with the gold tags label by
/// label (and, for rows per kind, kind by kind):
/// <list type="bullet">
/// <item><description><b>overlap</b>: a predicted and a gold tag of the same label match when their spans share at
/// least one character; pairs are made one-to-one, greedily, largest overlap first (ties: closest boundaries first,
/// then text order).</description></item>
/// <item><description><b>exact</b>: they match when start and end are both equal.</description></item>
/// </list>
/// Over the overlap-matched <c>DirectQuote</c> and <c>Claim</c> pairs it also checks roles. <b>Source</b>: where the
/// gold tag has a source, the predicted source's resolved name (or its text when unresolved) must equal the gold
/// source's resolved name (or its text when the gold leaves it unresolved), ignoring case, runs of white space and a
/// leading "the" (so "The Interior Ministry" equals "Interior Ministry").
/// <b>Cue</b>: where the gold tag has a cue, the predicted cue must overlap it and have the same text, ignoring case.
/// <para>Thread safety: stateless; calls may run in parallel if the tagger allows it (every <see cref="ITagger"/> does).</para>
/// </remarks>
public static class Evaluator
{
    /// <summary>Tags every document with <paramref name="tagger"/> and scores the output against the gold tags.</summary>
    /// <param name="tagger">The tagger to measure.</param>
    /// <param name="documents">The gold documents (one split, or several).</param>
    /// <returns>The scores per label and kind, role accuracies, and every mismatch.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static EvaluationReport Evaluate(ITagger tagger, IEnumerable<GoldDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(documents);
        var accumulator = new Accumulator();
        foreach (GoldDocument document in documents)
        {
            ArgumentNullException.ThrowIfNull(document, nameof(documents));
            TaggedArticle predicted = tagger.Tag(document.Text);
            accumulator.Add(document, predicted.Tags);
        }

        return accumulator.ToReport();
    }

    /// <summary>Compares two names or mentions, ignoring case, runs of white space and a leading "the".</summary>
    internal static bool SameText(string left, string right) => string.Equals(Normalize(left), Normalize(right), StringComparison.Ordinal);

    private static string Normalize(string value)
    {
        var builder = new StringBuilder(value.Length);
        bool pendingSpace = false;
        foreach (char c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        string normalized = builder.ToString();
        return normalized.StartsWith("the ", StringComparison.Ordinal) ? normalized[4..] : normalized;
    }

    private static readonly Comparer<(string Label, string Kind)> KindOrder = Comparer<(string Label, string Kind)>.Create((a, b) =>
    {
        int c = string.CompareOrdinal(a.Label, b.Label);
        return c != 0 ? c : string.CompareOrdinal(a.Kind, b.Kind);
    });

    private sealed class Accumulator
    {
        private readonly Dictionary<(string Label, string? Kind), (SpanScore Overlap, SpanScore Exact)> _scores = [];
        private readonly List<EvaluationMismatch> _mismatches = [];
        private int _documents;
        private AccuracyScore _quoteSource;
        private AccuracyScore _claimSource;
        private AccuracyScore _quoteResolution;
        private AccuracyScore _cue;

        public void Add(GoldDocument document, IReadOnlyList<Tag> predicted)
        {
            _documents++;
            var labels = new SortedSet<string>(StringComparer.Ordinal);
            var kinds = new SortedSet<(string Label, string Kind)>(KindOrder);
            foreach (GoldTag tag in document.Tags)
            {
                labels.Add(tag.Label.Name);
                if (tag.Kind is not null)
                {
                    kinds.Add((tag.Label.Name, tag.Kind));
                }
            }

            foreach (Tag tag in predicted)
            {
                labels.Add(tag.Label.Name);
                if (tag.Kind is not null)
                {
                    kinds.Add((tag.Label.Name, tag.Kind));
                }
            }

            foreach (string label in labels)
            {
                var gold = new List<GoldTag>();
                foreach (GoldTag tag in document.Tags)
                {
                    if (tag.Label.Name == label)
                    {
                        gold.Add(tag);
                    }
                }

                var guesses = new List<Tag>();
                foreach (Tag tag in predicted)
                {
                    if (tag.Label.Name == label)
                    {
                        guesses.Add(tag);
                    }
                }

                int[] pairs = MatchByOverlap(gold, guesses);
                Record((label, null), gold, guesses, pairs);
                CheckRolesAndMisses(document, gold, guesses, pairs);
            }

            foreach ((string label, string kind) in kinds)
            {
                var gold = new List<GoldTag>();
                foreach (GoldTag tag in document.Tags)
                {
                    if (tag.Label.Name == label && tag.Kind == kind)
                    {
                        gold.Add(tag);
                    }
                }

                var guesses = new List<Tag>();
                foreach (Tag tag in predicted)
                {
                    if (tag.Label.Name == label && tag.Kind == kind)
                    {
                        guesses.Add(tag);
                    }
                }

                Record((label, kind), gold, guesses, MatchByOverlap(gold, guesses));
            }
        }

        public EvaluationReport ToReport()
        {
            var rows = new List<LabelScore>();
            var overallOverlap = default(SpanScore);
            var overallExact = default(SpanScore);
            var labelNames = new List<string>();
            foreach ((string label, string? kind) in _scores.Keys)
            {
                if (kind is null)
                {
                    labelNames.Add(label);
                }
            }

            labelNames.Sort(CompareLabels);
            foreach (string label in labelNames)
            {
                (SpanScore overlap, SpanScore exact) = _scores[(label, null)];
                rows.Add(new LabelScore(new Label(label), null, overlap, exact));
                overallOverlap += overlap;
                overallExact += exact;
                var kindNames = new List<string>();
                foreach ((string otherLabel, string? kind) in _scores.Keys)
                {
                    if (otherLabel == label && kind is not null)
                    {
                        kindNames.Add(kind);
                    }
                }

                kindNames.Sort(StringComparer.Ordinal);
                foreach (string kind in kindNames)
                {
                    (SpanScore kindOverlap, SpanScore kindExact) = _scores[(label, kind)];
                    rows.Add(new LabelScore(new Label(label), kind, kindOverlap, kindExact));
                }
            }

            return new EvaluationReport(
                _documents,
                rows.AsReadOnly(),
                overallOverlap,
                overallExact,
                _quoteSource,
                _claimSource,
                _quoteResolution,
                _cue,
                _mismatches.AsReadOnly());
        }

        private static int CompareLabels(string left, string right)
        {
            int l = BuiltInRank(left), r = BuiltInRank(right);
            return l != r ? l.CompareTo(r) : string.CompareOrdinal(left, right);
        }

        private static int BuiltInRank(string label)
        {
            if (label == Label.DirectQuote.Name)
            {
                return 0;
            }

            if (label == Label.Claim.Name)
            {
                return 1;
            }

            if (label == Label.Attribution.Name)
            {
                return 2;
            }

            return label == Label.ReporterFraming.Name ? 3 : 4;
        }

        /// <summary>Returns, for each gold tag, the index of its matched prediction, or -1.</summary>
        private static int[] MatchByOverlap(List<GoldTag> gold, List<Tag> guesses)
        {
            var pairs = new int[gold.Count];
            Array.Fill(pairs, -1);
            var candidates = new List<(int Overlap, int Distance, int Gold, int Guess)>();
            for (int g = 0; g < gold.Count; g++)
            {
                for (int p = 0; p < guesses.Count; p++)
                {
                    int overlap = Math.Min(gold[g].End, guesses[p].End) - Math.Max(gold[g].Start, guesses[p].Start);
                    if (overlap > 0)
                    {
                        int distance = Math.Abs(gold[g].Start - guesses[p].Start) + Math.Abs(gold[g].End - guesses[p].End);
                        candidates.Add((overlap, distance, g, p));
                    }
                }
            }

            candidates.Sort((a, b) =>
            {
                int c = b.Overlap.CompareTo(a.Overlap);
                if (c == 0)
                {
                    c = a.Distance.CompareTo(b.Distance);
                }

                if (c == 0)
                {
                    c = a.Gold.CompareTo(b.Gold);
                }

                return c != 0 ? c : a.Guess.CompareTo(b.Guess);
            });
            var taken = new bool[guesses.Count];
            foreach ((_, _, int g, int p) in candidates)
            {
                if (pairs[g] < 0 && !taken[p])
                {
                    pairs[g] = p;
                    taken[p] = true;
                }
            }

            return pairs;
        }

        private static int CountExact(List<GoldTag> gold, List<Tag> guesses)
        {
            var taken = new bool[guesses.Count];
            int count = 0;
            foreach (GoldTag tag in gold)
            {
                for (int p = 0; p < guesses.Count; p++)
                {
                    if (!taken[p] && guesses[p].Start == tag.Start && guesses[p].End == tag.End)
                    {
                        taken[p] = true;
                        count++;
                        break;
                    }
                }
            }

            return count;
        }

        private void Record((string Label, string? Kind) key, List<GoldTag> gold, List<Tag> guesses, int[] pairs)
        {
            int matched = 0;
            foreach (int p in pairs)
            {
                if (p >= 0)
                {
                    matched++;
                }
            }

            var overlap = new SpanScore(gold.Count, guesses.Count, matched);
            var exact = new SpanScore(gold.Count, guesses.Count, CountExact(gold, guesses));
            _scores[key] = _scores.TryGetValue(key, out var sums) ? (sums.Overlap + overlap, sums.Exact + exact) : (overlap, exact);
        }

        private void CheckRolesAndMisses(GoldDocument document, List<GoldTag> gold, List<Tag> guesses, int[] pairs)
        {
            var taken = new bool[guesses.Count];
            for (int g = 0; g < gold.Count; g++)
            {
                GoldTag expected = gold[g];
                if (pairs[g] < 0)
                {
                    _mismatches.Add(new EvaluationMismatch(document.Id, MismatchKind.Missed, expected.Label, expected.Kind, expected.Start, expected.End, expected.Text, null));
                    continue;
                }

                Tag actual = guesses[pairs[g]];
                taken[pairs[g]] = true;
                bool isQuote = expected.Label == Label.DirectQuote;
                if (!isQuote && expected.Label != Label.Claim)
                {
                    continue;
                }

                if (expected.Role(RoleNames.Source) is { } goldSource)
                {
                    RoleSpan? predictedSource = actual.Role(RoleNames.Source);
                    string want = goldSource.Resolved ?? goldSource.Text;
                    bool correct = predictedSource is not null && SameText(predictedSource.Resolved ?? predictedSource.Text, want);
                    var score = new AccuracyScore(correct ? 1 : 0, 1);
                    if (isQuote)
                    {
                        _quoteSource += score;
                        if (goldSource.Resolved is not null && !SameText(goldSource.Text, goldSource.Resolved))
                        {
                            _quoteResolution += score;
                        }
                    }
                    else
                    {
                        _claimSource += score;
                    }

                    if (!correct)
                    {
                        string found = predictedSource is null
                            ? "none"
                            : predictedSource.Resolved is null ? $"'{predictedSource.Text}' (unresolved)" : $"'{predictedSource.Resolved}' ('{predictedSource.Text}')";
                        _mismatches.Add(new EvaluationMismatch(
                            document.Id, MismatchKind.WrongSource, expected.Label, expected.Kind, expected.Start, expected.End, expected.Text, $"expected '{want}', found {found}"));
                    }
                }

                if (expected.Role(RoleNames.Cue) is { } goldCue)
                {
                    RoleSpan? predictedCue = actual.Role(RoleNames.Cue);
                    bool correct = predictedCue is not null
                        && predictedCue.Start < goldCue.End && goldCue.Start < predictedCue.End
                        && SameText(predictedCue.Text, goldCue.Text);
                    _cue += new AccuracyScore(correct ? 1 : 0, 1);
                    if (!correct)
                    {
                        string found = predictedCue is null ? "none" : $"'{predictedCue.Text}' at {predictedCue.Start}";
                        _mismatches.Add(new EvaluationMismatch(
                            document.Id, MismatchKind.WrongCue, expected.Label, expected.Kind, expected.Start, expected.End, expected.Text, $"expected '{goldCue.Text}' at {goldCue.Start}, found {found}"));
                    }
                }
            }

            for (int p = 0; p < guesses.Count; p++)
            {
                if (!taken[p])
                {
                    Tag extra = guesses[p];
                    _mismatches.Add(new EvaluationMismatch(document.Id, MismatchKind.Spurious, extra.Label, extra.Kind, extra.Start, extra.End, extra.Text, null));
                }
            }
        }
    }
}
