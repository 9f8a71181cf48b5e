using ClaimTagger.Sentences;
using ClaimTagger.Text;

namespace ClaimTagger.Tests.Sentences;

public partial class DefaultSentenceSplitterTests
{
    [TestCase("The council met on Tuesday. It voted to close the library.", "The council met on Tuesday.", "It voted to close the library.")]
    [TestCase("Is it over? Nobody knows. Stay tuned!", "Is it over?", "Nobody knows.", "Stay tuned!")]
    [TestCase("Really?! Yes, really.", "Really?!", "Yes, really.")]
    [TestCase("Water prices rise again", "Water prices rise again")]
    [TestCase("Mayor Okafor: budget is balanced – and will stay so", "Mayor Okafor: budget is balanced – and will stay so")]
    [TestCase("Ports reopen after strike ends?", "Ports reopen after strike ends?")]
    [TestCase("  Leading and trailing spaces are trimmed.   Next one.  ", "Leading and trailing spaces are trimmed.", "Next one.")]
    public void Split_PlainSentences_SplitsAtTerminalMarks(string text, params string[] expected)
    {
        Assert.That(SplitAll(text), Is.EqualTo(expected));
    }

    [TestCase("Mr. Hale and Mrs. Ortiz arrived. Dr. Banerjee did not.", "Mr. Hale and Mrs. Ortiz arrived.", "Dr. Banerjee did not.")]
    [TestCase("Ms. Reyes met Prof. Lindqvist and Gen. Adeyemi.", "Ms. Reyes met Prof. Lindqvist and Gen. Adeyemi.")]
    [TestCase("Lt. Col. Marsh briefed Sgt. Poole.", "Lt. Col. Marsh briefed Sgt. Poole.")]
    [TestCase("Gov. Whitfield and Sen. Ames met Rep. Tanaka.", "Gov. Whitfield and Sen. Ames met Rep. Tanaka.")]
    [TestCase("The Rev. Moss spoke at St. Mary's church.", "The Rev. Moss spoke at St. Mary's church.")]
    [TestCase("She lives near Downing St. The house is small.", "She lives near Downing St.", "The house is small.")]
    [TestCase("Martin Hale Jr. spoke first.", "Martin Hale Jr. spoke first.")]
    [TestCase("The prize went to Martin Hale Jr. He was delighted.", "The prize went to Martin Hale Jr.", "He was delighted.")]
    [TestCase("Troops from the U.S. and the U.K. arrived.", "Troops from the U.S. and the U.K. arrived.")]
    [TestCase("The U.S. Treasury said nothing.", "The U.S. Treasury said nothing.")]
    [TestCase("The talks moved to the U.S. The delegates followed.", "The talks moved to the U.S.", "The delegates followed.")]
    [TestCase("A U.N. envoy and an E.U. official met.", "A U.N. envoy and an E.U. official met.")]
    [TestCase("The vote is on Jan. 12 and Feb. 3.", "The vote is on Jan. 12 and Feb. 3.")]
    [TestCase("It was signed on Sept. 9, 2019.", "It was signed on Sept. 9, 2019.")]
    [TestCase("The deadline was Oct. The board missed it.", "The deadline was Oct.", "The board missed it.")]
    [TestCase("He lives at No. 10 and works at Nos. 4 and 5.", "He lives at No. 10 and works at Nos. 4 and 5.")]
    [TestCase("Was the answer yes? No. It was not.", "Was the answer yes?", "No.", "It was not.")]
    [TestCase("It was Hale vs. Ortiz in the final.", "It was Hale vs. Ortiz in the final.")]
    [TestCase("Bring fruit, e.g. Apples, and bread, i.e. Rye.", "Bring fruit, e.g. Apples, and bread, i.e. Rye.")]
    [TestCase("They sold pens, paper, etc. The shop closed.", "They sold pens, paper, etc.", "The shop closed.")]
    [TestCase("Acme Inc. said profits rose.", "Acme Inc. said profits rose.")]
    [TestCase("He joined Acme Inc. Shares rose.", "He joined Acme Inc.", "Shares rose.")]
    [TestCase("Shares of Borel Ltd. fell 4%.", "Shares of Borel Ltd. fell 4%.")]
    [TestCase("The meeting starts at 9 a.m. on Friday.", "The meeting starts at 9 a.m. on Friday.")]
    [TestCase("Polls close at 10 p.m. Monday.", "Polls close at 10 p.m. Monday.")]
    [TestCase("Polls closed at 10 p.m. The count began.", "Polls closed at 10 p.m.", "The count began.")]
    [TestCase("The FM spoke. The PM listened.", "The FM spoke.", "The PM listened.")]
    [TestCase("Abrams et al. The study was small.", "Abrams et al.", "The study was small.")]
    [TestCase("FRESNO, Calif. (AP) — The governor signed the bill.", "FRESNO, Calif. (AP) — The governor signed the bill.")]
    [TestCase("MACON, Ga. (Reuters) - Shares rose.", "MACON, Ga. (Reuters) - Shares rose.")]
    [TestCase("They moved to Calif. (The rent was lower.)", "They moved to Calif.", "(The rent was lower.)")]
    public void Split_Abbreviations_EndSentencesOnlyWhereTheyShould(string text, params string[] expected)
    {
        Assert.That(SplitAll(text), Is.EqualTo(expected));
    }

