using ClaimTagger.Analysis;
using ClaimTagger.Quotes;
using ClaimTagger.Sections;
using ClaimTagger.Sentences;
using ClaimTagger.Text;
using ClaimTagger.Tokens;

namespace ClaimTagger.Tests.Quotes;

public partial class QuoteFinderTests
{
    // Rendering: "depth:content", then " (unclosed)" and " (pA-B)" for multi-paragraph quotes; paragraph breaks show as ¶.
    [TestCase("“We will not back down,” the mayor said.", "0:We will not back down,")]
    [TestCase("“We asked for a fair wage,” she said. “Our members have families to feed.”", "0:We asked for a fair wage, | 0:Our members have families to feed.")]
    [TestCase("He called it a “deal”.", "0:deal")]
    [TestCase("“He said ‘no’ twice,” she said.", "0:He said ‘no’ twice, | 1:no")]
    [TestCase("“a ‘b “c” d’ e”", "0:a ‘b “c” d’ e | 1:b “c” d | 2:c")]
    [TestCase("\"Yes,\" he said. \"No.\"", "0:Yes, | 0:No.")]
    [TestCase("\"He told me 'never again' twice,\" she said.", "0:He told me 'never again' twice, | 1:never again")]
    [TestCase("« Non », a déclaré le ministre.", "0:Non")]
    [TestCase("«C’est fini», a-t-il dit.", "0:C’est fini")]
    [TestCase("«\u00A0Non\u00A0», dit-il.", "0:Non")]
    [TestCase("„Das ist falsch“, sagte die Ministerin.", "0:Das ist falsch")]
    [TestCase("„Er sagte ‚nein‘ und ging“, berichtete sie.", "0:Er sagte ‚nein‘ und ging | 1:nein")]
    [TestCase("»Wir bleiben«, sagte er.", "0:Wir bleiben")]
    [TestCase("‹oui› dit-il", "0:oui")]
    [TestCase("”Nej”, sade hon.", "0:Nej")]
    [TestCase("「はい」と言った", "0:はい")]
    [TestCase("Dock workers ‘will not be bullied’ into ending strike – union chief Okafor", "0:will not be bullied")]
    [TestCase("The plan was described as ‘catastrophic’ because costs rose.", "0:catastrophic")]
    [TestCase("The students’ union called the offer ‘an insult’.", "0:an insult")]
    [TestCase("Teachers' pay and the nurses’ union's 'final offer' stalled.", "0:final offer")]
    [TestCase("It’s the ’90s again, rock ’n’ roll, O’Brien’s band.", "")]
    [TestCase("’Tis the season, she said.", "")]
    [TestCase("‘We are ready,’ she said. ‘We will win.’", "0:We are ready, | 0:We will win.")]
    [TestCase("She wrote ‘he said ‘stop. Now go’ and left’ at noon.", "0:he said ‘stop. Now go’ and left | 1:stop. Now go")]
    [TestCase("‘a ‘b ‘c. d’ e’ f’ g.", "0:a ‘b ‘c. d’ e’ f | 1:b ‘c. d’ e | 2:c. d")]
    [TestCase("‘I’m not leaving,’ he said.", "0:I’m not leaving,")]
    [TestCase("‘The workers’ demands are fair,’ she said.", "0:The workers’ demands are fair,")]
    [TestCase("‘The bosses’ fault’ he said.", "0:The bosses’ fault")]
    [TestCase("The ‘big ones’ here and the nurses’ pay.", "0:big ones")]
    [TestCase("He left” and then came back.", "")]
    [TestCase("Then” he said “yes” and left.", "0:yes")]
    [TestCase("The 5' 10\" forward scored.", "")]
    [TestCase("“Yes\" he said.", "0:Yes")]
    [TestCase("“Yes ‘maybe,” he said.", "0:Yes ‘maybe,")]
    [TestCase("“a ‘b” c’ d", "0:a ‘b")]
    [TestCase("He said “” and left.", "0:")]
    [TestCase("“Great game 👍🏽,” she posted.", "0:Great game 👍🏽,")]
    [TestCase("“\u200BYes\u200B,” he said.", "0:Yes\u200B,")]
    [TestCase("“A,” he said.\n“B,” she said.", "0:A, | 0:B,")]
    [TestCase("“We will never give up, she said.\nThe talks resumed.", "0:We will never give up, she said. (unclosed)")]
    [TestCase("“Non» dit-il.", "0:Non» dit-il. (unclosed)")]
    [TestCase("“Open without close.\n‘Another one,’ she said.", "0:Open without close. (unclosed) | 0:Another one,")]
    [TestCase("“The first point.\n“The second point.\n“The last point,” he said.", "0:The first point.¶“The second point.¶“The last point, (p0-2)")]
    [TestCase("“One.\r\n“Two,” he said.", "0:One.¶“Two, (p0-1)")]
    [TestCase("“One.\n\n“Two,” he said.", "0:One.¶¶“Two, (p0-1)")]
    [TestCase("\"One.\n\"Two,\" he said.", "0:One.¶\"Two, (p0-1)")]
    [TestCase("‘One.\n‘Two,’ he said.", "0:One.¶‘Two, (p0-1)")]
    [TestCase("« Un.\n» Deux », dit-il.", "0:Un.¶» Deux (p0-1)")]
    [TestCase("“One, with ‘an aside’.\n“Two,” he said.", "0:One, with ‘an aside’.¶“Two, (p0-1) | 1:an aside")]
    [TestCase("“One, with ‘an aside.\n“Two,” he said.", "0:One, with ‘an aside.¶“Two, (p0-1) | 1:an aside. (unclosed)")]
    [TestCase("“One.\n“Two.\nNarration follows.", "0:One.¶“Two. (unclosed) (p0-1)")]
    [TestCase("Budget is balanced – Mayor Okafor\n“We did it,” she said.", "0:We did it,")]
    public void Find_Article_FindsExpectedQuotes(string text, string expected)
    {
        QuoteSpan[] quotes = FindQuotes(text, splitSentences: false);
        Assert.That(Render(text, quotes), Is.EqualTo(expected));
        AssertQuoteInvariants(text, quotes);
    }

