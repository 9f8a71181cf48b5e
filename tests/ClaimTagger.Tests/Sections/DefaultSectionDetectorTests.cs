using ClaimTagger.Sections;
using ClaimTagger.Text;

namespace ClaimTagger.Tests.Sections;

public partial class DefaultSectionDetectorTests
{
    private const string Head = "Council backs new cycle lanes on the ring road\n\n";
    private const string Tail = "\n\nThe council voted on Tuesday to approve the plan.";

    public static IEnumerable<TestCaseData> GoldenArticles()
    {
        foreach (string path in TestFiles.SectionArticles())
        {
            string name = Path.GetFileNameWithoutExtension(path);
            foreach ((string label, string ending) in new[] { ("lf", "\n"), ("crlf", "\r\n"), ("cr", "\r") })
            {
                yield return new TestCaseData(path, ending).SetArgDisplayNames(name, label);
            }
        }
    }

    [TestCaseSource(nameof(GoldenArticles))]
    public void Detect_GoldenArticle_MatchesExpectedSections(string path, string lineEnding)
    {
        string text = TestFiles.ReadWithLf(path).Replace("\n", lineEnding, StringComparison.Ordinal);
        string[] expected = File.ReadAllLines(Path.ChangeExtension(path, null) + ".expected.txt")
            .Where(l => l.Length > 0).ToArray();

        IReadOnlyList<Paragraph> paragraphs = DefaultSectionDetector.Instance.Detect(text);
        string[] actual = paragraphs.Select(p => $"{p.Section.ToString().ToLowerInvariant()} | {p.Span.Slice(text)}").ToArray();

        Assert.That(paragraphs, Has.Count.EqualTo(expected.Length), string.Join("\n", actual));
        using (Assert.EnterMultipleScope())
        {
            for (int i = 0; i < expected.Length; i++)
            {
                int bar = expected[i].IndexOf(" | ", StringComparison.Ordinal);
                string kind = expected[i][..bar];
                string[] ends = expected[i][(bar + 3)..].Split(" … ");
                string slice = paragraphs[i].Span.Slice(text);
                Assert.That(paragraphs[i].Section.ToString(), Is.EqualTo(kind).IgnoreCase, $"paragraph {i}: {actual[i]}");
                Assert.That(slice, Does.StartWith(ends[0]), $"paragraph {i}");
                if (ends.Length > 1)
                {
                    Assert.That(slice, Does.EndWith(ends[^1]), $"paragraph {i}");
                }

                Assert.That(paragraphs[i].Index, Is.EqualTo(i));
            }
        }
    }

    [TestCase("26 Oct, 2021 11:18")]
    [TestCase("14 Mar, 2025 09:42")]
    [TestCase("March 14, 2025")]
    [TestCase("Published: 3 June 2024 10:15 BST")]
    [TestCase("Updated 2 hours ago")]
    [TestCase("Mon 3 Jun 2024 10.15 BST")]
    [TestCase("Last modified on Tue 4 Jun 2024 08.02 BST")]
    [TestCase("2024-06-03T10:15:00Z")]
    [TestCase("Sept. 9, 2019 at 5:30 p.m. ET")]
    [TestCase("Published 3 June 2024 | Updated 4 June 2024")]
    [TestCase("Thursday 14th March 2024")]
    [TestCase("LAGOS, March 14 (Reuters) -")]
    [TestCase("WASHINGTON (AP) —")]
    [TestCase("KYIV, Ukraine, June 2 (Reuters) –")]
    public void Detect_DateOrWireLineAlone_IsDateline(string line)
    {
        Assert.That(KindOf(line), Is.EqualTo(SectionKind.Dateline));
    }

    [TestCase("By Jane Doe")]
    [TestCase("By Jane Doe and John Smith")]
    [TestCase("By Jane Doe, Political Correspondent")]
    [TestCase("BY MARIA DE LA CRUZ")]
    [TestCase("Jane Doe | Reporter")]
    [TestCase("Words by Owen Pryce")]
    [TestCase("Reporting by Ana Lima; Editing by Tom Hale")]
    [TestCase("(Reporting by Ana Lima in Brasilia; Additional reporting by Raj Patel; Editing by Tom Hale)")]
    [TestCase("By The Associated Press")]
    public void Detect_AuthorLine_IsByline(string line)
    {
        Assert.That(KindOf(line), Is.EqualTo(SectionKind.Byline));
    }

