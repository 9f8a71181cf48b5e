using ClaimTagger.Rules;

namespace ClaimTagger.Tests.Rules;

public class EnglishInflectorTests
{
    [TestCase("say", new[] { "say", "said", "says", "saying" })]
    [TestCase("tell", new[] { "tell", "told", "tells", "telling" })]
    [TestCase("speak", new[] { "speak", "spoke", "spoken", "speaks", "speaking" })]
    [TestCase("write", new[] { "write", "wrote", "written", "writes", "writing" })]
    [TestCase("slam", new[] { "slam", "slams", "slammed", "slamming" })]
    [TestCase("admit", new[] { "admit", "admits", "admitted", "admitting" })]
    [TestCase("visit", new[] { "visit", "visits", "visited", "visiting" })]
    [TestCase("note", new[] { "note", "notes", "noted", "noting" })]
    [TestCase("deny", new[] { "deny", "denies", "denied", "denying" })]
    [TestCase("dismiss", new[] { "dismiss", "dismisses", "dismissed", "dismissing" })]
    [TestCase("agree", new[] { "agree", "agrees", "agreed", "agreeing" })]
    [TestCase("lie", new[] { "lie", "lies", "lied", "lying" })]
    [TestCase("quit", new[] { "quit", "quits", "quitting" })]
    [TestCase("vow", new[] { "vow", "vows", "vowed", "vowing" })]
    [TestCase("signal", new[] { "signal", "signals", "signaled", "signaling", "signalled", "signalling" })]
    [TestCase("label", new[] { "label", "labels", "labeled", "labeling", "labelled", "labelling" })]
    [TestCase("control", new[] { "control", "controls", "controlled", "controlling" })]
    [TestCase("reveal", new[] { "reveal", "reveals", "revealed", "revealing" })]
    [TestCase("appeal", new[] { "appeal", "appeals", "appealed", "appealing" })]
    public void VerbForms_Verb_ReturnsExpectedForms(string verb, string[] expected)
    {
        Assert.That(EnglishInflector.VerbForms(verb), Is.EquivalentTo(expected));
    }

    [TestCase("official", "officials")]
    [TestCase("witness", "witnesses")]
    [TestCase("authority", "authorities")]
    [TestCase("spokeswoman", "spokeswomen")]
    [TestCase("day", "days")]
    public void Plural_Noun_ReturnsPlural(string noun, string plural)
    {
        Assert.That(EnglishInflector.Plural(noun), Is.EqualTo(plural));
    }
}
