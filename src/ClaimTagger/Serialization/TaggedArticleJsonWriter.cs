using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ClaimTagger.Serialization;

/// <summary>
/// Writes a <see cref="TaggedArticle"/> as JSON in the documented output contract:
/// <c>{"offsetUnit":"utf16","sentences":[…],"tags":[…],"diagnostics":[…]}</c>, optionally led by an <c>"id"</c>.
/// </summary>
/// <remarks>
/// <para>
/// The writer uses <see cref="Utf8JsonWriter"/> directly: no reflection, so it is safe for trimming and native AOT.
/// Non-ASCII text (curly quotes, accented letters, ©, emoji) is written as UTF-8, not as <c>\u</c> escapes; only
/// the characters JSON requires to be escaped (control characters, <c>"</c>, <c>\</c>) are escaped. A lone UTF-16
/// surrogate, which cannot be encoded in UTF-8, is written as U+FFFD, so every <c>text</c> keeps its length and
/// every offset stays valid.
/// </para>
/// <para>
/// Every <c>text</c> field is written from the article's source text between the span's <c>start</c> and
/// <c>end</c>, so it always equals that slice.
/// </para>
/// <para>Thread safety: all members are static and thread-safe.</para>
/// </remarks>
public static class TaggedArticleJsonWriter
{
    /// <summary>The value of the <c>offsetUnit</c> field: offsets are UTF-16 code units (C# string indices).</summary>
    public const string OffsetUnit = "utf16";

    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText OffsetUnitName = JsonEncodedText.Encode("offsetUnit");
    private static readonly JsonEncodedText OffsetUnitValue = JsonEncodedText.Encode(OffsetUnit);
    private static readonly JsonEncodedText SentencesName = JsonEncodedText.Encode("sentences");
    private static readonly JsonEncodedText TagsName = JsonEncodedText.Encode("tags");
    private static readonly JsonEncodedText DiagnosticsName = JsonEncodedText.Encode("diagnostics");
    private static readonly JsonEncodedText IndexName = JsonEncodedText.Encode("index");
    private static readonly JsonEncodedText StartName = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText EndName = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText TextName = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText SectionName = JsonEncodedText.Encode("section");
    private static readonly JsonEncodedText ParagraphName = JsonEncodedText.Encode("paragraph");
    private static readonly JsonEncodedText LabelsName = JsonEncodedText.Encode("labels");
    private static readonly JsonEncodedText LabelName = JsonEncodedText.Encode("label");
    private static readonly JsonEncodedText RuleName = JsonEncodedText.Encode("rule");
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText ConfidenceName = JsonEncodedText.Encode("confidence");
    private static readonly JsonEncodedText RolesName = JsonEncodedText.Encode("roles");
    private static readonly JsonEncodedText ResolvedName = JsonEncodedText.Encode("resolved");
    /// <summary>The characters JSON strings cannot hold unescaped: U+0000..U+001F, quotation mark and backslash.</summary>
    private static readonly SearchValues<char> MustEscape = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\"\\");

    private const int StackTextLimit = 256;

    private static readonly JsonEncodedText[] SectionValues =
    [
        JsonEncodedText.Encode(SectionNames.Body),
        JsonEncodedText.Encode(SectionNames.Headline),
        JsonEncodedText.Encode(SectionNames.Dateline),
        JsonEncodedText.Encode(SectionNames.Caption),
        JsonEncodedText.Encode(SectionNames.Byline),
        JsonEncodedText.Encode(SectionNames.Boilerplate),
    ];

    /// <summary>Returns the writer options this class uses: unescaped non-ASCII text, <c>\n</c> line breaks.</summary>
    /// <param name="indented"><see langword="true"/> for indented output (the <c>json</c> format);
    /// <see langword="false"/> for one line per article (the <c>jsonl</c> format).</param>
    /// <returns>Options to create a <see cref="Utf8JsonWriter"/> with.</returns>
    public static JsonWriterOptions CreateWriterOptions(bool indented) => new()
    {
        Indented = indented,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="article"/> as one JSON object to <paramref name="writer"/>.</summary>
    /// <param name="writer">The writer; create it with <see cref="CreateWriterOptions"/> for the contract's escaping.
    /// It is not flushed.</param>
    /// <param name="article">The article to write.</param>
    /// <param name="id">An id written as the object's first field (the <c>jsonl</c> format), or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="article"/> is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, TaggedArticle article, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(article);
        string source = article.Text ?? string.Empty;

        writer.WriteStartObject();
        if (id is not null)
        {
            writer.WriteString(IdName, id);
        }

        writer.WriteString(OffsetUnitName, OffsetUnitValue);

        writer.WriteStartArray(SentencesName);
        IReadOnlyList<TaggedSentence> sentences = article.Sentences;
        for (int i = 0; i < sentences.Count; i++)
        {
            WriteSentence(writer, source, sentences[i]);
        }

        writer.WriteEndArray();

        writer.WriteStartArray(TagsName);
        IReadOnlyList<Tag> tags = article.Tags;
        for (int i = 0; i < tags.Count; i++)
        {
            WriteTag(writer, source, tags[i]);
        }

        writer.WriteEndArray();

        writer.WriteStartArray(DiagnosticsName);
        IReadOnlyList<string> diagnostics = article.Diagnostics;
        for (int i = 0; i < diagnostics.Count; i++)
        {
            writer.WriteStringValue(diagnostics[i]);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="article"/> as UTF-8 JSON to <paramref name="utf8Json"/>.</summary>
    /// <param name="utf8Json">The stream to write to; it is flushed, not closed.</param>
    /// <param name="article">The article to write.</param>
    /// <param name="indented"><see langword="true"/> for indented output; <see langword="false"/> for one line.</param>
    /// <param name="id">An id written as the object's first field, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="article"/> is <see langword="null"/>.</exception>
    public static void Write(Stream utf8Json, TaggedArticle article, bool indented = true, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(article);
        using var writer = new Utf8JsonWriter(utf8Json, CreateWriterOptions(indented));
        Write(writer, article, id);
        writer.Flush();
    }

    /// <summary>Returns <paramref name="article"/> as a JSON string.</summary>
    /// <param name="article">The article to write.</param>
    /// <param name="indented"><see langword="true"/> for indented output; <see langword="false"/> for one line.</param>
    /// <param name="id">An id written as the object's first field, or <see langword="null"/> for none.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is <see langword="null"/>.</exception>
    public static string ToJson(TaggedArticle article, bool indented = true, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        var buffer = new ArrayBufferWriter<byte>(Math.Max(256, (article.Text?.Length ?? 0) * 2));
        using (var writer = new Utf8JsonWriter(buffer, CreateWriterOptions(indented)))
        {
            Write(writer, article, id);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteSentence(Utf8JsonWriter writer, string source, TaggedSentence sentence)
    {
        writer.WriteStartObject();
        writer.WriteNumber(IndexName, sentence.Index);
        writer.WriteNumber(StartName, sentence.Start);
        writer.WriteNumber(EndName, sentence.End);
        WriteText(writer, Slice(source, sentence.Start, sentence.End, sentence.Text));
        int section = (int)sentence.Section;
        if ((uint)section < (uint)SectionValues.Length)
        {
            writer.WriteString(SectionName, SectionValues[section]);
        }
        else
        {
            writer.WriteString(SectionName, SectionNames.ToName(sentence.Section));
        }

        writer.WriteNumber(ParagraphName, sentence.Paragraph);
        writer.WriteStartArray(LabelsName);
        IReadOnlyList<Label> labels = sentence.Labels;
        for (int i = 0; i < labels.Count; i++)
        {
            writer.WriteStringValue(labels[i].Name);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteTag(Utf8JsonWriter writer, string source, Tag tag)
    {
        writer.WriteStartObject();
        writer.WriteString(LabelName, tag.Label.Name);
        writer.WriteString(RuleName, tag.Rule);
        writer.WriteString(KindName, tag.Kind);
        writer.WriteNumber(StartName, tag.Start);
        writer.WriteNumber(EndName, tag.End);
        WriteText(writer, Slice(source, tag.Start, tag.End, tag.Text));
        writer.WriteStartArray(SentencesName);
        IReadOnlyList<int> sentences = tag.Sentences;
        for (int i = 0; i < sentences.Count; i++)
        {
            writer.WriteNumberValue(sentences[i]);
        }

        writer.WriteEndArray();
        if (double.IsFinite(tag.Confidence))
        {
            writer.WriteNumber(ConfidenceName, tag.Confidence);
        }
        else
        {
            writer.WriteNull(ConfidenceName);
        }

        writer.WriteStartObject(RolesName);
        foreach (KeyValuePair<string, RoleSpan> role in tag.Roles)
        {
            writer.WriteStartObject(role.Key);
            writer.WriteNumber(StartName, role.Value.Start);
            writer.WriteNumber(EndName, role.Value.End);
            WriteText(writer, Slice(source, role.Value.Start, role.Value.End, role.Value.Text));
            if (role.Value.Resolved is not null)
            {
                writer.WriteString(ResolvedName, role.Value.Resolved);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a <c>"text"</c> field. Article text rarely needs escaping, so when it holds no character that JSON must
    /// escape it is transcoded straight to UTF-8 and written raw, which is much faster than the encoder's per-character
    /// checks; otherwise the writer's encoder escapes it.
    /// </summary>
    private static void WriteText(Utf8JsonWriter writer, ReadOnlySpan<char> text)
    {
        if (text.ContainsAny(MustEscape))
        {
            writer.WriteString(TextName, text);
            return;
        }

        int maxBytes = (text.Length * 3) + 2;
        byte[]? rented = null;
        Span<byte> buffer = maxBytes <= StackTextLimit * 3 ? stackalloc byte[StackTextLimit * 3] : (rented = ArrayPool<byte>.Shared.Rent(maxBytes));
        buffer[0] = (byte)'"';
        int length = Encoding.UTF8.GetBytes(text, buffer[1..]);
        buffer[length + 1] = (byte)'"';
        writer.WritePropertyName(TextName);
        writer.WriteRawValue(buffer[..(length + 2)], skipInputValidation: true);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The source between <paramref name="start"/> and <paramref name="end"/>; the record's own text when the offsets fall outside it.</summary>
    private static ReadOnlySpan<char> Slice(string source, int start, int end, string? fallback)
    {
        return (uint)start <= (uint)end && (uint)end <= (uint)source.Length
            ? source.AsSpan(start, end - start)
            : fallback.AsSpan();
    }
}
