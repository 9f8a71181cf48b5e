using System.Globalization;
using System.Text.Json;

namespace ClaimTagger.Evaluation;

/// <summary>
/// Reads gold sets in JSON Lines form: one article per line,
/// <c>{"id", "split", "style", "text", "tags": [{"label", "start", "end", "text", "kind", "roles": {…}}]}</c>.
/// </summary>
/// <remarks>
/// The reader checks the shape of every line (required fields, types) and throws on the first malformed
/// line; it does not check that spans agree with the text: <see cref="GoldSetValidator"/> does that.
/// Reading uses <see cref="JsonDocument"/> only, so it is safe under trimming and native AOT.
/// <para>Thread safety: all members are stateless and may be called from several threads at once.</para>
/// </remarks>
public static class GoldSetReader
{
    /// <summary>Reads every document of a JSON Lines gold set file.</summary>
    /// <param name="path">The path of a <c>.jsonl</c> file.</param>
    /// <returns>The documents, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">A line is not a well-formed gold document; the message names the path and line.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IReadOnlyList<GoldDocument> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads every document from JSON Lines text. Blank lines are skipped.</summary>
    /// <param name="reader">The text to read.</param>
    /// <param name="sourceName">The name used in error messages (a path, or <c>&lt;input&gt;</c>).</param>
    /// <returns>The documents, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">A line is not a well-formed gold document; the message names the source and line.</exception>
    public static IReadOnlyList<GoldDocument> Read(TextReader reader, string sourceName = "<input>")
    {
        ArgumentNullException.ThrowIfNull(reader);
        sourceName ??= "<input>";
        var documents = new List<GoldDocument>();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                documents.Add(ParseLine(line));
            }
            catch (FormatException ex)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{sourceName}({lineNumber}): {ex.Message}"), ex);
            }
        }

        return documents;
    }

    /// <summary>Parses one line of a gold set.</summary>
    /// <param name="line">A JSON object holding one document.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The line is not valid JSON, or a field is missing or has the wrong type.</exception>
    public static GoldDocument ParseLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"invalid JSON: {ex.Message}", ex);
        }

        using (json)
        {
            JsonElement root = json.RootElement;
            RequireKind(root, JsonValueKind.Object, "document");
            string id = RequiredString(root, "id", "document");
            string where = $"document '{id}'";
            string split = RequiredString(root, "split", where);
            string style = OptionalString(root, "style", where) ?? string.Empty;
            string text = RequiredString(root, "text", where);
            var tags = new List<GoldTag>();
            if (root.TryGetProperty("tags", out JsonElement tagArray) && tagArray.ValueKind != JsonValueKind.Null)
            {
                RequireKind(tagArray, JsonValueKind.Array, $"{where}: tags");
                int index = 0;
                foreach (JsonElement tag in tagArray.EnumerateArray())
                {
                    tags.Add(ParseTag(tag, string.Create(CultureInfo.InvariantCulture, $"{where}: tag {index}")));
                    index++;
                }
            }

            return new GoldDocument(id, split, style, text, tags.AsReadOnly());
        }
    }

    private static GoldTag ParseTag(JsonElement tag, string where)
    {
        RequireKind(tag, JsonValueKind.Object, where);
        string label = RequiredString(tag, "label", where);
        int start = RequiredInt(tag, "start", where);
        int end = RequiredInt(tag, "end", where);
        string text = RequiredString(tag, "text", where);
        string? kind = OptionalString(tag, "kind", where);
        var roles = new Dictionary<string, RoleSpan>(StringComparer.Ordinal);
        if (tag.TryGetProperty("roles", out JsonElement roleObject) && roleObject.ValueKind != JsonValueKind.Null)
        {
            RequireKind(roleObject, JsonValueKind.Object, $"{where}: roles");
            foreach (JsonProperty role in roleObject.EnumerateObject())
            {
                string roleWhere = $"{where}: role '{role.Name}'";
                RequireKind(role.Value, JsonValueKind.Object, roleWhere);
                roles[role.Name] = new RoleSpan(
                    RequiredInt(role.Value, "start", roleWhere),
                    RequiredInt(role.Value, "end", roleWhere),
                    RequiredString(role.Value, "text", roleWhere),
                    OptionalString(role.Value, "resolved", roleWhere));
            }
        }

        return new GoldTag(new Label(label), kind, start, end, text, roles.AsReadOnly());
    }

    private static void RequireKind(JsonElement element, JsonValueKind kind, string where)
    {
        if (element.ValueKind != kind)
        {
            throw new FormatException($"{where}: expected a JSON {kind.ToString().ToLowerInvariant()}, found {element.ValueKind.ToString().ToLowerInvariant()}");
        }
    }

    private static string RequiredString(JsonElement owner, string name, string where)
    {
        return OptionalString(owner, name, where) ?? throw new FormatException($"{where}: missing string '{name}'");
    }

    private static string? OptionalString(JsonElement owner, string name, string where)
    {
        if (!owner.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new FormatException($"{where}: '{name}' must be a string");
        }

        return value.GetString();
    }

    private static int RequiredInt(JsonElement owner, string name, string where)
    {
        if (!owner.TryGetProperty(name, out JsonElement value))
        {
            throw new FormatException($"{where}: missing integer '{name}'");
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out int result))
        {
            throw new FormatException($"{where}: '{name}' must be an integer");
        }

        return result;
    }
}
