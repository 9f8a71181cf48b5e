using System.Diagnostics;
using System.Text;
using ClaimTagger.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTagger.Tests.Robustness;

/// <summary>
/// Hostile rule files: alias bombs, deep nesting, huge files and lexicons, catastrophic regexes, unbounded patterns,
/// wrong types and tags. Each must give coded diagnostics with positions, in bounded time, and load nothing in part
/// (<see cref="RuleSetParseResult.RuleSet"/> is <see langword="null"/> whenever there is an error).
/// </summary>
/// <remarks>
/// The smaller cases (a 5,000-deep list, one alias bomb, the limits' own checks) are in
/// <c>Rules/RuleSetParserTests</c> and the <c>Specs/bad-rules</c> files; this class adds the hostile sizes and shapes.
/// </remarks>
public class HostileRuleFileTests
{
    /// <summary>Generous: each case takes well under a second on an idle machine.</summary>
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(10);

    private const string OneRule = """
        version: 1
        rules:
          - id: test.said
            label: Claim
            pattern: [ { entity: source, as: source }, { lower: said, as: cue } ]
            examples:
              - { text: "Okafor said so.", expect: { source: Okafor, cue: said } }
              - { text: "Nothing here.", expect: none }
        """;

    // ---- alias bombs ----------------------------------------------------------------------------------------

    public static IEnumerable<TestCaseData> AliasBombs()
    {
        // Billion laughs: ten aliases of the level below on each level, flow lists.
        var laughs = new StringBuilder("version: 1\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++)
        {
            laughs.Append('l').Append(i).Append(": &l").Append(i).Append(" [").AppendJoin(", ", Enumerable.Repeat($"*l{i - 1}", 10)).Append("]\n");
        }

        yield return new TestCaseData(laughs.ToString(), "*l4", 5).SetArgDisplayNames("billion-laughs-flow-lists");

        // The same with block mappings, inside a rule's description (where a string is expected).
        var mappings = new StringBuilder("version: 1\nrules:\n  - id: test.bomb\n    label: Claim\n    description:\n");
        mappings.Append("      m0: &m0 { a: x, b: x, c: x, d: x, e: x, f: x, g: x, h: x, i: x, j: x }\n");
        for (int i = 1; i < 9; i++)
        {
            mappings.Append("      m").Append(i).Append(": &m").Append(i).Append(" { ")
                .AppendJoin(", ", Enumerable.Range(0, 10).Select(k => $"{(char)('a' + k)}: *m{i - 1}")).Append(" }\n");
        }

        yield return new TestCaseData(mappings.ToString(), "*m4", 3).SetArgDisplayNames("billion-laughs-mappings-in-a-rule");

        // Quadratic: one anchor of 1,000 items used 1,000 times (a million nodes from 10 KB).
        string wide = "version: 1\nw: &w [" + string.Join(", ", Enumerable.Repeat("x", 1_000)) + "]\nuse: [" +
            string.Join(", ", Enumerable.Repeat("*w", 1_000)) + "]\n";
        yield return new TestCaseData(wide, "*w", 500).SetArgDisplayNames("one-wide-anchor-used-a-thousand-times");

        // Aliases used as lexicon entries and pattern elements, where the loader does read them.
        string lexicon = "version: 1\nlexicons:\n  a: &e0 [" + string.Join(", ", Enumerable.Repeat("word", 100)) + "]\n" +
            string.Concat(Enumerable.Range(1, 4).Select(i => $"  b{i}: &e{i} [{string.Join(", ", Enumerable.Repeat($"*e{i - 1}", 100))}]\n"));
        yield return new TestCaseData(lexicon, "*e1", 50).SetArgDisplayNames("nested-aliases-as-lexicon-entries");
    }

    /// <summary>The error is at the alias that first takes the expanded size over <see cref="RuleSetLimits.MaxNodes"/>.</summary>
    /// <param name="yaml">The bomb.</param>
    /// <param name="alias">The alias whose use crosses the limit.</param>
    /// <param name="occurrence">Which use of it (1-based, in text order) crosses the limit.</param>
    [TestCaseSource(nameof(AliasBombs))]
    public void Parse_AliasBomb_RefusesWithCT0103AtTheAliasThatCrossesTheLimit(string yaml, string alias, int occurrence)
    {
        (RuleSetParseResult result, TimeSpan time) = Load(yaml, RuleSetLimits.Default);

        AssertOnlyError(result, "CT0103", PositionOf(yaml, alias, occurrence), time);
    }

    [Test]
    public void Parse_AliasesWithinTheNodeLimit_Load()
    {
        string yaml = OneRule.Replace("label: Claim", "label: Claim\n    message: &m \"A said-claim.\"", StringComparison.Ordinal)
            + "\n  - id: test.told\n    label: Claim\n    message: *m\n    pattern: [ { entity: source }, { lower: told } ]\n";

        (RuleSetParseResult result, _) = Load(yaml, RuleSetLimits.Default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.RuleSet?.Rules.Select(r => r.Id), Is.EqualTo(new[] { "test.said", "test.told" }), string.Join("\n", result.Diagnostics));
            Assert.That(result.RuleSet?.Rules.Select(r => r.Message), Is.All.EqualTo("A said-claim."));
        }
    }

