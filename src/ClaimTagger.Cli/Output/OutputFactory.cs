using ClaimTagger.Cli.Output.Summary;

namespace ClaimTagger.Cli.Output;

/// <summary>Picks the <see cref="ArticleOutput"/> for a <c>--format</c> (and <c>--summary</c>), for every command that writes articles.</summary>
internal static class OutputFactory
{
    /// <summary>
    /// Chooses the output format: the one asked for, else the table on a terminal without <c>--out</c>, else
    /// <paramref name="fallback"/>; and reports a format that cannot be combined with <c>--summary</c>.
    /// </summary>
    /// <param name="context">The command's context (terminal and error output).</param>
    /// <param name="requested">The <c>--format</c> given, or <see langword="null"/>.</param>
    /// <param name="outPath">The <c>--out</c> given, or <see langword="null"/>.</param>
    /// <param name="fallback">The command's format when not writing a table to a terminal.</param>
    /// <param name="summary">Whether <c>--summary</c> was given.</param>
    /// <returns>The format, or <see langword="null"/> after reporting a usage error.</returns>
    public static string? ChooseFormat(CliContext context, string? requested, string? outPath, string fallback, bool summary)
    {
        string format = requested ?? (context.OutputIsTerminal && outPath is null ? OutputFormats.Table : fallback);
        if (summary && format == OutputFormats.Html)
        {
            context.ReportError("--summary writes a table or JSON; use --format table, json or jsonl with it");
            return null;
        }

        return format;
    }

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
