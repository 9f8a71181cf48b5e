using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimTagger.Serialization;

namespace ClaimTagger.Cli.Output.Summary;

/// <summary>
/// <c>--summary</c>: instead of the tagged articles, one summary of all of them, per source (see
/// <see cref="SourceSummary"/>), as a table or as JSON.
/// </summary>
internal sealed class SummaryOutput : ArticleOutput
{
    private const int MaxName = 40;
    private readonly TextWriter _writer;
    private readonly bool _json;
    private readonly bool _indented;
    private readonly TerminalStyle _style;
    private readonly SourceSummary _summary = new();

    /// <param name="writer">Where to write.</param>
    /// <param name="json">Whether to write JSON (else a table).</param>
    /// <param name="indented">For JSON: indented (<c>json</c>) or on one line (<c>jsonl</c>).</param>
    /// <param name="style">The table's colours.</param>
    public SummaryOutput(TextWriter writer, bool json, bool indented, TerminalStyle style)
    {
        _writer = writer;
        _json = json;
        _indented = indented;
        _style = style;
    }

    public override void Write(string id, TaggedArticle article) => _summary.Add(article);

    public override void End()
    {
        if (_json)
        {
            WriteJson();
        }
        else
        {
            WriteTable();
        }

        _writer.Flush();
    }

    private void WriteJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, TaggedArticleJsonWriter.CreateWriterOptions(_indented)))
        {
            json.WriteStartObject();
            json.WriteNumber("documents", _summary.Documents);
            json.WriteStartArray("sources");
            foreach (SourceStats source in _summary.Sources())
            {
                json.WriteStartObject();
                if (source.Name == SourceSummary.NoSource)
                {
                    json.WriteNull("source");
                }
                else
                {
                    json.WriteString("source", source.Name);
                }

                json.WriteNumber("direct", source.Direct);
                json.WriteNumber("reported", source.Reported);
                json.WriteNumber("documents", source.Documents);
                json.WriteStartArray("framing");
                foreach (string kind in source.RankedFramingKinds())
                {
                    json.WriteStartObject();
                    json.WriteString("kind", kind);
                    json.WriteNumber("count", source.FramingCount(kind));
                    json.WriteStartArray("cues");
                    foreach (KeyValuePair<string, int> cue in SourceSummary.Ranked(source.Framing[kind]))
                    {
                        json.WriteStartObject();
                        json.WriteString("cue", cue.Key);
                        json.WriteNumber("count", cue.Value);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        _writer.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        _writer.Write('\n');
    }

    private void WriteTable()
    {
        IReadOnlyList<SourceStats> sources = _summary.Sources();
        int nameWidth = "Source".Length;
        foreach (SourceStats source in sources)
        {
            nameWidth = Math.Max(nameWidth, Math.Min(source.Name.Length, MaxName));
        }

        var line = new StringBuilder();
        _style.Append(line, TerminalStyle.Bold, "Source".PadRight(nameWidth) + "  Quoted  Reported  Docs  Framing around them");
        _writer.WriteLine(line.ToString());
        int quotes = 0;
        foreach (SourceStats source in sources)
        {
            quotes += source.Total;
            string name = OneLine(source.Name.Length > MaxName ? source.Name[..(MaxName - 1)] + "…" : source.Name);
            line.Clear();
            _style.Append(line, source.Name == SourceSummary.NoSource ? TerminalStyle.Dim : TerminalStyle.Bold, name.PadRight(nameWidth));
            line.Append("  ").Append(Number(source.Direct, 6))
                .Append("  ").Append(Number(source.Reported, 8))
                .Append("  ").Append(Number(source.Documents, 4))
                .Append("  ");
            List<string> kinds = source.RankedFramingKinds();
            if (kinds.Count == 0)
            {
                _style.Append(line, TerminalStyle.Dim, "-");
            }

            for (int k = 0; k < kinds.Count; k++)
            {
                if (k > 0)
                {
                    line.Append("; ");
                }

                _style.Append(line, TerminalStyle.Magenta, kinds[k]);
                line.Append(" ×").Append(source.FramingCount(kinds[k]).ToString(CultureInfo.InvariantCulture)).Append(" (");
                List<KeyValuePair<string, int>> cues = SourceSummary.Ranked(source.Framing[kinds[k]]);
                for (int c = 0; c < cues.Count; c++)
                {
                    if (c > 0)
                    {
                        line.Append(", ");
                    }

                    line.Append(OneLine(cues[c].Key));
                    if (cues[c].Value > 1)
                    {
                        line.Append(' ').Append(cues[c].Value.ToString(CultureInfo.InvariantCulture));
                    }
                }

                line.Append(')');
            }

            _writer.WriteLine(line.ToString());
        }

        line.Clear();
        _style.Append(line, TerminalStyle.Dim, string.Create(
            CultureInfo.InvariantCulture,
            $"{sources.Count} source{(sources.Count == 1 ? string.Empty : "s")}, {quotes} quotes and claims, {_summary.Documents} document{(_summary.Documents == 1 ? string.Empty : "s")}"));
        _writer.WriteLine(line.ToString());
    }

    private static string Number(int value, int width) => value.ToString(CultureInfo.InvariantCulture).PadLeft(width);

    /// <summary>Returns <paramref name="text"/> with control characters (ESC among them) as spaces.</summary>
    private static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString();
    }
}