    [TestCase("Volunteers fill sandbags in the village square on Sunday. Photograph: Leah Moss/Reuters")]
    [TestCase("The mayor speaks to reporters outside city hall. © Jan Kowal / Example Agency")]
    [TestCase("Photo: Kirsty Lamb")]
    [TestCase("(Photo by Marc Dubois/Getty Images)")]
    [TestCase("Firefighters tackle the blaze in Antalya on Monday. AFP via Getty Images")]
    [TestCase("Firefighters tackle the blaze in Antalya on Monday. Umit Sen/Reuters")]
    [TestCase("FILE PHOTO: A view of the central bank building in Abuja, Nigeria, May 3, 2023. REUTERS/Ana Lima")]
    [TestCase("FILE - Rescue workers search for survivors in Hatay, Feb. 7, 2023. (AP Photo/Jan Kowal)")]
    [TestCase("Image source, Getty Images")]
    [TestCase("Credit: Maya Holm for The Times")]
    [TestCase("Getty Images")]
    public void Detect_PictureLine_IsCaption(string line)
    {
        Assert.That(KindOf(line), Is.EqualTo(SectionKind.Caption));
    }

    [TestCase("Home | World | Sport | Business")]
    [TestCase("Home > News > World")]
    [TestCase("Share Tweet Email")]
    [TestCase("facebookshare twittershare whatsappshare emailshare copylinkicon")]
    [TestCase("2024-06-03 menu search login home world business culture opinion video podcasts weather newsletters archive contact about jobs terms privacy help accessibility")]
    [TestCase("We use cookies to improve your experience. By continuing you agree to our use of cookies.")]
    [TestCase("This website uses cookies. Accept all or manage your preferences.")]
    [TestCase("Read more: Ministers face backlash over rail fares")]
    [TestCase("READ MORE")]
    [TestCase("Related: Rail fares rise for third year")]
    [TestCase("Advertisement")]
    [TestCase("ADVERTISEMENT")]
    [TestCase("Subscribe to our newsletter")]
    [TestCase("Sign up for the morning briefing")]
    [TestCase("Share this article")]
    [TestCase("© 2024 Example Media Group. All rights reserved.")]
    [TestCase("Copyright 2023 Northern Daily Ltd")]
    [TestCase("* * *")]
    [TestCase("Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.")]
    [TestCase("— Jean Marc (@jmarc_news) December 4, 2026")]
    public void Detect_PageFurniture_IsBoilerplate(string line)
    {
        Assert.That(KindOf(line), Is.EqualTo(SectionKind.Boilerplate));
    }

    [TestCase("The council said it would publish the plans in March.")]
    [TestCase("LONDON (Reuters) - Britain's economy grew 0.6% in the first quarter, official data showed on Friday.")]
    [TestCase("By Tuesday, officials expected the water to recede.")]
    [TestCase("By the end of the week the bridge had reopened.")]
    [TestCase("Shares in Getty Images rose 4% after the results were published.")]
    [TestCase("“We have nothing to hide,” she said. “Ask anyone in the village.”")]
    [TestCase("Q: Did you expect the result?")]
    [TestCase("Facebook said on Tuesday it would appeal the ruling.")]
    [TestCase("The regulator said websites must let users refuse cookies as easily as they accept them.")]
    [TestCase("What happens next")]
    [TestCase("Labour/Tory split deepens over rail plan")]
    [TestCase("Campaigners delivered a petition of 12,000 signatures – the largest in the county's history.")]
    public void Detect_OrdinaryText_IsBody(string line)
    {
        Assert.That(KindOf(line), Is.EqualTo(SectionKind.Body));
    }

