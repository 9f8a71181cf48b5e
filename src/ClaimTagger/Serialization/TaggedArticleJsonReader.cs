using System.Text;
using System.Text.Json;
using ClaimTagger.Sections;

namespace ClaimTagger.Serialization;

/// <summary>
/// Reads the JSON written by <see cref="TaggedArticleJsonWriter"/> (the documented output contract) back into a
/// <see cref="TaggedArticle"/>.
/// </summary>
/// <remarks>
/// <para>
/// Reading uses source-generated metadata (no reflection), so it is safe for trimming and native AOT. Unknown
/// fields are ignored, so output from a later version with extra fields still reads.
/// </para>
/// <para>
/// The JSON does not hold the whole article, only slices of it, so the caller passes the source text; every offset
/// is checked against it. The <c>text</c> fields are taken from the JSON as written.
/// </para>
/// <para>Thread safety: all members are static and thread-safe.</para>
/// </remarks>
public static class TaggedArticleJsonReader
{
    /// <summary>Reads one tagged article from JSON text.</summary>
    /// <param name="json">One JSON object in the output contract's shape.</param>
    /// <param name="text">The article text the offsets point into; it becomes <see cref="TaggedArticle.Text"/>.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The JSON is malformed, lacks a required field, or has an offset outside
    /// <paramref name="text"/>, an unknown <c>section</c> or an <c>offsetUnit</c> other than <c>utf16</c>.</exception>
    public static TaggedArticle Read(string json, string text) => Read(json, text, out _);

    /// <summary>Reads one tagged article from JSON text, with its optional <c>id</c>.</summary>
    /// <param name="json">One JSON object in the output contract's shape.</param>
    /// <param name="text">The article text the offsets point into; it becomes <see cref="TaggedArticle.Text"/>.</param>
    /// <param name="id">Receives the object's <c>id</c> field, or <see langword="null"/> when it has none.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The JSON is malformed, lacks a required field, or has an offset outside
    /// <paramref name="text"/>, an unknown <c>section</c> or an <c>offsetUnit</c> other than <c>utf16</c>.</exception>
    public static TaggedArticle Read(string json, string text, out string? id)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(text);
        ArticleDto? dto = JsonSerializer.Deserialize(json, TaggedArticleJsonContext.Default.ArticleDto);
        return ToArticle(dto, text, out id);
    }

    /// <summary>Reads one tagged article from UTF-8 JSON.</summary>
    /// <param name="utf8Json">One JSON object in the output contract's shape, encoded in UTF-8.</param>
    /// <param name="text">The article text the offsets point into; it becomes <see cref="TaggedArticle.Text"/>.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The JSON is malformed, lacks a required field, or has an offset outside
    /// <paramref name="text"/>, an unknown <c>section</c> or an <c>offsetUnit</c> other than <c>utf16</c>.</exception>
    public static TaggedArticle Read(ReadOnlySpan<byte> utf8Json, string text) => Read(utf8Json, text, out _);

    /// <summary>Reads one tagged article from UTF-8 JSON, with its optional <c>id</c>.</summary>
    /// <param name="utf8Json">One JSON object in the output contract's shape, encoded in UTF-8.</param>
    /// <param name="text">The article text the offsets point into; it becomes <see cref="TaggedArticle.Text"/>.</param>
    /// <param name="id">Receives the object's <c>id</c> field, or <see langword="null"/> when it has none.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The JSON is malformed, lacks a required field, or has an offset outside
    /// <paramref name="text"/>, an unknown <c>section</c> or an <c>offsetUnit</c> other than <c>utf16</c>.</exception>
    public static TaggedArticle Read(ReadOnlySpan<byte> utf8Json, string text, out string? id)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArticleDto? dto = JsonSerializer.Deserialize(utf8Json, TaggedArticleJsonContext.Default.ArticleDto);
        return ToArticle(dto, text, out id);
    }

    private static TaggedArticle ToArticle(ArticleDto? dto, string text, out string? id)
    {
        if (dto is null)
        {
            throw new JsonException("Expected a JSON object, found null.");
        }

        if (dto.OffsetUnit != TaggedArticleJsonWriter.OffsetUnit)
        {
            throw new JsonException($"Unsupported offsetUnit '{dto.OffsetUnit}'; expected '{TaggedArticleJsonWriter.OffsetUnit}'.");
        }

        var sentences = new TaggedSentence[dto.Sentences.Length];
        for (int i = 0; i < sentences.Length; i++)
        {
            SentenceDto s = dto.Sentences[i] ?? throw new JsonException($"sentences[{i}] is null.");
            CheckSpan(s.Start, s.End, text, $"sentences[{i}]");
            if (!SectionNames.TryParse(s.Section, out SectionKind section))
            {
                throw new JsonException($"sentences[{i}]: unknown section '{s.Section}'.");
            }

            sentences[i] = new TaggedSentence(s.Index, s.Start, s.End, s.Text, section, s.Paragraph, ToLabels(s.Labels));
        }

        var tags = new Tag[dto.Tags.Length];
        for (int i = 0; i < tags.Length; i++)
        {
            TagDto t = dto.Tags[i] ?? throw new JsonException($"tags[{i}] is null.");
            string where = $"tags[{i}]";
            CheckSpan(t.Start, t.End, text, where);
            var roles = new Dictionary<string, RoleSpan>(t.Roles?.Count ?? 0, StringComparer.Ordinal);
            if (t.Roles is not null)
            {
                foreach (KeyValuePair<string, RoleDto> role in t.Roles)
                {
                    RoleDto r = role.Value ?? throw new JsonException($"{where}.roles.{role.Key} is null.");
                    CheckSpan(r.Start, r.End, text, $"{where}.roles.{role.Key}");
                    roles.Add(role.Key, new RoleSpan(r.Start, r.End, r.Text, r.Resolved));
                }
            }

            tags[i] = new Tag(
                new Label(t.Label),
                t.Rule,
                t.Kind,
                t.Start,
                t.End,
                t.Text,
                t.Sentences ?? [],
                t.Confidence ?? double.NaN,
                roles);
        }

        id = dto.Id;
        return new TaggedArticle(text, sentences, tags, dto.Diagnostics ?? []);
    }

    private static Label[] ToLabels(string[]? names)
    {
        if (names is null || names.Length == 0)
        {
            return [];
        }

        var labels = new Label[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            labels[i] = new Label(names[i]);
        }

        return labels;
    }

    private static void CheckSpan(int start, int end, string text, string where)
    {
        if (start < 0 || end < start || end > text.Length)
        {
            var message = new StringBuilder()
                .Append(where).Append(": span ").Append(start).Append("..").Append(end)
                .Append(" lies outside the source text (length ").Append(text.Length).Append(").");
            throw new JsonException(message.ToString());
        }
    }
}
