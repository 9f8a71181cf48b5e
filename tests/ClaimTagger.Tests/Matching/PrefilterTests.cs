using System.Globalization;
using System.Text;
using ClaimTagger.Analysis;
using ClaimTagger.Matching;
using ClaimTagger.Rules;
using ClaimTagger.Tests.Rules;

namespace ClaimTagger.Tests.Matching;

public class PrefilterTests
{
    [Test]
    public void Corpus_HasSeveralHundredSentences()
    {
        Assert.That(Corpus.Sentences, Has.Count.GreaterThanOrEqualTo(300));
    }

    [Test]
    public void Run_DefaultPack_SameTagsWithAndWithoutPrefilter()
    {
        Tagger tagger = new ClaimTaggerBuilder().UseDefaultRules().UseTextAnalysis(TestText.Analyzer).Build();
        AssertSameTags(tagger, expectSomeTags: true);
    }

    [Test]
    public void Run_Generated1000RulePack_SameTagsWithAndWithoutPrefilter()
    {
        string yaml = GeneratedPack(1000, seed: 20251130);
        Tagger tagger = new ClaimTaggerBuilder().AddRules(yaml, "generated.yaml").UseTextAnalysis(TestText.Analyzer).Build();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(tagger.Rules.Rules, Has.Count.EqualTo(1000));
            Assert.That(tagger.Rules.Engine.Rules.Count(r => r.RequiredWords is not null), Is.GreaterThan(500), "most generated rules should be prefiltered");
        }