    [TestCase("J. R. Hartley wrote it.", "J. R. Hartley wrote it.")]
    [TestCase("George W. Bush spoke. He left.", "George W. Bush spoke.", "He left.")]
    [TestCase("The award went to Anna K. Lindqvist.", "The award went to Anna K. Lindqvist.")]
    [TestCase("The grade was a B. The parents were pleased.", "The grade was a B.", "The parents were pleased.")]
    [TestCase("J. Hale said it was over. It was.", "J. Hale said it was over.", "It was.")]
    [TestCase("Q. What happened next? A. We waited.", "Q. What happened next?", "A. We waited.")]
    [TestCase("By 8 p.m. It was over.", "By 8 p.m.", "It was over.")]
    [TestCase("He earned a Ph.D. from Yale. Later he moved to Washington, D.C. The job paid well.", "He earned a Ph.D. from Yale.", "Later he moved to Washington, D.C.", "The job paid well.")]
    [TestCase("They cited Smith v. Jones (2019). The court agreed.", "They cited Smith v. Jones (2019).", "The court agreed.")]
    [TestCase("Analysts at J.P. Morgan said so.", "Analysts at J.P. Morgan said so.")]
    [TestCase("Prices rose 3.5% in May. Rents rose 1.2m times.", "Prices rose 3.5% in May.", "Rents rose 1.2m times.")]
    [TestCase("Version v2.0 shipped. It crashed.", "Version v2.0 shipped.", "It crashed.")]
    [TestCase("The balance was $1,250.75 on Friday.", "The balance was $1,250.75 on Friday.")]
    [TestCase("She scored 3. Then she scored again.", "She scored 3.", "Then she scored again.")]
    public void Split_InitialsAndNumbers_KeepsThemInside(string text, params string[] expected)
    {
        Assert.That(SplitAll(text), Is.EqualTo(expected));
    }

    [TestCase("See example.com for details. Or www.news.example.org today.", "See example.com for details.", "Or www.news.example.org today.")]
    [TestCase("Write to desk@example.co.uk. We reply fast.", "Write to desk@example.co.uk.", "We reply fast.")]
    [TestCase("Read https://example.org/a.b?c=1 now. Done.", "Read https://example.org/a.b?c=1 now.", "Done.")]
    [TestCase("The U.S.-led talks failed.", "The U.S.-led talks failed.")]
    public void Split_UrlsAndDomains_DoNotSplit(string text, params string[] expected)
    {
        Assert.That(SplitAll(text), Is.EqualTo(expected));
    }