    [TestCase("Economy will shrink next year – Chancellor Ruth Calder")]
    [TestCase("Okafor: ‘We will not back down on the budget’")]
    [TestCase("Is this the end of the high street?")]
    [TestCase("‘Enough is enough!’")]
    [TestCase("UK inflation falls to 2.3%, lowest in three years")]
    [TestCase("Home secretary rejects claims over ‘secret’ migrant deal")]
    [TestCase("FACT CHECK: No, the city did not ban gas stoves")]
    [TestCase("EXCLUSIVE: Minister quits over expenses")]
    public void Detect_FirstLineOfText_IsHeadline(string headline)
    {
        string text = "Home | News | Politics\n\n" + headline + "\n\nBy Jane Doe\n\nThe minister spoke on Monday.";
        IReadOnlyList<Paragraph> paragraphs = DefaultSectionDetector.Instance.Detect(text);

        Assert.That(paragraphs.Select(p => p.Section), Is.EqualTo(new[]
        {
            SectionKind.Boilerplate, SectionKind.Headline, SectionKind.Byline, SectionKind.Body,
        }));
        Assert.That(paragraphs[1].Span.Slice(text), Is.EqualTo(headline));
    }

    [Test]
    public void Detect_FirstLineEndsWithStopAndBodyFollows_HasNoHeadline()
    {
        const string text = "The vote was held on Monday.\n\nIt passed easily.";
        Assert.That(DefaultSectionDetector.Instance.Detect(text).Select(p => p.Section), Has.None.EqualTo(SectionKind.Headline));
    }

    [Test]
    public void Detect_InterviewOpeningWithALabelledTurn_HasNoHeadline()
    {
        // "Q:" opens several lines: turns of an interview, not a headline's rubric.
        const string text = "Q: Why did you quit?\n\nA: I was tired of it.\n\nQ: Will you return?";
        Assert.That(DefaultSectionDetector.Instance.Detect(text).Select(p => p.Section), Has.All.EqualTo(SectionKind.Body));
    }

    [Test]
    public void Detect_OnlyFirstCandidateLine_IsHeadline()
    {
        const string text = "Storm hits coast\n\nA second line without a stop\n\nBody text here.";
        IReadOnlyList<Paragraph> paragraphs = DefaultSectionDetector.Instance.Detect(text);
        Assert.That(paragraphs.Select(p => p.Section), Is.EqualTo(new[] { SectionKind.Headline, SectionKind.Body, SectionKind.Body }));
    }

    [Test]
    public void Detect_HeadlineDirectlyAboveBody_StaysSeparate()
    {
        const string text = "Storm batters coast as thousands lose power\nThousands of homes were without power on Sunday.";
        IReadOnlyList<Paragraph> paragraphs = DefaultSectionDetector.Instance.Detect(text);
        Assert.That(paragraphs.Select(p => p.Section), Is.EqualTo(new[] { SectionKind.Headline, SectionKind.Body }));
    }

    [TestCase("The council voted on Tuesday to close the library on Elm\nRoad after a review found it was too costly to run.", 1)]
    [TestCase("The council voted on Tuesday to close the library, and\nthe mayor said the decision was final.", 1)]
    [TestCase("The council voted on Tuesday to close the library.\nThe mayor said the decision was final.", 2)]
    [TestCase("He said:\n“We will appeal.”", 1)]
    [TestCase("What happens next\nThe council will vote again in May.", 2)]
    [TestCase("The mayor was asked if she would resign\nQ: Will you resign?", 2)]
    [TestCase("Line one without a stop that goes on for some time\n\nLine two after a blank line.", 2)]
    [TestCase("10:42 — Coastguard says three people rescued from cliffs\nThe coastguard says three walkers were rescued from the cliffs near Penrith Head this morning.", 2)]
    [TestCase("The harbour board met on Monday evening to discuss the closure of the\nPier Road car park, which traders say has cost them thousands of pounds\nsince it shut in March.", 1)]
    public void Detect_ConsecutiveBodyLines_JoinOnlyWhenWrapped(string body, int expectedParagraphs)
    {
        string text = "The vote was held on Monday.\n\n" + body;
        IReadOnlyList<Paragraph> paragraphs = DefaultSectionDetector.Instance.Detect(text);
        Assert.That(paragraphs, Has.Count.EqualTo(expectedParagraphs + 1));
        Assert.That(paragraphs.Skip(1).Select(p => p.Section), Has.All.EqualTo(SectionKind.Body));
    }

