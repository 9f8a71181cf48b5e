using System.Text;
using System.Text.Json;
using ClaimTagger.Serialization;

namespace ClaimTagger.Cli.Input;

/// <summary>
/// Reads saved <c>claimtagger tag</c> output back for <c>claimtagger render</c>: a JSON object in the output
/// contract's shape, an array of them (<c>--format json</c> over several documents), or one per line
/// (<c>--format jsonl</c>). The contract carries slices of the article, not the article itself, so the text is
/// rebuilt from the sentence, tag and role slices at their offsets (blank lines between paragraphs), unless the
/// original article is given.
/// </summary>
internal sealed class TaggedJsonReader
{
    private readonly CliContext _context;

    public TaggedJsonReader(CliContext context)
    {
        _context = context;
    }

    /// <summary>Gets a value indicating whether any input could not be read.</summary>
    public bool HadErrors { get; private set; }

    /// <summary>Reads every document of every path (<c>-</c> for standard input), in order, lazily.</summary>
    /// <param name="paths">JSON or JSONL files of tagged output.</param>
    /// <param name="articleText">The original article, for a single document whose text is then not rebuilt.</param>
    /// <remarks>
    /// JSON lines are streamed one line at a time, so a JSONL file of any size is read in bounded memory. A file
    /// whose first line is not a whole JSON value (an indented object, an array) is read whole.
    /// </remarks>
    public IEnumerable<(string Id, TaggedArticle Article)> Read(IReadOnlyList<string> paths, string? articleText)
    {
        foreach (string path in paths.Count == 0 ? [InputReader.StdinId] : paths)
        {
            Stream? stream = Open(path);
            if (stream is null)
            {
                continue;
            }

            try
            {
                foreach ((string, TaggedArticle) document in ReadStream(path, stream, articleText))
                {
                    yield return document;
                }
            }
            finally
            {
                if (path != InputReader.StdinId)
                {
                    stream.Dispose();
                }
            }
        }
    }

    private IEnumerable<(string, TaggedArticle)> ReadStream(string path, Stream stream, string? articleText)
    {
        var lines = new Utf8LineReader(stream);
        var head = new MemoryStream();
        bool streaming = false;
        while (TryReadLine(path, lines, out ReadOnlyMemory<byte> line))
        {
            if (line.Span.Trim(" \t\r\n"u8).IsEmpty)
            {
                continue;
            }

            if (!streaming)
            {
                if (!IsWholeValue(line.Span, out bool isObject) || !isObject)
                {
                    // An indented object or an array: read the whole input from here.
                    do
                    {
                        head.Write(line.Span);
                        head.WriteByte((byte)'\n');
                    }
                    while (TryReadLine(path, lines, out line));

                    foreach ((string, TaggedArticle) document in ReadDocuments(path, head.ToArray(), articleText))
                    {
                        yield return document;
                    }

                    yield break;
                }

                streaming = true;
            }

            (string, TaggedArticle)? parsed = ReadLine(path, lines.LineNumber, line.Span, articleText);
            if (parsed is { } found)
            {
                yield return found;
            }
        }
    }

    private (string, TaggedArticle)? ReadLine(string path, int lineNumber, ReadOnlySpan<byte> line, string? articleText)
    {
        string where = $"{path}({lineNumber})";
        try
        {
            using JsonDocument document = JsonDocument.Parse(line.ToArray());
            return ToArticle(document.RootElement, articleText, $"{path}:{lineNumber}");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            Fail(where, $"not a tagged article: {ex.Message}");
            return null;
        }
    }

    /// <summary>Returns whether <paramref name="line"/> holds exactly one whole JSON value, and whether it is an object.</summary>
    private static bool IsWholeValue(ReadOnlySpan<byte> line, out bool isObject)
    {
        isObject = false;
        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read())
            {
                return false;
            }

