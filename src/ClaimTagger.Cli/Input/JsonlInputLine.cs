using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimTagger.Cli.Input;

/// <summary>One line of <c>--input-format jsonl</c>: <c>{"id": "…", "text": "…"}</c>; other fields are ignored.</summary>
internal sealed class JsonlInputLine
{
    /// <summary>Gets or sets the id: a string or a number.</summary>
    [JsonPropertyName("id")]
    public JsonElement Id { get; set; }

    /// <summary>Gets or sets the article text.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; set; }
}