    [Test]
    public void Detect_DatelineDirectlyAboveCaption_StaysSeparate()
    {
        const string text = "Port strike enters third day\n\n2 Mar, 2024 16:40\nDockers rally outside the gate. © Jan Kowal / Example Agency\n\nBody starts here.";
        IReadOnlyList<Paragraph> paragraphs = DefaultSectionDetector.Instance.Detect(text);
        Assert.That(paragraphs.Select(p => p.Section), Is.EqualTo(new[]
        {
            SectionKind.Headline, SectionKind.Dateline, SectionKind.Caption, SectionKind.Body,
        }));
    }

    [TestCase("Storm hits coast\n\nThe storm hit at noon.\nRELATED ARTICLES\nFerries cancelled as gales sweep in\nSchools shut for second day\nThe coastguard said six people were rescued.",
        new[] { SectionKind.Headline, SectionKind.Body, SectionKind.Boilerplate, SectionKind.Boilerplate, SectionKind.Boilerplate, SectionKind.Body })]
    [TestCase("Storm hits coast\n\nThe storm hit at noon.\nMost read\nFerries cancelled as gales sweep in\nThe coastguard said six people were rescued.",
        new[] { SectionKind.Headline, SectionKind.Body, SectionKind.Boilerplate, SectionKind.Boilerplate, SectionKind.Body })]
    [TestCase("Storm hits coast\n\nThe storm hit at noon.\nAdvertisement\nFerries cancelled as gales sweep in\nThe coastguard said six people were rescued.",
        new[] { SectionKind.Headline, SectionKind.Body, SectionKind.Boilerplate, SectionKind.Body, SectionKind.Body })]
    public void Detect_HeadlinesUnderALinkListHeader_AreBoilerplateUntilTheStoryGoesOn(string text, SectionKind[] expected)
    {
        Assert.That(DefaultSectionDetector.Instance.Detect(text).Select(p => p.Section), Is.EqualTo(expected));
    }

    [Test]
    public void Detect_WrappedCookieNotice_StaysOneBoilerplateParagraph()
    {
        const string text = "Storm hits coast\n\nWe use cookies to improve your experience and to show\npersonalised advertising. Accept all or manage settings.\n\nBody text.";
        IReadOnlyList<Paragraph> paragraphs = DefaultSectionDetector.Instance.Detect(text);
        Assert.That(paragraphs.Select(p => p.Section), Is.EqualTo(new[] { SectionKind.Headline, SectionKind.Boilerplate, SectionKind.Body }));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("\n\r\n\r  \t\n")]
    public void Detect_BlankText_ReturnsNoParagraphs(string text)
    {
        Assert.That(DefaultSectionDetector.Instance.Detect(text), Is.Empty);
    }

    [Test]
    public void Detect_NullText_Throws()
    {
        Assert.That(() => DefaultSectionDetector.Instance.Detect(null!), Throws.ArgumentNullException);
    }

    [Test]
    public void Detect_LineEndings_GiveSameParagraphTexts()
    {
        const string lf = "Storm hits coast\n\nBy Jane Doe\nThe storm arrived at dawn and\nlasted all day.\n\nShare";
        string[] expected = Texts(lf);
        using (Assert.EnterMultipleScope())
        {
            foreach (string ending in new[] { "\r\n", "\r", "\u2028" })
            {
                Assert.That(Texts(lf.Replace("\n", ending, StringComparison.Ordinal)).Select(t => t.Replace(ending, "\n", StringComparison.Ordinal)),
                    Is.EqualTo(expected), $"ending U+{(int)ending[0]:X4}");
            }
        }

        static string[] Texts(string text) => [.. DefaultSectionDetector.Instance.Detect(text).Select(p => p.Span.Slice(text))];
    }

    private static SectionKind KindOf(string line)
    {
        string text = Head + line + Tail;
        int start = Head.Length;
        Paragraph? match = DefaultSectionDetector.Instance.Detect(text).Where(p => p.Span.Contains(new TextSpan(start, start + line.Length))).Cast<Paragraph?>().FirstOrDefault();
        Assert.That(match, Is.Not.Null, "the line was merged with its neighbours");
        Assert.That(match!.Value.Span, Is.EqualTo(new TextSpan(start, start + line.Length)), "the line was merged with its neighbours");
        return match.Value.Section;
    }
}
