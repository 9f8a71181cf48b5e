using System.Globalization;
using System.Text;

namespace ClaimTagger.Benchmarks;

/// <summary>
/// Generates news-like articles from templates, for benchmarks: page junk, headlines with attribution, datelines,
/// captions with ©, bylines, and body paragraphs with US and UK quotation styles, quotes that run over several
/// paragraphs, reported claims, hedges, loaded verbs and abbreviations. Names, places and events are invented.
/// </summary>
/// <remarks>The same <c>seed</c> gives the same corpus on every run and machine.</remarks>
public static class NewsCorpus
{
    private static readonly string[] FirstNames =
    [
        "Amara", "Tomas", "Ines", "Omar", "Hal", "Mira", "Kofi", "Sanna", "Priya", "Dmitri", "Lucia", "Wen", "Aisha",
        "Pieter", "Grace", "Rafael", "Noor", "Elif", "Jonas", "Beatriz", "Tariq", "Ilse", "Mateo", "Hana", "Felix",
    ];

    private static readonly string[] Surnames =
    [
        "Lindqvist", "Rey", "Duarte", "Reyes", "Brandt", "Holt", "Mensah", "Virtanen", "Raman", "Petrov", "Ferreira",
        "Zhao", "Bello", "de Vries", "Adeyemi", "Okonkwo", "Haddad", "Yilmaz", "Keller", "Santos", "Qureshi", "Moreau",
        "Castillo", "Sato", "Nowak",
    ];

    private static readonly string[] Titles =
    [
        "Transport Minister", "Harbour chief", "union leader", "Finance Secretary", "Mayor", "council spokeswoman",
        "Health Minister", "opposition leader", "chief executive", "Police Commissioner", "Environment Minister",
        "Deputy Prime Minister",
    ];

    private static readonly string[] Places =
    [
        "Lagos", "Rotterdam", "Valparaíso", "Gdańsk", "Porto", "Mombasa", "Tromsø", "Cork", "Busan", "Halifax",
        "Durban", "Genoa", "Tallinn", "Da Nang",
    ];

    private static readonly string[] Bodies =
    [
        "the port authority", "the transport ministry", "the city council", "the dockers' union", "the regional court",
        "the central bank", "the health board", "the coalition government", "the water utility", "the fisheries agency",
    ];

    private static readonly string[] Topics =
    [
        "ferry fares", "the tram extension", "harbour fees", "the new water tariff", "hospital waiting lists",
        "the fishing quota", "rail freight", "the bridge repairs", "school meal funding", "the airport curfew",
    ];

    private static readonly string[] Clauses =
    [
        "{topic} would rise by {pct} next year", "the plan had been agreed behind closed doors",
        "{body} had ignored repeated warnings", "talks could resume as early as {day}",
        "the budget for {topic} was already exhausted", "nobody had been consulted about {topic}",
        "the figures published on {day} were wrong", "{body} was ready to compromise",
        "the deal would cost taxpayers ${money} million", "inspectors found {n} breaches at the site",
        "the decision on {topic} was final", "{body} was trying to shift the blame",
    ];

    private static readonly string[] QuotePhrases =
    [
        "We are not going to back down on this", "Nobody voted for {topic} to be handled like this",
        "This is about families who can’t afford another increase", "The numbers simply don’t add up",
        "We warned them months ago and they did nothing", "I have never seen anything like it in {n} years",
        "Our door is open, but our patience is not endless", "It’s a good deal for {place} and a fair one",
        "We will publish every figure so people can judge for themselves", "They knew the risks and went ahead anyway",
        "This is the first step, not the last", "Nobody is above the rules, not even {body}",
    ];

