using ClaimTagger.Rules;
using ClaimTagger.Tests.Matching;
using ClaimTagger.Tests.Rules;

namespace ClaimTagger.Tests;

public class TaggerTests
{
    private static string DenialFile => Path.Combine(RepoPaths.Root, "tests", "ClaimTagger.Tests", "Specs", "rules", "denial.yaml");

    private static Tagger Defaults() => new ClaimTaggerBuilder().UseDefaultRules().UseTextAnalysis(TestText.Analyzer).Build();

    [Test]
    public void Build_CustomDenialLabelFile_ProducesDenialTags()
    {
        Tagger tagger = new ClaimTaggerBuilder().UseDefaultRules().AddRuleFile(DenialFile).UseTextAnalysis(TestText.Analyzer).Build();
        const string text = "The harbour authority denied any responsibility for the spill.\nIts director later dismissed the inspectors’ findings as guesswork.\nThe authority has rejected new claims of negligence.";
        TaggedArticle result = tagger.Tag(text);
        var denials = result.TagsWithLabel(new Label("Denial")).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(denials.Select(t => t.Rule), Is.EqualTo(new[] { "newsroom.denial.denied", "newsroom.denial.dismissed-as", "newsroom.denial.rejected-claims" }));
            Assert.That(denials[0].Role("source")!.Text, Is.EqualTo("The harbour authority"));
            Assert.That(denials[1].Role("verdict")!.Text, Is.EqualTo("guesswork"));
            Assert.That(denials[2].Role("target")!.Text, Is.EqualTo("claims"));
            Assert.That(result.Sentences.Select(s => s.Labels.Contains(new Label("Denial"))), Is.All.True);
        }
    }

    [Test]
    public void Run_DenialFileExamples_AllPass()
    {
        Tagger tagger = new ClaimTaggerBuilder().UseDefaultRules().AddRuleFile(DenialFile).Build();
        RuleExampleReport report = RuleExampleRunner.Run(tagger.Rules);
        Assert.That(report.Failures.Select(f => f.ToString()), Is.Empty);
    }

    [Test]
    public void Tag_ArticleWithDefaultRules_FindsEachLabelWithRoles()
    {
        const string text = """
            Ferry crossings to resume next week – Transport Minister Lina Haddad
            “We have fixed the engines and trained new crews,” Haddad told reporters on Thursday.
            The operator has admitted that two sailings ran without a licensed engineer.
            Inspectors are believed to have found rust on the car deck, and the company reportedly paid an alleged bribe to delay the check.
            Critics called the timetable ‘fantasy’ and said the minister was UTTERLY WRONG.
            The ‘improved’ timetable starts on Monday.
            """;
        TaggedArticle result = new ClaimTaggerBuilder().UseDefaultRules().UseTextAnalysis(t => TestText.Analyze(t, global::ClaimTagger.Sections.SectionKind.Headline)).Build().Tag(text);
        string[] summary = result.Tags.Select(t => $"{t.Label}/{t.Kind ?? "-"}:{t.Text}").ToArray();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(summary, Does.Contain("Claim/-:Ferry crossings to resume next week – Transport Minister Lina Haddad"));
            Assert.That(summary, Does.Contain("DirectQuote/-:“We have fixed the engines and trained new crews,” Haddad told reporters"));
            Assert.That(summary, Does.Contain("Claim/-:The operator has admitted that two sailings ran without a licensed engineer"));
            Assert.That(summary, Does.Contain("ReporterFraming/loaded-verb:admitted"));
            Assert.That(summary, Does.Contain("Attribution/-:are believed to"));
            Assert.That(summary, Does.Contain("Attribution/-:reportedly"));
            Assert.That(summary, Does.Contain("Attribution/-:alleged bribe"));
            Assert.That(summary, Does.Contain("ReporterFraming/scare-quote:‘improved’"));
            Assert.That(summary, Does.Not.Contain("ReporterFraming/scare-quote:‘fantasy’"));
            Assert.That(summary, Does.Contain("ReporterFraming/emphasis:UTTERLY WRONG"));
            Assert.That(result.Tags.Select(t => t.Start), Is.Ordered);
            Assert.That(result.Tags.All(t => t.Text == text[t.Start..t.End] && t.Roles.Values.All(r => r.Text == text[r.Start..r.End])), Is.True);
        }
    }

    [Test]
    public void Tag_DirectQuoteAndClaimOverSameWords_KeepsOnlyOne()
    {
        TaggedArticle result = Defaults().Tag("“The budget is balanced,” Okafor said.");
        Assert.That(result.Tags.Where(t => t.Label == Label.DirectQuote || t.Label == Label.Claim).Select(t => t.Rule), Is.EqualTo(new[] { "quote.trailing-source" }));
    }

    [Test]
    public void Tag_MixedQuote_IsOneClaimWithoutSeparateDirectQuote()
    {
        TaggedArticle result = Defaults().Tag("The plan is “dead on arrival”, the senator said.");
        Assert.That(result.Tags.Where(t => t.Label == Label.DirectQuote || t.Label == Label.Claim).Select(t => t.Label), Is.EqualTo(new[] { Label.Claim }));
    }

    [TestCase("Ministry spokeswoman Irina Volk said the drills were defensive.\n\nThe official also pointed out that they had been announced in May.", false)]
    [TestCase("A senior official said the drills were defensive.\n\nThe official also pointed out that they had been announced in May.", true)]
    public void Tag_SameOfficialSpokenOfAgain_IsAnUnnamedSourceOnlyWhileUnnamed(string article, bool unnamed)
    {
        TaggedArticle result = Defaults().Tag(article);
        int at = article.IndexOf("The official", StringComparison.Ordinal);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Tags.Any(t => t.Label == Label.Claim && t.Role("source")?.Start == at), Is.True);
            Assert.That(result.Tags.Any(t => t.Label == Label.Attribution && t.Kind == "unnamed-source" && t.Start == at), Is.EqualTo(unnamed));
        }
    }

    [Test]
    public void Tag_ParticipleClaimAfterARepresentativeOfAnOrganisation_HasTheRepresentativeAsSource()
    {
        TaggedArticle result = Defaults().Tag("Harlow Foods confirmed the closure on Monday.\n\nA Harlow spokeswoman declined to comment on jobs, saying the review was not finished.");
        Tag claim = result.Tags.Single(t => t.Rule == "claim.participle");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(claim.Role("source")?.Text, Is.EqualTo("A Harlow spokeswoman"));
            Assert.That(claim.Role("source")?.Resolved, Is.Null);
            Assert.That(claim.Role("content")?.Text, Is.EqualTo("the review was not finished"));
        }
    }

    [TestCase("The alliance said it was disappointed and urged members to contact their representatives.", "it was disappointed")]
    [TestCase("The union said the offer was fair and asked the company to reopen talks.", "the offer was fair")]
    [TestCase("The union said the offer was fair and vowed to put it to a vote.", "the offer was fair")]
    [TestCase("The union said the offer was fair and urged caution.", "the offer was fair and urged caution")]
    [TestCase("The minister said the demand was unaffordable and urged the British Medical Association to call off the strike.", "the demand was unaffordable")]
    [TestCase("Coach Ben Amos said the penalty was \"correct\" and praised his players' resilience.", "the penalty was \"correct\"")]
    [TestCase("The chairman said the merger had been approved and thanked staff for their patience.", "the merger had been approved")]
    [TestCase("The trade body said the study proved nothing and warned against \"demonising\" snacks.", "the study proved nothing")]
    [TestCase("Doctors said the storm had warned of worse to come.", "the storm had warned of worse to come")]
    public void Tag_ClaimFollowedByARequestOrPlan_EndsBeforeIt(string text, string content)
    {
        Tag claim = Defaults().Tag(text).Tags.Single(t => t.Label == Label.Claim);
        Assert.That(claim.Role("content")?.Text, Is.EqualTo(content));
    }

    // A verb joined after the content that introduces a quotation with a colon is the speaker's: the claim ends before
    // it and the quotation is a DirectQuote of the same speaker.
    [TestCase("Last year Ria Moss told a magazine that her marriage was 'stronger than ever', and gushed: 'Tom is my rock.'", "her marriage was 'stronger than ever'", "Tom is my rock.")]
    [TestCase("The union said the offer, at 2 per cent, was \"insulting\", and warned: \"We will strike.\"", "the offer, at 2 per cent, was \"insulting\"", "We will strike.")]
    public void Tag_ClaimFollowedByAJoinedVerbAndAColonQuotation_EndsBeforeIt(string text, string content, string quoted)
    {
        TaggedArticle article = Defaults().Tag(text);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.TagsWithLabel(Label.Claim).Single().Role("content")?.Text, Is.EqualTo(content));
            Assert.That(article.TagsWithLabel(Label.DirectQuote).Single().Role("content")?.Text, Is.EqualTo(quoted));
        }
    }

    [TestCase("Corvell Motors said it would cut investment next year but gave no figure.", "it would cut investment next year")]
    [TestCase("The trade body said cereal could help children focus and pointed to two small trials.", "cereal could help children focus")]
    [TestCase("The trade body said sugar could be \"part of a varied diet\" and pointed to official guidance.", "sugar could be \"part of a varied diet\"")]
    [TestCase("Police said the pair could be fined and jailed if convicted.", "the pair could be fined and jailed if convicted")]
    [TestCase("The builder said the homes would have been finished and handed over by May.", "the homes would have been finished and handed over by May")]
    [TestCase("Analysts said sales rose in March and fell in April.", "sales rose in March and fell in April")]
    public void Tag_ClaimWithAModalFollowedByAPastVerb_EndsBeforeTheSpeakersNextPredicate(string text, string content)
    {
        Tag claim = Defaults().Tag(text).Tags.First(t => t.Label == Label.Claim);
        Assert.That(claim.Role("content")?.Text, Is.EqualTo(content));
    }

    [TestCase("Varossa has long accused the coalition of moving troops to its border, a charge the coalition rejects.", "the coalition of moving troops to its border")]
    [TestCase("The union said managers had ignored safety reports, an allegation the company denies.", "managers had ignored safety reports")]
    [TestCase("The navy said it had sunk 12 of the 15 boats, a figure that could not be verified.", "it had sunk 12 of the 15 boats")]
    [TestCase("The paper reported that regulators had opened an inquiry, citing people familiar with the matter.", "regulators had opened an inquiry")]
    [TestCase("Observers said the vote was unfair, citing ballot stuffing and intimidation.", "the vote was unfair, citing ballot stuffing and intimidation")]
    [TestCase("The union said managers had ignored the charge sheet, the canteen and the rota.", "managers had ignored the charge sheet, the canteen and the rota")]
    [TestCase("The council said it would cut rents, charges and fees next year.", "it would cut rents, charges and fees next year")]
    [TestCase("The ministry warned that Sarnia must \"stop meddling in our affairs,\" a reference to the border dispute.", "Sarnia must \"stop meddling in our affairs,\"")]
    [TestCase("The ministry warned that Sarnia must “stop meddling in our affairs”, a reference to the border dispute.", "Sarnia must “stop meddling in our affairs”")]
    [TestCase("Insiders claim the star has signed a deal with a magazine, although this could not be independently confirmed.", "the star has signed a deal with a magazine")]
    [TestCase("Insiders claim the star has signed a deal with a magazine, although she denies it.", "the star has signed a deal with a magazine, although she denies it")]
    public void Tag_ClaimFollowedByTheReportersNoteOnIt_EndsBeforeTheNote(string text, string content)
    {
        Tag claim = Defaults().Tag(text).Tags.Single(t => t.Label == Label.Claim);
        Assert.That(claim.Role("content")?.Text, Is.EqualTo(content));
    }

    [Test]
    public void Tag_SpeakerAfterAPlaceName_IsTheNameInApposition()
    {
        Tag claim = Defaults().Tag("In Port Carrow, Maria Lopez, 58, said she was staying put.").Tags.Single(t => t.Label == Label.Claim);
        Assert.That((claim.Role("source")?.Text, claim.Role("content")?.Text), Is.EqualTo(("Maria Lopez", "she was staying put")));
    }

    [TestCase("Talks were led by Ana Ruiz, who warned the deal could still collapse.", "Ana Ruiz", "Ana Ruiz")]
    [TestCase("The delay was confirmed by the operator, which said that the line would reopen on Monday.", "the operator", null)]
    [TestCase("Power was cut to 9,000 homes, according to Western Grid, which has said crews were working overnight.", "Western Grid", "Western Grid")]
    [TestCase("The bypass has been opposed by local traders, who say it will halve their custom.", "local traders", null)]
    [TestCase("The target has long been questioned by scientists, who say it began as a slogan.", "scientists", null)]
    public void Tag_ClaimInARelativeClause_IsSpokenByTheMentionBeforeTheComma(string text, string source, string? resolved)
    {
        Tag claim = Defaults().Tag(text).Tags.Single(t => t.Rule == "claim.relative");
        Assert.That((claim.Role("source")?.Text, claim.Role("source")?.Resolved), Is.EqualTo((source, resolved)));
    }

    [TestCase("Transport Secretary Lena Hart — who has previously said she would not intervene in the dispute — is considering talks.", "Transport Secretary Lena Hart", "Lena Hart", "she would not intervene in the dispute")]
    [TestCase("The regulator – which has warned that fares will rise – met the operators on Monday.", "The regulator", null, "fares will rise")]
    [TestCase("Lena Hart, who said last week that she would not intervene, is now considering talks.", "Lena Hart", "Lena Hart", "she would not intervene")]
    public void Tag_ClaimInARelativeClauseInsideTheSentence_IsSpokenByTheMentionBeforeIt(string text, string source, string? resolved, string content)
    {
        Tag claim = Defaults().Tag(text).Tags.Single(t => t.Rule == "claim.relative-inset");
        Assert.That((claim.Role("source")?.Text, claim.Role("source")?.Resolved, claim.Role("content")?.Text), Is.EqualTo((source, resolved, content)));
    }

    [Test]
    public void Tag_TagTrimmedToItsRoles_IsOrderedByPublishedSpan()
    {
        // The hedge's match ends after the quote's, but trimmed to its roles it ends first; the published tags must
        // be ordered by the spans users see, start then end.
        TaggedArticle result = Defaults().Tag("« So-called S-");
        var spans = result.Tags.Select(t => (t.Start, t.End)).ToList();
        Assert.That(spans, Has.Count.GreaterThan(1));
        Assert.That(spans, Is.Ordered);
    }

    // A wire dateline that opens the first sentence names the place and the agency, not the subject.
    [TestCase("Port deal in doubt\n\nLISBON, March 3 (Reuters) - The Harbour Authority on Tuesday rejected the bid, calling it \"unworkable\".", "Harbour Authority")]
    [TestCase("Port deal in doubt\n\nLISBON (AP) — Marlow Shipping dismissed the claims, saying they were \"baseless\".", "Marlow Shipping")]
    [TestCase("Port deal in doubt\n\nLISBON, March 3 (Reuters) - Dock workers walked out, saying the offer was too low.", "Dock workers")]
    // A capitalised word before a plural noun for people says which people: the speaker is the group, not a place.
    [TestCase("Strike\n\nPort workers walked out on Monday, saying the new rota was unsafe.", "Port workers")]
    [TestCase("Strike\n\nRail unions rejected the offer, calling it an insult.", "Rail unions")]
    [TestCase("Strike\n\nAirport staff walked out, saying they had not been paid.", "Airport staff")]
    [TestCase("Strike\n\nKellner aides played down the rift, saying the two men spoke daily.", "Kellner aides")]
    [TestCase("Diesel tax\n\nThe agriculture minister has given in to farmers, days after insisting the tax would go ahead.", "The agriculture minister")]
    // a pronoun that opens the sentence stands for the person it refers back to
    [TestCase("Rates\n\nBank governor Rosa Lindqvist held rates. She also dismissed questions about the election, insisting that politics played no part.", "Rosa Lindqvist")]
    public void Tag_Participle_TakesTheWholeSubjectOfItsSentence(string article, string expected)
    {
        Tag claim = Defaults().Tag(article).Tags.Single(t => t.Rule == "claim.participle");
        RoleSpan source = claim.Role("source")!;
        Assert.That(source.Resolved ?? source.Text, Is.EqualTo(expected));
    }

    // A person named as the subject of a sentence that answers or takes a side introduces the next quotation's speaker,
    // even after another speaker in the same paragraph; one who only does something else does not.
    [TestCase("disagreed.", "Sarah Quinn")]
    [TestCase("hit back.", "Sarah Quinn")]
    [TestCase("was unconvinced.", "Sarah Quinn")]
    [TestCase("went further.", "Sarah Quinn")]
    [TestCase("urged ministers to act.", "Sarah Quinn")]
    [TestCase("missed the start of the debate.", "Ruth Okafor")]
    public void Tag_PronounAfterAPersonWhoAnswers_IsThatPerson(string verb, string expected)
    {
        string article = "Clinic closures\n\nDr Ruth Okafor, who leads the doctors' union, said clinics were \"at breaking point\". " +
            $"Health Secretary Sarah Quinn {verb}\n\n\"We are turning the corner,\" she said.";
        Assert.That(ResolvedSourceOfLast(article, Label.DirectQuote), Is.EqualTo(expected));
    }

    // A verb that says the speaker goes on ("insisted", "added") keeps the last speaker, unless a person the pronoun fits
    // has since been named answering them.
    [TestCase("rejected the criticism.", "insisted", "Sarah Quinn")]
    [TestCase("disagreed.", "added", "Sarah Quinn")]
    [TestCase("missed the start of the debate.", "insisted", "Ruth Okafor")]
    public void Tag_ContinuingPronounAfterAPersonWhoAnswers_IsThatPerson(string verb, string cue, string expected)
    {
        string article = "Clinic closures\n\nDr Ruth Okafor, who leads the doctors' union, accused ministers of neglect.\n\n" +
            $"Health Secretary Sarah Quinn {verb} Speaking in Leeds, she {cue} that clinics were being rebuilt.";
        Assert.That(ResolvedSourceOfLast(article, Label.Claim), Is.EqualTo(expected));
    }

    // A sentence that opens with a person's possessive before a thing or body of theirs is about that person; one
    // before a person of theirs is about that person's spokesman or lawyer.
    [TestCase("Holm's office did not respond to requests for comment.", "Anders Holm")]
    [TestCase("Holm's spokesman Piet Laan did not respond to requests for comment.", "Piet Laan")]
    public void Tag_PronounAfterAPossessiveSubject_IsThePossessor(string sentence, string expected)
    {
        string article = "Bank chief quits\n\nGovernor Anders Holm resigned on Monday. Asked about it, Prime Minister Tomas Eklund said: \"I wish him well.\"\n\n" +
            $"{sentence} He has previously said he would never bow to pressure.";
        Assert.That(ResolvedSourceOfLast(article, Label.Claim), Is.EqualTo(expected));
    }

    // A participle's claim belongs to the pronoun that is the sentence's subject, also after an opening phrase.
    [TestCase("In a follow-up post, he appeared to double down, writing that the agency was \"drowning in paperwork\".")]
    [TestCase("He appeared to double down, writing that the agency was \"drowning in paperwork\".")]
    public void Tag_ParticipleAfterAPronounSubject_IsThePronounsReferent(string sentence)
    {
        string article = $"Billionaire's offer\n\nTech investor Marcus Vell said he could fix the subway in six months.\n\n{sentence}";
        Assert.That(ResolvedSourceOfLast(article, Label.Claim), Is.EqualTo("Marcus Vell"));
    }

    // A second verb of a subject named at the sentence's start, after an adverb and a verb of stance, is theirs.
    [Test]
    public void Tag_SecondVerbAfterAnAdverbAndAStanceVerb_IsTheSubjects()
    {
        string article = "Depot fire\n\nA drone set fire to a depot overnight.\n\n" +
            "Harlen rarely confirms such attacks but has said strikes on fuel depots are legitimate.";
        Assert.That(Tagger.CreateDefault().Tag(article).TagsWithLabel(Label.Claim).Last().Role("source")?.Text, Is.EqualTo("Harlen"));
    }

    // A name after an opening preposition is its object, and the words after a name's comma that make a clause are no
    // title of it: neither makes "Truth Social" the speaker.
    [TestCase("On Truth Social, he claimed the ruling was unfair.")]
    [TestCase("In a post on Truth Social, the former president claimed the ruling was unfair.")]
    public void Tag_NameAfterAnOpeningPreposition_IsNotTheSpeaker(string sentence)
    {
        string article = $"Judge row\n\nDonald Trump attacked the judge on Tuesday.\n\n{sentence}";
        Assert.That(Tagger.CreateDefault().Tag(article).TagsWithLabel(Label.Claim).Last().Role("source")?.Resolved, Is.Not.EqualTo("Truth Social"));
    }

    // A pronoun in a headline points forward: to the first person the story names whom it fits.
    [TestCase("'We had to act', she says", "Grace Ahern")]
    [TestCase("'We had to act', he says", "Mark Dunne")]
    public void Tag_HeadlinePronoun_IsTheFirstFittingPersonOfTheStory(string headline, string expected)
    {
        string article = $"{headline}\n\nMark Dunne, the deputy leader, resigned on Monday. Mayor Grace Ahern defended the refit of the town hall.";
        Assert.That(ResolvedSourceOfLast(article, Label.DirectQuote), Is.EqualTo(expected));
    }

    // A description by a part in the events or an office is not someone the story gives another one; an epithet or a
    // word for anyone in public life may be anyone.
    [TestCase("\"I know what I saw,\" the witness insisted.", true, "Claire Dunmore")]
    [TestCase("The official said the street was well lit.", false, "Priya Nair")]
    public void Tag_DescriptionByRole_IsNotSomeoneWithAnotherRole(string sentence, bool quote, string expected)
    {
        string article = "Witness tells jury of attack\n\nClaire Dunmore, 34, said she heard a scream. Defence barrister Priya Nair " +
            $"suggested she was mistaken.\n\n{sentence}";
        Assert.That(ResolvedSourceOfLast(article, quote ? Label.DirectQuote : Label.Claim), Is.EqualTo(expected));
    }

    [Test]
    public void Tag_OfficeOfNoOneNamed_IsNotAPersonWithAnotherOffice()
    {
        string article = "Alliance meets\n\nSecretary General Anna Dahl said allies must spend more.\n\n" +
            "In an interview, the chief executive said the bank had no plans to cut jobs.";
        Assert.That(ResolvedSourceOfLast(article, Label.Claim), Is.Not.EqualTo("Anna Dahl"));
    }

    // An organisation's name joined by "to" is one name, not a person called by its last words.
    [TestCase("The Committee to Protect Journalists said at least six reporters had been held.", "Committee to Protect Journalists")]
    [TestCase("The Committee to Protect Journalists (CPJ) said it was alarmed by the arrests.", "Committee to Protect Journalists")]
    public void Tag_OrganisationNameJoinedByTo_IsTheWholeName(string sentence, string expected)
    {
        string article = $"Reporters detained\n\nPolice in Harlow detained two reporters on Friday.\n\n{sentence}";
        Assert.That(ResolvedSourceOfLast(article, Label.Claim), Is.EqualTo(expected));
    }

    /// <summary>Tags <paramref name="article"/> with the default rules and returns the resolved source of its last tag
    /// with <paramref name="label"/>.</summary>
    private static string? ResolvedSourceOfLast(string article, Label label) =>
        Tagger.CreateDefault().Tag(article).TagsWithLabel(label).Last().Role("source")!.Resolved;

    [TestCase("has kept the light on Maria Ness for thirty years.")]
    [TestCase("runs a guest house in Lucy Bay.")]
    public void Tag_PronounThatFitsNoPersonNamed_IsNotAPlaceNamedAfterAPreposition(string rest)
    {
        string article = $"Island life\n\nEwan Ross {rest} \"It is home,\" he says.\n\nHis daughter worries about him. \"He won't slow down,\" she says.";
        Tag quote = Tagger.CreateDefault().Tag(article).TagsWithLabel(Label.DirectQuote).Last();
        Assert.That(quote.Role("source")!.Resolved, Is.Not.AnyOf("Maria Ness", "Lucy Bay"));
    }

    [TestCase("Ruritania's foreign minister")]
    [TestCase("The city's police chief")]
    public void Tag_PronounAfterAnUnnamedOfficeHolder_IsNotAnEarlierNamedMan(string office)
    {
        string article = "Talks stall\n\nPeter Lomax, the mediator, told reporters that talks would go on.\n\n" +
            $"{office} said the plan was flawed. \"It rewards delay,\" he wrote on social media.";
        Tag quote = Tagger.CreateDefault().Tag(article).TagsWithLabel(Label.DirectQuote).Single();
        Assert.That(quote.Role("source")!.Resolved, Is.Not.EqualTo("Peter Lomax"));
    }

    [TestCase("Growth will slow next year, warns Bank of Carrow.", "Bank of Carrow")]
    [TestCase("The pilot scheme worked, says University of Wexmoor.", "University of Wexmoor")]
    public void Tag_SpeakerAfterTheClaimNamedWithOf_TakesTheWholeName(string sentence, string expected)
    {
        Tag claim = Tagger.CreateDefault().Tag($"Outlook\n\n{sentence}").TagsWithLabel(Label.Claim).Single();
        Assert.That(claim.Role("source")!.Text, Is.EqualTo(expected));
    }

    [TestCase("Wexmoor University professor Helen Marsh said the findings were worrying.", "Wexmoor University professor Helen Marsh", "Helen Marsh")]
    [TestCase("Prices will keep rising, Bank of Carrow governor Ian Hale warned on Thursday.", "Bank of Carrow governor Ian Hale", "Ian Hale")]
    [TestCase("Foreign Ministry spokeswoman Dana Okoro said the talks had failed.", "Foreign Ministry spokeswoman Dana Okoro", "Dana Okoro")]
    [TestCase("Varessa Space Research Organisation (VSRO) chairman K. Anand said the lander was safe.", "Varessa Space Research Organisation (VSRO) chairman K. Anand", "K. Anand")]
    public void Tag_OfficeOfANamedBodyThenAName_IsOneSourceAndThePerson(string sentence, string source, string resolved)
    {
        RoleSpan role = Tagger.CreateDefault().Tag($"Outlook\n\n{sentence}").TagsWithLabel(Label.Claim).Single().Role("source")!;
        Assert.That((role.Text, role.Resolved), Is.EqualTo((source, resolved)));
    }

    [TestCase("The depot will close next year, said Ministry of Transport officials.", "Ministry of Transport officials")]
    [TestCase("The depot will close next year, Wexmoor University researchers said.", "Wexmoor University researchers")]
    public void Tag_GroupOfANamedBody_IsTheWholeSource(string sentence, string source)
    {
        Tag claim = Tagger.CreateDefault().Tag($"Depots\n\n{sentence}").TagsWithLabel(Label.Claim).Single();
        Assert.That(claim.Role("source")!.Text, Is.EqualTo(source));
    }

    [Test]
    public void Tag_ParticipleClaimAfterAWireDateline_TakesTheSubjectNotThePlace()
    {
        const string article = "Forecast cut\n\nSAN JOSE, Calif. (Wire) — The chipmaker Arvane cut its forecast on Wednesday, blaming weaker demand.";
        Tag claim = Tagger.CreateDefault().Tag(article).TagsWithLabel(Label.Claim).Single();
        Assert.That(claim.Role("source")!.Text, Is.EqualTo("Arvane"));
    }

    [TestCase("\"We are not there yet,\" de Vries said.", "de Vries")]
    [TestCase("\"The offer is too low,\" van Dijk told reporters.", "van Dijk")]
    public void Tag_QuoteBySurnameWithAParticle_HasTheWholeSurnameAsSource(string sentence, string source)
    {
        string article = $"Port talks\n\nUnion leaders Anke de Vries and Pieter van Dijk met the employers.\n\n{sentence}";
        Tag quote = Tagger.CreateDefault().Tag(article).TagsWithLabel(Label.DirectQuote).Single();
        Assert.That(quote.Role("source")!.Text, Is.EqualTo(source));
    }

    [TestCase("The company said that profits would fall, adding that no jobs were at risk.", "profits would fall", "no jobs were at risk")]
    [TestCase("The firm warned on Thursday that revenue would fall, blaming weak demand.", "revenue would fall", "weak demand")]
    public void Tag_ThatClauseThenAParticiple_IsTwoClaims(string sentence, string first, string second)
    {
        var contents = Tagger.CreateDefault().Tag($"Results\n\n{sentence}").TagsWithLabel(Label.Claim).Select(t => t.Role("content")!.Text);
        Assert.That(contents, Is.EqualTo(new[] { first, second }));
    }

    [TestCase("The union and the employers said talks would resume next week.", "The union and the employers")]
    [TestCase("The harbour master said the channel would stay closed until Friday.", "The harbour master")]
    [TestCase("The fire brigade said the blaze had been brought under control.", "The fire brigade")]
    [TestCase("The head teacher said the school would reopen on Monday.", "The head teacher")]
    public void Tag_ReportedSpeechOfADescribedSource_TakesTheWholeDescription(string sentence, string expected)
    {
        Tag claim = Defaults().Tag($"Update\n\n{sentence}").TagsWithLabel(Label.Claim).Single();
        Assert.That(claim.Role("source")!.Text, Is.EqualTo(expected));
    }

    [TestCase("Ferry fine\n\nThe harbour regulator has fined Norland Ferries £2m, in what it called “a serious breach of the rules”.", "Norland Ferries")]
    [TestCase("Ferry fine\n\nThe watchdog has fined Norland Ferries and Brightsea Lines, in what it called “a serious breach of the rules”.", "Brightsea Lines")]
    public void Tag_ItInTheSentenceOfADescribedSubject_IsNotTheObject(string article, string notExpected)
    {
        Tag quote = Defaults().Tag(article).TagsWithLabel(Label.DirectQuote).Single();
        RoleSpan source = quote.Role("source")!;
        Assert.That(source.Text, Is.EqualTo("it"));
        Assert.That(source.Resolved, Is.Not.EqualTo(notExpected).And.Not.EqualTo("Norland Ferries"), "an organisation the regulator fined");
    }

    [TestCase("France and Germany said in a joint statement that the talks would resume.", "The senator tweeted: “This bill is dead.”")]
    [TestCase("Moscow said the drills were routine.", "“We are ready,” he said.")]
    [TestCase("Beijing warned that it would respond.", "“We are ready,” the spokesman said.")]
    public void Tag_CountryAsSpeaker_IsNoPersonALaterMentionRefersTo(string first, string second)
    {
        TaggedArticle result = Defaults().Tag($"Talks\n\n{first}\n\n{second}");
        Tag quote = result.TagsWithLabel(Label.DirectQuote).Single();
        Assert.That(quote.Role("source")!.Resolved, Is.Not.AnyOf("Germany", "Moscow", "Beijing"));
    }

    [TestCase("the source")]
    [TestCase("the insider")]
    public void Tag_TheSourceAfterANamedSpeaker_StaysUnnamed(string source)
    {
        string article = $"Port deal\n\nMara Lind wrote that the deal was dead.\n\nThe ban is unlawful, {source} said, speaking on condition of anonymity.";
        TaggedArticle result = Defaults().Tag(article);
        Tag claim = result.TagsWithLabel(Label.Claim).Single(t => t.Text.StartsWith("The ban", StringComparison.Ordinal));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(claim.Role("source")!.Text, Is.EqualTo(source));
            Assert.That(claim.Role("source")!.Resolved, Is.Null, "not Mara Lind");
            Assert.That(result.TagsWithLabel(Label.Attribution).Select(t => t.Text), Does.Contain(source));
        }
    }

    [TestCase("WHO warns new variant could spread fast\n\nCases rose in May.", "WHO")]
    [TestCase("Variant\n\nWHO chief Tedros Ghebreyesus said the variant could spread fast.", "WHO chief Tedros Ghebreyesus")]
    public void Tag_WhoInCapitals_IsTheOrganisationNotThePronounOrEmphasis(string article, string source)
    {
        TaggedArticle result = Defaults().Tag(article);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.TagsWithLabel(Label.Claim).Single().Role("source")!.Text, Is.EqualTo(source));
            Assert.That(result.TagsWithLabel(Label.ReporterFraming), Is.Empty, "initials are not emphasis");
        }
    }

    [TestCase("MOSCOW, Nov 27 (Reuters) - The Kremlin said", 26)]
    [TestCase("WASHINGTON (AP) — The White House said", 17)]
    [TestCase("The Kremlin - as ever - said", 0)]
    [TestCase("The US-led bloc said", 0)]
    [TestCase("", 0)]
    public void WireDatelinePrefixLength_FindsOnlyALeadingWireDateline(string sentence, int expected) =>
        Assert.That(ClaimTagger.Sections.LineClassifier.WireDatelinePrefixLength(sentence), Is.EqualTo(expected));

    [TestCase("Dahl’s claim that the books were cooked was rejected.", "Dahl")]
    [TestCase("The ferry operator's claim that every crossing ran on time was false.", "The ferry operator")]
    public void Tag_PossessiveSource_LeavesOutItsEnding(string text, string source)
    {
        TaggedArticle result = Defaults().Tag(text);
        Tag claim = result.TagsWithLabel(Label.Claim).Single();
        Assert.That(claim.Role("source")!.Text, Is.EqualTo(source));
    }

    [Test]
    public void Tag_PossessiveSourceOfOwnLabel_KeepsTheMatchedWords()
    {
        const string yaml = "version: 1\nrules:\n  - { id: t.owner, label: Owner, pattern: [ { flags: apostrophe, as: source }, { lower: boat } ] }\n";
        Tagger tagger = new ClaimTaggerBuilder().AddRules(yaml, "owner.yaml").UseTextAnalysis(TestText.Analyzer).Build();
        Assert.That(tagger.Tag("It was Dahl’s boat.").Tags.Single().Role("source")!.Text, Is.EqualTo("Dahl’s"));
    }

    [Test]
    public void Tag_RegexTimeout_BecomesDiagnosticNotException()
    {
        const string yaml = "version: 1\nrules:\n  - { id: t.slow, label: Test, pattern: [ { regex: \"(x+x+)+y\" } ] }\n";
        Tagger tagger = new ClaimTaggerBuilder().AddRules(yaml, "slow.yaml").WithRuleLimits(RuleSetLimits.Default with { RegexTimeout = TimeSpan.FromTicks(1) })
            .UseTextAnalysis(TestText.Analyzer).Build();
        // Long enough that even a fast engine needs several milliseconds (timeouts are checked on a millisecond clock).
        TaggedArticle result = tagger.Tag(new string('x', 10_000_000) + " end.");
        Assert.That(result.Diagnostics, Has.Count.EqualTo(1).And.Some.Contains("t.slow").And.Some.Contains("timed out"));
    }

    [Test]
    public void Tag_RunBrokenOffByARegexTimeout_LeavesNothingBehindForTheNextWindow()
    {
        // The regex is optional, so the pass has threads waiting at later tokens when it times out; the next sentence
        // must be matched as if nothing had happened before it.
        const string yaml = "version: 1\nrules:\n  - { id: t.gap, label: Test, pattern: [ { text: a }, { regex: \"(x+x+)+y\", op: \"?\" }, { text: b, op: \"?\" }, { text: c } ] }\n";
        Tagger tagger = new ClaimTaggerBuilder().AddRules(yaml, "gap.yaml").WithRuleLimits(RuleSetLimits.Default with { RegexTimeout = TimeSpan.FromTicks(1) })
            .UseTextAnalysis(TestText.Analyzer).Build();
        TaggedArticle result = tagger.Tag("a " + new string('x', 10_000_000) + " b c.\n\na b c. a c.");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Diagnostics, Has.Some.Contains("t.gap").And.Some.Contains("timed out"));
            Assert.That(result.Tags.Select(t => t.Text), Is.EqualTo(new[] { "a b c", "a c" }));
        }
    }

    [Test]
    public void Tag_EmptyAndOddInputs_DoNotThrow()
    {
        Tagger tagger = Defaults();
        foreach (string text in new[] { "", "   ", "“", "”unbalanced“ quotes ‘ here", "\n\n\n", new string('“', 1000), "a" })
        {
            Assert.That(() => tagger.Tag(text), Throws.Nothing, text);
        }
    }

    [Test]
    public void Build_RuleFileWithErrors_ThrowsWithEveryDiagnostic()
    {
        var builder = new ClaimTaggerBuilder().AddRules("version: 1\nrules:\n  - { id: a.b, label: X, pattern: [ { lexicon: nope } ] }\n  - { id: a.b, label: X, pattern: [ { txt: x } ] }\n", "bad.yaml");
        Assert.That(() => builder.Build(), Throws.TypeOf<RuleSetException>().With.Property(nameof(RuleSetException.Diagnostics))
            .Matches<IReadOnlyList<RuleDiagnostic>>(d => d!.Count(x => x.IsError) == 3 && d!.Select(x => x.Code).SequenceEqual(new[] { "CT0104", "CT0301", "CT0203", "CT0401" })));
    }

    [Test]
    public void Build_DefaultsFromTheirPackThenAUserFile_OnlyTheUserFileIsCheckedAgainAndItsErrorsAreReported()
    {
        const string yaml = "version: 1\nrules:\n  - { id: house.x, label: X, pattern: [ { lexicon: nope } ] }\n";
        var builder = new ClaimTaggerBuilder().UseDefaultRules().AddRules(yaml, "house.yaml");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(new ClaimTaggerBuilder().UseDefaultRules().Build().RuleDiagnostics, Is.Empty, "the built-in rules, read from their pack");
            Assert.That(() => builder.Build(), Throws.TypeOf<RuleSetException>().With.Property(nameof(RuleSetException.Diagnostics))
                .Matches<IReadOnlyList<RuleDiagnostic>>(d => d!.Select(x => $"{x.Code} {x.RuleId}").SequenceEqual(new[] { "CT0203 house.x", "CT0401 house.x" })));
        }
    }

    [Test]
    public void Build_DisableRuleById_RemovesDefaultRule()
    {
        Tagger tagger = new ClaimTaggerBuilder().UseDefaultRules().DisableRule("framing.intensifier").UseTextAnalysis(TestText.Analyzer).Build();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(tagger.Rules.Find("framing.intensifier"), Is.Null);
            Assert.That(tagger.Tag("A stunning reversal.").Tags, Is.Empty);
        }
    }

    [Test]
    public void CreateDefault_IsCachedAndHasDefaultRules()
    {
        Tagger first = Tagger.CreateDefault();
        Assert.That(Tagger.CreateDefault(), Is.SameAs(first).And.Property(nameof(Tagger.Rules)).Property(nameof(RuleSet.Rules)).Not.Empty);
    }

    [Test]
    public void Tag_ManyThreadsAtOnce_GiveSameResultsAsOneThread()
    {
        Tagger tagger = Defaults();
        string[] articles = Corpus.Articles.ToArray();
        string[] expected = articles.Select(a => Summary(tagger.Tag(a))).ToArray();
        var actual = new string[articles.Length * 4];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = Summary(tagger.Tag(articles[i % articles.Length])));
        Assert.That(actual, Is.EqualTo(Enumerable.Range(0, actual.Length).Select(i => expected[i % articles.Length])));
    }

    [Test]
    public void AddRules_FromStream_LoadsAndNamesSource()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("version: 1\nrules:\n  - { id: s.x, label: X, pattern: [ { txt: a } ] }\n"));
        var builder = new ClaimTaggerBuilder().AddRules(stream, "from-stream.yaml");
        Assert.That(() => builder.Build(), Throws.TypeOf<RuleSetException>().With.Message.Contains("from-stream.yaml(3,39): error CT0104"));
    }

    [Test]
    public void LoadRules_WithWarningsOnly_ReturnsRuleSetAndWarnings()
    {
        RuleSetParseResult result = new ClaimTaggerBuilder().UseDefaultRules().AddRules("version: 1\nrules:\n  - { id: s.x, label: X, pattern: [ { text: a } ] }\n", "w.yaml").LoadRules();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.HasErrors, Is.False);
            Assert.That(result.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "CT0401" }));
            Assert.That(result.RuleSet!.Sources[^1], Is.EqualTo("w.yaml"));
        }
    }

    private static string Summary(TaggedArticle article) =>
        string.Join("\n", article.Tags.Select(t => $"{t.Rule} {t.Start} {t.End} " + string.Join(",", t.Roles.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}={r.Value.Start}"))));
}