    [TestCase("“First we talk. Then we vote,” he said.", "0:First we talk. Then we vote,")]
    [TestCase("‘We are ready. We will win’, she said.", "0:We are ready. We will win")]
    [TestCase("'We are ready. We will win' she said.", "0:We are ready. We will win")]
    [TestCase("‘We are ready. The workers’ pay is low. We will win,’ she said.", "0:We are ready. The workers’ pay is low. We will win,")]
    [TestCase("“He said ‘we are ready. We will win’. Then he left,” she said.", "0:He said ‘we are ready. We will win’. Then he left, | 1:we are ready. We will win")]
    [TestCase("‘We are ready. Truly.\nNarration.", "0:We are ready. Truly. (unclosed)")]
    [TestCase("The union’s view. The workers’ pay is low.", "")]
    public void Find_QuoteOverSeveralSentences_IsOneSpan(string text, string expected)
    {
        QuoteSpan[] quotes = FindQuotes(text, splitSentences: true);
        Assert.That(Render(text, quotes), Is.EqualTo(expected));
        AssertQuoteInvariants(text, quotes);
    }

    [Test]
    public void Find_MultiParagraphQuote_ReportsSpanAndParagraphs()
    {
        const string text = "Okafor spoke.\n“We asked.\n“We waited.\n“We are done,” she said.";
        QuoteSpan quote = FindQuotes(text, splitSentences: true).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quote.Span.Start, Is.EqualTo(text.IndexOf('“')));
            Assert.That(quote.Span.End, Is.EqualTo(text.IndexOf('”') + 1));
            Assert.That(quote.FirstParagraph, Is.EqualTo(1));
            Assert.That(quote.LastParagraph, Is.EqualTo(3));
            Assert.That(quote.IsMultiParagraph, Is.True);
            Assert.That(quote.IsClosed, Is.True);
            Assert.That(quote.CloseMark, Is.EqualTo('”'));
            Assert.That(quote.CloseMarkSpan.Slice(text), Is.EqualTo("”"));
            Assert.That(quote.OpenMarkSpan.Slice(text), Is.EqualTo("“"));
        }
    }

    [Test]
    public void Find_UnclosedQuote_EndsAtItsParagraphEnd()
    {
        const string text = "“We will never give up.\nThe talks resumed on Monday.";
        QuoteSpan quote = FindQuotes(text, splitSentences: false).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quote.Span, Is.EqualTo(new TextSpan(0, text.IndexOf('\n'))));
            Assert.That(quote.IsClosed, Is.False);
            Assert.That(quote.CloseMark, Is.EqualTo('\0'));
            Assert.That(quote.CloseMarkSpan.IsEmpty, Is.True);
            Assert.That(quote.LastParagraph, Is.EqualTo(0));
        }
    }

    [Test]
    public void Find_NestedQuote_ReportsFamilyAndDepth()
    {
        const string text = "“He said ‘no’ twice,” she said.";
        QuoteSpan[] quotes = FindQuotes(text, splitSentences: false);
        Assert.That(quotes.Select(q => (q.Family, q.Depth, q.OpenMark, q.CloseMark)),
            Is.EqualTo(new[] { (QuoteFamily.Double, 0, '“', '”'), (QuoteFamily.Single, 1, '‘', '’') }));
    }

    [Test]
    public void Find_ContinuationIntoAnotherSection_DoesNotContinue()
    {
        const string text = "“Strike will go on\n“We are not moving,” she said.";
        int cut = text.IndexOf('\n');
        Paragraph[] paragraphs =
        [
            new(0, new TextSpan(0, cut), SectionKind.Headline),
            new(1, new TextSpan(cut + 1, text.Length), SectionKind.Body),
        ];
        QuoteSpan[] quotes = Find(text, paragraphs, splitSentences: false);
        Assert.That(Render(text, quotes), Is.EqualTo("0:Strike will go on (unclosed) | 0:We are not moving,"));
    }

    [Test]
    public void Find_TokensOutsideParagraphs_AreIgnored()
    {
        const string text = "“Ignored” and “kept”";
        int kept = text.LastIndexOf('“');
        Paragraph[] paragraphs = [new(0, new TextSpan(kept, text.Length), SectionKind.Body)];
        List<Token> tokens = TokenizeAll(text, [new TextSpan(0, text.Length)]);
        QuoteSpan[] quotes = QuoteFinder.Find(text, paragraphs, [], tokens);
        Assert.That(Render(text, quotes), Is.EqualTo("0:kept"));
    }

    [Test]
    public void Find_NoParagraphsOrTokens_ReturnsEmpty()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(QuoteFinder.Find("“a”", [], [], [new Token(0, 1, TokenKind.QuoteMark, TokenFlags.OpenQuote)]), Is.Empty);
            Assert.That(QuoteFinder.Find("“a”", [new Paragraph(0, new TextSpan(0, 3), SectionKind.Body)], [], []), Is.Empty);
        }
    }

    [Test]
    public void Find_NullArgument_Throws()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => QuoteFinder.Find(null!, [], [], []), Throws.ArgumentNullException);
            Assert.That(() => QuoteFinder.Find("", null!, [], []), Throws.ArgumentNullException);
            Assert.That(() => QuoteFinder.Find("", [], null!, []), Throws.ArgumentNullException);
            Assert.That(() => QuoteFinder.Find("", [], [], null!), Throws.ArgumentNullException);
        }
    }

    [Test]
    public void Find_ThroughTextAnalyzer_FindsTheQuotesOfEachLine()
    {
        const string text = "Port talks stall\n\nMensah insisted the offer was “generous by any standard”.\n“Nobody wants this,” he said.";
        AnalyzedText analyzed = TextAnalyzer.Default.Analyze(text);
        Assert.That(analyzed.Quotes.Select(q => q.Content.Slice(text)), Is.EqualTo(new[] { "generous by any standard", "Nobody wants this," }));
    }
}
