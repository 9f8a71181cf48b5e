using ClaimTagger.Text;
using ClaimTagger.Tokens;

namespace ClaimTagger.Tests.Tokens;

public partial class TokenizerTests
{
    [TestCase("Moscow’s envoy can’t stay", "Moscow’s | envoy | can’t | stay")]
    [TestCase("O’Brien and O'Neill", "O’Brien | and | O'Neill")]
    [TestCase("music of the ’90s and '80s", "music | of | the | ’90s | and | '80s")]
    [TestCase("the class of ’89 met", "the | class | of | ’89 | met")]
    [TestCase("rock ’n’ roll", "rock | ’n’ | roll")]
    [TestCase("rock 'n' roll", "rock | 'n' | roll")]
    [TestCase("give ’em a chance, ’tis fine", "give | ’em | a | chance | , | ’tis | fine")]
    [TestCase("the students’ union", "the | students’ | union")]
    [TestCase("the dock workers' union voted", "the | dock | workers' | union | voted")]
    [TestCase("Ngozi Okonjo-Iweala’s office", "Ngozi | Okonjo-Iweala’s | office")]
    [TestCase("the Hawaiʻi and Nuuʼuanu roads", "the | Hawaiʻi | and | Nuuʼuanu | roads")]
    [TestCase("described as ‘catastrophic’ because", "described | as | ‘ | catastrophic | ’ | because")]
    [TestCase("'Hello,' she said.", "' | Hello | , | ' | she | said | .")]
    [TestCase("‘Our pay’s fair,’ he said", "‘ | Our | pay’s | fair | , | ’ | he | said")]
    [TestCase("They 'won't' move", "They | ' | won't | ' | move")]
    [TestCase("‘The workers’ demands are fair,’ she said", "‘ | The | workers’ | demands | are | fair | , | ’ | she | said")]
    [TestCase("The US-led bloc", "The | US-led | bloc")]
    [TestCase("a non-existent link", "a | non-existent | link")]
    [TestCase("a 10-year-old boy", "a | 10-year-old | boy")]
    [TestCase("COVID-19 cases", "COVID-19 | cases")]
    [TestCase("some 1,200 jobs", "some | 1,200 | jobs")]
    [TestCase("rose 3.5 per cent", "rose | 3.5 | per | cent")]
    [TestCase("at 11:18 on Tuesday", "at | 11:18 | on | Tuesday")]
    [TestCase("40% of voters", "40 | % | of | voters")]
    [TestCase("£5m and $3bn", "£ | 5m | and | $ | 3bn")]
    [TestCase("signed on 26/10/2021.", "signed | on | 26/10/2021 | .")]
    [TestCase("in 2021, 1,200.", "in | 2021 | , | 1,200 | .")]
    [TestCase("the U.S.-led talks, e.g. trade", "the | U.S.-led | talks | , | e.g. | trade")]
    [TestCase("Plan B. Then", "Plan | B | . | Then")]
    [TestCase("Lagos – Reuters — wire", "Lagos | – | Reuters | — | wire")]
    [TestCase("yes - no", "yes | - | no")]
    [TestCase("wait -- what...?", "wait | -- | what | ... | ?")]
    [TestCase("Really?!", "Really | ?!")]
    [TestCase("(see above)", "( | see | above | )")]
    [TestCase("“Yes,” he said.", "“ | Yes | , | ” | he | said | .")]
    [TestCase("« Non », dit-il.", "« | Non | » | , | dit-il | .")]
    [TestCase("„Nein“, sagte er.", "„ | Nein | “ | , | sagte | er | .")]
    [TestCase("Great 👍🏽 game", "Great | 👍🏽 | game")]
    [TestCase("fly the 🇬🇧 flag", "fly | the | 🇬🇧 | flag")]
    [TestCase("a 👨‍👩‍👧 family", "a | 👨‍👩‍👧 | family")]
    [TestCase("Wa\u200Bshington said", "Wa\u200Bshington | said")]
    [TestCase("inter\u00ADnational law", "inter\u00ADnational | law")]
    [TestCase("\u200B start \u200B end\u200B", "start | end")]
    [TestCase("10\u00A0km away", "10 | km | away")]
    [TestCase("line one\r\nline two", "line | one | line | two")]
    [TestCase("Cafe\u0301 noir", "Cafe\u0301 | noir")]
    [TestCase("Москва заявила", "Москва | заявила")]
    [TestCase("東京 2020", "東京 | 2020")]
    [TestCase("قال الوزير", "قال | الوزير")]
    [TestCase("", "")]
    [TestCase(" \t\r\n\u00A0 ", "")]
    public void Tokenize_Text_SplitsIntoExpectedTokens(string input, string expected)
    {
        Assert.That(Render(input), Is.EqualTo(expected));
    }

