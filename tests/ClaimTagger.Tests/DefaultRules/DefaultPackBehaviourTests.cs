namespace ClaimTagger.Tests.DefaultRules;

/// <summary>The shapes of reported speech the issue names, each tagged by the default pack.</summary>
public class DefaultPackBehaviourTests
{
    private static List<string> Speech(string text) =>
        SpecLines.Of(Tagger.CreateDefault().Tag(text)).Where(l => l.StartsWith("DirectQuote", StringComparison.Ordinal) || l.StartsWith("Claim", StringComparison.Ordinal)).ToList();

    [Test]
    public void Tag_InterruptedQuote_IsOneDirectQuote()
    {
        List<string> tags = Speech("“We will,” said Mayor Jane Okafor, the city’s first female mayor, “go further than anyone expects.”");
        Assert.That(tags, Is.EqualTo(new[] { "DirectQuote | “We will,” said Mayor Jane Okafor, the city’s first female mayor, “go further than anyone expects.” | source=Mayor Jane Okafor => Jane Okafor | cue=said" }));
    }

    [Test]
    public void Tag_QuoteOverTwoParagraphs_IsOneDirectQuoteWithItsSpeaker()
    {
        List<string> tags = Speech("On Tuesday, the chief executive, Dana Holt, wrote: “This has been a hard year.\n\n“But we will come through it together.”\n\nThe board meets on Monday.");
        Assert.That(tags, Is.EqualTo(new[] { "DirectQuote | Dana Holt, wrote: “This has been a hard year. “But we will come through it together.” | source=Dana Holt => Dana Holt | cue=wrote" }));
    }

    [Test]
    public void Tag_SpeakerAfterPrepositionalPhrase_IsTheNameNotTheObjectOfThePreposition()
    {
        List<string> tags = Speech("In a letter to staff, the chief executive, Dana Holt, said the firm would survive.");
        Assert.That(tags, Is.EqualTo(new[] { "Claim | Dana Holt, said the firm would survive | source=Dana Holt => Dana Holt | cue=said | content=the firm would survive" }));
    }

    [Test]
    public void Tag_QuotesInARow_FloatingOneInheritsTheSpeaker()
    {
        List<string> tags = Speech("“The river rose overnight,” farmer Kofi Mensah said.\n\n“We lost everything.”");
        Assert.That(tags[1], Is.EqualTo("DirectQuote | “We lost everything.” | source=farmer Kofi Mensah => Kofi Mensah"));
    }

    [TestCase("“We gave everything,” the goalkeeper said.", "the goalkeeper")]
    [TestCase("“The kitchen was chaos,” a former sous-chef claimed.", "a former sous-chef")]
    [TestCase("Dahl’s publicist said in a statement: “She will not be commenting.”", "Dahl’s publicist")]
    [TestCase("“He never came home,” her ex-husband told the court.", "her ex-husband")]
    public void Tag_QuoteWithADescribedSpeaker_TakesTheDescriptionAsSource(string text, string source)
    {
        List<string> tags = Speech(text);
        Assert.That(tags, Has.Count.EqualTo(1));
        Assert.That(tags[0], Does.StartWith("DirectQuote").And.Contain($"source={source}"));
    }

    [TestCase("Okafor categorically denied that she had been paid.", "Okafor", "denied")]
    [TestCase("The union vehemently insisted that the ballot was lawful.", "The union", "insisted")]
    [TestCase("Dahl reluctantly conceded that the figures were wrong.", "Dahl", "conceded")]
    public void Tag_AdverbBetweenSpeakerAndVerb_IsStillAClaim(string text, string source, string cue)
    {
        List<string> tags = Speech(text);
        Assert.That(tags, Has.Count.EqualTo(1));
        Assert.That(tags[0], Does.StartWith("Claim").And.Contain($"source={source}").And.Contain($"cue={cue}"));
    }

    [Test]
    public void Tag_MixedQuote_IsOneClaimAndNoDirectQuote()
    {
        List<string> tags = Speech("The senator said the plan was “dead on arrival”.");
        Assert.That(tags, Is.EqualTo(new[] { "Claim | The senator said the plan was “dead on arrival” | source=The senator => - | cue=said | content=the plan was “dead on arrival”" }));
    }

    [Test]
    public void Tag_SecondCueInSentence_SplitsIntoTwoClaimsOfOneSpeaker()
    {
        List<string> tags = Speech("Analysts at Harbour Bank said the deal made sense but warned that the debts were large.");
        Assert.That(tags, Is.EqualTo(new[]
        {
            "Claim | Analysts at Harbour Bank said the deal made sense | source=Analysts at Harbour Bank => - | cue=said | content=the deal made sense",
            "Claim | warned that the debts were large | source=Analysts at Harbour Bank => - | cue=warned | content=the debts were large",
        }));
    }

    [TestCase("Officials say the bridge will reopen in May, according to the transport ministry.", "according to")]
    [TestCase("It was announced that the plant would close in May.", "It was announced")]
    [TestCase("Dahl's claim that the losses were small met with scepticism.", "claim")]
    public void Tag_NominalAndPassiveCues_AreClaims(string text, string cue)
    {
        Assert.That(Speech(text), Has.Some.Contains("| cue=" + cue + " |"));
    }

    [TestCase("The mayor said nothing about the strike.")]
    [TestCase("She told him to leave the room.")]
    [TestCase("The union welcomed the deal.")]
    [TestCase("Her novel ‘The Salt Road’ follows three generations.")]
    public void Tag_NoProposition_IsNoClaimOrQuote(string text)
    {
        Assert.That(Speech(text), Is.Empty);
    }

    [Test]
    public void Tag_UnnamedSource_IsAttributionAndClaimSource()
    {
        TaggedArticle article = Tagger.CreateDefault().Tag("The talks had stalled, two diplomats familiar with the negotiations said.");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.Tags.Where(t => t.Label == Label.Attribution).Select(t => (t.Kind, t.Text)),
                Is.EqualTo(new[] { ("unnamed-source", "two diplomats familiar with the negotiations") }));
            Assert.That(article.Tags.Where(t => t.Label == Label.Claim).Select(t => t.Role("source")?.Text), Is.EqualTo(new[] { "two diplomats familiar with the negotiations" }));
        }
    }

    [Test]
    public void Tag_LoadedReportingVerb_IsCueAndFraming()
    {
        TaggedArticle article = Tagger.CreateDefault().Tag("The minister has slammed the report as biased.");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.Tags.Single(t => t.Label == Label.Claim).Role("cue")?.Text, Is.EqualTo("slammed"));
            Assert.That(article.Tags.Where(t => t.Label == Label.ReporterFraming).Select(t => (t.Kind, t.Text)), Is.EqualTo(new[] { ("loaded-verb", "slammed") }));
        }
    }
}
