using ClaimTagger.Sections;

namespace ClaimTagger.Tests.Sections;

/// <summary>Interface words ("Facebook", "shareicon") are recognised with letter and length tests before any string
/// comparison; the count must be the one a plain comparison with every name gives.</summary>
public class LineFeaturesTests
{
    private static readonly string[] Words =
    [
        "Facebook", "FACEBOOK", "facebook,", "(Twitter)", "twitter", "Messenger", "WhatsApp", "Telegram", "Flipboard", "LinkedIn",
        "Email", "e-mail", "E-MAIL", "SMS", "sms", "Comments", "comments:", "Print", "print", "Reddit", "Pinterest", "Bookmark",
        "shareicon", "share-icon", "facebook-icon", "Share", "reshare", "ſhare", "prınt", "ſms", "commentſ", "retweet", "Tweet",
        "tweets", "silicon", "Lexicon", "RUBICON", "icon", "icons", "union", "the", "she", "at", "that", "printer", "reprint",
        "books", "bookmarks", "messengers", "emails", "telegrams", "mail", "sm", "cat", "net", "street", "tweeet", "sweet",
        "ȿhare", "Ϲomments", "twitteR", "Whatsapp!", "\"Email\"", "«Print»", "icon.", "ICON", "lexicons", "x",
    ];

    [Test]
    public void Read_OneWordLine_CountsInterfaceWordsAsAPlainComparisonDoes()
    {
        foreach (string word in Words)
        {
            Assert.That(LineFeatures.Read(word).InterfaceWords, Is.EqualTo(IsInterfaceWord(word) ? 1 : 0), word);
        }
    }

    [Test]
    public void Read_LineOfWords_CountsInterfaceWordsAsAPlainComparisonDoes()
    {
        var random = new Random(11);
        for (int round = 0; round < 300; round++)
        {
            string[] line = [.. Enumerable.Range(0, random.Next(1, 10)).Select(_ => Words[random.Next(Words.Length)])];
            int expected = line.Count(IsInterfaceWord);
            Assert.That(LineFeatures.Read(string.Join(' ', line)).InterfaceWords, Is.EqualTo(expected), string.Join(' ', line));
        }
    }

    /// <summary>The plain test: trim non-letters, then compare with each name ignoring case.</summary>
    private static bool IsInterfaceWord(string raw)
    {
        ReadOnlySpan<char> word = raw;
        int first = 0, last = word.Length - 1;
        while (first <= last && !char.IsLetterOrDigit(word[first]))
        {
            first++;
        }

        while (last >= first && !char.IsLetterOrDigit(word[last]))
        {
            last--;
        }

        word = word[first..(last + 1)];
        if (word.Length < 3 || word.Length > 30)
        {
            return false;
        }

        return (word[^1] | 0x20) switch
        {
            'n' => EndsWith(word, "icon") ? !(Is(word, "silicon") || Is(word, "lexicon") || Is(word, "rubicon")) : Is(word, "linkedin"),
            'e' => EndsWith(word, "share"),
            't' => EndsWith(word, "tweet") || Is(word, "print") || Is(word, "reddit") || Is(word, "pinterest"),
            'k' => Is(word, "facebook") || Is(word, "bookmark"),
            'r' => Is(word, "twitter") || Is(word, "messenger"),
            'p' => Is(word, "whatsapp"),
            'm' => Is(word, "telegram"),
            'd' => Is(word, "flipboard"),
            'l' => Is(word, "email") || Is(word, "e-mail"),
            's' => Is(word, "sms") || Is(word, "comments"),
            _ => false,
        };

        static bool Is(ReadOnlySpan<char> word, string name) => word.Equals(name, StringComparison.OrdinalIgnoreCase);

        static bool EndsWith(ReadOnlySpan<char> word, string suffix) => word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
    }
}
