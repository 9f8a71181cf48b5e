using ClaimTagger.Rules;
using ClaimTagger.Rules.Patterns;

namespace ClaimTagger.Matching;

/// <summary>
/// Compiles a validated rule set: lexicons into one word table and token trie, token elements into tests,
/// patterns into automata, and each rule's required words into the prefilter.
/// </summary>
internal static class RuleCompiler
{
    /// <summary>Compiles <paramref name="set"/> and attaches the engine to it.</summary>
    /// <param name="set">The linked rule set.</param>
    /// <param name="limits">The limits.</param>
    /// <param name="diagnostics">Receives compile errors (a pattern too large).</param>
    /// <param name="deferAutomata">Whether each pattern's automaton is built on its first use instead of now: only for
    /// the built-in rules, which the tests compile in full, since a pattern too large for the limits would otherwise
    /// be found only while tagging.</param>
    /// <returns>The engine, or <see langword="null"/> when a rule could not be compiled.</returns>
    public static RuleEngine? Compile(RuleSet set, RuleSetLimits limits, List<RuleDiagnostic> diagnostics, bool deferAutomata = false)
    {
        // The words rules name themselves get the first ids, before the lexicons' thousands of forms: a token test's
        // bit sets are as long as the largest id they hold, so they stay a few words long.
        var words = new WordTable();
        var lists = new WordListIds(words);
        foreach (Rule rule in set.Rules)
        {
            rule.Condition.VisitSequences(seq => AddRuleWords(seq, lists));
        }

        var lexicons = new LexiconIndex();
        var lexiconIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Lexicon lexicon in set.Lexicons)
        {
            int id = lexicons.AddLexicon();
            lexiconIds.Add(lexicon.Name, id);
            foreach (string form in lexicon.Forms)
            {
                lexicons.AddEntry(id, form, words, lexicon.CaseSensitive);
            }
        }

        var context = new Context(lists, lexicons, lexiconIds, limits, deferAutomata);
        var compiled = new List<CompiledRule>();
        bool ok = true;
        foreach (Rule rule in set.Rules)
        {
            try
            {
                CompiledCondition condition = context.Condition(rule.Condition, "");
                int[]? required = context.Required(rule.Condition)?.Order().ToArray();
                compiled.Add(new CompiledRule(rule, condition, required) { WordGroups = context.Groups(rule.Condition) });
            }
            catch (PatternTooLargeException)
            {
                ok = false;
                diagnostics.Add(new RuleDiagnostic(RuleErrorMessages.PatternTooLargeCode, RuleDiagnosticSeverity.Error,
                    RuleErrorMessages.Format(RuleErrorMessages.PatternTooLarge, $"more than {limits.MaxPatternStates}", limits.MaxPatternStates),
                    context.LastPattern ?? rule.Location, rule.Id));
            }
        }