    private static readonly string[] Cues = ["said", "says", "told reporters", "added", "explained", "noted", "wrote", "told the {outlet}"];
    private static readonly string[] ClaimCues = ["said that", "stated that", "denied that", "confirmed that", "argued that", "warned that", "acknowledged that"];
    private static readonly string[] LoadedCues = ["claimed that", "admitted that", "insisted that", "revealed that", "conceded that"];
    private static readonly string[] Outlets = ["Evening Ledger", "Harbour Gazette", "Morning Courier", "Coastal Times"];
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] Months = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
    private static readonly string[] ShortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static readonly string[] JunkLines =
    [
        "Home | World | Business | Sport | Culture | Newsletters", "Share | Post | Email | Print | Copy link",
        "facebook-icon twitter-icon whatsapp-icon bookmark-icon", "Sign in  Subscribe  Search  Menu",
        "Advertisement", "Cookie settings · Privacy · Terms of use",
    ];

    private static readonly string[] Endings =
    [
        "Read more: {topic} - what happens next?", "Subscribe to our daily newsletter for the latest from {place}.",
        "Follow us on social media for live updates.", "© 2025 {outlet}. All rights reserved.",
        "Related: Five things to know about {topic}", "Tags: {place}, politics, transport",
    ];

    /// <summary>Generates articles until their UTF-8 size reaches <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The minimum total size of the articles, in UTF-8 bytes.</param>
    /// <param name="seed">The random seed; the same seed gives the same articles.</param>
    /// <returns>The articles, each a complete scraped page.</returns>
    public static string[] Generate(int bytes, int seed) => Generate(bytes, seed, longArticles: false);

    /// <summary>Generates articles until their UTF-8 size reaches <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The minimum total size of the articles, in UTF-8 bytes.</param>
    /// <param name="seed">The random seed; the same seed gives the same articles.</param>
    /// <param name="longArticles">Whether about one article in 50 runs to 60–250 paragraphs (a long read, a live
    /// blog); <see langword="false"/> gives the corpus of the earlier figures.</param>
    /// <returns>The articles, each a complete scraped page.</returns>
    public static string[] Generate(long bytes, int seed, bool longArticles)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        var articles = new List<string>();
        long total = 0;
        foreach (string article in Enumerate(seed, longArticles))
        {
            if (total >= bytes)
            {
                break;
            }

            articles.Add(article);
            total += Encoding.UTF8.GetByteCount(article);
        }

        return [.. articles];
    }

    /// <summary>Generates articles without end, one at a time, so a corpus of any size can be streamed to a file.</summary>
    /// <param name="seed">The random seed; the same seed gives the same articles.</param>
    /// <param name="longArticles">Whether about one article in 50 is a long one (see <see cref="Generate(long, int, bool)"/>).</param>
    /// <returns>The articles.</returns>
    public static IEnumerable<string> Enumerate(int seed, bool longArticles)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(8192);
        while (true)
        {
            builder.Clear();
            new Writer(random, builder, longArticles).Article();
            yield return builder.ToString();
        }
    }

    /// <summary>Returns the total UTF-8 size of <paramref name="articles"/>.</summary>
    /// <param name="articles">Articles.</param>
    /// <returns>The size in bytes.</returns>
    public static long Utf8Size(IEnumerable<string> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        long total = 0;
        foreach (string article in articles)
        {
            total += Encoding.UTF8.GetByteCount(article);
        }

        return total;
    }

    /// <summary>Writes one article; holds the people and topic it is about so the sentences cohere.</summary>
    private sealed class Writer
    {
        private readonly Random _random;
        private readonly StringBuilder _text;
        private readonly string _first;
        private readonly string _surname;
        private readonly string _title;
        private readonly string _otherFirst;
        private readonly string _otherSurname;
        private readonly string _topic;
        private readonly string _place;
        private readonly bool _female;
        private readonly bool _ukStyle;
        private readonly bool _longArticles;

        public Writer(Random random, StringBuilder text, bool longArticles)
        {
            _longArticles = longArticles;
            _random = random;
            _text = text;
            _first = Pick(FirstNames);
            _surname = Pick(Surnames);
            _title = Pick(Titles);
            _otherFirst = Pick(FirstNames);
            _otherSurname = Pick(Surnames);
            _topic = Pick(Topics);
            _place = Pick(Places);
            _female = random.Next(2) == 0;
            _ukStyle = random.Next(3) == 0;
        }

        private string Open => _ukStyle ? "‘" : "“";

        private string Close => _ukStyle ? "’" : "”";

        private string Pronoun => _female ? "she" : "he";

        public void Article()
        {
            if (Chance(60))
            {
                Line(Pick(JunkLines));
            }

            if (Chance(40))
            {
                Line($"{Date()}  {Pick(JunkLines)}");
            }

            Line(Headline());
            Blank();
            if (Chance(70))
            {
                Line(Date());
            }

            if (Chance(60))
            {
                Line($"{Capitalise(Fill(Pick(["Workers gather outside {body} in {place}", "Passengers wait at the pier in {place}", "{title} {name} speaks to the press in {place}", "A view of the harbour at dawn"])))}. © {Pick(FirstNames)} {Pick(Surnames)} / {Pick(["Coastal Photo", "Newswire", "Harbour Images"])}");
                Blank();
            }

            Line(Chance(80) ? $"By {Pick(FirstNames)} {Pick(Surnames)}" : $"By {Pick(FirstNames)} {Pick(Surnames)} and {Pick(FirstNames)} {Pick(Surnames)}");
            Blank();

            int paragraphs = _longArticles && Chance(2) ? _random.Next(60, 250) : _random.Next(6, 15);
            for (int i = 0; i < paragraphs; i++)
            {
                if (i == 0 && Chance(30))
                {
                    _text.Append(_place.ToUpperInvariant()).Append(", ").Append(Pick(Months)).Append(' ').Append(_random.Next(1, 29)).Append(" (Newswire) – ");
                }

                Paragraph(i == 0);
                Blank();
            }

            int endings = _random.Next(0, 4);
            for (int i = 0; i < endings; i++)
            {
                Line(Fill(Pick(Endings)));
            }
        }

        private string Headline() => _random.Next(6) switch
        {
            0 => $"{Capitalise(Fill(Pick(Clauses)))} – {_title} {_surname}",
            1 => $"{_surname}: {Fill(Pick(Clauses))}",
            2 => $"{Capitalise(_topic)} plan ‘{Pick(["dead in the water", "a disgrace", "long overdue", "reckless"])}’, says {_title}",
            3 => $"{Capitalise(Fill("{body}"))} will {Pick(["NOT", "NEVER"])} accept {_topic} deal, {_surname} warns",
            4 => $"{Capitalise(_topic)}: what the {Pick(["new", "leaked", "revised"])} figures show",
            _ => $"{_place} {Pick(["braces for", "rejects", "welcomes"])} changes to {_topic}",
        };

        private void Paragraph(bool lead)
        {
            if (lead)
            {
                Sentence(Capitalise($"{_title} {_first} {_surname} {Pick(ClaimCues)} {Fill(Pick(Clauses))}."));
                Sentence(Narrative());
                return;
            }

            switch (_random.Next(10))
            {
                case 0:
                    Sentence($"{Open}{Quote()},{Close} {Pronoun} {Fill(Pick(Cues))}.");
                    Sentence($"{Open}{Quote()}.{Close}");
                    break;
                case 1:
                    Sentence($"{Open}{Quote()},{Close} {Pronoun} said, {Open}{LowerFirst(Quote())}.{Close}");
                    break;
                case 2:
                    Sentence($"{_surname} {Fill(Pick(Cues))}: {Open}{TwoQuotes()}.{Close}");
                    break;
                case 3:
                    // A quote over two paragraphs: the first opens without closing, the next reopens.
                    Sentence($"{Open}{TwoQuotes()}.");
                    Blank();
                    Sentence($"{Open}{Quote()},{Close} {Pronoun} added.");
                    break;
                case 4:
                    Sentence($"{_surname} {Pick(LoadedCues)} {Fill(Pick(Clauses))}.");
                    Sentence(Narrative());
                    break;
                case 5:
                    Sentence($"According to {Fill("{body}")}, {Fill(Pick(Clauses))}.");
                    Sentence($"{Capitalise(Fill(Pick(Clauses)))}, {_otherFirst} {_otherSurname} of {Fill("{body}")} said.");
                    break;
                case 6:
                    Sentence(Hedge());
                    Sentence(Narrative());
                    break;
                case 7:
                    Sentence($"{_otherFirst} {_otherSurname}, a {Pick(Titles)}, slammed the {Pick(["offer", "proposal", "ruling", "report"])} as {Pick(["an insult", "reckless", "a stitch-up", "meaningless"])}.");
                    Sentence($"\"{Quote()},\" {_otherSurname} told the {Pick(Outlets)}.");
                    break;
                case 8:
                    Sentence($"The so-called {Open}{Pick(["rescue package", "fair fares plan", "harbour accord"])}{Close} {Pick(["is believed to", "is said to", "reportedly would"])} cost ${_random.Next(2, 90)}.{_random.Next(10)} million.");
                    break;
                default:
                    Sentence(Narrative());
                    Sentence(Narrative());
                    break;
            }
        }

        private string Hedge() => _random.Next(4) switch
        {
            0 => $"{Capitalise(Fill("{body}"))} allegedly {Pick(["ignored", "delayed", "hid"])} the report on {_topic}.",
            1 => $"Sources close to {Fill("{body}")} said {Fill(Pick(Clauses))}.",
            2 => $"{_surname} is believed to have met {Fill("{body}")} officials on {Pick(Days)}.",
            _ => $"The {Pick(["alleged", "suspected", "reported"])} breach at {_place}’s harbour is under investigation.",
        };

        private string Narrative() => _random.Next(6) switch
        {
            0 => $"Mr. {_otherSurname} arrived in {_place} on {Pick(Months)} {_random.Next(1, 29)} at {_random.Next(1, 12)} a.m. for talks with U.S. and E.U. officials.",
            1 => $"Prices rose {_random.Next(1, 9)}.{_random.Next(10)}% in the year to {Pick(Months)}, the fastest since the ’90s.",
            2 => $"The {Pick(["meeting", "hearing", "vote", "inspection"])} on {Pick(Days)} lasted {Words(_random.Next(2, 9))} hours and ended without agreement.",
            3 => $"{Capitalise(_topic)} has been debated in {_place}’s council for {Words(_random.Next(2, 9))} years.",
            4 => $"More than {_random.Next(2, 90) * 100:N0} people signed a petition calling for a review of {_topic} (see p. {_random.Next(2, 40)}).",
            _ => $"Dr. {_otherFirst} {_otherSurname}, who studies {Pick(["transport", "public finance", "labour relations"])} at the university, said the dispute wasn’t unusual.",
        };

        private string Quote() => Fill(Pick(QuotePhrases));

        private string TwoQuotes()
        {
            int first = _random.Next(QuotePhrases.Length);
            int second = (first + 1 + _random.Next(QuotePhrases.Length - 1)) % QuotePhrases.Length;
            return $"{Fill(QuotePhrases[first])}. {Fill(QuotePhrases[second])}";
        }

        private string Fill(string template)
        {
            if (!template.Contains('{', StringComparison.Ordinal))
            {
                return template;
            }

            return template
                .Replace("{topic}", _topic, StringComparison.Ordinal)
                .Replace("{body}", Pick(Bodies), StringComparison.Ordinal)
                .Replace("{place}", _place, StringComparison.Ordinal)
                .Replace("{day}", Pick(Days), StringComparison.Ordinal)
                .Replace("{pct}", $"{_random.Next(2, 40)}%", StringComparison.Ordinal)
                .Replace("{money}", _random.Next(2, 900).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{n}", _random.Next(2, 40).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{outlet}", Pick(Outlets), StringComparison.Ordinal)
                .Replace("{title}", _title, StringComparison.Ordinal)
                .Replace("{name}", $"{_first} {_surname}", StringComparison.Ordinal);
        }

        private string Date() => _random.Next(2) == 0
            ? $"{_random.Next(1, 29)} {Pick(ShortMonths)}, 20{_random.Next(18, 26)} {_random.Next(0, 24):00}:{_random.Next(0, 60):00}"
            : $"Published {Pick(Days)} {_random.Next(1, 29)} {Pick(ShortMonths)} 20{_random.Next(18, 26)}";

        private void Sentence(string sentence)
        {
            if (_text.Length > 0 && _text[^1] is not '\n' and not ' ')
            {
                _text.Append(' ');
            }

            _text.Append(sentence);
        }

        private void Line(string line) => _text.Append(line).Append('\n');

        private void Blank()
        {
            if (_text.Length > 0 && _text[^1] != '\n')
            {
                _text.Append('\n');
            }

            _text.Append('\n');
        }

        private bool Chance(int percent) => _random.Next(100) < percent;

        private string Pick(string[] items) => items[_random.Next(items.Length)];

        private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

        /// <summary>Lower-cases the first letter, for the second half of an interrupted quote ("I" and acronyms stay).</summary>
        private static string LowerFirst(string text)
            => text.Length < 2 || char.IsUpper(text[1]) || !char.IsLetter(text[1]) ? text : char.ToLowerInvariant(text[0]) + text[1..];

        private static string Words(int n) => n switch
        {
            2 => "two", 3 => "three", 4 => "four", 5 => "five", 6 => "six", 7 => "seven", _ => "eight",
        };
    }
}