    // ---- deep nesting ---------------------------------------------------------------------------------------

    public static IEnumerable<TestCaseData> DeepNesting()
    {
        const int Depth = 10_000;
        yield return new TestCaseData("version: 1\nrules: " + new string('[', Depth) + new string(']', Depth) + "\n", "[", 40)
            .SetArgDisplayNames("flow-lists");
        yield return new TestCaseData("version: 1\nrules: " + Repeat("{a: ", Depth) + "b" + new string('}', Depth) + "\n", "{", 40)
            .SetArgDisplayNames("flow-mappings");
        yield return new TestCaseData("version: 1\nrules: " + Repeat("[{a: ", Depth / 2) + "b" + Repeat("}]", Depth / 2) + "\n", "{", 20)
            .SetArgDisplayNames("flow-lists-and-mappings");
        yield return new TestCaseData("version: 1\nrules:\n" + Repeat("- ", Depth) + "x\n", "-", 40)
            .SetArgDisplayNames("block-lists");
        yield return new TestCaseData("version: 1\nrules: " + new string('[', Depth) + "\n", "[", 40)
            .SetArgDisplayNames("flow-lists-never-closed");

        // Block mappings need one more space of indentation per level: 1,900 levels fill 1.8 MB, under the size limit.
        var block = new StringBuilder("version: 1\nrules:\n");
        for (int i = 0; i < 1_900; i++)
        {
            block.Append(' ', i + 1).Append("k:\n");
        }

        block.Append(' ', 1_901).Append("x\n");
        yield return new TestCaseData(block.ToString(), "k", 40).SetArgDisplayNames("block-mappings-1900-deep");
    }

    /// <summary>
    /// Runs on a thread with a 256 KB stack: the guard refuses at level 41 (the root mapping is level 1) without
    /// recursing further, so the depth of the file never reaches the stack. A stack overflow would kill the test run.
    /// </summary>
    [TestCaseSource(nameof(DeepNesting))]
    public void Parse_TenThousandLevelsDeep_RefusesWithCT0102OnASmallStack(string yaml, string opener, int occurrence)
    {
        (RuleSetParseResult result, TimeSpan time) = OnSmallStack(() => Load(yaml, RuleSetLimits.Default), 256 * 1024);

        AssertOnlyError(result, "CT0102", PositionOf(yaml, opener, occurrence, fromLine: 2), time);
    }

    [Test]
    public void Parse_NestingAtTheCeilingOnAOneMegabyteStack_GivesASchemaErrorNotAnOverflow()
    {
        int depth = RuleSetLimits.NestingDepthCeiling - 1;
        string yaml = "version: 1\nrules: " + new string('[', depth) + new string(']', depth) + "\n";
        var limits = RuleSetLimits.Default with { MaxNestingDepth = RuleSetLimits.NestingDepthCeiling };

        (RuleSetParseResult result, TimeSpan time) = OnSmallStack(() => Load(yaml, limits), 1024 * 1024);

        AssertOnlyError(result, "CT0107", (2, 9), time);
    }

    [TestCase(0)]
    [TestCase(RuleSetLimits.NestingDepthCeiling + 1)]
    [TestCase(10_000)]
    public void MaxNestingDepth_OutsideOneToTheCeiling_ThrowsArgumentOutOfRange(int depth)
    {
        Assert.That(() => RuleSetLimits.Default with { MaxNestingDepth = depth }, Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Limits_ZeroOrNegative_ThrowArgumentOutOfRange()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => RuleSetLimits.Default with { MaxDocumentLength = 0 }, Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => RuleSetLimits.Default with { MaxNodes = -1 }, Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => RuleSetLimits.Default with { MaxRules = 0 }, Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => RuleSetLimits.Default with { MaxLexiconEntries = 0 }, Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => RuleSetLimits.Default with { MaxPatternStates = 0 }, Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => RuleSetLimits.Default with { MaxRepetition = 0 }, Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => RuleSetLimits.Default with { RegexTimeout = TimeSpan.Zero }, Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(RuleSetLimits.Default with { RegexTimeout = System.Text.RegularExpressions.Regex.InfiniteMatchTimeout }, Is.Not.Null);
        }
    }

