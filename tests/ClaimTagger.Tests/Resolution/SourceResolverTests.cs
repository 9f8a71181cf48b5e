using ClaimTagger.Analysis;
using ClaimTagger.Resolution;

namespace ClaimTagger.Tests.Resolution;

public class SourceResolverTests
{
    private static Tag Speech(AnalyzedText text, string label, string sentenceNeedle, string sourceNeedle, int occurrence = 0)
    {
        int sentenceIndex = -1;
        for (int i = 0; i < text.Sentences.Count; i++)
        {
            if (text.Sentences[i].Span.Slice(text.Text).Contains(sentenceNeedle, StringComparison.Ordinal))
            {
                sentenceIndex = i;
                break;
            }
        }

        Assert.That(sentenceIndex, Is.GreaterThanOrEqualTo(0), sentenceNeedle);
        var span = text.Sentences[sentenceIndex].Span;
        var roles = new Dictionary<string, RoleSpan>();
        if (sourceNeedle.Length > 0)
        {
            int at = text.Text.IndexOf(sourceNeedle, span.Start, StringComparison.Ordinal);
            for (int k = 0; k < occurrence; k++)
            {
                at = text.Text.IndexOf(sourceNeedle, at + 1, StringComparison.Ordinal);
            }

            roles["source"] = new RoleSpan(at, at + sourceNeedle.Length, sourceNeedle);
        }

        return new Tag(new Label(label), "test.rule", null, span.Start, span.End, span.Slice(text.Text), [sentenceIndex], 1.0, roles);
    }

    private static string? Resolved(Tag tag) => tag.Role("source")?.Resolved;

    [Test]
    public void Resolve_PronounAfterNamedSpeaker_ResolvesToFullName()
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze(
            "Trade Minister Ana Ruiz said that exports had doubled.\n\n“We are only beginning,” she said.");
        Tag[] tags = SourceResolver.Resolve(text, [
            Speech(text, "Claim", "exports", "Trade Minister Ana Ruiz"),
            Speech(text, "DirectQuote", "beginning", "she")]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Resolved(tags[0]), Is.EqualTo("Ana Ruiz"));
            Assert.That(Resolved(tags[1]), Is.EqualTo("Ana Ruiz"));
            Assert.That(tags[1].Role("source")!.Text, Is.EqualTo("she"));
        }
    }

    [Test]
    public void Resolve_Surname_ResolvesToFullNameIntroducedEarlier()
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze(
            "Coach Tomas Lindqvist arrived late.\n\nLindqvist said the team had trained hard.");
        Tag[] tags = SourceResolver.Resolve(text, [Speech(text, "Claim", "trained", "Lindqvist")]);
        Assert.That(Resolved(tags[0]), Is.EqualTo("Tomas Lindqvist"));
    }

    [Test]
    public void Resolve_SurnameInHeadline_ResolvesToFullNameIntroducedLater()
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze(
            "Budget is balanced – Mayor Okafor\n\nMayor Jane Okafor presented the budget on Tuesday.");
        Tag[] tags = SourceResolver.Resolve(text, [Speech(text, "Claim", "balanced", "Mayor Okafor")]);
        Assert.That(Resolved(tags[0]), Is.EqualTo("Jane Okafor"));
    }

    [Test]
    public void Resolve_SheAfterMaleSpeaker_SkipsToEarlierFemaleSpeaker()
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze(
            "Spokeswoman Lina Haddad said the port would reopen.\n\nMr Daniel Mensah said the offer was final.\n\n“We will see,” she said.");
        Tag[] tags = SourceResolver.Resolve(text, [
            Speech(text, "Claim", "reopen", "Spokeswoman Lina Haddad"),
            Speech(text, "Claim", "final", "Mr Daniel Mensah"),
            Speech(text, "DirectQuote", "We will see", "she")]);
        Assert.That(Resolved(tags[2]), Is.EqualTo("Lina Haddad"));
    }

    [Test]
    public void Resolve_HeAfterMaleSpeaker_TakesTheLastSpeaker()
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze(
            "Spokeswoman Lina Haddad said the port would reopen.\n\nMr Daniel Mensah said the offer was final.\n\n“We will see,” he said.");
        Tag[] tags = SourceResolver.Resolve(text, [
            Speech(text, "Claim", "reopen", "Spokeswoman Lina Haddad"),
            Speech(text, "Claim", "final", "Mr Daniel Mensah"),
            Speech(text, "DirectQuote", "We will see", "he")]);
        Assert.That(Resolved(tags[2]), Is.EqualTo("Daniel Mensah"));
    }

    [Test]
    public void Resolve_PronounWithNoSpeakerYet_UsesLastNamedPerson()
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze(
            "Farmer Kofi Boateng watched the river rise.\n\n“It has never been this high,” he said.");
        Tag[] tags = SourceResolver.Resolve(text, [Speech(text, "DirectQuote", "never been", "he")]);
        Assert.That(Resolved(tags[0]), Is.EqualTo("Kofi Boateng"));
    }

    [Test]
    public void Resolve_TitleOnlyMention_ResolvesToThePersonWithThatTitle()
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze(
            "Mayor Jane Okafor opened the bridge.\n\nThe mayor said the work had finished early.");
        Tag[] tags = SourceResolver.Resolve(text, [Speech(text, "Claim", "finished", "The mayor")]);
        Assert.That(Resolved(tags[0]), Is.EqualTo("Jane Okafor"));
    }

    [Test]
    public void Resolve_FloatingQuoteInNextParagraph_InheritsTheLastSource()
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze(
            "“The water came at night,” said Rosa Quispe, a teacher.\n\n“Nobody had time to move the animals.”");
        Tag[] tags = SourceResolver.Resolve(text, [
            Speech(text, "DirectQuote", "water came", "Rosa Quispe"),
            Speech(text, "DirectQuote", "Nobody", "")]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Resolved(tags[1]), Is.EqualTo("Rosa Quispe"));
            Assert.That(tags[1].Role("source")!.Text, Is.EqualTo("Rosa Quispe"));
        }
    }

    [Test]
    public void Resolve_QuoteTwoParagraphsAfterItsSpeaker_StaysWithoutSource()
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze(
            "“The water came at night,” said Rosa Quispe.\n\nThe river fell on Sunday.\n\n“Nobody had time.”");
        Tag[] tags = SourceResolver.Resolve(text, [
            Speech(text, "DirectQuote", "water came", "Rosa Quispe"),
            Speech(text, "DirectQuote", "Nobody", "")]);
        Assert.That(tags[1].Role("source"), Is.Null);
    }

    [Test]
    public void Resolve_OrganisationSource_KeepsItsName()
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze("The Health Ministry said the outbreak was contained.");
        Tag[] tags = SourceResolver.Resolve(text, [Speech(text, "Claim", "outbreak", "The Health Ministry")]);
        Assert.That(Resolved(tags[0]), Is.Null.Or.EqualTo("Health Ministry"));
    }

    [Test]
    public void Resolve_NoTags_ReturnsEmpty()
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze("Nothing here.");
        Assert.That(SourceResolver.Resolve(text, []), Is.Empty);
    }
}
