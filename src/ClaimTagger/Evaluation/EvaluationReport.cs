using System.Globalization;
using System.Text;

namespace ClaimTagger.Evaluation;

/// <summary>The result of measuring a tagger on a gold set: scores per label and kind, role accuracies, mismatches.</summary>
/// <remarks>Thread safety: immutable.</remarks>
public sealed class EvaluationReport
{
    internal EvaluationReport(
        int documentCount,
        IReadOnlyList<LabelScore> labels,
        SpanScore overallOverlap,
        SpanScore overallExact,
        AccuracyScore directQuoteSource,
        AccuracyScore claimSource,
        AccuracyScore directQuoteResolution,
        AccuracyScore cue,
        IReadOnlyList<EvaluationMismatch> mismatches)
    {
        DocumentCount = documentCount;
        Labels = labels;
        OverallOverlap = overallOverlap;
        OverallExact = overallExact;
        DirectQuoteSourceAccuracy = directQuoteSource;
        ClaimSourceAccuracy = claimSource;
        DirectQuoteResolutionAccuracy = directQuoteResolution;
        CueAccuracy = cue;
        Mismatches = mismatches;
    }

    /// <summary>Gets the number of documents evaluated.</summary>
    public int DocumentCount { get; }

    /// <summary>
    /// Gets one row per label seen in the gold set or the predictions (built-in labels first, in the order
    /// DirectQuote, Claim, Attribution, ReporterFraming, then others by name), each followed by one row per kind
    /// of that label, by name.
    /// </summary>
    public IReadOnlyList<LabelScore> Labels { get; }

    /// <summary>Gets the overlap counts summed over every label row (micro-average; kind rows are not added again).</summary>
    public SpanScore OverallOverlap { get; }

    /// <summary>Gets the exact-span counts summed over every label row.</summary>
    public SpanScore OverallExact { get; }

    /// <summary>Gets the source accuracy over matched <c>DirectQuote</c> and <c>Claim</c> pairs whose gold tag has a source.</summary>
    public AccuracyScore SourceAccuracy => DirectQuoteSourceAccuracy + ClaimSourceAccuracy;

    /// <summary>Gets the source accuracy over matched <c>DirectQuote</c> pairs whose gold tag has a source.</summary>
    public AccuracyScore DirectQuoteSourceAccuracy { get; }

    /// <summary>Gets the source accuracy over matched <c>Claim</c> pairs whose gold tag has a source.</summary>
    public AccuracyScore ClaimSourceAccuracy { get; }

    /// <summary>
    /// Gets the source accuracy over matched <c>DirectQuote</c> pairs whose gold source needs resolving: its mention
    /// differs from its resolved name (a pronoun, a surname, a title, "the minister").
    /// </summary>
    public AccuracyScore DirectQuoteResolutionAccuracy { get; }

    /// <summary>Gets the cue accuracy over matched <c>DirectQuote</c> and <c>Claim</c> pairs whose gold tag has a cue.</summary>
    public AccuracyScore CueAccuracy { get; }

    /// <summary>Gets every miss, spurious tag and wrong role, in document order.</summary>
    public IReadOnlyList<EvaluationMismatch> Mismatches { get; }

    /// <summary>Returns the row for a label, or for one kind of a label.</summary>
    /// <param name="label">The label.</param>
    /// <param name="kind">The kind, or <see langword="null"/> for the label as a whole.</param>
    /// <returns>The row, or <see langword="null"/> when neither the gold set nor the predictions had such tags.</returns>
    public LabelScore? Score(Label label, string? kind = null)
    {
        foreach (LabelScore row in Labels)
        {
            if (row.Label == label && row.Kind == kind)
            {
                return row;
            }
        }

        return null;
    }

    /// <summary>Formats the report as two Markdown tables (span scores, then role accuracies), ready for a README.</summary>
    /// <returns>Markdown text ending with a line break. Ratios have three decimals; an undefined ratio is shown as a dash.</returns>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        Line(text, $"{DocumentCount} documents.");
        text.Append('\n');
        text.Append("| label | gold | predicted | overlap TP | overlap P | overlap R | overlap F1 | exact TP | exact P | exact R | exact F1 |\n");
        text.Append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (LabelScore row in Labels)
        {
            AppendRow(text, row.Kind is null ? row.Label.Name : $"{row.Label.Name} / {row.Kind}", row.Overlap, row.Exact);
        }

        AppendRow(text, "**all labels**", OverallOverlap, OverallExact);
        text.Append('\n');
        text.Append("| role check | correct | total | accuracy |\n");
        text.Append("|---|---:|---:|---:|\n");
        AppendAccuracy(text, "source (DirectQuote + Claim)", SourceAccuracy);
        AppendAccuracy(text, "source, DirectQuote", DirectQuoteSourceAccuracy);
        AppendAccuracy(text, "source, DirectQuote needing resolution", DirectQuoteResolutionAccuracy);
        AppendAccuracy(text, "source, Claim", ClaimSourceAccuracy);
        AppendAccuracy(text, "cue (DirectQuote + Claim)", CueAccuracy);
        return text.ToString();
    }

    /// <summary>Formats every mismatch, one per line: <c>id [start..end] Kind Label[/kind]: text — detail</c>.</summary>
    /// <returns>The lines, each ending with a line break; empty when there is no mismatch.</returns>
    public string FormatMismatches()
    {
        var text = new StringBuilder();
        foreach (EvaluationMismatch m in Mismatches)
        {
            string label = m.Kind is null ? m.Label.Name : $"{m.Label.Name}/{m.Kind}";
            string snippet = m.Text.Replace('\n', ' ');
            Line(text, $"{m.DocumentId} [{m.Start}..{m.End}] {m.Mismatch} {label}: {snippet}{(m.Detail is null ? string.Empty : " — " + m.Detail)}");
        }

        return text.ToString();
    }

    /// <summary>Returns <see cref="ToMarkdown"/>.</summary>
    /// <returns>The report as Markdown.</returns>
    public override string ToString() => ToMarkdown();

    private static void AppendRow(StringBuilder text, string name, SpanScore overlap, SpanScore exact)
    {
        Line(text, $"| {name} | {overlap.Gold} | {overlap.Predicted} | {overlap.TruePositives} | {Ratio(overlap.Precision)} | {Ratio(overlap.Recall)} | {Ratio(overlap.F1)} | {exact.TruePositives} | {Ratio(exact.Precision)} | {Ratio(exact.Recall)} | {Ratio(exact.F1)} |");
    }

    private static void AppendAccuracy(StringBuilder text, string name, AccuracyScore score)
    {
        Line(text, $"| {name} | {score.Correct} | {score.Total} | {Ratio(score.Value)} |");
    }

    private static string Ratio(double value) => double.IsNaN(value) ? "–" : value.ToString("0.000", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, FormattableString line)
    {
        text.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
    }
}