        // Every word a rule names is in the table now; a deferred automaton must not add one while articles are tagged
        // (their word ids are read before the rules run).
        words.Freeze();
        return ok ? new RuleEngine(words, compiled) : null;
    }

    private static void AddRuleWords(SequenceNode seq, WordListIds lists)
    {
        foreach (ElementNode e in seq.Elements)
        {
            if (e.Text is not null)
            {
                lists.Of(e.Text);
            }

            if (e.Lower is not null)
            {
                lists.Of(e.Lower);
            }

            if (e.Group is not null)
            {
                AddRuleWords(e.Group, lists);
            }

            foreach (SequenceNode branch in (IEnumerable<SequenceNode>?)e.OneOf ?? [])
            {
                AddRuleWords(branch, lists);
            }
        }
    }

    private sealed class Context(WordListIds lists, LexiconIndex lexicons, Dictionary<string, int> lexiconIds, RuleSetLimits limits, bool deferAutomata)
    {
        // Deferred automata are built under this lock: building one fills the caches below.
        private readonly object _gate = new();

        // An element's required words, once per element: the prefilter and the word groups both ask for them, and
        // rules share elements through YAML aliases. The sets are never changed once made.
        private readonly Dictionary<ElementNode, IReadOnlySet<int>?> _required = new(ReferenceEqualityComparer.Instance);

        // An element's compiled test, shared by every automaton that uses the element (YAML aliases, shared context
        // patterns): tests are immutable, and building one sorts its word ids and fills its bit sets.
        private readonly Dictionary<ElementNode, TokenTest> _tests = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<ElementNode, SpanTest> _spans = new(ReferenceEqualityComparer.Instance);

        // What a lexicon element compiles to depends only on the lexicons it names, and most rules name the same few
        // (speech verbs, titles): one span test and one first-word set for each list of names.
        private readonly Dictionary<string, SpanTest> _lexiconSpans = new(StringComparer.Ordinal);
        private readonly Dictionary<string, IReadOnlySet<int>> _lexiconFirst = new(StringComparer.Ordinal);

        public SourceLocation? LastPattern { get; private set; }

        public CompiledCondition Condition(ConditionNode node, string path)
        {
            string prefix = path.Length == 0 ? string.Empty : path + ".";
            CompiledCondition result = node.Kind switch
            {
                ConditionKind.Pattern => new PatternCondition(Pattern(node.Pattern!)) { Path = prefix + "pattern" },
                ConditionKind.Any => new AnyCondition(node.Branches.Select((b, i) => Condition(b, $"{prefix}any[{i}]")).ToList()) { Path = prefix + "any" },
                _ => new AllCondition(node.Branches.Select((b, i) => Condition(b, $"{prefix}all[{i}]")).ToList()) { Path = prefix + "all" },
            };
            for (int i = 0; i < node.Not.Count; i++)
            {
                result.Not.Add(Condition(node.Not[i], $"{prefix}not[{i}]"));
            }

            for (int i = 0; i < node.Inside.Count; i++)
            {
                result.Inside.Add(Condition(node.Inside[i], $"{prefix}inside[{i}]"));
            }

            for (int i = 0; i < node.NotInside.Count; i++)
            {
                result.NotInside.Add(Condition(node.NotInside[i], $"{prefix}not-inside[{i}]"));
            }

            result.Before.AddRange(node.Before.Select(Pattern));
            result.After.AddRange(node.After.Select(Pattern));
            result.NotBefore.AddRange(node.NotBefore.Select(Pattern));
            result.NotAfter.AddRange(node.NotAfter.Select(Pattern));
            return result;
        }

        public NfaHandle Pattern(SequenceNode seq)
        {
            Nfa Build() => NfaBuilder.Build(seq, Test, Span, limits.MaxPatternStates);
            if (deferAutomata)
            {
                return new NfaHandle(Build, _gate);
            }

            LastPattern = seq.Location;
            return new NfaHandle(Build());
        }

        public IReadOnlySet<int>? Required(ConditionNode node)
        {
            switch (node.Kind)
            {
                case ConditionKind.Pattern:
                    return Required(node.Pattern!);
                case ConditionKind.Any:
                    var union = new HashSet<int>();
                    foreach (ConditionNode b in node.Branches)
                    {
                        IReadOnlySet<int>? r = Required(b);
                        if (r is null)
                        {
                            return null;
                        }

                        union.UnionWith(r);
                    }

                    return union;
                default:
                    return Smallest(node.Branches.Select(Required));
            }
        }

        /// <summary>Returns the word sets a window must each meet (one word of every set occurs) for the condition to
        /// match there: one set per word-bound element every match passes, or <see langword="null"/> when none.</summary>
        public int[][]? Groups(ConditionNode node)
        {
            var groups = new List<IReadOnlySet<int>>();
            AddGroups(node, groups);
            return groups.Count == 0 ? null : [.. groups.Select(g => g.Order().ToArray())];
        }

        private void AddGroups(ConditionNode node, List<IReadOnlySet<int>> groups)
        {
            switch (node.Kind)
            {
                case ConditionKind.Pattern:
                    AddGroups(node.Pattern!, groups);
                    break;
                case ConditionKind.Any:
                    // Any one branch may match: only the union of their required words is needed.
                    if (Required(node) is { } union)
                    {
                        groups.Add(union);
                    }

                    break;
                default:
                    // Every branch of 'all' must match in the window.
                    foreach (ConditionNode b in node.Branches)
                    {
                        AddGroups(b, groups);
                    }

                    break;
            }
        }

        private void AddGroups(SequenceNode seq, List<IReadOnlySet<int>> groups)
        {
            foreach (ElementNode e in seq.Elements)
            {
                if (e.Min < 1)
                {
                    continue;
                }

                if (e.Kind == ElementKind.Group)
                {
                    AddGroups(e.Group!, groups);
                }
                else if (Required(e) is { } words)
                {
                    groups.Add(words);
                }
            }
        }

        private IReadOnlySet<int>? Required(SequenceNode seq) =>
            Smallest(seq.Elements.Where(e => e.Min >= 1).Select(Required));

        /// <summary>Returns the value <paramref name="cache"/> holds for <paramref name="e"/>, making it once.</summary>
        private static T Cached<T>(Dictionary<ElementNode, T> cache, ElementNode e, Func<ElementNode, T> make)
        {
            if (!cache.TryGetValue(e, out T? value))
            {
                value = make(e);
                cache.Add(e, value);
            }

            return value;
        }

        private IReadOnlySet<int>? Required(ElementNode e) => Cached(_required, e, RequiredOf);

        private IReadOnlySet<int>? RequiredOf(ElementNode e)
        {
            switch (e.Kind)
            {
                case ElementKind.Token when !e.Negate:
                    IReadOnlySet<int>? text = e.Text is null ? null : new HashSet<int>(lists.Of(e.Text));
                    IReadOnlySet<int>? lower = e.Lower is null ? null : new HashSet<int>(lists.Of(e.Lower));
                    return Smallest([text, lower]);
                case ElementKind.Lexicon:
                    if (e.Lexicons!.Count == 1)
                    {
                        return lexicons.FirstWords(lexiconIds[e.Lexicons[0].Name]);
                    }

                    string key = LexiconKey(e);
                    if (!_lexiconFirst.TryGetValue(key, out IReadOnlySet<int>? first))
                    {
                        var union = new HashSet<int>();
                        foreach ((string name, _) in e.Lexicons!)
                        {
                            union.UnionWith(lexicons.FirstWords(lexiconIds[name]));
                        }

                        first = union;
                        _lexiconFirst.Add(key, first);
                    }

                    return first;
                case ElementKind.Group:
                    return Required(e.Group!);
                case ElementKind.OneOf:
                    var oneOf = new HashSet<int>();
                    foreach (SequenceNode branch in e.OneOf!)
                    {
                        IReadOnlySet<int>? r = Required(branch);
                        if (r is null)
                        {
                            return null;
                        }

                        oneOf.UnionWith(r);
                    }

                    return oneOf;
                default:
                    return null;
            }
        }

        /// <summary>Returns the names of the lexicons a lexicon element names, as one key.</summary>
        private static string LexiconKey(ElementNode e) =>
            e.Lexicons!.Count == 1 ? e.Lexicons[0].Name : string.Join('\n', e.Lexicons.Select(l => l.Name));

        private static IReadOnlySet<int>? Smallest(IEnumerable<IReadOnlySet<int>?> sets)
        {
            IReadOnlySet<int>? best = null;
            foreach (IReadOnlySet<int>? s in sets)
            {
                if (s is not null && (best is null || s.Count < best.Count))
                {
                    best = s;
                }
            }

            return best;
        }

        private TokenTest Test(ElementNode e) => Cached(_tests, e, NewTest);

        private SpanTest Span(ElementNode e) => Cached(_spans, e, NewSpan);

        private TokenTest NewTest(ElementNode e) => new()
        {
            TextIds = e.Text is null || e.CaseSensitive ? null : lists.Of(e.Text),
            ExactTexts = e.Text is not null && e.CaseSensitive ? [.. e.Text] : null,
            LowerIds = e.Lower is null ? null : lists.Of(e.Lower),
            Regex = e.Regex,
            Shapes = e.Shapes?.ToArray(),
            Suffixes = e.Suffixes?.ToArray(),
            SuffixCaseSensitive = e.CaseSensitive,
            MinLength = e.MinLength,
            MaxLength = e.MaxLength,
            Flags = e.Flags,
            Negate = e.Negate,
        };

        private SpanTest NewSpan(ElementNode e)
        {
            switch (e.Kind)
            {
                case ElementKind.Lexicon:
                    string key = LexiconKey(e);
                    if (!_lexiconSpans.TryGetValue(key, out SpanTest? test))
                    {
                        var mask = new bool[lexicons.LexiconCount];
                        foreach ((string name, _) in e.Lexicons!)
                        {
                            mask[lexiconIds[name]] = true;
                        }

                        test = new LexiconSpanTest(lexicons, mask);
                        _lexiconSpans.Add(key, test);
                    }

                    return test;
                case ElementKind.Quote:
                    return new QuoteSpanTest(e.Quote, e.MinWords, e.MaxWords, e.QuoteDepth);
                default:
                    return new EntitySpanTest(e.Entity);
            }
        }
    }
}