    [TestCase("“Yes,” he said.", "oc")]
    [TestCase("\"Yes,\" he said. \"No.\"", "ococ")]
    [TestCase("described as ‘catastrophic’ because", "oc")]
    [TestCase("‘No,’ he said.", "oc")]
    [TestCase("'Hello,' she said.", "oc")]
    [TestCase("the students’ union and workers' pay", "")]
    [TestCase("« Non », dit-il.", "oc")]
    [TestCase("«Non», dit-il.", "oc")]
    [TestCase("„Nein“, sagte er.", "oc")]
    [TestCase("»Nein«, sagte sie.", "oc")]
    [TestCase("‚ja‘ sagte sie", "oc")]
    [TestCase("‹oui› dit-il", "oc")]
    [TestCase("”Nej”, sade hon.", "oc")]
    [TestCase("“He said ‘no’ twice”", "oocc")]
    [TestCase("He said, \"'No,' she said.\"", "oocc")]
    [TestCase("(\"Sure\")", "oc")]
    [TestCase("“Yes.”“No.”", "ococ")]
    [TestCase("he said:“Yes”", "oc")]
    [TestCase("「はい」と言った", "oc")]
    [TestCase("give ’em that, ’tis true", "")]
    [TestCase("a \" b \" c", "oc")]
    [TestCase("it’s ‘fine’.", "oc")]
    [TestCase("Jones’ ‘fine’ car", "oc")]
    [TestCase("‘the ’80s’ he said", "oc")]
    [TestCase("‘Where’s my ‘quote’?’", "oocc")]
    [TestCase("‘The workers’ demands are fair,’ she said.", "oc")]
    [TestCase("‘the bosses’ fault’ he said", "oc")]
    [TestCase("the ‘big ones’ here", "oc")]
    [TestCase("the ‘big ones’ here and the nurses’ pay", "oc")]
    public void Tokenize_QuoteMarks_HaveExpectedDirections(string input, string expected)
    {
        List<Token> tokens = Tokenize(input);
        string directions = string.Concat(tokens.Where(t => t.Kind == TokenKind.QuoteMark)
            .Select(t => t.Has(TokenFlags.OpenQuote) ? "o" : t.Has(TokenFlags.CloseQuote) ? "c" : "?"));
        Assert.That(directions, Is.EqualTo(expected));
    }

    [TestCase("some 1,200 jobs", "1,200", TokenKind.Number)]
    [TestCase("rose 3.5 per cent", "3.5", TokenKind.Number)]
    [TestCase("at 11:18 on", "11:18", TokenKind.Number)]
    [TestCase("in 2021", "2021", TokenKind.Number)]
    [TestCase("£5m deal", "5m", TokenKind.Number)]
    [TestCase("$3bn deal", "3bn", TokenKind.Number)]
    [TestCase("the 1990s boom", "1990s", TokenKind.Number)]
    [TestCase("the 3rd time", "3rd", TokenKind.Number)]
    [TestCase("won 2-1 away", "2-1", TokenKind.Number)]
    [TestCase("on 26/10/2021", "26/10/2021", TokenKind.Number)]
    [TestCase("a 10-year-old boy", "10-year-old", TokenKind.Word)]
    [TestCase("COVID-19 cases", "COVID-19", TokenKind.Word)]
    [TestCase("an mp3 file", "mp3", TokenKind.Word)]
    [TestCase("the ’90s", "’90s", TokenKind.Word)]
    [TestCase("40% of", "%", TokenKind.Symbol)]
    [TestCase("£5m deal", "£", TokenKind.Symbol)]
    [TestCase("Great 👍🏽 game", "👍🏽", TokenKind.Symbol)]
    [TestCase("“Yes”", "“", TokenKind.QuoteMark)]
    [TestCase("yes, no", ",", TokenKind.Punctuation)]
    [TestCase("what...", "...", TokenKind.Punctuation)]
    [TestCase("a – b", "–", TokenKind.Punctuation)]
    [TestCase("Москва заявила", "Москва", TokenKind.Word)]
    public void Tokenize_Token_HasExpectedKind(string input, string tokenText, TokenKind expected)
    {
        Token token = Find(input, tokenText);
        Assert.That(token.Kind, Is.EqualTo(expected));
    }