    [TestCase("He waited… and waited.", "He waited… and waited.")]
    [TestCase("He waited... and waited.", "He waited... and waited.")]
    [TestCase("He waited… The bus never came.", "He waited…", "The bus never came.")]
    [TestCase("He waited... But nobody came.", "He waited...", "But nobody came.")]
    [TestCase("The minister… Jane Hale… said no.", "The minister… Jane Hale… said no.")]
    [TestCase("It was late . . . They left.", "It was late . . .", "They left.")]
    [TestCase("“We will win… eventually,” she said.", "“We will win… eventually,” she said.")]
    public void Split_Ellipses_SplitOnlyBeforeSentenceOpeners(string text, params string[] expected)
    {
        Assert.That(SplitAll(text), Is.EqualTo(expected));
    }

    [TestCase("“We are not leaving,” the mayor said.", "“We are not leaving,” the mayor said.")]
    [TestCase("“Why now?” she asked.", "“Why now?” she asked.")]
    [TestCase("“Get out!” he shouted. Nobody moved.", "“Get out!” he shouted.", "Nobody moved.")]
    [TestCase("“Why now?” Jane Okafor asked. Nobody answered.", "“Why now?” Jane Okafor asked.", "Nobody answered.")]
    [TestCase("He left.” Then the room fell silent.", "He left.”", "Then the room fell silent.")]
    [TestCase("“Is it over?” Asked about the vote, she shrugged.", "“Is it over?”", "Asked about the vote, she shrugged.")]
    [TestCase("“Why now?” The question hung in the air.", "“Why now?”", "The question hung in the air.")]
    [TestCase("\"Why?\" Mayor Jane Okafor asked.", "\"Why?\" Mayor Jane Okafor asked.")]
    [TestCase("“It is over.” The crowd cheered.", "“It is over.”", "The crowd cheered.")]
    [TestCase("“A. B,” he said.", "“A.", "B,” he said.")]
    [TestCase("“The plan is dead. We start again,” Okafor said.", "“The plan is dead.", "We start again,” Okafor said.")]
    [TestCase("\"It is done.\" She smiled.", "\"It is done.\"", "She smiled.")]
    [TestCase("\"Where is it?\" he asked.", "\"Where is it?\" he asked.")]
    [TestCase("‘We lost,’ said the coach. ‘Badly.’", "‘We lost,’ said the coach.", "‘Badly.’")]
    [TestCase("He called it a ‘disgrace’. The vote went ahead.", "He called it a ‘disgrace’.", "The vote went ahead.")]
    [TestCase("The report (published today.) The end.", "The report (published today.)", "The end.")]
    [TestCase("«Nous partons.» Elle est partie.", "«Nous partons.»", "Elle est partie.")]
    [TestCase("Moscow’s envoy can’t come. Oslo’s can.", "Moscow’s envoy can’t come.", "Oslo’s can.")]
    public void Split_Quotes_KeepClosingMarksAndAttribution(string text, params string[] expected)
    {
        Assert.That(SplitAll(text), Is.EqualTo(expected));
    }

    [TestCase("The plan has three parts:\n- more buses\n- fewer cars\n- cheaper fares", "The plan has three parts:", "- more buses", "- fewer cars", "- cheaper fares")]
    [TestCase("Key points:\n• Rates held\n• Jobs rose", "Key points:", "• Rates held", "• Jobs rose")]
    [TestCase("Steps:\n1. Register\n2. Vote", "Steps:", "1. Register", "2. Vote")]
    [TestCase("1. The first item is long.", "1. The first item is long.")]
    [TestCase("Q: Why did you resign?\nA: I was tired.", "Q: Why did you resign?", "A: I was tired.")]
    [TestCase("Q: Will you stand again\nA: Never", "Q: Will you stand again", "A: Never")]
    [TestCase("The bridge — closed since May — will reopen in June.", "The bridge — closed since May — will reopen in June.")]
    [TestCase("The council voted on Tuesday to close\nthe library on Elm Road.", "The council voted on Tuesday to close\nthe library on Elm Road.")]
    [TestCase("First block\n\nSecond block", "First block", "Second block")]
    [TestCase("First line\r\n\r\nSecond line.", "First line", "Second line.")]
    [TestCase("One.\rTwo.", "One.", "Two.")]
    public void Split_ListsDashesAndLines_FollowLayout(string text, params string[] expected)
    {
        Assert.That(SplitAll(text), Is.EqualTo(expected));
    }

