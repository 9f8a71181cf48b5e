using System.Buffers;
using System.Collections.Frozen;
using ClaimTagger.Text;

namespace ClaimTagger.Sections;

/// <summary>
/// Recognises the kind of a single line of scraped article text from general cues: date and time words, "By" lines,
/// picture credits, share-button lists, menus, cookie notices and link lines. Headlines and body text are told apart
/// later, from position (<see cref="DefaultSectionDetector"/>).
/// </summary>
internal static class LineClassifier
{
    private const int MaxDatelineLength = 100;
    private const int MaxWireDatelineLength = 80;
    private const int MaxNoticeLength = 2000;
    private const int MaxCreditTailLength = 100;
    private const int MinLowerCaseRunWords = 20;

    private static readonly SearchValues<char> Terminals = SearchValues.Create(".?!…‽");

    private static readonly SearchValues<string> RightsReserved =
        SearchValues.Create(["ights reserved", "ights Reserved", "IGHTS RESERVED"], StringComparison.Ordinal);

    private static readonly SearchValues<string> Cookie = SearchValues.Create(["ookie", "OOKIE"], StringComparison.Ordinal);

    // Lines that begin with these words are page furniture when they have at most the given number of words.
    private static readonly PhraseTable BoilerplatePhrases = new(
    [
        ("read more", 30), ("read also", 30), ("also read", 30), ("read next", 30), ("see also", 30), ("more on this story", 30),
        ("more from", 12), ("more stories", 12), ("most read", 10), ("most popular", 10), ("most viewed", 10), ("trending", 6),
        ("recommended", 6), ("related:", 30), ("related articles", 30), ("related stories", 30), ("related content", 30),
        ("related topics", 30), ("related coverage", 30), ("related news", 30), ("related links", 30), ("related", 1),
        ("advertisement", 6), ("advertising", 3), ("sponsored", 6), ("promoted", 3), ("subscribe", 25), ("sign up", 25),
        ("sign in", 8), ("log in", 8), ("follow us", 20), ("follow @", 20), ("click here", 25), ("tap here", 25),
        ("share this", 8), ("share on", 8), ("share via", 8), ("copy link", 4), ("listen to this article", 10), ("listen to article", 10),
        ("skip to", 8), ("back to top", 4), ("jump to", 6), ("download the app", 12), ("download our app", 12), ("get the app", 12),
        ("continue reading", 8), ("show more", 4), ("load more", 4), ("comments", 4), ("view comments", 6), ("show comments", 6),
        ("leave a comment", 6), ("join the conversation", 10), ("report an error", 6), ("report a correction", 8), ("topics:", 20),
        ("tags:", 20), ("filed under", 20), ("breaking news", 2), ("we use cookies", 80), ("this site uses cookies", 80),
        ("this website uses cookies", 80), ("our site uses cookies", 80), ("our website uses cookies", 80), ("we and our partners", 80),
        ("by using this site", 80), ("by using this website", 80), ("by using our", 80), ("by continuing", 80), ("cookie policy", 80),
        ("cookie settings", 80), ("cookie preferences", 80), ("cookies policy", 80), ("accept all", 10), ("accept cookies", 10),
        ("manage cookies", 10), ("manage preferences", 10), ("privacy policy", 20), ("terms of use", 20), ("terms of service", 20),
        ("terms and conditions", 20), ("do not sell my", 20), ("newsletter", 8), ("privacy notice", 40),
        ("explore more", 10), ("more on this topic", 30), ("reuse this content", 4),
    ]);

    // Headers over a list of links to other stories, written one headline per line ("RELATED ARTICLES", "Most read").
    private static readonly PhraseTable LinkListHeaders = new(
    [
        ("related", 3), ("read more", 3), ("read also", 3), ("also read", 3), ("read next", 3), ("see also", 2), ("more on this story", 4),
        ("more on this topic", 4), ("more from", 4), ("more stories", 3), ("most read", 3), ("most popular", 3), ("most viewed", 3),
        ("recommended", 3), ("trending", 2), ("explore more", 3), ("you may also like", 5), ("you might also like", 5),
    ]);

