namespace ClaimTagger.Tests.Api;

/// <summary>Invented news articles built from templates: headline, dateline, byline and a body with quotes, claims,
/// hedges and loaded verbs, in UK and US quote styles, with names, places and verbs drawn from a seeded random.</summary>
internal static class ArticleTemplates
{
    private static readonly string[] Names =
    [
        "Marta Quintero", "Idris Balogun", "Helen Sato", "Piotr Nowicki", "Ruth Abernathy", "Kwame Asante",
        "Sofia Lindahl", "Omar Haddad", "Greta Vance", "Tomasz Wróbel", "Aiyana Redcloud", "Felix Brandt",
    ];

    private static readonly string[] Titles =
    [
        "Transport Minister", "city council leader", "hospital trust chair", "union secretary", "Deputy Mayor",
        "fisheries commissioner", "school board president", "airport spokeswoman",
    ];

    private static readonly string[] Places = ["Valparaíso", "Dundee", "Tromsø", "Cork", "Tulsa", "Gdańsk", "Mombasa", "Halifax"];

    private static readonly string[] Topics =
    [
        "the bus fare rise", "the new flood barrier", "the night-time flight ban", "the closure of two clinics",
        "the harbour dredging plan", "the teachers' pay offer", "the bridge toll", "the landfill extension",
    ];

    private static readonly string[] Cues = ["said", "told reporters", "added", "explained", "noted"];

    private static readonly string[] ClaimVerbs = ["stated", "said", "argued", "insisted", "claimed", "warned", "denied"];

    /// <summary>Builds article number <paramref name="index"/>; the same index always gives the same text.</summary>
    public static string Article(int index)
    {
        var random = new Random(index * 7919 + 17);
        string Pick(string[] items) => items[random.Next(items.Length)];
        bool us = random.Next(2) == 0;
        (string open, string close) = us ? ("“", "”") : ("‘", "’");
        string name = Pick(Names), other = Pick(Names), title = Pick(Titles), place = Pick(Places), topic = Pick(Topics);
        string surname = name[(name.LastIndexOf(' ') + 1)..];
        string pronoun = random.Next(2) == 0 ? "she" : "he";
        var lines = new List<string>
        {
            $"Row over {topic} ‘will not go away’ – {title} {name}",
            $"{random.Next(1, 28)} {(us ? "Oct" : "Nov")}, 2025 {random.Next(10, 23)}:{random.Next(10, 59)}",
            $"By {other}",
            $"{place} – {title} {name} has {Pick(["slammed", "criticised", "defended", "questioned"])} {topic} as {Pick(["reckless", "overdue", "a sensible step", "unfair to residents"])}.",
            $"{surname} {Pick(ClaimVerbs)} that the decision was taken without {Pick(["a public vote", "any consultation", "proper costings"])}.",
            $"{open}We were never asked, and that is the problem,{close} {pronoun} {Pick(Cues)}. {open}People deserve better.{close}",
            $"Officials {Pick(["reportedly", "allegedly", "apparently"])} met on {Pick(["Monday", "Tuesday", "Friday"])} to discuss the {Pick(["alleged", "so-called", "disputed"])} shortfall.",
            $"According to {other}, the figures {Pick(["do not add up", "were published late", "are still being checked"])}.",
        };

        int extra = random.Next(0, 3);
        for (int i = 0; i < extra; i++)
        {
            lines.Add($"{open}{Pick(["This is not over", "We will keep asking questions", "Nobody wants a long fight"])},{close} {Pick(Names)} {Pick(Cues)} on {Pick(["Wednesday", "Thursday"])}.");
        }

        return string.Join("\n\n", lines) + "\n";
    }
}