    [Test]
    public void Split_ParagraphInsideLargerText_ReturnsOffsetsIntoText()
    {
        const string text = "Headline\n\nFirst one. Second one.\n\nTail.";
        int start = text.IndexOf("First", StringComparison.Ordinal);
        int end = text.IndexOf("\n\nTail", StringComparison.Ordinal);
        var sentences = new List<TextSpan>();
        DefaultSentenceSplitter.Instance.Split(text, new TextSpan(start, end), sentences);

        Assert.That(sentences.Select(s => s.Slice(text)), Is.EqualTo(new[] { "First one.", "Second one." }));
        Assert.That(sentences[0].Start, Is.EqualTo(start));
    }

    [Test]
    public void Split_EmptyOrBlankSpan_AddsNothing()
    {
        var sentences = new List<TextSpan>();
        DefaultSentenceSplitter.Instance.Split("   \n  ", new TextSpan(0, 6), sentences);
        DefaultSentenceSplitter.Instance.Split("abc", new TextSpan(2, 2), sentences);
        Assert.That(sentences, Is.Empty);
    }

    [Test]
    public void Split_SpanBeyondText_IsClippedInsteadOfThrowing()
    {
        var sentences = new List<TextSpan>();
        DefaultSentenceSplitter.Instance.Split("Short. Text.", new TextSpan(0, 500), sentences);
        Assert.That(sentences, Is.EqualTo(new[] { new TextSpan(0, 6), new TextSpan(7, 12) }));
    }

    [Test]
    public void Split_NullArguments_Throw()
    {
        Assert.That(() => DefaultSentenceSplitter.Instance.Split(null!, default, []), Throws.ArgumentNullException);
        Assert.That(() => DefaultSentenceSplitter.Instance.Split("x", default, null!), Throws.ArgumentNullException);
    }

    [Test]
    public void Split_NoBoundaryForLong_CutsAtSpaceWithinLimit()
    {
        string text = string.Join(' ', Enumerable.Repeat("word", 3000));
        List<TextSpan> sentences = Split(text);

        Assert.That(sentences, Has.Count.GreaterThan(1));
        Assert.That(sentences.Select(s => s.Length), Has.All.LessThanOrEqualTo(DefaultSentenceSplitter.MaxSentenceLength));
        Assert.That(sentences.Select(s => s.Slice(text)), Has.All.StartsWith("word").And.All.EndsWith("word"));
    }

    [Test]
    public void Split_NoSpaceForLong_CutsAtLimitOutsideSurrogatePair()
    {
        string text = string.Concat(Enumerable.Repeat("a\U0001F600", 2500));
        List<TextSpan> sentences = Split(text);

        Assert.That(sentences, Has.Count.GreaterThan(1));
        using (Assert.EnterMultipleScope())
        {
            foreach (TextSpan s in sentences)
            {
                Assert.That(s.Length, Is.LessThanOrEqualTo(DefaultSentenceSplitter.MaxSentenceLength));
                Assert.That(char.IsLowSurrogate(text[s.Start]), Is.False, $"sentence {s} starts inside a pair");
            }
        }
    }

    private static List<TextSpan> Split(string text)
    {
        var sentences = new List<TextSpan>();
        DefaultSentenceSplitter.Instance.Split(text, new TextSpan(0, text.Length), sentences);
        return sentences;
    }

    private static string[] SplitAll(string text) => [.. Split(text).Select(s => s.Slice(text))];
}