    [TestCase("NATO said", "NATO", TokenFlags.Capitalized | TokenFlags.AllCaps)]
    [TestCase("does not exist AT ALL", "AT", TokenFlags.AllCaps)]
    [TestCase("does not exist AT ALL", "ALL", TokenFlags.AllCaps)]
    [TestCase("the Lagos port", "Lagos", TokenFlags.Capitalized)]
    [TestCase("the port", "port", TokenFlags.Lower)]
    [TestCase("then he said", "he", TokenFlags.Pronoun | TokenFlags.SubjectPronoun | TokenFlags.Lower)]
    [TestCase("She said", "She", TokenFlags.Pronoun | TokenFlags.SubjectPronoun | TokenFlags.Capitalized)]
    [TestCase("they told him", "him", TokenFlags.Pronoun)]
    [TestCase("Then I said", "I", TokenFlags.Pronoun | TokenFlags.SubjectPronoun | TokenFlags.Capitalized)]
    [TestCase("they’ll go", "they’ll", TokenFlags.Pronoun | TokenFlags.SubjectPronoun | TokenFlags.Apostrophe)]
    [TestCase("and their plan", "their", TokenFlags.Pronoun)]
    [TestCase("the US-led bloc", "US-led", TokenFlags.Hyphenated | TokenFlags.Capitalized)]
    [TestCase("COVID-19 cases", "COVID-19", TokenFlags.Digit | TokenFlags.Hyphenated | TokenFlags.AllCaps)]
    [TestCase("we can’t", "can’t", TokenFlags.Apostrophe | TokenFlags.Lower)]
    [TestCase("the students’ union", "students’", TokenFlags.Apostrophe)]
    [TestCase("the ’90s", "’90s", TokenFlags.Apostrophe | TokenFlags.Digit)]
    [TestCase("a – b", "–", TokenFlags.Punctuation | TokenFlags.Dash)]
    [TestCase("a - b", "-", TokenFlags.Punctuation | TokenFlags.Dash)]
    [TestCase("a -- b", "--", TokenFlags.Punctuation | TokenFlags.Dash)]
    [TestCase("say “Yes”", "“", TokenFlags.Punctuation | TokenFlags.OpenQuote)]
    [TestCase("say “Yes”", "”", TokenFlags.Punctuation | TokenFlags.CloseQuote)]
    [TestCase("in 2021", "2021", TokenFlags.Digit)]
    [TestCase("Hello world", "Hello", TokenFlags.SentenceStart | TokenFlags.Capitalized)]
    public void Tokenize_Token_HasFlags(string input, string tokenText, TokenFlags expected)
    {
        Token token = Find(input, tokenText);
        Assert.That(token.Flags & expected, Is.EqualTo(expected));
    }

    [TestCase("the US said", "US", TokenFlags.Pronoun)]
    [TestCase("IT staff", "IT", TokenFlags.Pronoun)]
    [TestCase("let’s go", "let’s", TokenFlags.Pronoun)]
    [TestCase("their plan", "their", TokenFlags.SubjectPronoun)]
    [TestCase("a well-known name", "well-known", TokenFlags.Dash)]
    [TestCase("the pre- and post-war", "-", TokenFlags.Dash)]
    [TestCase("an iPhone", "iPhone", TokenFlags.Capitalized | TokenFlags.Lower | TokenFlags.AllCaps)]
    [TestCase("NATO", "NATO", TokenFlags.Lower)]
    [TestCase("I said", "I", TokenFlags.AllCaps)]
    [TestCase("the 1990s", "1990s", TokenFlags.Capitalized)]
    [TestCase("Hello world", "world", TokenFlags.SentenceStart)]
    [TestCase("the students’ union", "students’", TokenFlags.CloseQuote)]
    [TestCase("say “Yes”", "“", TokenFlags.CloseQuote)]
    [TestCase("東京 2020", "東京", TokenFlags.Capitalized | TokenFlags.Lower)]
    public void Tokenize_Token_LacksFlags(string input, string tokenText, TokenFlags unexpected)
    {
        Token token = Find(input, tokenText);
        Assert.That(token.Flags & unexpected, Is.EqualTo(TokenFlags.None));
    }

