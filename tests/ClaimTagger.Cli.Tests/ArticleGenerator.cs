using System.Globalization;
using System.Text;

namespace ClaimTagger.Cli.Tests;

/// <summary>Builds any number of distinct invented articles, deterministically from their number.</summary>
internal static class ArticleGenerator
{
    private static readonly string[] Towns = ["Kessel Bay", "Marrow Hill", "Port Ilse", "Dunmere", "Velden", "Ashcombe", "Lower Tarn"];
    private static readonly string[] People = ["Rosa Lindqvist", "Tomas Ferreira", "Amara Nwosu", "Declan Hardy", "Mei Takahashi", "Piotr Zielinski"];
    private static readonly string[] Roles = ["harbour master", "council leader", "head teacher", "fire chief", "union organiser"];
    private static readonly string[] Topics = ["the new ferry timetable", "a flood barrier", "school bus routes", "the night market", "a wind farm"];

    /// <summary>Returns article number <paramref name="n"/>: a headline, a byline and a few body paragraphs with quotes and claims.</summary>
    public static string Article(int n)
    {
        string town = Towns[n % Towns.Length];
        string person = People[(n / 7) % People.Length];
        string role = Roles[(n / 3) % Roles.Length];
        string topic = Topics[(n / 5) % Topics.Length];
        string surname = person[(person.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Article {n:D5}: {town} argues over {topic}\n\n")
            .Append(CultureInfo.InvariantCulture, $"By Staff Reporter {n % 11}\n\n")
            .Append(CultureInfo.InvariantCulture, $"The {role} of {town}, {person}, said on Tuesday that {topic} would go ahead despite objections.\n\n")
            .Append(CultureInfo.InvariantCulture, $"“We have listened to every resident and the plan is sound,” {surname} told a public meeting. ")
            .Append(CultureInfo.InvariantCulture, $"Critics reportedly gathered {100 + (n % 900)} signatures against it.\n\n");
        for (int i = 0; i < n % 4; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Paragraph {i + 1} notes that the cost was estimated at {(n * 37 + i) % 1000} thousand, according to the budget office.\n\n");
        }

        return text.ToString();
    }
}