    private static readonly PhraseTable BylinePhrases = new(
    [
        ("reporting by", 50), ("additional reporting by", 50), ("editing by", 50), ("writing by", 50), ("reported by", 12),
        ("words by", 12), ("words:", 12), ("written by", 12), ("story by", 12), ("text by", 12), ("compiled by", 12),
        ("edited by", 12), ("posted by", 12), ("author:", 12), ("authors:", 16), ("byline:", 12), ("contributor:", 12),
        ("contributors:", 16), ("by:", 12),
    ]);

    private static readonly PhraseTable CaptionPhrases = new(
    [
        ("photo:", int.MaxValue),
        ("photos:", int.MaxValue),
        ("photograph:", int.MaxValue),
        ("photographs:", int.MaxValue),
        ("picture:", int.MaxValue),
        ("pictures:", int.MaxValue),
        ("pictured:", int.MaxValue),
        ("image:", int.MaxValue),
        ("images:", int.MaxValue),
        ("credit:", int.MaxValue),
        ("credits:", int.MaxValue),
        ("photo credit", int.MaxValue),
        ("image credit", int.MaxValue),
        ("image source", int.MaxValue),
        ("image caption", int.MaxValue),
        ("image copyright", int.MaxValue),
        ("caption:", int.MaxValue),
        ("file photo", int.MaxValue),
        ("file pic", int.MaxValue),
        ("file image", int.MaxValue),
        ("photo by", int.MaxValue),
        ("photo courtesy", int.MaxValue),
        ("picture by", int.MaxValue),
        ("pic:", int.MaxValue),
        ("illustration:", int.MaxValue),
        ("graphic:", int.MaxValue),
    ]);

    private static readonly PhraseTable CreditTailPhrases = new(
    [
        ("photo:", int.MaxValue),
        ("photos:", int.MaxValue),
        ("photograph:", int.MaxValue),
        ("picture:", int.MaxValue),
        ("image:", int.MaxValue),
        ("credit:", int.MaxValue),
        ("source:", int.MaxValue),
        ("photo by", int.MaxValue),
        ("picture by", int.MaxValue),
        ("photo credit", int.MaxValue),
        ("image credit", int.MaxValue),
        ("pic:", int.MaxValue),
        ("via ", int.MaxValue),
    ]);

    private static readonly string[] Agencies =
    [
        "Getty", "AFP", "Reuters", "REUTERS", "AP", "EPA", "EPA-EFE", "PA", "Shutterstock", "Alamy", "Bloomberg", "Xinhua", "TASS",
        "Anadolu", "iStock", "iStockphoto", "NurPhoto", "ZUMA", "Rex", "SOPA", "Corbis", "EFE", "ANSA", "DPA", "dpa", "Kyodo",
        "Yonhap", "UPI", "WireImage", "Pool", "POOL",
    ];

    private static readonly string[] StampWords = ["published", "updated", "posted", "modified", "created", "edited"];

    private static readonly string[] DateWords =
    [
        "update", "last", "first", "date", "time", "on", "at",
        "just", "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "second", "seconds", "secs", "day", "days",
        "week", "weeks", "month", "months", "year", "years", "an", "a", "am", "pm", "a.m", "p.m", "of", "local", "the",
    ];

    /// <summary>Every word a date line may hold besides numbers, with what it tells; one case-insensitive lookup per word.</summary>
    private static readonly FrozenDictionary<string, DateWord>.AlternateLookup<ReadOnlySpan<char>> DateLineWords = BuildDateLineWords();

    private static readonly string[] NameParticles = ["de", "van", "von", "der", "den", "al", "bin", "da", "di", "la", "le", "du", "dos", "del", "ter", "ten", "el"];

    private static readonly string[] CreditConnectors = ["for", "via", "and", "of", "de", "van", "von", "da", "al", "the", "le", "la", "du", "dos", "/"];

    /// <summary>Classifies one trimmed, non-empty line.</summary>
    /// <param name="line">The line, without surrounding white space.</param>
    /// <returns>The line's section, or <see langword="null"/> for ordinary text (a headline or body).</returns>
    public static SectionKind? Classify(ReadOnlySpan<char> line)
    {
        LineFeatures features = LineFeatures.Read(line);
        if (!features.HasLetterOrDigit)
        {
            return SectionKind.Boilerplate;
        }

        if (IsDateline(line, features))
        {
            return SectionKind.Dateline;
        }

        if (IsByline(line, features))
        {
            return SectionKind.Byline;
        }

        if (IsBoilerplate(line, features))
        {
            return SectionKind.Boilerplate;
        }

        return IsCaption(line, features) ? SectionKind.Caption : null;
    }

