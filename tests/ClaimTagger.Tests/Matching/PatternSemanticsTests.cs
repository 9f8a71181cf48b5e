using ClaimTagger.Rules;
using ClaimTagger.Sections;

namespace ClaimTagger.Tests.Matching;

/// <summary>One rule at a time over hand-made text: what each element, operator and filter means.</summary>
public class PatternSemanticsTests
{
    private static string[] Matches(string rule, string text, params SectionKind[] sections)
    {
        string yaml = "  - id: t.rule\n    label: Test\n" + Indent(rule);
        Tagger tagger = new ClaimTaggerBuilder()
            .AddRules("version: 1\nlexicons:\n  verbs: { inflect: verb, entries: [say, deny] }\n  titles: { case: sensitive, entries: [Mr, Dr] }\nrules:\n" + yaml, "t.yaml")
            .UseTextAnalysis(t => TestText.Analyze(t, sections))
            .Build();
        return tagger.Tag(text).Tags.Select(t => t.Roles.Count == 0 ? t.Text : t.Text + " | " + string.Join(" | ", t.Roles.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}={r.Value.Text}"))).ToArray();
    }

    private static string Indent(string s) => string.Join("\n", s.Split('\n').Select(l => "    " + l)) + "\n";

    [Test]
    public void Text_CaseInsensitiveByDefault_MatchesAnyCase()
    {
        Assert.That(Matches("pattern: [ { text: said } ]", "SAID it, said it, Said it."), Has.Length.EqualTo(3));
    }

    [Test]
    public void Text_CaseSensitive_MatchesExactSpellingOnly()
    {
        Assert.That(Matches("pattern: [ { text: Said, case: sensitive } ]", "SAID it, said it, Said it."), Is.EqualTo(new[] { "Said" }));
    }

    [Test]
    public void Lower_MatchesLowerCasedToken()
    {
        Assert.That(Matches("pattern: [ { lower: reportedly } ]", "Reportedly, it was reportedly sold."), Has.Length.EqualTo(2));
    }

    [Test]
    public void Lexicon_Inflected_MatchesEveryForm()
    {
        Assert.That(Matches("pattern: [ { lexicon: verbs } ]", "He says, she said, they are saying; all denied it."),
            Is.EqualTo(new[] { "says", "said", "saying", "denied" }));
    }

    [Test]
    public void Lexicon_CaseSensitive_IgnoresOtherCapitalisation()
    {
        Assert.That(Matches("pattern: [ { lexicon: titles } ]", "Mr Ruiz met mr Ali and DR Sato."), Is.EqualTo(new[] { "Mr" }));
    }

    [Test]
    public void Apostrophes_TypographicAndStraight_CompareEqual()
    {
        Assert.That(Matches("pattern: [ { text: \"can't\" } ]", "We can’t and we can't."), Has.Length.EqualTo(2));
    }

    [Test]
    public void Optional_Element_MatchesWithAndWithout()
    {
        Assert.That(Matches("pattern: [ { text: very, op: \"?\" }, { text: big } ]", "A very big deal and a big one."),
            Is.EqualTo(new[] { "very big", "big" }));
    }

    [Test]
    public void Repetition_Bounded_StopsAtUpperBound()
    {
        Assert.That(Matches("pattern: [ { text: ha, op: \"{2,3}\" } ]", "ha ha ha ha ha end"),
            Is.EqualTo(new[] { "ha ha ha", "ha ha" }));
    }

    [Test]
    public void Plus_Greedy_TakesLongest()
    {
        Assert.That(Matches("pattern: [ { flags: capitalized, op: \"+\", as: name } ]", "Jane Ama Okafor spoke."),
            Is.EqualTo(new[] { "Jane Ama Okafor | name=Jane Ama Okafor" }));
    }

    [Test]
    public void LazyContent_BeforeOptionalStop_LeavesStopOutOfRole()
    {
        const string rule = """
            pattern:
              - { text: that }
              - { token: any, op: "+?", as: content }
              - { text: ".", op: "?" }
              - { anchor: end }
            """;
        Assert.That(Matches(rule, "She said that the budget was balanced."),
            Is.EqualTo(new[] { "that the budget was balanced. | content=the budget was balanced" }));
    }

    [Test]
    public void GreedyContent_BeforeOptionalStop_TakesStopIntoRole()
    {
        const string rule = """
            pattern:
              - { text: that }
              - { token: any, op: "+", as: content }
              - { text: ".", op: "?" }
              - { anchor: end }
            """;
        Assert.That(Matches(rule, "She said that it was."), Is.EqualTo(new[] { "that it was. | content=it was." }));
    }

    [Test]
    public void AnchorStart_OnlyMatchesAtWindowStart()
    {
        Assert.That(Matches("pattern: [ { anchor: start }, { text: however } ]", "However, it rained. It did, however, stop."),
            Is.EqualTo(new[] { "However" }));
    }

    [Test]
    public void Group_WithRepetitionAndCapture_CapturesWholeGroup()
    {
        const string rule = """
            pattern:
              - { group: [ { flags: capitalized }, { text: "," } ], op: "{1,3}", as: list }
              - { text: and }
            """;
        Assert.That(Matches(rule, "Oslo, Bergen, and Tromsø."), Is.EqualTo(new[] { "Oslo, Bergen, and | list=Oslo, Bergen," }));
    }

    [Test]
    public void OneOf_Alternatives_EitherBranchMatches()
    {
        const string rule = """
            pattern:
              - one-of:
                  - [ { text: according }, { text: to } ]
                  - [ { text: citing } ]
              - { entity: source, as: source }
            """;
        Assert.That(Matches(rule, "According to police, and citing officials, the road shut."),
            Is.EqualTo(new[] { "According to police | source=police", "citing officials | source=officials" }));
    }

    [Test]
    public void Negate_MatchesTokensFailingTheTest()
    {
        Assert.That(Matches("pattern: [ { text: the }, { flags: capitalized, negate: true, as: next } ]", "the Senate and the house"),
            Is.EqualTo(new[] { "the house | next=house" }));
    }

    [Test]
    public void Shape_MatchesTokenShape()
    {
        Assert.That(Matches("pattern: [ { shape: [\"dd:dd\", \"dd\"] } ]", "At 11:18 on day 26 of 2021"), Is.EqualTo(new[] { "11:18", "26" }));
    }

    [Test]
    public void Suffix_MatchesWordsOfLettersEndingInIt()
    {
        Assert.That(
            Matches("pattern: [ { suffix: [ing, ed] } ]", "Investigating ing, long-standing 9ing, the board voted and WAITED."),
            Is.EqualTo(new[] { "Investigating", "voted", "WAITED" }));
    }

    [Test]
    public void Suffix_CaseSensitive_RespectsTheEndingsCase()
    {
        Assert.That(Matches("pattern: [ { suffix: ing, case: sensitive } ]", "Saying SAYING saying"), Is.EqualTo(new[] { "Saying", "saying" }));
    }

    [Test]
    public void Suffix_JoinedEnding_FollowsAWordOfLettersDigitsOrDots()
    {
        Assert.That(
            Matches("pattern: [ { suffix: [-led, -year-old, \"'s\", \"’s\"] } ]", "The US-led and U.S.-led forces, a misled 52-year-old, five-year-old, year-old, -led led, Britain’s and O'Neill's, 's too."),
            Is.EqualTo(new[] { "US-led", "U.S.-led", "52-year-old", "five-year-old", "Britain’s", "O'Neill's" }));
    }

    [Test]
    public void MinAndMaxLength_CountTheTokensCharacters()
    {
        Assert.That(
            Matches("pattern: [ { flags: all-caps, shape: XXXX, min-length: 5 } ]", "NATO said it was TOTALLY FALSE, AND UNACCEPTABLE, not COVID-19."),
            Is.EqualTo(new[] { "TOTALLY", "FALSE", "UNACCEPTABLE" }));
        Assert.That(Matches("pattern: [ { flags: word, min-length: 2, max-length: 3 } ]", "A cat sat on a mat, quietly."), Is.EqualTo(new[] { "cat", "sat", "on", "mat" }));
    }

    [TestCase("-")]
    [TestCase("-led-")]
    [TestCase("--led")]
    [TestCase("-year--old")]
    [TestCase("'")]
    [TestCase("-9")]
    [TestCase("in-g")]
    [TestCase("ed'")]
    public void Suffix_Malformed_IsCT0217(string suffix)
    {
        RuleSetParseResult result = RuleSetParser.Parse($"version: 1\nrules:\n  - id: t.r\n    label: L\n    pattern: [ {{ suffix: \"{suffix}\" }} ]\n", "s.yaml");
        Assert.That(result.Diagnostics.Select(d => d.Code), Does.Contain("CT0217"));
    }

    [Test]
    public void Regex_MatchesWholeToken()
    {
        Assert.That(Matches("pattern: [ { regex: \"[a-z]+-led\" } ]", "The US-led bloc and a misled man."), Is.EqualTo(new[] { "US-led" }));
    }

    [Test]
    public void Regex_NestedQuantifierOverLongToken_CompletesWithRightResult()
    {
        string longA = new('a', 100_000);
        Assert.That(Matches("pattern: [ { regex: \"(a+)+$\" } ]", longA + "b " + longA), Is.EqualTo(new[] { longA }));
    }

    [Test]
    public void Flags_AllCapsRun_MatchesEmphasis()
    {
        Assert.That(Matches("pattern: [ { flags: all-caps, op: \"{2,4}\" } ]", "It does not exist AT ALL, said NATO."), Is.EqualTo(new[] { "AT ALL" }));
    }

    [Test]
    public void Quote_WordLimits_OnlyShortQuotes()
    {
        Assert.That(Matches("pattern: [ { quote: closed, max-words: 2, as: q } ]", "The ‘peace’ talks and “a long quoted sentence here” ended."),
            Is.EqualTo(new[] { "‘peace’ | q=peace" }));
    }

    [Test]
    public void Entity_Kinds_RecogniseMentions()
    {
        const string text = "Foreign Minister Ana Ruiz said. The foreign ministry said. She said. Officials said. The Kremlin said. Spokeswoman Li Na said.";
        Assert.That(Matches("pattern: [ { entity: source, as: who }, { text: said } ]", text).Select(m => m.Split("who=")[1]),
            Is.EqualTo(new[] { "Foreign Minister Ana Ruiz", "The foreign ministry", "She", "Officials", "The Kremlin", "Spokeswoman Li Na" }));
    }

    [Test]
    public void Entity_TitledName_TakesASurnameThatReadsAsAPronoun()
    {
        Assert.That(Matches("pattern: [ { entity: source, as: who }, { text: told } ]", "Ministry spokesperson He Yadong told reporters."),
            Is.EqualTo(new[] { "Ministry spokesperson He Yadong told | who=Ministry spokesperson He Yadong" }));
    }

    [Test]
    public void Entity_OrganisationName_RunsOnThroughAndAndItsOfPhrase()
    {
        Assert.That(Matches("pattern: [ { entity: source, as: who }, { text: said } ]", "Officials at Oceanic and Atmospheric Administration said so."),
            Is.EqualTo(new[] { "Oceanic and Atmospheric Administration said | who=Oceanic and Atmospheric Administration" }));
        Assert.That(Matches("pattern: [ { entity: source, as: who }, { text: said } ]", "Both Kai Brennan and Jade Morrow said so."),
            Is.EqualTo(new[] { "Jade Morrow said | who=Jade Morrow" }));
        Assert.That(Matches("pattern: [ { entity: source, as: who }, { text: said } ]", "Then the Office of Rail and Road said so."),
            Is.EqualTo(new[] { "the Office of Rail and Road said | who=the Office of Rail and Road" }));
        Assert.That(Matches("pattern: [ { entity: source, as: who }, { text: said } ]", "Then the office of the mayor said so."),
            Is.EqualTo(new[] { "the mayor said | who=the mayor" }));
        Assert.That(Matches("pattern: [ { entity: source, as: who }, { text: said } ]", "Then the European Centre for Disease Prevention and Control said so."),
            Is.EqualTo(new[] { "the European Centre for Disease Prevention and Control said | who=the European Centre for Disease Prevention and Control" }));
    }

    [Test]
    public void Entity_Name_StartsAtTheFirstWordOfACapitalisedRun()
    {
        // "Carrow" continues "Port": no name starts inside the run; after a possessive a new one does.
        Assert.That(Matches("pattern: [ { text: Port }, { entity: name, as: who } ]", "In Port Carrow, Maria Lopez said so."), Is.Empty);
        Assert.That(Matches("pattern: [ { flags: capitalized }, { entity: name, as: who }, { text: said } ]", "Velocor's Tomas Reyes said."),
            Is.EqualTo(new[] { "Velocor's Tomas Reyes said | who=Tomas Reyes" }));
    }

    [Test]
    public void Entity_Pronoun_DoesNotMatchNames()
    {
        Assert.That(Matches("pattern: [ { entity: pronoun, as: who }, { text: said } ]", "Ruiz said. He said."), Is.EqualTo(new[] { "He said | who=He" }));
    }

    [Test]
    public void Not_OverlappingMatch_RemovesMatch()
    {
        const string rule = """
            pattern: [ { lexicon: verbs, as: cue } ]
            not: { pattern: [ { lexicon: verbs }, { text: nothing } ] }
            """;
        Assert.That(Matches(rule, "He said nothing. She said plenty."), Is.EqualTo(new[] { "said | cue=said" }));
    }

    [Test]
    public void Before_Context_RequiresWordsRightBefore()
    {
        const string rule = """
            pattern: [ { text: claims } ]
            before: [ { lexicon: verbs } ]
            """;
        Assert.That(Matches(rule, "She denied claims. The claims grew."), Is.EqualTo(new[] { "claims" }));
    }

    [Test]
    public void NotAfter_Context_RejectsWordsRightAfter()
    {
        const string rule = """
            pattern: [ { text: alleged } ]
            not-after: [ { text: that } ]
            """;
        Assert.That(Matches(rule, "It was alleged that he lied. The alleged plot failed."), Is.EqualTo(new[] { "alleged" }));
        Assert.That(Matches(rule, "It was alleged that he lied."), Is.Empty);
    }

    [Test]
    public void After_ContextWithAnAnchorBranch_HoldsAtTheWindowEndOrBeforeItsWords()
    {
        // A branch that matches no token at an anchor is a real test, not one that holds everywhere.
        const string rule = """
            pattern: [ { text: plan } ]
            after: [ { one-of: [ [ { anchor: end } ], [ { text: was } ] ] } ]
            """;
        Assert.That(Matches(rule, "The plan was late. A new plan"), Is.EqualTo(new[] { "plan", "plan" }));
        Assert.That(Matches(rule, "The plan failed."), Is.Empty);
    }

    [Test]
    public void Inside_RequiresEnclosingMatch()
    {
        const string rule = """
            pattern: [ { text: plan } ]
            inside: { pattern: [ { quote: any } ] }
            """;
        Assert.That(Matches(rule, "The plan is “a good plan” now."), Has.Length.EqualTo(1));
    }

    [Test]
    public void NotInside_RejectsEnclosedMatch()
    {
        const string rule = """
            pattern: [ { text: plan } ]
            not-inside: { pattern: [ { quote: any } ] }
            """;
        Assert.That(Matches(rule, "The plan is “a good plan” now.").Single(), Is.EqualTo("plan"));
    }

    [Test]
    public void All_RequiresEveryBranchAndMergesRoles()
    {
        const string rule = """
            all:
              - pattern: [ { entity: source, as: source }, { text: denied, as: cue } ]
              - pattern: [ { text: denied }, { text: the }, { text: claims, as: target } ]
            """;
        Assert.That(Matches(rule, "Ruiz denied the claims. Ruiz denied everything."),
            Is.EqualTo(new[] { "Ruiz denied | cue=denied | source=Ruiz | target=claims" }));
    }

    [Test]
    public void Any_OverlappingBranches_KeepsLeftmostLongest()
    {
        const string rule = """
            any:
              - pattern: [ { text: so-called } ]
              - pattern: [ { text: so-called }, { flags: lower } ]
            """;
        Assert.That(Matches(rule, "The so-called plan failed."), Is.EqualTo(new[] { "so-called plan" }));
    }

    [Test]
    public void QuoteScopeOutside_WordInsideQuotes_IsNotMatched()
    {
        const string rule = """
            scope: { quotes: outside }
            pattern: [ { text: slammed } ]
            """;
        Assert.That(Matches(rule, "“They slammed us,” she said. Critics slammed the plan."), Has.Length.EqualTo(1));
    }

    [Test]
    public void Sections_DefaultForClaimLabel_SkipsCaptions()
    {
        const string yaml = "version: 1\nrules:\n  - id: t.claim\n    label: Claim\n    pattern: [ { text: said } ]\n  - id: t.frame\n    label: Other\n    pattern: [ { text: said } ]\n";
        Tagger tagger = new ClaimTaggerBuilder().AddRules(yaml, "s.yaml").UseTextAnalysis(t => TestText.Analyze(t, SectionKind.Caption, SectionKind.Byline, SectionKind.Body)).Build();
        TaggedArticle result = tagger.Tag("Caption said.\nByline said.\nBody said.");
        Assert.That(result.Tags.Select(t => $"{t.Rule}@{t.Sentences[0]}"), Is.EqualTo(new[] { "t.frame@0", "t.claim@2", "t.frame@2" }));
    }

    [Test]
    public void Matches_InOneWindow_AreLeftmostLongestWithoutOverlap()
    {
        Assert.That(Matches("pattern: [ { token: any, op: \"{2,2}\" } ]", "a b c d e"), Is.EqualTo(new[] { "a b", "c d" }));
    }

    [Test]
    public void Anchor_SentenceStartNegated_StopsMatchCrossingSentenceBreak()
    {
        const string rule = """
            scope: { window: paragraph }
            pattern:
              - { quote: any, as: q }
              - { anchor: sentence-start, negate: true }
              - { entity: pronoun, as: who }
            """;
        Assert.That(Matches(rule, "“It works,” she said. “It works.” She left."), Is.EqualTo(new[] { "“It works,” she | q=It works, | who=she" }));
    }

    [Test]
    public void Anchor_SentenceEnd_MatchesAtSentenceEndsInParagraphWindow()
    {
        const string rule = """
            scope: { window: paragraph }
            pattern: [ { flags: word, as: last }, { text: "." }, { anchor: sentence-end } ]
            """;
        Assert.That(Matches(rule, "Rain fell. Wind rose."), Is.EqualTo(new[] { "fell. | last=fell", "rose. | last=rose" }));
    }
}
