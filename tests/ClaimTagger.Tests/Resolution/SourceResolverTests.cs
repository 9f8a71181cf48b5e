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

    /// <summary>Analyzes <paramref name="article"/>, resolves one speech tag in it and returns its resolved source.</summary>
    private static string? ResolvedSource(string article, string label, string sentenceNeedle, string sourceNeedle)
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze(article);
        return Resolved(SourceResolver.Resolve(text, [Speech(text, label, sentenceNeedle, sourceNeedle)])[0]);
    }

    [TestCase("The Harbour Authority did not respond.\n\nThe report, published by the Coastal Ledger, cited two pilots. It said the dredging had stopped.", "Coastal Ledger")]
    [TestCase("The Harbour Authority did not respond.\n\nThe audit found six breaches. It said the dredging had stopped.", null)]
    [TestCase("The Harbour Authority did not respond.\n\nThe harbour closed at noon. It said the dredging had stopped.", "Harbour Authority")]
    [TestCase("Westline Rail said a fault had cut the power. It said the dredging had stopped.", "Westline Rail")]
    [TestCase("Norland Lines cancelled six sailings. It said the dredging had stopped.", "Norland Lines")]
    public void Resolve_ItAfterADocumentSubject_IsTheDocumentNotAnEarlierOrganisation(string article, string? expected)
    {
        Assert.That(ResolvedSource(article, "Claim", "dredging", "It"), Is.EqualTo(expected));
    }

    // an employers' association is no union, and a party named in the plural is no person named before
    [TestCase("Dr Ana Ruiz spoke first.\n\nThe Port Operators' Association backed the offer.\n\nThe union said it would not return to talks.", "talks", "The union")]
    [TestCase("Dr Ana Ruiz spoke first.\n\nPolls closed at ten.\n\nThe Greens have said they will not join the government.", "join", "The Greens")]
    [TestCase("Coast guard spokesman Jay Tarriela posted a video.\n\nThe Philippine coast guard said ships had fired water cannon.", "water", "The Philippine coast guard")]
    public void Resolve_DescriptionThatNamesNoOneBefore_StaysUnresolved(string article, string sentenceNeedle, string sourceNeedle)
    {
        Assert.That(ResolvedSource(article, "Claim", sentenceNeedle, sourceNeedle), Is.Null);
    }

    [TestCase("The Office of Rail Regulation fined Brookvale Ferries on Monday.\n\nThe regulator said the fine was a warning.", "warning", "The regulator", "Office of Rail Regulation")]
    [TestCase("The Office of Rail Regulation fined Brookvale Ferries on Monday.\n\nThe regulator said the fine was a warning.\n\nThe operator said it would not appeal.", "appeal", "The operator", "Brookvale Ferries")]
    [TestCase("Rail staff will strike on Friday.\n\nThe RMT union said the offer was too low.", "offer", "The RMT union", "RMT")]
    [TestCase("The Harlow Teachers Association backed the measure.\n\nIn a statement, the union said the law was overdue.", "overdue", "the union", "Harlow Teachers Association")]
    [TestCase("The Harlow Teachers Association backed the measure.\n\nIn a statement, the association said the law was overdue.", "overdue", "the association", "Harlow Teachers Association")]
    [TestCase("The Harlow Teachers' Association backed the measure.\n\nIn a statement, the union said the law was overdue.", "overdue", "the union", "Harlow Teachers' Association")]
    [TestCase("A body was found in a park, Kestrel Valley Police said.\n\nA post-mortem examination found stab wounds, the force said.", "stab", "the force", "Kestrel Valley Police")]
    [TestCase("Skylane, Europe's third-largest budget carrier, cancelled 400 flights.\n\nThe airline said it was doing everything possible.", "everything", "The airline", "Skylane")]
    [TestCase("The pilots' union, SEPLA, said its members had no choice.", "no choice", "The pilots' union", "SEPLA")]
    [TestCase("The health watchdog, the Care Quality Commission, said it would review the report.", "review", "The health watchdog", "Care Quality Commission")]
    [TestCase("Western Coast Railways was fined.\n\nThe Office of Rail and Road found failures.\n\nPassengers will get a refund, the company said.", "refund", "the company", "Western Coast Railways")]
    [TestCase("Opening the prosecution's case, Rachel Osei KC said the nurse had been warned.\n\nThe jury heard from a porter.\n\nThe prosecutor said records showed no checks.", "records", "The prosecutor", "Rachel Osei")]
    public void Resolve_DescriptionOfAnOrganisation_FindsItsNamedBody(string article, string sentence, string source, string expected)
    {
        Assert.That(ResolvedSource(article, "Claim", sentence, source), Is.EqualTo(expected));
    }

    [TestCase("The Office for Tram Safety said the line was closed.", "The Office for Tram Safety", "Office for Tram Safety")]
    [TestCase("The Independent Office for Harbour Conduct said it had a referral.\n\nThe Office for Tram Safety said the line was closed.", "The Office for Tram Safety", "Office for Tram Safety")]
    [TestCase("The Independent Office for Harbour Conduct said the line was closed.", "The Independent Office for Harbour Conduct", "Independent Office for Harbour Conduct")]
    public void Resolve_OrganisationNameJoinedByFor_IsTheWholeNameNotAPerson(string article, string source, string expected)
    {
        Assert.That(ResolvedSource(article, "Claim", "line was closed", source), Is.EqualTo(expected));
    }

    [TestCase("Marlex Energy cut its forecast on Monday.\n\nMarlex Energy shares fell 4%.\n\nAnalysts at Corvane Bank said the cut was overdue.\n\nThe company said it would recover.", "Marlex Energy")]
    [TestCase("Analysts at Corvane Bank cut their forecast for Marlex Energy.\n\nThe company said it would recover.", "Marlex Energy")]
    [TestCase("Arvane cut the price of its cheapest phone on Tuesday.\n\nThe company said it would recover.", "Arvane")]
    [TestCase("Mara Lind founded Keswick Labs.\n\nLind cut its budget on Tuesday.\n\nThe company said it would recover.", "Keswick Labs")]
    public void Resolve_TheCompany_IsTheBusinessNamedMostOften(string article, string expected)
    {
        Assert.That(ResolvedSource(article, "Claim", "recover", "The company"), Is.EqualTo(expected));
    }

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

    [TestCase("“The water came in at night,” another resident, Lena Fischer, said.", "another resident", "Lena Fischer")]
    [TestCase("“We will appeal,” his lawyer, Ruth Abebe, told reporters.", "his lawyer", "Ruth Abebe")]
    [TestCase("“It was a fair result,” the coach, Marco Bellini, said.", "the coach", "Marco Bellini")]
    [TestCase("Its author, state Sen. Ana Ruiz, a Democrat, said: “The cap is fair.”", "Its author", "Ana Ruiz")]
    [TestCase("The coach, Marco Bellini, said: “It was a fair result.”", "The coach", "Marco Bellini")]
    [TestCase("One resident, Jean Harris, said: “It is disgusting.”", "One resident", "Jean Harris")]
    [TestCase("One, retired teacher Helen Ward, said: “It is disgusting.”", "One", "Helen Ward")]
    public void Resolve_DescriptionThenNameBetweenCommas_ResolvesToTheName(string article, string source, string expected)
    {
        Assert.That(ResolvedSource(article, "DirectQuote", "“", source), Is.EqualTo(expected));
    }

    [TestCase("Pope Leo called for peace on Wednesday.\n\n“Let the weapons fall silent,” he said.", "Pope Leo")]
    [TestCase("King Charles spoke from Sandringham.\n\n“We must help,” he said.", "King Charles")]
    [TestCase("Pope Leo spoke at St Peter's Basilica on Sunday.\n\n“Let the weapons fall silent,” he said.", "Pope Leo")]
    public void Resolve_PronounAfterARegnalName_IsThePersonKnownByTitleAndName(string article, string expected)
    {
        Assert.That(ResolvedSource(article, "DirectQuote", "“", "he"), Is.EqualTo(expected));
    }

    [TestCase("Det Chief Insp Laura Benn said: “This is a tragic incident.”", "Det Chief Insp Laura Benn", "Laura Benn")]
    [TestCase("Cllr Amir Shah said: “The library will stay open.”", "Cllr Amir Shah", "Amir Shah")]
    public void Resolve_NameAfterAbbreviatedRanks_LeavesTheRanksOut(string article, string source, string expected)
    {
        Assert.That(ResolvedSource(article, "DirectQuote", "“", source), Is.EqualTo(expected));
    }

    [TestCase("Norland Lines cancelled six sailings.\n\nA spokeswoman for Norland Lines said the ferries would run on Monday.", "A spokeswoman for Norland Lines")]
    [TestCase("The spokesman for Mayor Lena Brandt said the mayor was in talks.", "The spokesman for Mayor Lena Brandt")]
    [TestCase("A lawyer for Tomas Reyes said his client would appeal.", "A lawyer for Tomas Reyes")]
    [TestCase("A spokesperson for the broadcaster, NBS, said the show would go on.", "A spokesperson for the broadcaster")]
    public void Resolve_SomeoneSpeakingForANamedPersonOrBody_IsNotThatPersonOrBody(string article, string source)
    {
        Assert.That(ResolvedSource(article, "Claim", source, source), Is.Null);
    }

    [TestCase("Mrs Okafor, 52, said she had waited six hours.", "Mrs Okafor", "Okafor")]
    [TestCase("Dr. Haddad said the virus could return.", "Dr. Haddad", "Haddad")]
    public void Resolve_HonorificAndSurnameOnly_ResolvesToTheSurname(string article, string source, string expected)
    {
        Assert.That(ResolvedSource(article, "Claim", source, source), Is.EqualTo(expected));
    }

    [TestCase("The Labour Party said the budget was fair.", "The Labour Party", "Labour Party")]
    [TestCase("The Health Department said waiting lists had fallen.", "The Health Department", "Health Department")]
    public void Resolve_PortfolioWordOpeningAnOrganisationName_KeepsIt(string article, string source, string expected)
    {
        Assert.That(ResolvedSource(article, "Claim", source, source), Is.EqualTo(expected));
    }

    [TestCase("Police said a man had been arrested. They added that no one else was being sought.", "Police", "Claim", "They added", "They", "Police")]
    [TestCase("The Harbour Authority said the port would reopen.\n\n“We expect ships on Monday,” they said.", "The Harbour Authority", "DirectQuote", "“We expect", "they", "Harbour Authority")]
    public void Resolve_TheyAfterAnOrganisationSpoke_ResolvesToTheOrganisation(string article, string organisation, string label, string sentence, string pronoun, string expected)
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze(article);
        Tag[] tags = SourceResolver.Resolve(text, [
            Speech(text, "Claim", organisation + " said", organisation),
            Speech(text, label, sentence, pronoun)]);
        Assert.That(Resolved(tags[1]), Is.EqualTo(expected));
    }

    // "they" after critics spoke; "the group" after "a … hacking group": nobody the article names
    [TestCase("The ministry said the plan was sound.\n\nCritics say it will cost more. They added that the poorest would pay.",
        new[] { "The ministry said", "Critics say", "They added" }, new[] { "The ministry", "Critics", "They" })]
    [TestCase("Sources said a pro-Russian hacking group was the main suspect. The National Cyber Security Centre said it was working with departments. The group said it had done it.",
        new[] { "working", "done it" }, new[] { "The National Cyber Security Centre", "The group" })]
    [TestCase("The group said it had done it.", new[] { "done it" }, new[] { "The group" })]
    [TestCase("A Dutch appeals court halted the exports. The court said the risk was clear. The government said it would appeal to the Supreme Court.",
        new[] { "risk was clear" }, new[] { "The court" })]
    public void Resolve_ReferenceBackToAnUnnamedGroup_StaysUnresolved(string article, string[] sentences, string[] sources)
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze(article);
        Tag[] tags = SourceResolver.Resolve(text, [.. sentences.Select((sentence, i) => Speech(text, "Claim", sentence, sources[i]))]);
        Assert.That(Resolved(tags[^1]), Is.Null);
    }

    [Test]
    public void Resolve_PeopleInThePluralOpeningASentence_AreNoOrganisationWithThatWord()
    {
        const string Article = "Teachers warn of a crisis.\n\nA survey by the National Association of Head Teachers found gaps.";
        Assert.That(ResolvedSource(Article, "Claim", "Teachers warn", "Teachers"), Is.Not.EqualTo("National Association of Head Teachers"));
    }

    [TestCase("Minister of Construction Farouk Aziz said the school would open in May.", "Minister of Construction Farouk Aziz", "Farouk Aziz")]
    [TestCase("Minister for Europe Hanna Lind said the talks would resume.", "Minister for Europe Hanna Lind", "Hanna Lind")]
    [TestCase("Minister of Tourism Kemal Arslan said bookings had doubled.", "Minister of Tourism Kemal Arslan", "Kemal Arslan")]
    public void Resolve_TitleWithAConnectorThenAName_ResolvesToTheName(string article, string source, string expected)
    {
        Assert.That(ResolvedSource(article, "Claim", source, source), Is.EqualTo(expected));
    }

    [TestCase("The dams were not built for such rain, University of Leeds economist Ana Pires said.", "University of Leeds economist Ana Pires", "Ana Pires")]
    [TestCase("Bank of Carrow governor Ian Hale said rates would hold.", "Bank of Carrow governor Ian Hale", "Ian Hale")]
    [TestCase("The Office for Budget Responsibility said growth would slow.", "The Office for Budget Responsibility", "Office for Budget Responsibility")]
    public void Resolve_OfficeBetweenAnOrganisationAndAFullName_IsThePerson(string article, string source, string expected)
    {
        Assert.That(ResolvedSource(article, "Claim", source, source), Is.EqualTo(expected));
    }

    [TestCase("Protester Jenna Holt, 29, said she had used the library as a child.", "Protester Jenna Holt", "Jenna Holt")]
    [TestCase("Passenger Amir Khan said the train had stopped twice.", "Passenger Amir Khan", "Amir Khan")]
    [TestCase("Commuter Ola Berg said the train had stopped twice.", "Commuter Ola Berg", "Ola Berg")]
    [TestCase("City Auditor Ruth Ebong called the findings troubling.", "City Auditor Ruth Ebong", "Ruth Ebong")]
    [TestCase("State Comptroller Leo Marsh said the fund was short.", "State Comptroller Leo Marsh", "Leo Marsh")]
    [TestCase("County Treasurer Ida Holm said the bonds were safe.", "County Treasurer Ida Holm", "Ida Holm")]
    public void Resolve_PersonNounCapitalisedBeforeAName_IsNoPartOfTheName(string article, string source, string expected)
    {
        Assert.That(ResolvedSource(article, "Claim", source, source), Is.EqualTo(expected));
    }

    [TestCase("Residents in Porth Ceri said the sea wall had been breached.", "Residents in Porth Ceri")]
    [TestCase("Workers at Harlow Mills said the factory would close.", "Workers at Harlow Mills")]
    public void Resolve_PeopleOfAPlaceNamedInTwoWords_AreNotAPersonOfThatName(string article, string source)
    {
        Assert.That(ResolvedSource(article, "Claim", source, source), Is.Null);
    }

    [TestCase("“We will appeal,” the ministry, in a statement, said.", "the ministry")]
    [TestCase("“We will appeal,” Ruth Abebe, a lawyer, told reporters.", "Ruth Abebe")]
    public void Resolve_CommasWithoutADescriptionThenAName_DoNotTakeTheAppositive(string article, string source)
    {
        Assert.That(
            ResolvedSource(article, "DirectQuote", "“", source),
            Is.Not.EqualTo("in a statement").And.Not.EqualTo("a lawyer"));
    }

    [TestCase("Singer Amy Lowe has spoken about her split.\n\nThe 29-year-old, who found fame on Island Hearts, said she had been sad for months.", "The 29-year-old", "Amy Lowe")]
    [TestCase("Coach Dara Quinn was not at the match.\n\nThe 52-year-old, a friend of Tomas Reyes, said the club had let him down.", "The 52-year-old", "Dara Quinn")]
    [TestCase("Another resident, retired teacher Helen Ward, said the road was unsafe.", "Another resident", "Helen Ward")]
    public void Resolve_NameInAClauseOrAfterAPrepositionBetweenCommas_IsNotTheDescribedPerson(string article, string source, string expected)
    {
        Assert.That(ResolvedSource(article, "Claim", "said", source), Is.EqualTo(expected));
    }

    [Test]
    public void Resolve_Surname_ResolvesToFullNameIntroducedEarlier()
    {
        Assert.That(
            ResolvedSource("Coach Tomas Lindqvist arrived late.\n\nLindqvist said the team had trained hard.", "Claim", "trained", "Lindqvist"),
            Is.EqualTo("Tomas Lindqvist"));
    }

    [Test]
    public void Resolve_SurnameInHeadline_ResolvesToFullNameIntroducedLater()
    {
        Assert.That(
            ResolvedSource("Budget is balanced – Mayor Okafor\n\nMayor Jane Okafor presented the budget on Tuesday.", "Claim", "balanced", "Mayor Okafor"),
            Is.EqualTo("Jane Okafor"));
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

    [TestCase("Graciela Ortiz", "Ernesto Vidal", "she", "Graciela Ortiz")]
    [TestCase("Graciela Ortiz", "Ernesto Vidal", "he", "Ernesto Vidal")]
    public void Resolve_PronounAfterRomanceGivenNames_FollowsTheirGender(string first, string second, string pronoun, string expected)
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze(
            $"{first} said the bakery would reopen.\n\nEngineer {second} said the bridge was unsafe.\n\n“We will see,” {pronoun} said.");
        Tag[] tags = SourceResolver.Resolve(text, [
            Speech(text, "Claim", "reopen", first),
            Speech(text, "Claim", "unsafe", "Engineer " + second),
            Speech(text, "DirectQuote", "We will see", pronoun)]);
        Assert.That(Resolved(tags[2]), Is.EqualTo(expected));
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
        Assert.That(
            ResolvedSource("Farmer Kofi Boateng watched the river rise.\n\n“It has never been this high,” he said.", "DirectQuote", "never been", "he"),
            Is.EqualTo("Kofi Boateng"));
    }

    [Test]
    public void Resolve_TitleOnlyMention_ResolvesToThePersonWithThatTitle()
    {
        Assert.That(
            ResolvedSource("Mayor Jane Okafor opened the bridge.\n\nThe mayor said the work had finished early.", "Claim", "finished", "The mayor"),
            Is.EqualTo("Jane Okafor"));
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
        Assert.That(
            ResolvedSource("The Health Ministry said the outbreak was contained.", "Claim", "outbreak", "The Health Ministry"),
            Is.Null.Or.EqualTo("Health Ministry"));
    }

    [Test]
    public void Resolve_NoTags_ReturnsEmpty()
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze("Nothing here.");
        Assert.That(SourceResolver.Resolve(text, []), Is.Empty);
    }

    [Test]
    public void Resolve_PronounAfterQuote_KeepsLastSpeakerOverPersonNamedInEarlierParagraph()
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze(
            "Coach Tim Vance said the team was ready.\n\nStriker Joe Pike missed training with a knee injury.\n\n“We have a strong squad,” he said.");
        Tag quote = Speech(text, "DirectQuote", "strong squad", "he");
        int open = text.Text.IndexOf('“', StringComparison.Ordinal) + 1, close = text.Text.IndexOf('”', StringComparison.Ordinal);
        quote = quote with { Roles = new Dictionary<string, RoleSpan>(quote.Roles) { ["content"] = new RoleSpan(open, close, text.Text[open..close]) } };
        Tag[] tags = SourceResolver.Resolve(text, [Speech(text, "Claim", "ready", "Coach Tim Vance"), quote]);
        Assert.That(Resolved(tags[1]), Is.EqualTo("Tim Vance"));
    }

    [Test]
    public void Resolve_PronounAfterSubjectInSameParagraph_TakesThatSubject()
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze(
            "Owner Dan Cole said the club would survive.\n\nManager Luca Ferri refused to discuss the rumours. “The team is ready,” he said.");
        Tag[] tags = SourceResolver.Resolve(text, [
            Speech(text, "Claim", "survive", "Owner Dan Cole"),
            Speech(text, "DirectQuote", "team is ready", "he")]);
        Assert.That(Resolved(tags[1]), Is.EqualTo("Luca Ferri"));
    }

    [Test]
    public void Resolve_PronounAfterUnnamedSpeaker_StaysUnresolved()
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze(
            "Dr Miriam Achebe said the unit was safe.\n\nOne mother said she had waited six hours. “Nobody listened,” she said.");
        Tag[] tags = SourceResolver.Resolve(text, [
            Speech(text, "Claim", "unit was safe", "Dr Miriam Achebe"),
            Speech(text, "Claim", "waited", "One mother"),
            Speech(text, "DirectQuote", "Nobody listened", "she")]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Resolved(tags[0]), Is.EqualTo("Miriam Achebe"));
            Assert.That(Resolved(tags[2]), Is.Null);
        }
    }

    [TestCase("Jordan Reeve accused the singer of using the appeal to boost her profile. “She does not care,” he said.", "Jordan Reeve")]
    [TestCase("Jordan Reeve said she would appeal. “I will win,” she said.", "Jordan Reeve")]
    public void Resolve_PronounAfterAnotherPersonsDescription_DoesNotGiveTheNamedPersonItsGender(string article, string expected)
    {
        Assert.That(ResolvedSource(article, "DirectQuote", "“", article.Contains(" he said", StringComparison.Ordinal) ? "he" : "she"), Is.EqualTo(expected));
    }

    [Test]
    public void Resolve_FirstNameGender_SkipsPersonOfOtherGender()
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze(
            "Mayor Ruth Kim said the bridge would reopen. Her predecessor, Alan Ford, was jailed in 2019.\n\n“We have learned,” she said.");
        Tag[] tags = SourceResolver.Resolve(text, [
            Speech(text, "Claim", "bridge", "Mayor Ruth Kim"),
            Speech(text, "DirectQuote", "learned", "she")]);
        Assert.That(Resolved(tags[1]), Is.EqualTo("Ruth Kim"));
    }

    [TestCase("The 26-year-old denies the charge.", "The 26-year-old")]
    [TestCase("The Kenyan denies the charge.", "The Kenyan")]
    public void Resolve_DefiniteDescription_RefersBackToTheSubject(string sentence, string mention)
    {
        Assert.That(
            ResolvedSource("Sprinter Ngozi Okoro was suspended on Friday. " + sentence, "Claim", "denies", mention),
            Is.EqualTo("Ngozi Okoro"));
    }

    [TestCase("The company said sales had doubled.", "The company", "Sunfield Energy")]
    [TestCase("The Athletics Integrity Unit (AIU) opened a case. The AIU said the sample was positive.", "The AIU", "Athletics Integrity Unit")]
    [TestCase("The opposition Social Alliance said the budget was a wish list.", "The opposition Social Alliance", "Social Alliance")]
    [TestCase("Sunfield said sales had doubled.", "Sunfield", "Sunfield Energy")]
    public void Resolve_Organisation_TakesTheNameTheArticleGives(string sentence, string mention, string expected)
    {
        Assert.That(
            ResolvedSource("Sunfield Energy opened a solar farm. " + sentence, "Claim", "said", mention),
            Is.EqualTo(expected));
    }

    [Test]
    public void Resolve_DocumentWithAuthor_ResolvesItAndLaterMentionsOfIt()
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze(
            "A report by the housing charity Shelterline found that rents rose.\n\nThe report said councils had been warned.");
        Tag[] tags = SourceResolver.Resolve(text, [
            Speech(text, "Claim", "rents rose", "A report by the housing charity Shelterline"),
            Speech(text, "Claim", "warned", "The report")]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Resolved(tags[0]), Is.EqualTo("Shelterline"));
            Assert.That(Resolved(tags[1]), Is.EqualTo("Shelterline"));
        }
    }

    [Test]
    public void Resolve_ClaimContinuingASentence_TakesItsSpeaker()
    {
        const string article = "Lev Antal lashed out at the decision, saying the bloc had chosen confrontation.";
        AnalyzedText text = TextAnalyzer.Default.Analyze(article);
        int at = article.IndexOf("saying", StringComparison.Ordinal);
        var continuing = new Tag(Label.Claim, "test.rule", null, at, article.Length - 1, article[at..^1], [0], 1.0, new Dictionary<string, RoleSpan>());
        Tag[] tags = SourceResolver.Resolve(text, [continuing]);
        Assert.That(Resolved(tags[0]), Is.EqualTo("Lev Antal"));
    }

    [TestCase("Wexford Town manager Orla Brannigan was angry about the goal, insisting the ball had gone out.", "insisting", "Orla Brannigan")]
    [TestCase("Tidewell chief executive Marcus Fenn left the meeting early, saying the offer was final.", "saying", "Marcus Fenn")]
    [TestCase("Tidewell Foods sued Marcus Fenn in March, saying the contract was void.", "saying", "Tidewell Foods")]
    [TestCase("Officials of the Marovian Foreign Ministry met on Monday.\n\nThe head of the Marovian diplomacy, Petra Lind, went further, describing the plan as reckless.", "describing", "Petra Lind")]
    public void Resolve_ClaimContinuingASentence_ThePersonAnOrganisationTitlesSpeaks(string article, string cue, string expected)
    {
        Assert.That(ResolvedContinuing(article, cue), Is.EqualTo(expected));
    }

    [TestCase("Brightwater Energy raised prices in May.\n\nThe company disputed the figure, saying leakage had fallen.", "Brightwater Energy")]
    [TestCase("The Harbour Board met on Friday.\n\nThe board rejected the plan, saying it was too costly.", "Harbour Board")]
    [TestCase("Marovia’s top diplomat lashed out at the tariffs, saying they would hurt farmers.\n\nForeign Minister Ivo Danek spoke in Rome.", "Ivo Danek")]
    [TestCase("Mayor Lena Brandt visited the depot.\n\nThe mayor rejected the plan, saying it was too costly.", "Lena Brandt")]
    public void Resolve_ClaimContinuingASentenceOpenedByADescription_ResolvesTheDescription(string article, string expected)
    {
        Assert.That(ResolvedContinuing(article, "saying"), Is.EqualTo(expected));
    }

    [Test]
    public void Resolve_ClaimContinuingASentenceOpenedByAnotherNoun_HasNoSource()
    {
        Assert.That(ResolvedContinuing("The weather turned cold, causing delays across the region.", "causing"), Is.Null);
    }

    [TestCase("Marovian officials rejected the report, calling it a fabrication.", "calling", "Marovian officials")]
    [TestCase("Residents packed the hall, saying the plan would ruin the park.", "saying", "Residents")]
    [TestCase("Prices rose again in June, pushing inflation higher.", "pushing", null)]
    [TestCase("Labour seized on the letter, accusing the minister of misleading voters.", "accusing", "Labour")]
    [TestCase("Human Rights Watch welcomed the ruling, saying it was overdue.", "saying", "Human Rights Watch")]
    [TestCase("Conservatives criticised the deal, arguing it did nothing to cut spending.", "arguing", "Conservatives")]
    [TestCase("Carver's club welcomed the decision, saying racism had no place in the game.", "saying", "Carver's club")]
    [TestCase("Yesterday crowds gathered outside, chanting slogans.", "chanting", null)]
    [TestCase("Meanwhile talks stalled in Geneva, dimming hopes of a deal.", "dimming", null)]
    [TestCase("Opposition councillors have slammed the decision, calling it a betrayal.", "calling", "Opposition councillors")]
    [TestCase("Union leaders walked out of the talks, saying the offer was an insult.", "saying", "Union leaders")]
    [TestCase("Yet City Hall has brushed off their concerns, claiming the market will sort it out.", "claiming", "City Hall")]
    [TestCase("But the council rejected the plan, saying it was too costly.", "saying", "the council")]
    [TestCase("But Mayor Lena Brandt rejected the plan, saying it was too costly.", "saying", "Mayor Lena Brandt")]
    [TestCase("Rovers sacked Steve Keating on Sunday.\n\nIn a statement, the club thanked Keating for his work but said results had fallen short.", "said", "the club")]
    [TestCase("Rovers sacked Steve Keating on Sunday.\n\nThe club thanked Keating for his work but said results had fallen short.", "said", "The club")]
    public void Resolve_ClaimContinuingASentenceOpenedByAGroup_TakesTheGroupAsSource(string article, string cue, string? expected)
    {
        Assert.That(ContinuingSource(article, cue)?.Text, Is.EqualTo(expected));
    }

    [TestCase("“We will appeal,” said Dara Quinn.\n\nMayor Lena Brandt thanked the crews, saying “nobody could have done more.”", "Lena Brandt")]
    [TestCase("“We will appeal,” said Dara Quinn.\n\nThe Harbour Board met on Friday. The board rejected the plan, writing on X that “the cost is too high.”", "Harbour Board")]
    public void Resolve_QuoteJoinedToASentenceByItsOwnVerb_TakesTheSentencesSubjectNotTheLastSpeaker(string article, string expected)
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze(article);
        int open = article.LastIndexOf('“');
        int cueAt = article.LastIndexOf(", ", open, StringComparison.Ordinal) + 2;
        int cueEnd = article.IndexOf(' ', cueAt);
        int sentence = text.Sentences.Count(s => s.Span.Start <= cueAt) - 1;
        var roles = new Dictionary<string, RoleSpan> { ["cue"] = new RoleSpan(cueAt, cueEnd, article[cueAt..cueEnd]) };
        var joined = new Tag(Label.DirectQuote, "test.rule", null, cueAt, article.Length, article[cueAt..], [sentence], 1.0, roles);
        Tag[] tags = SourceResolver.Resolve(text, [Speech(text, "DirectQuote", "appeal", "Dara Quinn"), joined]);
        Assert.That(Resolved(tags[1]), Is.EqualTo(expected));
    }

    private static string? ResolvedContinuing(string article, string cue) => ContinuingSource(article, cue)?.Resolved;

    /// <summary>Resolves a claim with no source that runs from <paramref name="cue"/> to the end of the article's last
    /// sentence and returns the source it is given.</summary>
    private static RoleSpan? ContinuingSource(string article, string cue)
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze(article);
        int at = article.IndexOf(cue, StringComparison.Ordinal);
        int sentence = text.Sentences.Count(s => s.Span.Start <= at) - 1;
        var continuing = new Tag(Label.Claim, "test.rule", null, at, article.Length - 1, article[at..^1], [sentence], 1.0, new Dictionary<string, RoleSpan>());
        return SourceResolver.Resolve(text, [continuing])[0].Role("source");
    }

    [TestCase("Festival director Ines Caldwell opened the gates at noon.\n\n“We sold every ticket,” the director said.", "the director", "Ines Caldwell")]
    [TestCase("Villagers met the regional governor, Piet Olander, on Monday.\n\n“The road will be rebuilt,” the governor said.", "the governor", "Piet Olander")]
    [TestCase("Hamid Sorensen, chairman of the Fenwick Rowing Club, opened the boathouse.\n\n“It took ten years,” the chairman said.", "the chairman", "Hamid Sorensen")]
    [TestCase("Deputy Minister of Transport Oona Veldt toured the depot.\n\n“The trains will run,” the minister told reporters.", "the minister", "Oona Veldt")]
    public void Resolve_TitleOnlyMention_FindsThePersonGivenThatRoleAroundTheirName(string article, string source, string expected)
    {
        Assert.That(ResolvedSource(article, "DirectQuote", "“", source), Is.EqualTo(expected));
    }

    [TestCase("President Ana Ruiz opened the session.\n\nAddressing the crowd, the head of state stressed that the reforms would go on.", "the head of state", "Ana Ruiz")]
    [TestCase("Prime Minister Tom Vale flew to Oslo.\n\nThe head of government said talks were going well.", "The head of government", "Tom Vale")]
    [TestCase("Pope Clement XV greeted the crowd.\n\nThe pontiff said the weapons must fall silent.", "The pontiff", "Clement XV")]
    [TestCase("The leader of Harrowby Council has conceded the budget is short.\n\nGreen group leader Ola Finch said the cuts were avoidable.", "The leader of Harrowby Council", null)]
    [TestCase("The head of the Rowing Federation said the race would go ahead.\n\nFederation head Lina Park opened the course.", "The head of the Rowing Federation", "Lina Park")]
    [TestCase("The chairman of the bank said profits had doubled.\n\nBank chairman Tove Lind spoke later.", "The chairman of the bank", "Tove Lind")]
    public void Resolve_TitleOfANamedOwner_TakesOnlyAHolderOfTheSameOwner(string article, string source, string? expected)
    {
        Assert.That(ResolvedSource(article, "Claim", source, source), Is.EqualTo(expected));
    }

    [TestCase("Northern Grid says 41,000 homes are without power.\n\n“Our fence is in the next field,” she writes.", "Northern Grid")]
    [TestCase("Westmoor Rail said the line was closed.\n\n“We waited three hours,” he said.", "Westmoor Rail")]
    public void Resolve_PronounAfterAnOrganisationNamedByItsTrade_IsNotTheOrganisation(string article, string organisation)
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze(article);
        Tag[] tags = SourceResolver.Resolve(text, [
            Speech(text, "Claim", organisation, organisation),
            Speech(text, "DirectQuote", "“", article.Contains(" she ", StringComparison.Ordinal) ? "she" : "he")]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Resolved(tags[0]), Is.EqualTo(organisation));
            Assert.That(Resolved(tags[1]), Is.Not.EqualTo(organisation));
        }
    }

    [Test]
    public void Resolve_BodyWhoseWordsHoldAPortfolio_IsNotThePersonOfThatPortfolio()
    {
        Assert.That(
            ResolvedSource("Six people were taken to hospital, the regional health protection team said.\n\nDr Omar Haddad, a consultant in health protection, spoke later.", "Claim", "Six people", "the regional health protection team"),
            Is.Not.EqualTo("Omar Haddad"));
    }

    [TestCase("One guest, Priya Desai, 34, said she felt unwell.", "One guest", "Priya Desai")]
    [TestCase("A visitor, Tom Reyes, said the gates were shut.", "A visitor", "Tom Reyes")]
    public void Resolve_PersonNounThenANameBetweenCommas_IsTheName(string article, string source, string expected)
    {
        Assert.That(ResolvedSource(article, "Claim", source, source), Is.EqualTo(expected));
    }

    [Test]
    public void Resolve_TitleOnlyMention_DoesNotMatchTheTitleInsideAnotherWord()
    {
        Assert.That(
            ResolvedSource("Lola Brandt, a campaigner for the coastal path, walked the route.\n\n“It is a disgrace,” the MP said.", "DirectQuote", "“", "the MP"),
            Is.Null);
    }

    [Test]
    public void Resolve_PronounAfterQuote_PrefersPersonKnownToFitOverEarlierSpeakerOfUnknownGender()
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze(
            "Inspector Juno Tarrant said the road would stay shut.\n\nAmong the drivers waiting was Mrs Ada Lind.\n\n“I have been here since six,” she said.");
        Tag quote = Speech(text, "DirectQuote", "since six", "she");
        int open = text.Text.IndexOf('“', StringComparison.Ordinal) + 1, close = text.Text.IndexOf('”', StringComparison.Ordinal);
        quote = quote with { Roles = new Dictionary<string, RoleSpan>(quote.Roles) { ["content"] = new RoleSpan(open, close, text.Text[open..close]) } };
        Tag[] tags = SourceResolver.Resolve(text, [Speech(text, "Claim", "shut", "Inspector Juno Tarrant"), quote]);
        Assert.That(Resolved(tags[1]), Is.EqualTo("Ada Lind"));
    }

    [Test]
    public void Resolve_FloatingQuoteAfterSpeakerToldNamedPerson_StaysWithTheSpeaker()
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze(
            "Judge Mara Quist said the theft had been planned.\n\n‘You planned every step,’ the judge told Bryn Tolley. ‘You showed no remorse.’");
        Tag told = Speech(text, "DirectQuote", "every step", "the judge");
        int cue = text.Text.IndexOf("told", StringComparison.Ordinal);
        told = told with { Roles = new Dictionary<string, RoleSpan>(told.Roles) { ["cue"] = new RoleSpan(cue, cue + 4, "told") } };
        Tag[] tags = SourceResolver.Resolve(text, [
            Speech(text, "Claim", "planned.", "Judge Mara Quist"),
            told,
            Speech(text, "DirectQuote", "no remorse", string.Empty)]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Resolved(tags[1]), Is.EqualTo("Mara Quist"));
            Assert.That(Resolved(tags[2]), Is.EqualTo("Mara Quist"));
        }
    }

    [Test]
    public void Resolve_TheyAfterTwoNamedSpeakers_ResolvesToBothNames()
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze(
            "Councillors Nia Brook and Owen Sayer said the plan was rushed.\n\n“We were given two days to read it,” they said.");
        Tag[] tags = SourceResolver.Resolve(text, [
            Speech(text, "Claim", "rushed", "Councillors Nia Brook and Owen Sayer"),
            Speech(text, "DirectQuote", "two days", "they")]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Resolved(tags[0]), Is.EqualTo("Nia Brook and Owen Sayer"));
            Assert.That(Resolved(tags[1]), Is.EqualTo("Nia Brook and Owen Sayer"));
        }
    }

    [Test]
    public void Resolve_GroupDescriptionThenTwoNamesBetweenCommas_ResolvesToBothNames()
    {
        Assert.That(
            ResolvedSource("The two nurses on duty, Greta Holm and Sami Rautio, said the alarm never sounded.", "Claim", "alarm", "The two nurses on duty"),
            Is.EqualTo("Greta Holm and Sami Rautio"));
    }

    [Test]
    public void Resolve_TheyWithNoGroupSpeaker_StaysUnresolved()
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze(
            "Mayor Ida Falk said the square would reopen.\n\n“We are ready,” they said.");
        Tag[] tags = SourceResolver.Resolve(text, [
            Speech(text, "Claim", "reopen", "Mayor Ida Falk"),
            Speech(text, "DirectQuote", "ready", "they")]);
        Assert.That(Resolved(tags[1]), Is.Null);
    }

    [Test]
    public void Resolve_DescriptionAfterSentenceWithPronounSubject_SkipsThePersonThatSentenceNames()
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze(
            "Rafe Dunmore said the squad was fit.\n\nHe has brought in a new assistant, Ossie Brandt, from the academy.\n\n“We are stronger now,” the 41-year-old said.");
        Tag[] tags = SourceResolver.Resolve(text, [
            Speech(text, "Claim", "fit.", "Rafe Dunmore"),
            Speech(text, "DirectQuote", "stronger", "the 41-year-old")]);
        Assert.That(Resolved(tags[1]), Is.EqualTo("Rafe Dunmore"));
    }

    [Test]
    public void Resolve_PronounAfterQuoteThatNamesTheLastSpeaker_TakesSomeoneElse()
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze(
            "Coach Dora Quill said the team had prepared well.\n\nIda Renn, the league's top scorer, will face Quill's side on Sunday.\n\n“Dora gave me my first chance,” she said.");
        Tag quote = Speech(text, "DirectQuote", "first chance", "she");
        int open = text.Text.IndexOf('“', StringComparison.Ordinal) + 1, close = text.Text.IndexOf('”', StringComparison.Ordinal);
        quote = quote with { Roles = new Dictionary<string, RoleSpan>(quote.Roles) { ["content"] = new RoleSpan(open, close, text.Text[open..close]) } };
        Tag[] tags = SourceResolver.Resolve(text, [Speech(text, "Claim", "prepared", "Coach Dora Quill"), quote]);
        Assert.That(Resolved(tags[1]), Is.EqualTo("Ida Renn"));
    }

    [Test]
    public void Resolve_CompanyNounAfterTwoWordBusinessName_ResolvesToThatBusiness()
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze(
            "The bus operator Cardew Coaches said routes would reopen on Monday. The company said a bridge had failed.");
        Tag[] tags = SourceResolver.Resolve(text, [
            Speech(text, "Claim", "routes", "The bus operator Cardew Coaches"),
            Speech(text, "Claim", "bridge", "The company")]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Resolved(tags[0]), Is.EqualTo("Cardew Coaches"));
            Assert.That(Resolved(tags[1]), Is.EqualTo("Cardew Coaches"));
        }
    }

    // "the Nebraska Democrat" describes the lawmaker named before, by state and party
    [TestCase("Sen. Patricia Hale criticised the program on Wednesday. In a letter, the Nebraska Democrat said the program was late.",
        "late", "the Nebraska Democrat", "Patricia Hale")]
    // a capital opening a sentence that goes on to "its" is no company
    [TestCase("Brussels has fined Orchard Systems €1.8 billion for abusing its dominance. Brussels said the fine was fair. The company said it would appeal.",
        "appeal", "The company", "Orchard Systems")]
    // a name set off by commas after a business noun is that business
    [TestCase("Britain's second-largest pharmacy chain, Wellmark, will close 300 shops, the company announced on Wednesday.",
        "close", "the company", "Wellmark")]
    // or between a comma and the sentence's end
    [TestCase("Part of the tunnel gave way, according to the mining company, Andes Copper. The company said it had suspended operations.",
        "suspended", "The company", "Andes Copper")]
    // a body the article calls a regulator is no company
    [TestCase("Brightmart Stores said profits fell. Postal regulator Ofwire is reviewing the rules. The company said it would comply.",
        "comply", "The company", "Brightmart Stores")]
    // a man's pronoun skips a woman named since ("Diane" is a woman's name)
    [TestCase("Tom Okafor trains at a centre where his coach, Diane Marsh, describes him as stubborn. He insists he is not a role model.",
        "role model", "He", "Tom Okafor")]
    // "the prime minister" is no "shadow security minister"
    [TestCase("Labour's shadow security minister, Dan Carden, spoke on Monday. The prime minister said the attack was reckless.",
        "reckless", "The prime minister", null)]
    [TestCase("Prime Minister Ana Ruiz spoke on Monday. Shadow security minister Dan Carden replied on Tuesday. The prime minister said the attack was reckless.",
        "reckless", "The prime minister", "Ana Ruiz")]
    public void Resolve_MentionWithOthersNamedNearby_FindsWhomTheArticleMeans(string article, string sentence, string source, string? expected)
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze(article);
        Tag[] tags = SourceResolver.Resolve(text, [Speech(text, "Claim", sentence, source)]);
        Assert.That(Resolved(tags[0]), Is.EqualTo(expected));
    }

    [Test]
    public void Resolve_PersonNamedAfterBusinessNoun_StaysAPerson()
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze(
            "The film producer Laura Quint said the shoot would move. “We need the light,” she said.");
        Tag[] tags = SourceResolver.Resolve(text, [
            Speech(text, "Claim", "shoot", "The film producer Laura Quint"),
            Speech(text, "DirectQuote", "light", "she")]);
        Assert.That(Resolved(tags[1]), Is.EqualTo("Laura Quint"));
    }

    [Test]
    public void Resolve_GuildNamedEarlier_ResolvesTheGuildAndIt()
    {
        AnalyzedText text = TextAnalyzer.Default.Analyze(
            "The Dockers Guild backed the strike.\n\n“We stand by our members,” the guild said. “We always will,” it added.");
        Tag[] tags = SourceResolver.Resolve(text, [
            Speech(text, "DirectQuote", "stand by", "the guild"),
            Speech(text, "DirectQuote", "always will", "it")]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Resolved(tags[0]), Is.EqualTo("Dockers Guild"));
            Assert.That(Resolved(tags[1]), Is.EqualTo("Dockers Guild"));
        }
    }
}