    [Test]
    public void Tokenize_SpanInsideText_OffsetsPointIntoTheText()
    {
        const string text = "xx Hello world xx";
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(3, 14), tokens);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(tokens.Select(t => t.Start), Is.EqualTo(new[] { 3, 9 }));
            Assert.That(tokens.Select(t => text.Substring(t.Start, t.Length)), Is.EqualTo(new[] { "Hello", "world" }));
        }
    }

    [Test]
    public void Tokenize_SpanEndsInsideWord_StopsAtTheSpanEnd()
    {
        const string text = "Hello world";
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(0, 8), tokens);
        Assert.That(tokens.Select(t => text.Substring(t.Start, t.Length)), Is.EqualTo(new[] { "Hello", "wo" }));
    }

    [Test]
    public void Tokenize_Emoji_CoversBothCodeUnits()
    {
        const string text = "a 😀 b";
        Token emoji = Tokenize(text)[1];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(emoji.Start, Is.EqualTo(2));
            Assert.That(emoji.Length, Is.EqualTo(2));
            Assert.That(emoji.Kind, Is.EqualTo(TokenKind.Symbol));
        }
    }

    [Test]
    public void Tokenize_SpanCutsSurrogatePair_KeepsTheHalfAsOneSymbol()
    {
        const string text = "a 😀";
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(0, 3), tokens);
        Assert.That(tokens.Select(t => (t.Start, t.Length, t.Kind)), Is.EqualTo(new[] { (0, 1, TokenKind.Word), (2, 1, TokenKind.Symbol) }));
    }

    [Test]
    public void Tokenize_CrLfText_OffsetsSkipBothLineBreakCharacters()
    {
        const string text = "one\r\ntwo";
        List<Token> tokens = Tokenize(text);
        Assert.That(tokens.Select(t => t.Start), Is.EqualTo(new[] { 0, 5 }));
    }

    [Test]
    public void Tokenize_ListWithTokens_AppendsAndMarksTheFirstNewToken()
    {
        const string text = "One. Two three.";
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(0, 4), tokens);
        Tokenizer.Tokenize(text, new TextSpan(5, 15), tokens);
        bool[] starts = [.. tokens.Select(t => t.Has(TokenFlags.SentenceStart))];
        Assert.That(starts, Is.EqualTo(new[] { true, false, true, false, false }));
    }

    [Test]
    public void Tokenize_QuoteStateIsPerSpan_PossessiveInLaterSpanStaysAWord()
    {
        const string text = "‘We are ready. We will win’ today.";
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(0, 14), tokens);
        Tokenizer.Tokenize(text, new TextSpan(15, text.Length), tokens);
        Assert.That(tokens.Any(t => text.Substring(t.Start, t.Length) == "win’"), Is.True);
    }

    [Test]
    public void Tokenize_PreSizedList_AllocatesNothing()
    {
        const string text = "“We can’t accept a 3.5% offer,” the students’ union said of the US-led plan 👍🏽 – again.";
        var tokens = new List<Token>(256);
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length), tokens);
        tokens.Clear();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10; i++)
        {
            tokens.Clear();
            Tokenizer.Tokenize(text, new TextSpan(0, text.Length), tokens);
        }

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
    }

    [Test]
    public void Token_Size_StaysSmall()
    {
        Assert.That(System.Runtime.CompilerServices.Unsafe.SizeOf<Token>(), Is.LessThanOrEqualTo(16));
    }

    [Test]
    public void Tokenize_NullText_Throws()
    {
        Assert.That(() => Tokenizer.Tokenize(null!, new TextSpan(0, 0), []), Throws.ArgumentNullException);
    }

    [Test]
    public void Tokenize_NullList_Throws()
    {
        Assert.That(() => Tokenizer.Tokenize("a", new TextSpan(0, 1), null!), Throws.ArgumentNullException);
    }

    [TestCase(-1, 2)]
    [TestCase(0, 4)]
    [TestCase(2, 1)]
    public void Tokenize_SpanOutsideText_Throws(int start, int end)
    {
        Assert.That(() => Tokenizer.Tokenize("abc", new TextSpan(start, end), []), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Tokenize_SampleArticle_PossessivesAreWordsAndQuotesPair()
    {
        string path = Path.Combine(RepoRoot(), "samples", "harbour-strike.txt");
        if (!File.Exists(path))
        {
            Assert.Inconclusive("samples/harbour-strike.txt not found");
        }

        string text = File.ReadAllText(path);
        List<Token> tokens = Tokenize(text);
        List<Token> marks = [.. tokens.Where(t => t.Kind == TokenKind.QuoteMark)];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(marks.Count(t => t.Has(TokenFlags.OpenQuote)), Is.EqualTo(marks.Count(t => t.Has(TokenFlags.CloseQuote))));
            Assert.That(marks, Is.Not.Empty);
            Assert.That(tokens.Where(t => t.Has(TokenFlags.Apostrophe)).Select(t => text.Substring(t.Start, t.Length)), Does.Contain("workers'"));
        }

        AssertTokenInvariants(text, new TextSpan(0, text.Length), tokens);
    }

    internal static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length), tokens);
        return tokens;
    }

    private static string Render(string text) => string.Join(" | ", Tokenize(text).Select(t => text.Substring(t.Start, t.Length)));

    private static Token Find(string text, string tokenText)
    {
        List<Token> tokens = Tokenize(text);
        int index = tokens.FindIndex(t => text.AsSpan(t.Start, t.Length).SequenceEqual(tokenText));
        Assert.That(index, Is.GreaterThanOrEqualTo(0), $"no token \"{tokenText}\" in: {Render(text)}");
        return tokens[index];
    }

    private static string RepoRoot()
    {
        string? dir = TestContext.CurrentContext.TestDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "ClaimTagger.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? TestContext.CurrentContext.TestDirectory;
    }
}
