using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ClaimTagger.Evaluation;

/// <summary>Writes gold sets in the JSON Lines form <see cref="GoldSetReader"/> reads.</summary>
/// <remarks>
/// The output is deterministic: properties in a fixed order (<c>id, split, style, text, tags</c>; per tag
/// <c>label, start, end, text, kind, roles</c>; roles in the order <c>source, cue, content, target</c>, then any
/// others by name), non-ASCII characters written as themselves, <c>\n</c> after every line.
/// Writing uses <see cref="Utf8JsonWriter"/> only, so it is safe under trimming and native AOT.
/// <para>Thread safety: all members are stateless and may be called from several threads at once.</para>
/// </remarks>
public static class GoldSetWriter
{
    private static readonly string[] RoleOrder = [RoleNames.Source, RoleNames.Cue, RoleNames.Content, RoleNames.Target];

    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Writes the documents, one JSON object per line.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="documents">The documents, written in the given order.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(TextWriter writer, IEnumerable<GoldDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(documents);
        foreach (GoldDocument document in documents)
        {
            writer.Write(ToJsonLine(document));
            writer.Write('\n');
        }
    }

    /// <summary>Returns one document as a single line of JSON, without a line break.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public static string ToJsonLine(GoldDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var buffer = new ArrayBufferWriter<byte>(document.Text.Length * 2 + 256);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("id", document.Id);
            json.WriteString("split", document.Split);
            json.WriteString("style", document.Style);
            json.WriteString("text", document.Text);
            json.WriteStartArray("tags");
            foreach (GoldTag tag in document.Tags)
            {
                WriteTag(json, tag);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteTag(Utf8JsonWriter json, GoldTag tag)
    {
        json.WriteStartObject();
        json.WriteString("label", tag.Label.Name);
        json.WriteNumber("start", tag.Start);
        json.WriteNumber("end", tag.End);
        json.WriteString("text", tag.Text);
        if (tag.Kind is null)
        {
            json.WriteNull("kind");
        }
        else
        {
            json.WriteString("kind", tag.Kind);
        }

        json.WriteStartObject("roles");
        foreach (string name in RoleOrder)
        {
            if (tag.Roles.TryGetValue(name, out RoleSpan? role))
            {
                WriteRole(json, name, role);
            }
        }

        var others = new List<string>();
        foreach (string name in tag.Roles.Keys)
        {
            if (Array.IndexOf(RoleOrder, name) < 0)
            {
                others.Add(name);
            }
        }

        others.Sort(StringComparer.Ordinal);
        foreach (string name in others)
        {
            WriteRole(json, name, tag.Roles[name]);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRole(Utf8JsonWriter json, string name, RoleSpan role)
    {
        json.WriteStartObject(name);
        json.WriteNumber("start", role.Start);
        json.WriteNumber("end", role.End);
        json.WriteString("text", role.Text);
        if (name == RoleNames.Source)
        {
            if (role.Resolved is null)
            {
                json.WriteNull("resolved");
            }
            else
            {
                json.WriteString("resolved", role.Resolved);
            }
        }
        else if (role.Resolved is not null)
        {
            json.WriteString("resolved", role.Resolved);
        }

        json.WriteEndObject();
    }
}