            isObject = reader.TokenType == JsonTokenType.StartObject;
            reader.Skip();
            return !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private List<(string, TaggedArticle)> ReadDocuments(string path, byte[] bytes, string? articleText)
    {
        var documents = new List<(string, TaggedArticle)>();
        var elements = new List<JsonElement>();
        var parsed = new List<JsonDocument>();
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowMultipleValues = true });
            while (reader.Read())
            {
                JsonDocument value = JsonDocument.ParseValue(ref reader);
                parsed.Add(value);
                if (value.RootElement.ValueKind == JsonValueKind.Array)
                {
                    elements.AddRange(value.RootElement.EnumerateArray());
                }
                else
                {
                    elements.Add(value.RootElement);
                }
            }
        }
        catch (JsonException ex)
        {
            Fail(path, $"invalid JSON: {ex.Message}");
        }

        for (int i = 0; i < elements.Count; i++)
        {
            string where = elements.Count == 1 ? path : $"{path}[{i}]";
            try
            {
                documents.Add(ToArticle(elements[i], articleText, where));
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
            {
                Fail(where, $"not a tagged article: {ex.Message}");
            }
        }

        foreach (JsonDocument document in parsed)
        {
            document.Dispose();
        }

        return documents;
    }

    private static (string, TaggedArticle) ToArticle(JsonElement element, string? articleText, string fallbackId)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("expected an object in the claimtagger output format");
        }

        string text = articleText ?? RebuildText(element);
        TaggedArticle article = TaggedArticleJsonReader.Read(element.GetRawText(), text, out string? id);
        return (id ?? fallbackId, article);
    }

    /// <summary>
    /// Rebuilds the article text from the slices in the JSON: spaces where nothing is known, line breaks between
    /// paragraphs. Throws when two slices disagree about a character or a slice's length differs from its offsets.
    /// </summary>
    internal static string RebuildText(JsonElement document)
    {
        int length = 0;
        var slices = new List<(int Start, int End, string Text)>();
        var paragraphs = new List<(int Start, int End, int Paragraph)>();
        if (document.TryGetProperty("sentences", out JsonElement sentences) && sentences.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement sentence in sentences.EnumerateArray())
            {
                (int start, int end, string sliceText) = Slice(sentence);
                slices.Add((start, end, sliceText));
                paragraphs.Add((start, end, sentence.TryGetProperty("paragraph", out JsonElement p) && p.ValueKind == JsonValueKind.Number ? p.GetInt32() : 0));
            }
        }

        if (document.TryGetProperty("tags", out JsonElement tags) && tags.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement tag in tags.EnumerateArray())
            {
                slices.Add(Slice(tag));
                if (tag.TryGetProperty("roles", out JsonElement roles) && roles.ValueKind == JsonValueKind.Object)
                {
                    foreach (JsonProperty role in roles.EnumerateObject())
                    {
                        slices.Add(Slice(role.Value));
                    }
                }
            }
        }

        foreach ((_, int end, _) in slices)
        {
            length = Math.Max(length, end);
        }

        char[] text = new char[length];
        Array.Fill(text, ' ');
        for (int i = 1; i < paragraphs.Count; i++)
        {
            if (paragraphs[i].Paragraph != paragraphs[i - 1].Paragraph && paragraphs[i].Start > paragraphs[i - 1].End)
            {
                text.AsSpan(paragraphs[i - 1].End, paragraphs[i].Start - paragraphs[i - 1].End).Fill('\n');
            }
        }

        var known = new bool[length];
        foreach ((int start, int end, string slice) in slices)
        {
            for (int k = start; k < end; k++)
            {
                char c = slice[k - start];
                if (known[k] && text[k] != c)
                {
                    throw new JsonException($"the text slices disagree at offset {k}");
                }

                text[k] = c;
                known[k] = true;
            }
        }

        return new string(text);
    }

    private static (int Start, int End, string Text) Slice(JsonElement span)
    {
        if (span.ValueKind != JsonValueKind.Object
            || !span.TryGetProperty("start", out JsonElement startValue) || startValue.ValueKind != JsonValueKind.Number
            || !span.TryGetProperty("end", out JsonElement endValue) || endValue.ValueKind != JsonValueKind.Number
            || !span.TryGetProperty("text", out JsonElement textValue) || textValue.ValueKind != JsonValueKind.String)
        {
            throw new JsonException("a span lacks a numeric start, end or a text");
        }

        int start = startValue.GetInt32();
        int end = endValue.GetInt32();
        string text = textValue.GetString()!;
        if (start < 0 || end < start || text.Length != end - start)
        {
            throw new JsonException($"the span {start}..{end} does not match its text's length ({text.Length})");
        }

        return (start, end, text);
    }

    private Stream? Open(string path)
    {
        if (path == InputReader.StdinId)
        {
            return _context.In;
        }

        try
        {
            return File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Fail(path, ex is FileNotFoundException or DirectoryNotFoundException ? "no such file" : $"cannot read the file: {ex.Message}");
            return null;
        }
    }

    private bool TryReadLine(string path, Utf8LineReader lines, out ReadOnlyMemory<byte> line)
    {
        bool read = lines.TryReadLine(out line, out string? error);
        if (error is not null)
        {
            Fail(path, error);
        }

        return read;
    }

    private void Fail(string where, string message)
    {
        HadErrors = true;
        _context.ReportError(where, OneLine(message));
    }

    private static string OneLine(string message)
    {
        var builder = new StringBuilder(message.Length);
        foreach (char c in message)
        {
            builder.Append(c is '\n' or '\r' ? ' ' : c);
        }

        return builder.ToString();
    }
}
