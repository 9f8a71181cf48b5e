namespace ClaimTagger.Cli.Tests;

/// <summary>Short invented articles for command-line tests.</summary>
internal static class Articles
{
    public const string Tram =
        "Council backs tram extension – Mayor Ines Duarte\n" +
        "3 Apr, 2025 16:05\n" +
        "By Omar Reyes\n\n" +
        "“The trams will reach the stadium by June,” Duarte said.\n\n" +
        "Opposition members reportedly plan to challenge the budget.\n";

    public const string Ferry =
        "Ferry crews ‘will not sail’ without new contracts\n\n" +
        "Union secretary Hal Brandt told reporters that the crews had voted to stay ashore.\n";

    public const string Orchard =
        "Frost cuts apple harvest by a third, growers say\n\n" +
        "Growers in the valley said the late frost destroyed most of the blossom.\n";
}