    /// <summary>Returns whether the line ends with a full stop, question or exclamation mark or ellipsis, before any closing quotes or brackets.</summary>
    /// <param name="line">A trimmed line.</param>
    /// <returns><see langword="true"/> when the line ends a sentence.</returns>
    public static bool EndsSentence(ReadOnlySpan<char> line)
    {
        int k = line.Length - 1;
        while (k >= 0 && SentenceChars.IsCloser(line[k]))
        {
            k--;
        }

        return k >= 0 && SentenceChars.IsTerminal(line[k]);
    }

    /// <summary>Returns whether the line ends with a full stop or ellipsis (not a question or exclamation mark).</summary>
    /// <param name="line">A trimmed line.</param>
    /// <returns><see langword="true"/> for a line that ends like a statement.</returns>
    public static bool EndsWithStop(ReadOnlySpan<char> line)
    {
        int k = line.Length - 1;
        while (k >= 0 && SentenceChars.IsCloser(line[k]))
        {
            k--;
        }

        return k >= 0 && line[k] is '.' or '…';
    }

    /// <summary>Returns whether the first letter of the line (after opening quotes and brackets) is lower case.</summary>
    /// <param name="line">A trimmed line.</param>
    /// <returns><see langword="true"/> when the line starts in lower case.</returns>
    public static bool StartsLowerCase(ReadOnlySpan<char> line)
    {
        int k = 0;
        while (k < line.Length && (SentenceChars.IsOpener(line[k]) || SentenceChars.IsZeroWidth(line[k])))
        {
            k++;
        }

        return k < line.Length && char.IsLower(line[k]);
    }

    /// <summary>Returns whether the line starts with a list marker ("- ", "• ", "1. ") or a speaker label ("Q:", "SMITH:").</summary>
    /// <param name="line">A trimmed line.</param>
    /// <returns><see langword="true"/> for a list item or a labelled turn of an interview.</returns>
    public static bool StartsListItemOrLabel(ReadOnlySpan<char> line)
    {
        if (line.Length < 2)
        {
            return false;
        }

        char c = line[0];
        if (SentenceChars.IsBullet(c) || SentenceChars.IsDash(c))
        {
            return SentenceChars.IsSpace(line[1]);
        }

        int k = 0;
        if (char.IsAsciiDigit(c))
        {
            while (k < line.Length && k < 3 && char.IsAsciiDigit(line[k]))
            {
                k++;
            }

            return k + 1 < line.Length && line[k] is '.' or ')' && SentenceChars.IsSpace(line[k + 1]);
        }

        if (!char.IsUpper(c))
        {
            return false;
        }

        while (k < line.Length && k < 24 && (char.IsUpper(line[k]) || (line[k] is ' ' or '.' or '-' && k + 1 < line.Length && char.IsUpper(line[k + 1]))))
        {
            k++;
        }

        return k < line.Length && line[k] == ':' && (k + 1 == line.Length || SentenceChars.IsSpace(line[k + 1]));
    }

    /// <summary>Returns whether the line is a short label: at most <paramref name="maxWords"/> words, starting with a
    /// capital or a digit, with no sentence punctuation ("BBC News, Kyiv", "Economic policy").</summary>
    /// <param name="line">A trimmed line.</param>
    /// <param name="maxWords">The most words a label may have.</param>
    /// <returns><see langword="true"/> for a short label.</returns>
    public static bool IsShortLabel(ReadOnlySpan<char> line, int maxWords)
    {
        if (line.IsEmpty || !(char.IsUpper(line[0]) || char.IsDigit(line[0])) || CountWords(line) > maxWords)
        {
            return false;
        }

        LineFeatures features = LineFeatures.Read(line);
        return !features.HasSentencePunctuation;
    }

    /// <summary>Returns whether a line is a bare header over a list of links to other stories ("RELATED ARTICLES",
    /// "Most read", "You may also like"), with nothing after it.</summary>
    /// <param name="line">A trimmed line.</param>
    /// <returns><see langword="true"/> for a link-list header.</returns>
    public static bool IsLinkListHeader(ReadOnlySpan<char> line)
    {
        ReadOnlySpan<char> s = line.TrimEnd(":").TrimEnd();
        int words = CountWords(s);
        return words > 0 && words <= LinkListHeaders.Match(s) && !s.Contains(':');
    }

