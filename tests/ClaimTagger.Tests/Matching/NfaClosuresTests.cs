using ClaimTagger.Matching;

namespace ClaimTagger.Tests.Matching;

/// <summary>The closures an automaton's threads are closed with, worked out once per automaton.</summary>
public class NfaClosuresTests
{
    private static Nfa Compile(string pattern)
    {
        string yaml = "version: 1\nrules:\n  - id: t.rule\n    label: Test\n    pattern: " + pattern + "\n";
        Tagger tagger = new ClaimTaggerBuilder().AddRules(yaml, "t.yaml").UseTextAnalysis(TestText.Analyzer).Build();
        return ((PatternCondition)tagger.Rules.Engine.Rules[0].Condition).Nfa;
    }

    private static int[] LeavesOf(NfaClosures closures, int state) =>
        closures.First[state] < 0 ? [] : closures.Leaf[closures.First[state]..(closures.First[state] + closures.Length[state])];

    private static int SaveDepth(NfaClosures closures, int save)
    {
        int depth = 0;
        for (; save >= 0; save = closures.SaveParent[save])
        {
            depth++;
        }

        return depth;
    }

    [TestCase("[ { entity: source }, { lower: [said, told] }, { token: any, op: \"*\" } ]", 1, MentionRecognizer.MaxLength)]
    [TestCase("[ { flags: [capitalized], op: \"{1,3}\" }, { token: any, op: \"?\" }, { lower: [said] } ]", 1, 4)]
    [TestCase("[ { lower: [the], op: \"?\" }, { flags: [capitalized] }, { lower: [said] } ]", 1, 2)]
    [TestCase("[ { token: any, op: \"*\" }, { lower: [said] } ]", -1, 0)]
    [TestCase("[ { quote: any }, { lower: [said] } ]", -1, 0)]
    [TestCase("[ { lower: [said] }, { token: any, op: \"*\" } ]", -1, 0)]
    public void Build_WordsWithinReachOfTheStart_AreTheLead(string pattern, int checkpoint, int reach)
    {
        Nfa nfa = Compile(pattern);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(nfa.LeadCheckpoint, Is.EqualTo(checkpoint));
            Assert.That(nfa.LeadReach, Is.EqualTo(reach));
        }
    }

    [Test]
    public void Compute_OptionalFirstElement_StartClosureHasBothLeavesInWalkOrder()
    {
        Nfa nfa = Compile("[ { lower: [the], op: \"?\" }, { flags: [capitalized] }, { lower: [said] } ]");
        NfaClosures closures = nfa.Closures;

        int[] leaves = LeavesOf(closures, nfa.Start);
        Assert.That(leaves, Has.Length.EqualTo(2));
        Assert.That(leaves.Select(s => nfa.Ops[s]), Is.All.EqualTo(NfaOp.Token));
        Assert.That(leaves, Is.EqualTo(nfa.StartLeaves));
    }

    [Test]
    public void Compute_NestedCaptures_LeavesShareTheOuterSave()
    {
        Nfa nfa = Compile("[ { group: [ { lower: [the], op: \"?\", as: det }, { flags: [capitalized], as: head } ], as: subject }, { lower: [said] } ]");
        NfaClosures closures = nfa.Closures;
        int first = closures.First[nfa.Start];

        Assert.That(closures.Length[nfa.Start], Is.EqualTo(2));
        int theSave = closures.LeafSave[first], headSave = closures.LeafSave[first + 1];

        // "the": subject opened, det opened. The capitalised word: subject opened, det opened and closed around the
        // skipped optional "the", head opened; both below the one save that opens the subject.
        Assert.That(SaveDepth(closures, theSave), Is.EqualTo(2));
        Assert.That(SaveDepth(closures, headSave), Is.EqualTo(4));
        int root = closures.SaveParent[theSave];
        Assert.That(closures.SaveParent[closures.SaveParent[closures.SaveParent[headSave]]], Is.EqualTo(root));
        Assert.That(closures.SaveSlot[root], Is.EqualTo(2 * nfa.Captures.ToList().FindIndex(c => c.Role == "subject")));
    }

    [Test]
    public void Compute_AnchorInClosure_LeftToTheWalk()
    {
        Nfa nfa = Compile("[ { lower: [said] }, { token: any, op: \"*\" }, { anchor: end } ]");
        NfaClosures closures = nfa.Closures;
        int said = nfa.StartLeaves![0];

        Assert.That(closures.First[nfa.Start], Is.GreaterThanOrEqualTo(0));
        Assert.That(closures.First[nfa.Out[said]], Is.EqualTo(-1));
    }

    [Test]
    public void Compute_AcceptingStateInClosure_IsALeaf()
    {
        Nfa nfa = Compile("[ { lower: [said] }, { token: any, op: \"?\" } ]");
        NfaClosures closures = nfa.Closures;
        int said = nfa.StartLeaves![0];

        Assert.That(LeavesOf(closures, nfa.Out[said]).Select(s => nfa.Ops[s]), Is.EqualTo(new[] { NfaOp.Token, NfaOp.Match }));
    }

    [Test]
    public void Closures_AskedTwice_SameInstance()
    {
        Nfa nfa = Compile("[ { lower: [said] } ]");
        NfaClosures first = nfa.Closures;

        Assert.That(nfa.Closures, Is.SameAs(first));
    }
}