    // ---- size: a 10 MB file, a million-entry lexicon --------------------------------------------------------

    [Test]
    public void Parse_TenMegabyteFile_RefusesWithCT0101BeforeParsing()
    {
        string yaml = OneRule + "\n# " + new string('x', 10_000_000) + "\n";

        (RuleSetParseResult result, TimeSpan time) = Load(yaml, RuleSetLimits.Default);

        AssertOnlyError(result, "CT0101", (1, 1), time);
        Assert.That(result.Diagnostics[0].Message, Does.Contain(yaml.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void Parse_LexiconOfHundredAndFiftyThousandEntries_RefusesWithCT0117AtItsName()
    {
        string yaml = LexiconFile(150_000);

        (RuleSetParseResult result, TimeSpan time) = Load(yaml, RuleSetLimits.Default);

        AssertOnlyError(result, "CT0117", (3, 3), time);
    }

    /// <summary>
    /// A million-entry lexicon is a 10 MB file: refused by the document limit by default, refused by the lexicon
    /// limit with only the document limit raised, and loaded (in bounded time) with the document, node and lexicon
    /// limits raised through <see cref="ClaimTaggerBuilder.WithRuleLimits"/>; the tagger built from it finds an entry.
    /// </summary>
    [Test]
    public void Build_MillionEntryLexiconWithRaisedLimits_LoadsAndTags()
    {
        const int Entries = 1_000_000;
        string yaml = LexiconFile(Entries);
        var bigFile = RuleSetLimits.Default with { MaxDocumentLength = 20_000_000, MaxNodes = 2_000_000 };

        RuleSetParseResult byDefault = new ClaimTaggerBuilder().AddRules(yaml, "big.yaml").LoadRules();
        RuleSetParseResult documentOnly = new ClaimTaggerBuilder().AddRules(yaml, "big.yaml").WithRuleLimits(bigFile).LoadRules();
        var watch = Stopwatch.StartNew();
        Tagger tagger = new ClaimTaggerBuilder().AddRules(yaml, "big.yaml").WithRuleLimits(bigFile with { MaxLexiconEntries = Entries }).Build();
        TimeSpan time = watch.Elapsed;
        TestContext.Out.WriteLine($"timing: {yaml.Length:N0} chars, {Entries:N0} entries loaded in {time.TotalMilliseconds:F0} ms");
        TaggedArticle article = tagger.Tag("The agency said w654321x was approved.");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(yaml.Length, Is.GreaterThan(10_000_000));
            Assert.That(byDefault.Diagnostics.Select(Coded), Is.EqualTo(new[] { "CT0101 1 1" }));
            Assert.That(documentOnly.Diagnostics.Where(d => d.IsError).Select(Coded), Is.EqualTo(new[] { "CT0117 3 3" }));
            Assert.That(time, Is.LessThan(TimeSpan.FromSeconds(60)), "load time");
            Assert.That(article.Tags.Select(t => t.Text), Is.EqualTo(new[] { "w654321x" }));
        }
    }

    [Test]
    public void Parse_RuleCountAboveRaisedLimit_RefusesAndAtLimitLoads()
    {
        var yaml = new StringBuilder("version: 1\nrules:\n");
        for (int i = 0; i < 2_001; i++)
        {
            yaml.Append("  - { id: bulk.r").Append(i).Append(", label: Marker, pattern: [ { lower: w").Append(i).Append(" } ] }\n");
        }

        (RuleSetParseResult over, TimeSpan time) = Load(yaml.ToString(), RuleSetLimits.Default with { MaxRules = 2_000 });
        (RuleSetParseResult at, _) = Load(yaml.ToString(), RuleSetLimits.Default with { MaxRules = 2_001 });

        AssertOnlyError(over, "CT0305", (2_003, 5), time);
        Assert.That(at.RuleSet?.Rules, Has.Count.EqualTo(2_001));
    }

    // ---- regexes ---------------------------------------------------------------------------------------------

    /// <summary>Patterns that take exponential time on a backtracking engine load and run on the non-backtracking one.</summary>
    [TestCase("(a+)+$")]
    [TestCase("(a|aa)*b")]
    [TestCase("(a|a)*c")]
    [TestCase("(.*a){20}")]
    [TestCase("(\\w+\\s?)*!")]
    [TestCase("([a-z]+)*[0-9]")]
    [TestCase("[ab]*a[ab]{30}")]
    public void Tag_CatastrophicRegexOnHundredThousandCharacters_RunsInLinearTime(string regex)
    {
        string yaml = RegexRule(regex);
        string longToken = new('a', 100_000);
        string longSentence = string.Join(' ', Enumerable.Repeat("aaaaaaaaaaaaaaaaaaaaaaaaab", 3_800)) + " said.";

        var watch = Stopwatch.StartNew();
        Tagger tagger = new ClaimTaggerBuilder().AddRules(yaml, "re.yaml").Build();
        TaggedArticle token = tagger.Tag(longToken);
        TaggedArticle sentence = tagger.Tag(longSentence);
        TimeSpan time = watch.Elapsed;
        TestContext.Out.WriteLine($"timing: {regex} on 2 x 100,000 chars: {time.TotalMilliseconds:F0} ms");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(longSentence, Has.Length.GreaterThan(100_000));
            Assert.That(token.Diagnostics.Where(d => d.Contains("timed out", StringComparison.Ordinal)), Is.Empty);
            Assert.That(sentence.Diagnostics.Where(d => d.Contains("timed out", StringComparison.Ordinal)), Is.Empty);
            Assert.That(time, Is.LessThan(Bounded));
        }
    }

    [TestCase("(a)\\1", 3, "a backreference")]
    [TestCase("(?<x>a)\\k<x>", 7, "a named backreference")]
    [TestCase("a(?=b)", 1, "a lookaround")]
    [TestCase("a(?!b)", 1, "a lookaround")]
    [TestCase("(?<=a)b", 0, "a lookaround")]
    [TestCase("(?<!a)b", 0, "a lookaround")]
    [TestCase("(?>a+)b", 0, "an atomic group")]
    [TestCase("(?(a)a|b)", 0, "a conditional")]
    public void Parse_RegexTheLinearEngineRefuses_ReportsCT0202AtTheConstruct(string regex, int offset, string named)
    {
        string yaml = RegexRule(regex);

        (RuleSetParseResult result, TimeSpan time) = Load(yaml, RuleSetLimits.Default);

        (int line, int column) = PositionOf(yaml, "'" + regex, 1);
        AssertOnlyError(result, "CT0202", (line, column + 1 + offset), time);
        Assert.That(result.Diagnostics[0].Message, Does.Contain(named));
    }

    [TestCase("a{1000}{1000}")]
    [TestCase("(a|b|c|d|e|f|g|h|i|j){1000}")]
    [TestCase(".{100000}")]
    [TestCase("(.{1000}){1000}")]
    public void Parse_RegexThatExpandsHugely_LoadsOrRefusesInBoundedTime(string regex)
    {
        (RuleSetParseResult result, TimeSpan time) = Load(RegexRule(regex), RuleSetLimits.Default);
        TestContext.Out.WriteLine($"timing: {regex}: {time.TotalMilliseconds:F0} ms; {string.Join("; ", result.Diagnostics.Select(Coded))}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(time, Is.LessThan(Bounded));
            Assert.That(result.Diagnostics.Where(d => d.IsError).Select(d => d.Code), Is.All.AnyOf("CT0201", "CT0202"));
            Assert.That(result.RuleSet is null, Is.EqualTo(result.HasErrors));
        }
    }

    // ---- unbounded and oversized patterns ---------------------------------------------------------------------

    [TestCase("{2,}", "CT0204")]
    [TestCase("{0,}", "CT0204")]
    [TestCase("{1,1000000}", "CT0205")]
    [TestCase("{1,2147483648}", "CT0205")]
    [TestCase("{99999999999999999999}", "CT0205")]
    [TestCase("{-1,2}", "CT0205")]
    public void Parse_UnboundedOrHugeRepetition_ReportsCodeAtTheOperator(string op, string code)
    {
        string yaml = "version: 1\nrules:\n  - id: t.unbounded\n    label: Marker\n    pattern: [ { text: a }, { token: any, op: '" + op + "' } ]\n";

        (RuleSetParseResult result, TimeSpan time) = Load(yaml, RuleSetLimits.Default);

        (int line, int column) = PositionOf(yaml, "'" + op, 1);
        AssertOnlyError(result, code, (line, column), time);
    }

    [Test]
    public void Parse_NestedRepetitionsMultiplyingStates_RefusesWithCT0211()
    {
        const string yaml = "version: 1\nrules:\n  - id: t.states\n    label: Marker\n    pattern:\n" +
            "      - group: [ { group: [ { group: [ { token: any, op: '{1,100}' } ], op: '{1,100}' } ], op: '{1,100}' } ]\n      - { text: end }\n";

        (RuleSetParseResult result, TimeSpan time) = Load(yaml, RuleSetLimits.Default);

        AssertOnlyError(result, "CT0211", (6, 7), time);
    }

    // ---- wrong types everywhere -------------------------------------------------------------------------------

    /// <summary>
    /// The template holds every key of the rule language once; each case replaces one value (marked <c>@</c>) with a
    /// value of the wrong type. The error must name the value's position (or, after a <c>^</c> in the table, the
    /// position of the wrong item inside it); the code is the one the table expects.
    /// </summary>
    private const string Template = """
        version: @version
        lexicons:
          verbs: { inflect: @inflect, case: @case, entries: @entries, description: @lexdescription }
        conflicts:
          DirectQuote+Claim: @policy
        disable: @disable
        override: @override
        rules:
          - id: @id
            label: @label
            kind: @kind
            message: @message
            description: @description
            priority: @priority
            confidence: @confidence
            scope: { sections: @sections, quotes: @quotes, window: @window }
            pattern: @pattern
            not: @not
            before: @before
            examples: @examples
          - id: t.elements
            label: Claim
            pattern:
              - { text: @text, op: @op, as: @as }
              - { lower: @lower, negate: @negate }
              - { regex: @regex }
              - { shape: @shape }
              - { flags: @flags }
              - { token: @token }
              - { lexicon: @lexicon }
              - { quote: @quote, depth: @depth, min-words: @minwords, max-words: @maxwords }
              - { entity: @entity }
              - { anchor: @anchor }
              - { group: @group }
              - { one-of: @oneof }
              - { text: x, case: @elementcase }
            examples:
              - { text: @extext, expect: @expect, section: @exsection, todo: @todo }
        """;

    private static readonly Dictionary<string, string> Good = new(StringComparer.Ordinal)
    {
        ["version"] = "1", ["inflect"] = "verb", ["case"] = "insensitive", ["entries"] = "[say, tell]", ["lexdescription"] = "Verbs.",
        ["policy"] = "longest-then-priority", ["disable"] = "[t.elements]", ["override"] = "[ { id: t.rule, priority: 2 } ]", ["id"] = "t.rule", ["label"] = "Claim",
        ["kind"] = "reported", ["message"] = "Said.", ["description"] = "A rule.", ["priority"] = "3", ["confidence"] = "0.5",
        ["sections"] = "[body]", ["quotes"] = "any", ["window"] = "sentence", ["pattern"] = "[ { lexicon: verbs } ]",
        ["not"] = "[ { pattern: [ { text: x } ] } ]", ["before"] = "[ { text: y } ]",
        ["examples"] = "[ { text: 'She said so.', expect: none } ]", ["text"] = "a", ["op"] = "'?'", ["as"] = "source",
        ["lower"] = "b", ["negate"] = "false", ["regex"] = "'c+'", ["shape"] = "Xx", ["flags"] = "[word]", ["token"] = "any",
        ["lexicon"] = "verbs", ["quote"] = "any", ["depth"] = "0", ["minwords"] = "1", ["maxwords"] = "20", ["entity"] = "name",
        ["anchor"] = "sentence-start", ["group"] = "[ { text: d } ]", ["oneof"] = "[ [ { text: e } ] ]", ["elementcase"] = "sensitive",
        ["extext"] = "'x'", ["expect"] = "none", ["exsection"] = "body", ["todo"] = "true",
    };

    public static IEnumerable<TestCaseData> WrongTypes()
    {
        (string Key, string Value, string Code)[] table =
        [
            ("version", "[1]", "CT0109"), ("version", "'1'", "CT0109"), ("version", "{ v: 1 }", "CT0109"),
            ("inflect", "[verb]", "CT0107"), ("inflect", "7", "CT0108"), ("case", "{ a: b }", "CT0107"),
            ("entries", "{ say: tell }", "CT0107"), ("entries", "[ ^[say] ]", "CT0107"),
            ("lexdescription", "[a]", "CT0107"), ("policy", "[a]", "CT0107"),
            ("disable", "{ a: b }", "CT0107"), ("disable", "[ ^{ a: b } ]", "CT0107"), ("override", "{ id: t.rule }", "CT0107"),
            ("override", "[ ^5 ]", "CT0107"),
            ("id", "[t.rule]", "CT0107"), ("id", "{ a: b }", "CT0107"), ("label", "[Claim]", "CT0107"), ("label", "42", "CT0111"),
            ("kind", "[a]", "CT0107"), ("message", "{ a: b }", "CT0107"), ("description", "[a, b]", "CT0107"),
            ("priority", "high", "CT0107"), ("priority", "[3]", "CT0107"), ("priority", "2.5", "CT0107"),
            ("confidence", "sure", "CT0107"), ("confidence", "{ a: 1 }", "CT0107"), ("confidence", "2", "CT0112"),
            ("sections", "{ a: b }", "CT0107"), ("sections", "[ ^[body] ]", "CT0107"), ("quotes", "[any]", "CT0107"),
            ("window", "{ a: b }", "CT0107"),
            ("pattern", "said", "CT0107"), ("pattern", "{ text: said }", "CT0107"), ("pattern", "[ ^said ]", "CT0107"),
            ("not", "x", "CT0107"), ("before", "{ a: b }", "CT0107"), ("examples", "text", "CT0107"), ("examples", "[ ^text ]", "CT0107"),
            ("text", "{ a: b }", "CT0107"), ("text", "[ [ ^[a] ] ]", "CT0107"), ("op", "[ '?' ]", "CT0107"), ("op", "3", "CT0205"),
            ("as", "[source]", "CT0107"), ("lower", "{ a: b }", "CT0107"), ("negate", "yes please", "CT0107"), ("negate", "[true]", "CT0107"),
            ("regex", "[ 'a' ]", "CT0107"), ("shape", "{ a: b }", "CT0107"), ("flags", "{ word: true }", "CT0107"),
            ("token", "[any]", "CT0107"), ("lexicon", "{ a: b }", "CT0107"), ("quote", "[any]", "CT0107"),
            ("depth", "deep", "CT0107"), ("depth", "-1", "CT0112"), ("minwords", "many", "CT0107"), ("maxwords", "[20]", "CT0107"),
            ("entity", "[name]", "CT0107"), ("anchor", "{ a: b }", "CT0107"), ("group", "{ text: d }", "CT0107"),
            ("group", "d", "CT0107"), ("oneof", "[ ^{ text: e } ]", "CT0107"), ("oneof", "e", "CT0107"),
            ("elementcase", "[sensitive]", "CT0107"), ("extext", "[x]", "CT0107"), ("expect", "[none]", "CT0107"),
            ("expect", "5", "CT0108"), ("exsection", "[body]", "CT0107"), ("todo", "[true]", "CT0107"),
        ];
        foreach ((string key, string value, string code) in table)
        {
            yield return new TestCaseData(key, value, code).SetArgDisplayNames(key, value);
        }
    }

    [Test]
    public void Template_WithGoodValues_Loads()
    {
        (RuleSetParseResult result, _) = Load(Fill(null, null), RuleSetLimits.Default);

        Assert.That(result.Diagnostics.Where(d => d.IsError), Is.Empty, string.Join("\n", result.Diagnostics));
    }

    [TestCaseSource(nameof(WrongTypes))]
    public void Parse_WrongTypedValue_ReportsCodeAtTheValueAndLoadsNothing(string key, string value, string code)
    {
        string marked = Fill(key, value);
        (int line, int column) = PositionOf(marked, "\u0001", 1);
        string yaml = marked.Replace("\u0001", string.Empty, StringComparison.Ordinal);

        (RuleSetParseResult result, TimeSpan time) = Load(yaml, RuleSetLimits.Default);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.RuleSet, Is.Null, "nothing loaded");
            Assert.That(result.Diagnostics.Where(d => d.IsError).Select(Coded), Has.Member($"{code} {line} {column}"), string.Join("\n", result.Diagnostics));
            Assert.That(time, Is.LessThan(Bounded));
        }
    }

    // ---- tags and file inclusion ------------------------------------------------------------------------------

    /// <summary>The rule language has no inclusion: a tag such as <c>!include</c> is refused, never taken as a plain value.</summary>
    [TestCase("rules: !include other.yaml\n", "!include")]
    [TestCase("rules: !include ../../etc/passwd\n", "!include")]
    [TestCase("lexicons:\n  words: !include /etc/passwd\n", "!include")]
    [TestCase("lexicons:\n  words: { entries: !file words.txt }\n", "!file")]
    [TestCase("rules:\n  - !import { path: x.yaml }\n", "!import")]
    [TestCase("rules: !!python/object/apply:os.system [ls]\n", "!!python/object/apply:os.system")]
    [TestCase("rules: !!str x\n", "!!str")]
    [TestCase("rules: !<tag:example.com,2024:include> x.yaml\n", "!<tag:example.com,2024:include>")]
    [TestCase("rules: &a !include x.yaml\n", "tag:")]
    public void Parse_YamlTag_RefusesWithCT0118AndReadsNoFile(string body, string named)
    {
        string yaml = "version: 1\n" + body;

        (RuleSetParseResult result, TimeSpan time) = Load(yaml, RuleSetLimits.Default);

        int tag = named == "tag:" ? yaml.IndexOf('&', StringComparison.Ordinal) : yaml.IndexOf('!', StringComparison.Ordinal);
        (int line, int column) = LineAndColumn(yaml, tag);
        AssertOnlyError(result, "CT0118", (line, column), time);
        Assert.That(result.Diagnostics[0].Message, Does.Contain(named == "tag:" ? "include" : named));
    }

    [Test]
    public void Parse_TagDirective_RefusesTheTaggedNode()
    {
        const string yaml = "%TAG !inc! tag:example.com,2024:\n---\nversion: 1\nrules: !inc!lude x.yaml\n";

        (RuleSetParseResult result, TimeSpan time) = Load(yaml, RuleSetLimits.Default);

        AssertOnlyError(result, "CT0118", (4, 8), time);
    }

    [Test]
    public void Parse_PathsAsPlainValues_AreOnlyText()
    {
        string yaml = OneRule.Replace("label: Claim", "label: Claim\n    message: /etc/passwd ../../etc/shadow", StringComparison.Ordinal);

        (RuleSetParseResult result, _) = Load(yaml, RuleSetLimits.Default);

        Assert.That(result.RuleSet?.Rules.Single().Message, Is.EqualTo("/etc/passwd ../../etc/shadow"));
    }

    // ---- limits through options ---------------------------------------------------------------------------------

    [Test]
    public void AddClaimTagger_RuleLimitsOption_IsUsedForTheRuleFiles()
    {
        string folder = Directory.CreateTempSubdirectory("ct-limits-").FullName;
        try
        {
            string path = Path.Combine(folder, "one.yaml");
            File.WriteAllText(path, OneRule);
            ITagger Resolve(RuleSetLimits? limits)
            {
                var services = new ServiceCollection();
                services.AddClaimTagger(o =>
                {
                    o.IncludeDefaultRules = false;
                    o.RuleFiles.Add(path);
                    o.RuleLimits = limits;
                });
                using ServiceProvider provider = services.BuildServiceProvider();
                return provider.GetRequiredService<ITagger>();
            }

            using (Assert.EnterMultipleScope())
            {
                Assert.That(() => Resolve(RuleSetLimits.Default with { MaxDocumentLength = 50 }),
                    Throws.TypeOf<RuleSetException>().With.Message.Contains("CT0101"));
                Assert.That(() => Resolve(RuleSetLimits.Default with { MaxNestingDepth = 2 }),
                    Throws.TypeOf<RuleSetException>().With.Message.Contains("CT0102"));
                Assert.That(Resolve(null), Is.Not.Null, "null means the defaults");
                Assert.That(new ClaimTaggerOptions().RuleLimits, Is.EqualTo(RuleSetLimits.Default));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // ---- inputs found by fuzzing ---------------------------------------------------------------------------------

    /// <summary>Errors at the end of the text (a syntax error, an empty document) were reported on the line after the last one (fuzzing, rules target).</summary>
    [TestCase(" [")]
    [TestCase("[y\0 ")]
    [TestCase(" &q { +")]
    [TestCase("aid so.\", expect: { s")]
    [TestCase("~ersion: 1\nrules: [\uFFFD\u0003")]
    [TestCase("\0\0:\0\0: 1\u0004 1\u001C\u0010er\u0010er")]
    [TestCase("version: 1\nrules: [\r\n")]
    [TestCase("version: 1\nrules: {\u2028")]
    [TestCase("---\t")]
    [TestCase("--- ")]
    [TestCase("---\n")]
    public void Parse_ErrorAtTheEnd_ReportsAPositionInsideTheFile(string yaml)
    {
        (RuleSetParseResult result, TimeSpan time) = Load(yaml, RuleSetLimits.Default);

        (int lastLine, int lastColumn) = LineAndColumn(yaml, yaml.Length);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.RuleSet, Is.Null);
            Assert.That(result.Diagnostics, Is.Not.Empty);
            foreach (RuleDiagnostic d in result.Diagnostics)
            {
                Assert.That(d.Location.Line, Is.InRange(1, lastLine), d.ToString());
                Assert.That(d.Location.Line < lastLine || d.Location.Column <= lastColumn, Is.True, d.ToString());
            }

            Assert.That(time, Is.LessThan(Bounded));
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static (RuleSetParseResult Result, TimeSpan Time) Load(string yaml, RuleSetLimits limits)
    {
        var watch = Stopwatch.StartNew();
        RuleSetParseResult result = RuleSetParser.Parse([new RuleSource("hostile.yaml", yaml)], limits);
        return (result, watch.Elapsed);
    }

    private static void AssertOnlyError(RuleSetParseResult result, string code, (int Line, int Column) at, TimeSpan time)
    {
        TestContext.Out.WriteLine($"timing: {code} at ({at.Line},{at.Column}) in {time.TotalMilliseconds:F0} ms");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Diagnostics.Where(d => d.IsError).Select(Coded), Is.EqualTo(new[] { $"{code} {at.Line} {at.Column}" }),
                string.Join("\n", result.Diagnostics.Take(5)));
            Assert.That(result.RuleSet, Is.Null, "nothing loaded");
            Assert.That(result.HasErrors, Is.True);
            Assert.That(time, Is.LessThan(Bounded), "load time");
        }
    }

    private static string Coded(RuleDiagnostic d) => $"{d.Code} {d.Location.Line} {d.Location.Column}";

    private static T OnSmallStack<T>(Func<T> work, int stackBytes)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception ex)
                {
                    failure = ex;
                }
            },
            stackBytes);
        thread.Start();
        thread.Join();
        return failure is null ? result : throw new InvalidOperationException("the load threw", failure);
    }

    /// <summary>The 1-based line and column of the <paramref name="occurrence"/>-th <paramref name="needle"/> at or after line <paramref name="fromLine"/>.</summary>
    private static (int Line, int Column) PositionOf(string yaml, string needle, int occurrence, int fromLine = 1)
    {
        int at = 0;
        for (int line = 1; line < fromLine; line++)
        {
            at = yaml.IndexOf('\n', at) + 1;
        }

        at--;
        for (int i = 0; i < occurrence; i++)
        {
            at = yaml.IndexOf(needle, at + 1, StringComparison.Ordinal);
            Assert.That(at, Is.GreaterThanOrEqualTo(0), $"occurrence {i + 1} of '{needle}'");
        }

        return LineAndColumn(yaml, at);
    }

    private static (int Line, int Column) LineAndColumn(string yaml, int index)
    {
        int line = 1, lineStart = 0;
        for (int i = 0; i < index; i++)
        {
            char c = yaml[i];
            if (c is '\n' or '\u0085' or '\u2028' or '\u2029' || (c == '\r' && (i + 1 >= yaml.Length || yaml[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    private static string Repeat(string unit, int count) => string.Concat(Enumerable.Repeat(unit, count));

    private static string LexiconFile(int entries)
    {
        var yaml = new StringBuilder("version: 1\nlexicons:\n  codes:\n    entries: [", entries * 11);
        for (int i = 0; i < entries; i++)
        {
            yaml.Append(i == 0 ? string.Empty : ", ").Append('w').Append(i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).Append('x');
            if (i % 10 == 9)
            {
                yaml.Append("\n      ");
            }
        }

        yaml.Append("]\nrules:\n  - { id: t.code, label: Marker, pattern: [ { lexicon: codes, as: code } ] }\n");
        return yaml.ToString();
    }

    private static string RegexRule(string regex) =>
        "version: 1\nrules:\n  - id: t.regex\n    label: Marker\n    pattern: [ { regex: '" + regex + "' } ]\n";

    /// <summary>The template with good values, and <paramref name="value"/> (marked by U+0001 before it) at <paramref name="key"/>.</summary>
    private static string Fill(string? key, string? value)
    {
        var text = new StringBuilder(Template);
        foreach ((string name, string good) in Good.OrderByDescending(kv => kv.Key.Length))
        {
            text.Replace("@" + name, name == key ? (value!.Contains('^', StringComparison.Ordinal) ? value.Replace('^', '\u0001') : "\u0001" + value) : good);
        }

        return text.ToString();
    }
}