    /// <summary>Counts the words of a line (runs between white space).</summary>
    /// <param name="line">A trimmed line.</param>
    /// <returns>The number of words.</returns>
    public static int CountWords(ReadOnlySpan<char> line)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in line)
        {
            bool space = SentenceChars.IsSpace(c);
            if (!space && !inWord)
            {
                words++;
            }

            inWord = !space;
        }

        return words;
    }

    private static bool IsDateline(ReadOnlySpan<char> line, in LineFeatures features)
    {
        if (line.Length > MaxDatelineLength)
        {
            return false;
        }

        // Every date-and-time line has a digit, except the relative ones ("Updated just now"), which are short.
        bool digit = line.IndexOfAnyInRange('0', '9') >= 0;
        return ((digit || line.Length <= 30) && IsDateAndTime(line)) || IsWireDateline(line, features);
    }

    /// <summary>"26 Oct, 2021 11:18", "Published: 3 June 2024 10:15 BST", "Updated 2 hours ago", "Mon 3 Jun 2024 10.15 BST".</summary>
    private static bool IsDateAndTime(ReadOnlySpan<char> line)
    {
        bool evidence = false, digit = false, relative = false, stamp = false;
        int tokens = 0;
        foreach (Range range in line.SplitAny(" \t\u00A0\u2009\u202F"))
        {
            ReadOnlySpan<char> token = line[range].Trim(",;:()[]|·•/-–—");
            if (token.IsEmpty)
            {
                continue;
            }

            if (++tokens > 14)
            {
                return false;
            }

            if (char.IsAsciiDigit(token[0]))
            {
                digit = true;
                if (!IsNumericDateOrTime(token, out bool isDate))
                {
                    return false;
                }

                evidence |= isDate;
                continue;
            }

            ReadOnlySpan<char> word = token[^1] == '.' ? token[..^1] : token;
            if (!DateLineWords.TryGetValue(word, out DateWord kind))
            {
                return false;
            }

            switch (kind)
            {
                case DateWord.Calendar:
                    evidence = true;
                    break;
                case DateWord.Relative:
                    evidence = true;
                    relative = true;
                    break;
                case DateWord.Stamp:
                    stamp = true;
                    break;
            }
        }

        // "Published" or "Last updated" alone heads the date line under it.
        return (evidence && (digit || relative)) || (stamp && !evidence && !digit && tokens <= 3);
    }

    /// <summary>Returns whether <paramref name="token"/> is a number, a date (2024-06-03, 03/06/2024), a time (11:18,
    /// 10.15am, 9pm) or an ordinal (14th).</summary>
    private static bool IsNumericDateOrTime(ReadOnlySpan<char> token, out bool isDate)
    {
        isDate = false;
        ReadOnlySpan<char> body = token;
        foreach (string suffix in (ReadOnlySpan<string>)["a.m.", "p.m.", "a.m", "p.m", "am", "pm", "st", "nd", "rd", "th", "h", "z"])
        {
            if (body.Length > suffix.Length && body.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                body = body[..^suffix.Length];
                isDate = true;
                break;
            }
        }

        if (body.IsEmpty || !char.IsAsciiDigit(body[^1]))
        {
            return false;
        }

        for (int k = 0; k < body.Length; k++)
        {
            char c = body[k];
            if (char.IsAsciiDigit(c))
            {
                continue;
            }

            bool between = k > 0 && k + 1 < body.Length && char.IsAsciiDigit(body[k - 1]) && char.IsAsciiDigit(body[k + 1]);
            if (!between || c is not ('-' or '/' or ':' or '.' or 'T' or '+'))
            {
                return false;
            }

            isDate = true;
        }

        return body.Length <= 25;
    }

    /// <summary>
    /// Returns the length of a wire dateline that opens <paramref name="sentence"/> ("MOSCOW, Nov 27 (Reuters) - The
    /// Kremlin said …" → the length of "MOSCOW, Nov 27 (Reuters) -"), or 0 when it opens with none.
    /// </summary>
    /// <param name="sentence">The text of a sentence, from its start.</param>
    /// <returns>The length, through the dash.</returns>
    public static int WireDatelinePrefixLength(ReadOnlySpan<char> sentence)
    {
        ReadOnlySpan<char> head = sentence[..Math.Min(sentence.Length, MaxWireDatelineLength + 1)];
        for (int i = 1; i + 1 < head.Length; i++)
        {
            // a dash set off by spaces ("(Reuters) - The"), not one inside a word ("US-led")
            if (SentenceChars.IsDash(head[i]) && head[i - 1] == ' ' && head[i + 1] == ' ')
            {
                ReadOnlySpan<char> line = head[..(i + 1)];
                return IsWireDateline(line, LineFeatures.Read(line)) ? i + 1 : 0;
            }
        }

        return 0;
    }

    /// <summary>A wire dateline standing alone: "LAGOS, March 14 (Reuters) -", "WASHINGTON (AP) —".</summary>
    private static bool IsWireDateline(ReadOnlySpan<char> line, in LineFeatures features)
    {
        if (line.Length > MaxWireDatelineLength || features.Words > 12)
        {
            return false;
        }

        char last = line[^1];
        if (!SentenceChars.IsDash(last) && last != ')')
        {
            return false;
        }

        int k = 0;
        int letters = 0;
        while (k < line.Length && (char.IsUpper(line[k]) || line[k] is '-' or '.' or '\'' or '’'))
        {
            letters += char.IsUpper(line[k]) ? 1 : 0;
            k++;
        }

        if (letters < 2 || (k < line.Length && !(line[k] is ',' or ' ')))
        {
            return false;
        }

        // Every word of a wire dateline is capitalised or a number: "LAGOS, March 14 (Reuters) -".
        bool month = false;
        foreach (Range range in line.SplitAny(" ,\t\u00A0"))
        {
            ReadOnlySpan<char> word = line[range].Trim("()[].");
            if (word.IsEmpty)
            {
                continue;
            }

            if (char.IsLower(word[0]))
            {
                return false;
            }

            month |= CalendarWords.IsMonth(word);
        }

        return month || line.Contains('(');
    }

    private static bool IsByline(ReadOnlySpan<char> line, in LineFeatures features)
    {
        ReadOnlySpan<char> s = line.TrimStart("([");
        int bylineWords = BylinePhrases.Match(s);
        if (bylineWords >= 0)
        {
            return features.Words <= bylineWords;
        }

        if (s.Length > 3 && (s.StartsWith("By ", StringComparison.Ordinal) || s.StartsWith("BY ", StringComparison.Ordinal)))
        {
            return features.Words <= 16 && s.Length <= 160 && !EndsSentence(s) && IsNameStart(s[3..].TrimStart());
        }

        // "Jane Doe | Reporter" (a line with one menu separator; the bar is looked for only then).
        int bar = features.Separators == 1 ? s.IndexOf('|') : -1;
        if (bar > 0 && !EndsSentence(s))
        {
            ReadOnlySpan<char> name = s[..bar].Trim();
            int nameWords = CountWords(name);
            return nameWords is >= 2 and <= 4 && CountWords(s[(bar + 1)..]) <= 6 && AllWordsCapitalised(name, allowParticles: true);
        }

        return false;
    }

    /// <summary>Returns whether <paramref name="s"/> starts with a person's or an organisation's name ("Jane Doe", "The Associated Press").</summary>
    private static bool IsNameStart(ReadOnlySpan<char> s)
    {
        int wordEnd = 0;
        while (wordEnd < s.Length && !SentenceChars.IsSpace(s[wordEnd]) && s[wordEnd] is not (',' or '|'))
        {
            wordEnd++;
        }

        ReadOnlySpan<char> first = s[..wordEnd];
        if (first.IsEmpty || !char.IsUpper(first[0]))
        {
            return false;
        }

        first = first.TrimEnd('.');
        return !CalendarWords.IsMonth(first) && !CalendarWords.IsWeekday(first)
            && !first.Equals("Now", StringComparison.OrdinalIgnoreCase) && !first.Equals("Then", StringComparison.OrdinalIgnoreCase);
    }

    private static bool AllWordsCapitalised(ReadOnlySpan<char> s, bool allowParticles)
    {
        foreach (Range range in s.SplitAny(" \t\u00A0"))
        {
            ReadOnlySpan<char> word = s[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (char.IsUpper(word[0]))
            {
                foreach (char c in word)
                {
                    if (char.IsDigit(c))
                    {
                        return false;
                    }
                }

                continue;
            }

            if (!allowParticles || !ContainsIgnoreCase(NameParticles, word))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBoilerplate(ReadOnlySpan<char> line, in LineFeatures f)
    {
        if ((f.InterfaceWords >= 3 && f.InterfaceWords * 4 >= f.Words) || (f.InterfaceWords > 0 && f.InterfaceWords == f.Words && f.Words <= 6))
        {
            return true;
        }

        if (!f.HasSentencePunctuation)
        {
            // A long run of lower-case words with no sentence in it: an icon or tag list.
            if (f.Words >= MinLowerCaseRunWords && f.UncapitalisedWords * 10 >= f.Words * 9)
            {
                return true;
            }

            // A menu: "Home | World | Sport".
            if ((f.Separators >= 2 && f.LongestSegment <= 2) || (f.Separators >= 3 && f.LongestSegment <= 4))
            {
                return true;
            }
        }

        ReadOnlySpan<char> s = line.TrimStart("([");
        if (f.Words <= BoilerplatePhrases.Match(s))
        {
            return true;
        }

        // "— Jean Marc (@jmarc_news) December 4, 2026": the signature under an embedded social media post
        if (f.Words <= 20 && line.Length > 0 && line[0] is '—' or '–' or '-' && line.Contains("(@", StringComparison.Ordinal) && char.IsDigit(line[^1]))
        {
            return true;
        }

        return IsCopyrightFooter(s, f) || IsCookieNotice(line, f);
    }

    private static bool IsCopyrightFooter(ReadOnlySpan<char> s, in LineFeatures f)
    {
        if (f.Words > 40)
        {
            return false;
        }

        // Ordinal searches for the usual casings, all three in one pass: an ignore-case search costs more on every line.
        if (s.ContainsAny(RightsReserved))
        {
            return true;
        }

        bool opens = s[0] == '©' || s.StartsWith("(c)", StringComparison.OrdinalIgnoreCase) || PhraseTable.StartsWithWords(s, "copyright");
        return opens && HasYear(s);
    }

    private static bool HasYear(ReadOnlySpan<char> s)
    {
        for (int k = 0; k + 4 <= s.Length; k++)
        {
            if ((s[k] == '1' && s[k + 1] == '9') || (s[k] == '2' && s[k + 1] == '0'))
            {
                if (char.IsAsciiDigit(s[k + 2]) && char.IsAsciiDigit(s[k + 3])
                    && (k == 0 || !char.IsAsciiDigit(s[k - 1])) && (k + 4 == s.Length || !char.IsAsciiDigit(s[k + 4])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsCookieNotice(ReadOnlySpan<char> line, in LineFeatures f)
    {
        if (line.Length > MaxNoticeLength || f.Words > 120 || !line.ContainsAny(Cookie))
        {
            return false;
        }

        bool consent = false;
        foreach (string word in (ReadOnlySpan<string>)["accept", "consent", "agree", "privacy", "preferences", "browsing", "opt out", "opt-out", "settings"])
        {
            if (line.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                consent = true;
                break;
            }
        }

        return consent && (line.Contains("you", StringComparison.OrdinalIgnoreCase) || PhraseTable.StartsWithWords(line, "we"));
    }

    private static bool IsCaption(ReadOnlySpan<char> line, in LineFeatures f)
    {
        ReadOnlySpan<char> s = line.TrimStart("([");
        if (CaptionPhrases.Match(s) >= 0)
        {
            return true;
        }

        // AP style: "FILE - A man walks past …".
        if (s.StartsWith("FILE", StringComparison.Ordinal) && s.Length > 6
            && ((s[4] == ' ' && (SentenceChars.IsDash(s[5]) || s[5] == ':')) || s[4] == ':'))
        {
            return true;
        }

        // One search tells whether the line has a © or a bracket at all; most lines have neither.
        int special = line.IndexOfAny('©', '(');
        if (special >= 0 && line[special..].Contains('©'))
        {
            return true;
        }

        // "(Photo by …)" or "(Credit: …)" anywhere in the line.
        ReadOnlySpan<char> rest = special >= 0 ? line[special..] : [];
        for (int open = rest.IndexOf('('); open >= 0; open = rest.IndexOf('('))
        {
            ReadOnlySpan<char> inside = rest = rest[(open + 1)..];
            foreach (string phrase in (ReadOnlySpan<string>)["photo by", "photo:", "picture by", "picture:", "image:", "credit:", "photo credit"])
            {
                if (PhraseTable.StartsWithWords(inside, phrase))
                {
                    return true;
                }
            }
        }

        if (HasCreditTail(line))
        {
            return true;
        }

        // A credit standing alone: "Getty Images", "Jane Doe/Reuters", "AFP via Getty Images".
        return f.Words <= 6 && !f.HasSentencePunctuation && IsCredit(line, requireAgency: true);
    }

    /// <summary>A descriptive sentence followed by a credit: "… in Antakya. Photograph: Jane Doe/Reuters".</summary>
    private static bool HasCreditTail(ReadOnlySpan<char> line)
    {
        int stop = Math.Max(1, line.Length - MaxCreditTailLength);
        int k = line.Length - 1;
        while (k > stop)
        {
            int found = line[stop..k].LastIndexOfAny(Terminals);
            if (found < 0)
            {
                return false;
            }

            k = stop + found;
            int j = k + 1;
            while (j < line.Length && SentenceChars.IsCloser(line[j]))
            {
                j++;
            }

            if (j >= line.Length || !SentenceChars.IsSpace(line[j]))
            {
                continue;
            }

            ReadOnlySpan<char> head = line[..j];
            ReadOnlySpan<char> tail = line[j..].Trim();
            if (tail.IsEmpty || !HasWords(head, 3) || EndsSentence(tail))
            {
                return false;
            }

            return CreditTailPhrases.Match(tail) >= 0 || IsCredit(tail, requireAgency: false);
        }

        return false;
    }

    /// <summary>Returns whether <paramref name="s"/> reads like a picture credit: a few capitalised names with an agency or a slash.</summary>
    private static bool IsCredit(ReadOnlySpan<char> s, bool requireAgency)
    {
        bool agency = false, slash = s.Contains('/');
        int words = 0;
        foreach (Range range in s.SplitAny(" /\t\u00A0"))
        {
            ReadOnlySpan<char> word = s[range].Trim("()[],;:");
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > 8)
            {
                return false;
            }

            if (TextWords.IsOneOf(word, Agencies))
            {
                agency = true;
                continue;
            }

            if (!char.IsUpper(word[0]) && !ContainsIgnoreCase(CreditConnectors, word))
            {
                return false;
            }
        }

        return words > 0 && (agency || (!requireAgency && slash));
    }

    /// <summary>Returns whether <paramref name="s"/> has at least <paramref name="count"/> words, reading no further than needed.</summary>
    /// <param name="s">A line or part of one.</param>
    /// <param name="count">The number of words to look for.</param>
    /// <returns><see langword="true"/> when <see cref="CountWords"/> would return <paramref name="count"/> or more.</returns>
    public static bool HasWords(ReadOnlySpan<char> s, int count)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in s)
        {
            bool space = SentenceChars.IsSpace(c);
            if (!space && !inWord && ++words >= count)
            {
                return true;
            }

            inWord = !space;
        }

        return false;
    }

    private static FrozenDictionary<string, DateWord>.AlternateLookup<ReadOnlySpan<char>> BuildDateLineWords()
    {
        // Where a word is in several lists, the first kind tested by the original chain of tests wins: calendar names,
        // then relative words, then stamps, then the other words a date line may hold. So add them in reverse.
        var words = new Dictionary<string, DateWord>(StringComparer.OrdinalIgnoreCase);
        foreach (string word in CalendarWords.ZoneNames.Concat(DateWords))
        {
            words[word] = DateWord.Filler;
        }

        foreach (string word in StampWords)
        {
            words[word] = DateWord.Stamp;
        }

        foreach (string word in (ReadOnlySpan<string>)["ago", "today", "yesterday", "now"])
        {
            words[word] = DateWord.Relative;
        }

        foreach (string word in CalendarWords.MonthNames.Concat(CalendarWords.WeekdayNames))
        {
            words[word] = DateWord.Calendar;
        }

        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static bool ContainsIgnoreCase(string[] words, ReadOnlySpan<char> word)
    {
        foreach (string w in words)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What a word of a date line tells.</summary>
    private enum DateWord : byte
    {
        /// <summary>A month or weekday name: evidence of a date.</summary>
        Calendar,

        /// <summary>"ago", "today", "yesterday", "now": evidence of a relative time.</summary>
        Relative,

        /// <summary>"Published", "Updated" …: heads a date line.</summary>
        Stamp,

        /// <summary>A time zone or another word a date line may hold ("at", "local", "hours").</summary>
        Filler,
    }
}
