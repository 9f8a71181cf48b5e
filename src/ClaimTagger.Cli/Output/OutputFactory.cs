using ClaimTagger.Cli.Output.Summary;

namespace ClaimTagger.Cli.Output;

/// <summary>Picks the <see cref="ArticleOutput"/> for a <c>--format</c> (and <c>--summary</c>), for every command that writes articles.</summary>
internal static class OutputFactory
{
    /// <summary>Returns an error message when <paramref name="format"/> cannot be combined with <c>--summary</c>, else <see langword="null"/>.</summary>
    public static string? CheckSummary(string format, bool summary)
        => summary && format == OutputFormats.Html
            ? "--summary writes a table or JSON; use --format table, json or jsonl with it"
            : null;

    /// <summary>Creates the output.</summary>
    /// <param name="format">One of <see cref="OutputFormats.All"/>.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="severalDocuments">Whether the input can hold several documents (ids shown, JSON as an array).</param>
    /// <param name="style">Colours for the table formats.</param>
    /// <param name="summary">Whether to write the per-source summary instead of the articles.</param>
    /// <param name="width">The terminal's width, to wrap the table; 0 when not writing to a terminal.</param>
    public static ArticleOutput Create(string format, TextWriter writer, bool severalDocuments, TerminalStyle style, bool summary, int width = 0)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (summary)
        {
            return new SummaryOutput(writer, json: format is OutputFormats.Json or OutputFormats.Jsonl, indented: format == OutputFormats.Json, style);
        }

        return format switch
        {
            OutputFormats.Jsonl => new JsonLinesArticleOutput(writer),
            OutputFormats.Table => new TableArticleOutput(writer, severalDocuments, style, width),
            OutputFormats.Html => new HtmlArticleOutput(writer),
            _ => new JsonArticleOutput(writer, array: severalDocuments),
        };
    }
}
