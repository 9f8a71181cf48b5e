using System.Text;

namespace ClaimTagger.Tests.Sentences;

/// <summary>Builds random article-like text and random character soup from a fixed seed.</summary>
internal static class GeneratedText
{
    private static readonly string[] _words =
    [
        "the", "council", "said", "on", "Tuesday", "that", "it", "would", "close", "Mr.", "Mrs.", "Dr.", "Prof.", "Gen.", "Sen.",
        "U.S.", "U.K.", "E.U.", "e.g.", "i.e.", "etc.", "vs.", "No.", "Jan.", "Sept.", "a.m.", "p.m.", "Inc.", "Ltd.", "Jr.",
        "St.", "J.", "W.", "3.5", "1.2m", "v2.0", "£40m", "$1,250.75", "12%", "example.com", "www.news.example.org",
        "desk@example.co.uk", "Okafor", "Lindqvist", "Hale", "NATO", "FM", "AT", "ALL", "Moscow’s", "can’t", "don't",
        "“", "”", "‘", "’", "\"", "'", "«", "»", "(", ")", "[", "]", "—", "–", "-", "…", "...", ". . .", "?", "!", "?!", ",",
        ";", ":", "|", "©", "•", "*", "Q:", "A:", "said.", "asked.", "told", "reporters.", "\U0001F600", "\u200B", "\uFEFF",
        "\u00A0", "Photo:", "Getty", "Images", "Reuters/Ana", "By", "Read", "more:", "icon", "shareicon", "cookies", "accept",
        "Published:", "Updated", "2", "hours", "ago", "14:32", "BST", "March", "14,", "2025", "(Reuters)",
    ];

    private static readonly string[] _breaks = [" ", " ", " ", " ", " ", " ", "  ", "\t", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\u2028", "\u2029", "\n  \n"];

    /// <summary>Returns text made of news-like words, abbreviations, marks and line breaks.</summary>
    public static string Article(int seed, int approximateLength)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(approximateLength + 64);
        while (builder.Length < approximateLength)
        {
            builder.Append(_words[random.Next(_words.Length)]);
            int roll = random.Next(100);
            builder.Append(roll < 80 ? " " : roll < 90 ? "" : _breaks[random.Next(_breaks.Length)]);
        }

        return builder.ToString();
    }

    /// <summary>Returns random characters, weighted towards the ones the text stages treat specially.</summary>
    public static string Soup(int seed, int length)
    {
        const string special = " \t\n\r.?!…“”‘’\"'«»()[]—–-|©•*:;,\u00A0\u2028\u2029\u200B\uFEFF\u0085\u000B\u000C\u3000";
        var random = new Random(seed);
        var builder = new StringBuilder(length);
        while (builder.Length < length)
        {
            int roll = random.Next(100);
            if (roll < 45)
            {
                builder.Append(special[random.Next(special.Length)]);
            }
            else if (roll < 75)
            {
                builder.Append((char)random.Next('a', 'z' + 1));
            }
            else if (roll < 88)
            {
                builder.Append((char)random.Next('A', 'Z' + 1));
            }
            else if (roll < 95)
            {
                builder.Append((char)random.Next('0', '9' + 1));
            }
            else if (roll < 98)
            {
                builder.Append("\U0001F4F0");
            }
            else
            {
                builder.Append((char)random.Next(0x80, 0xD7FF));
            }
        }

        return builder.ToString();
    }
}