        AssertSameTags(tagger, expectSomeTags: true);
    }

    [Test]
    public void Explain_RulesDroppedByPrefilter_NeverMatch()
    {
        Tagger tagger = new ClaimTaggerBuilder().AddRules(GeneratedPack(120, seed: 7), "generated.yaml").UseTextAnalysis(TestText.Analyzer).Build();
        int dropped = 0;
        foreach (string article in Corpus.Articles)
        {
            EngineRun run = tagger.Rules.Engine.Run(TestText.Analyze(article), new EngineOptions(Explain: true));
            var skipped = run.Traces.Where(t => !t.PrefilterKept).ToList();
            dropped += skipped.Count;
            Assert.That(skipped.Where(t => t.Matches.Count > 0).Select(t => t.Rule.Id), Is.Empty);
        }

        Assert.That(dropped, Is.GreaterThan(0));
    }

    [Test]
    public void Run_Generated1000RulePack_SameRawMatchesWithAndWithoutPrefilter()
    {
        Tagger tagger = new ClaimTaggerBuilder().AddRules(GeneratedPack(1000, seed: 20251201), "generated.yaml").UseTextAnalysis(TestText.Analyzer).Build();
        AssertSameRawMatches(tagger, new EngineOptions(UsePrefilter: false));
    }

    [Test]
    public void Run_DefaultPack_SameRawMatchesAsExplainMode()
    {
        // Explain mode runs every rule with no word-group prefilter, no checkpoints, no skipping of idle tokens, and walks
        // the start closure at each token.
        Tagger tagger = new ClaimTaggerBuilder().UseDefaultRules().UseTextAnalysis(TestText.Analyzer).Build();
        AssertSameRawMatches(tagger, new EngineOptions(Explain: true));
    }

    [Test]
    public void Run_Generated300RulePack_SameRawMatchesAsExplainMode()
    {
        Tagger tagger = new ClaimTaggerBuilder().AddRules(GeneratedPack(300, seed: 99), "generated.yaml").UseTextAnalysis(TestText.Analyzer).Build();
        AssertSameRawMatches(tagger, new EngineOptions(Explain: true));
    }

    /// <summary>The head of a rule file with one lexicon of reporting verbs, for the rule sets written below.</summary>
    private const string SpeechLexicon = """
        version: 1
        lexicons:
          speech: { inflect: verb, entries: [say, tell, warn, claim, deny, insist, note, explain, admit] }

        """;

    [Test]
    public void Run_PatternsThatReachAWordWithinAFewTokens_SameRawMatchesAsExplainMode()
    {
        // Tagging starts these patterns' threads only in the few tokens before a word of their lead checkpoint (the
        // mention's at most eight tokens, the bounded repeats); explain mode tries every token.
        const string yaml = SpeechLexicon + """
            rules:
              - id: t.mention-then-verb
                label: Claim
                pattern:
                  - { entity: source, as: source }
                  - { lower: [said, told, warned, added], as: cue }
                  - { token: any, op: "+?", as: content }
                  - { text: ".", op: "?" }
                  - { anchor: end }
              - id: t.bounded-then-lexicon
                label: Claim
                pattern:
                  - { flags: [capitalized], op: "{1,3}", as: name }
                  - { token: any, op: "{0,2}" }
                  - { lexicon: speech, as: cue }
                  - { quote: any, op: "?", as: quote }
              - id: t.optional-mention-then-word
                label: Other
                pattern:
                  - { entity: source, op: "?", as: source }
                  - { flags: [number], op: "?" }
                  - { lower: [percent, per, cent, points] , as: unit }
            """;
        Tagger tagger = new ClaimTaggerBuilder().AddRules(yaml, "lead.yaml").UseTextAnalysis(TestText.Analyzer).Build();
        Assert.That(tagger.Rules.Engine.Rules.Select(r => ((PatternCondition)r.Condition).Nfa.LeadCheckpoint), Has.All.GreaterThanOrEqualTo(0));
        AssertSameRawMatches(tagger, new EngineOptions(Explain: true));
    }

    [Test]
    public void Run_StartClosureWithNestedCapturesAndLoops_SameRawMatchesAsExplainMode()
    {
        // Tagging starts threads from the start closure worked out at build time; explain mode walks it at each token.
        // These patterns put nested captures, loops and optional elements in the closures, let threads that started
        // earlier reach a closure's leaves first (a run of capitalised words, each of which could start a match), and
        // put an anchor in some closures (those are walked in both modes).
        const string yaml = SpeechLexicon + """
            rules:
              - id: t.names-then-verb
                label: Claim
                pattern:
                  - { flags: [capitalized], op: "*", as: name }
                  - { lexicon: speech, as: cue }
              - id: t.nested-subject
                label: Claim
                pattern:
                  - group:
                      - { lower: [the, a], op: "?", as: det }
                      - { flags: [capitalized], op: "+", as: head }
                      - group: [ { text: "," }, { token: any, op: "{1,3}", as: apposition }, { text: "," } ]
                        op: "?"
                    as: subject
                  - { lexicon: speech, as: cue }
                  - { token: any, op: "*", as: content }
              - id: t.optional-start
                label: Other
                pattern:
                  - { lower: [minister, mayor, official, officials], op: "?", as: role }
                  - { entity: source, op: "?", as: source }
                  - { lexicon: speech, as: cue }
                  - { quote: any, op: "?", as: quote }
              - id: t.anchored
                label: Other
                pattern:
                  - { flags: [capitalized], op: "{0,3}", as: name }
                  - { lexicon: speech, as: cue }
                  - { token: any, op: "*", as: content }
                  - { text: ".", op: "?" }
                  - { anchor: end }
            """;
        Tagger tagger = new ClaimTaggerBuilder().AddRules(yaml, "start.yaml").UseTextAnalysis(TestText.Analyzer).Build();
        AssertSameRawMatches(tagger, new EngineOptions(Explain: true));
    }

    [Test]
    public void StrictCandidates_Generated1000RulePack_SubsetOfCandidatesAndFewer()
    {
        Tagger tagger = new ClaimTaggerBuilder().AddRules(GeneratedPack(1000, seed: 20251130), "generated.yaml").UseTextAnalysis(TestText.Analyzer).Build();
        IReadOnlyList<CompiledRule> rules = tagger.Rules.Engine.Rules;
        var prefilter = new Prefilter(rules, Enumerable.Range(0, rules.Count), tagger.Rules.Engine.Words.Count);
        var scratch = new PrefilterScratch(tagger.Rules.Engine.Words.Count, prefilter.GroupCount, rules.Count);
        int[] stamp = new int[rules.Count];
        int generation = 0, loose = 0, strict = 0;
        var looseList = new List<int>();
        var strictList = new List<int>();
        foreach (string sentence in Corpus.Sentences)
        {
            var context = new MatchContext(TestText.Analyze(sentence), tagger.Rules.Engine.Words);
            int end = context.Tokens.Length;
            prefilter.Candidates(context, 0, end, stamp, ref generation, looseList);
            prefilter.StrictCandidates(context, 0, end, scratch, strictList);
            Assert.That(strictList.Except(looseList), Is.Empty, sentence);
            Assert.That(strictList, Is.Ordered.And.Unique, sentence);
            loose += looseList.Count;
            strict += strictList.Count;
        }

        Assert.That(strict, Is.LessThan(loose));
    }

    [Test]
    public void WordGroups_PatternWithTwoRequiredWordElements_OneGroupEach()
    {
        const string yaml = """
            version: 1
            rules:
              - id: t.two
                label: A
                pattern: [ { lower: [denied, rejected] }, { token: any, op: "?" }, { lower: claims }, { lower: [today], op: "?" } ]
              - id: t.any
                label: A
                any:
                  - pattern: [ { lower: alpha } ]
                  - pattern: [ { lower: beta }, { lower: gamma } ]
              - id: t.none
                label: A
                pattern: [ { flags: [capitalized] } ]
            """;
        RuleEngine engine = new ClaimTaggerBuilder().AddRules(yaml, "t.yaml").UseTextAnalysis(TestText.Analyzer).Build().Rules.Engine;
        string[][] Words(int rule) => [.. engine.Rules[rule].WordGroups!.Select(g => g.Select(w => engine.Words[w]).Order(StringComparer.Ordinal).ToArray())];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Words(0), Is.EqualTo(new[] { new[] { "denied", "rejected" }, ["claims"] }));
            Assert.That(Words(1), Has.Length.EqualTo(1));
            Assert.That(Words(1)[0], Is.EquivalentTo(new[] { "alpha", "beta" }).Or.EquivalentTo(new[] { "alpha", "gamma" }));
            Assert.That(engine.Rules[2].WordGroups, Is.Null);
        }
    }

    [Test]
    public void StrictCandidates_OneGroupMissing_RuleDropped()
    {
        const string yaml = """
            version: 1
            rules:
              - id: t.two
                label: A
                pattern: [ { lower: denied }, { token: any, op: "{0,3}" }, { lower: claims } ]
            """;
        Tagger tagger = new ClaimTaggerBuilder().AddRules(yaml, "t.yaml").UseTextAnalysis(TestText.Analyzer).Build();
        RuleEngine engine = tagger.Rules.Engine;
        var prefilter = new Prefilter(engine.Rules, [0], engine.Words.Count);
        var scratch = new PrefilterScratch(engine.Words.Count, prefilter.GroupCount, engine.Rules.Count);
        var into = new List<int>();
        int Count(string text)
        {
            var context = new MatchContext(TestText.Analyze(text), engine.Words);
            prefilter.StrictCandidates(context, 0, context.Tokens.Length, scratch, into);
            return into.Count;
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Count("The minister denied it."), Is.Zero);
            Assert.That(Count("Claims were made."), Is.Zero);
            Assert.That(Count("She denied the claims."), Is.EqualTo(1));
            Assert.That(Count("Claims? She denied them."), Is.EqualTo(1), "order is not the prefilter's business");
        }
    }

    private static void AssertSameTags(Tagger tagger, bool expectSomeTags)
    {
        int total = 0;
        foreach (string article in Corpus.Articles)
        {
            AnalyzedText analyzed = TestText.Analyze(article);
            string with = Describe(tagger.Tag(analyzed, new EngineOptions(UsePrefilter: true)));
            string without = Describe(tagger.Tag(analyzed, new EngineOptions(UsePrefilter: false)));
            Assert.That(with, Is.EqualTo(without));
            total += with.Count(c => c == '\n');
        }

        if (expectSomeTags)
        {
            Assert.That(total, Is.GreaterThan(100));
        }
    }

    private static void AssertSameRawMatches(Tagger tagger, EngineOptions reference)
    {
        int total = 0;
        foreach (string article in Corpus.Articles)
        {
            AnalyzedText analyzed = TestText.Analyze(article);
            string fast = Describe(tagger.Rules.Engine.Run(analyzed, EngineOptions.Default).Matches);
            string slow = Describe(tagger.Rules.Engine.Run(analyzed, reference).Matches);
            Assert.That(fast, Is.EqualTo(slow));
            total += fast.Count(c => c == '\n');
        }

        Assert.That(total, Is.GreaterThan(100));
    }

    private static string Describe(IEnumerable<RuleMatch> matches)
    {
        var b = new StringBuilder();
        foreach (RuleMatch m in matches)
        {
            b.Append(CultureInfo.InvariantCulture, $"{m.Rule.Id} {m.Start}..{m.End}");
            foreach (var r in m.Roles.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                b.Append(CultureInfo.InvariantCulture, $" {r.Key}={r.Value.Start}..{r.Value.End}");
            }

            b.Append('\n');
        }

        return b.ToString();
    }

    private static string Describe(TaggedArticle article)
    {
        var b = new StringBuilder();
        foreach (Tag t in article.Tags)
        {
            b.Append(CultureInfo.InvariantCulture, $"{t.Label} {t.Rule} {t.Start}..{t.End}");
            foreach (var r in t.Roles.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                b.Append(CultureInfo.InvariantCulture, $" {r.Key}={r.Value.Start}..{r.Value.End}");
            }

            b.Append('\n');
        }

        return b.ToString();
    }

    /// <summary>Builds a pack of random but valid rules over the corpus's words.</summary>
    internal static string GeneratedPack(int count, int seed)
    {
        var random = new Random(seed);
        string[] vocabulary = Corpus.Sentences.SelectMany(s => s.Split([' ', ',', '.', '“', '”', '‘', '’', ':'], StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.ToLowerInvariant()).Where(w => w.All(char.IsLetter)).Distinct().Order(StringComparer.Ordinal).ToArray();
        string Word() => random.Next(20) == 0 ? "zzq" + random.Next(100) : vocabulary[random.Next(vocabulary.Length)];
        string Words(int max) => "[" + string.Join(", ", Enumerable.Range(0, random.Next(1, max + 1)).Select(_ => Quote(Word()))) + "]";
        string[] ops = ["", "", "", "?", "*", "+", "{1,2}", "{0,3}", "+?"];

        string Element(bool allowSpan)
        {
            int kind = random.Next(allowSpan ? 100 : 50);
            string op = ops[random.Next(ops.Length)];
            string opText = op.Length == 0 ? string.Empty : $", op: \"{op}\"";
            string role = random.Next(4) == 0 ? $", as: r{random.Next(3)}" : string.Empty;
            return kind switch
            {
                < 30 => $"{{ text: {Words(3)}{opText}{role} }}",
                < 40 => $"{{ lower: {Words(2)}{opText}{role} }}",
                < 45 => $"{{ flags: [{(random.Next(2) == 0 ? "capitalized" : "word")}]{opText} }}",
                < 50 => $"{{ token: any, op: \"{(random.Next(2) == 0 ? "?" : "{0,2}")}\" }}",
                < 62 => $"{{ lexicon: {(random.Next(2) == 0 ? "gen-a" : "gen-b")}{opText}{role} }}",
                < 72 => $"{{ entity: {(random.Next(3) == 0 ? "pronoun" : "source")}{role} }}",
                < 77 => $"{{ quote: any{role} }}",
                < 87 => $"{{ one-of: [ [ {Element(false)} ], [ {Element(false)}, {Element(false)} ] ]{role} }}",
                _ => $"{{ group: [ {Element(false)}, {Element(false)} ]{opText}{role} }}",
            };
        }

        string Pattern()
        {
            var elements = Enumerable.Range(0, random.Next(1, 5)).Select(_ => Element(true)).ToList();
            // A required literal keeps the pattern from matching an empty span.
            elements.Insert(random.Next(elements.Count + 1), $"{{ text: {Words(2)} }}");
            return "[ " + string.Join(", ", elements) + " ]";
        }

        var yaml = new StringBuilder("version: 1\nlexicons:\n");
        yaml.Append("  gen-a: { inflect: verb, entries: [say, tell, deny, claim, \"point out\", warn] }\n");
        yaml.Append("  gen-b: [").Append(string.Join(", ", Enumerable.Range(0, 30).Select(_ => Word() + (random.Next(5) == 0 ? " " + Word() : string.Empty)).Distinct().Select(Quote))).Append("]\n");
        yaml.Append("conflicts: { A+B: longest-then-priority, C: keep-all, DirectQuote+Claim: priority-then-longest }\n");
        yaml.Append("rules:\n");
        string[] labels = ["A", "B", "C", "DirectQuote", "Claim"];
        for (int i = 0; i < count; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - id: gen.rule-{i}\n    label: {labels[random.Next(labels.Length)]}\n    priority: {random.Next(5)}\n");
            if (random.Next(3) == 0)
            {
                yaml.Append("    scope: { window: paragraph }\n");
            }

            int shape = random.Next(100);
            if (shape < 70)
            {
                yaml.Append("    pattern: ").Append(Pattern()).Append('\n');
            }
            else if (shape < 85)
            {
                yaml.Append("    any:\n      - pattern: ").Append(Pattern()).Append("\n      - pattern: ").Append(Pattern()).Append('\n');
            }
            else
            {
                yaml.Append("    all:\n      - pattern: ").Append(Pattern()).Append("\n      - pattern: ").Append(Pattern()).Append('\n');
            }

            if (random.Next(8) == 0)
            {
                yaml.Append("    not: { pattern: [ { text: ").Append(Words(2)).Append(" } ] }\n");
            }

            if (random.Next(10) == 0)
            {
                yaml.Append("    not-after: [ { text: ").Append(Words(2)).Append(" } ]\n");
            }

            if (random.Next(10) == 0)
            {
                yaml.Append("    before: [ { token: any } ]\n");
            }
        }

        return yaml.ToString();
    }

    private static string Quote(string s) => "\"" + s + "\"";
}
