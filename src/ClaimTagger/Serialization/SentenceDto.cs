using System.Text.Json.Serialization;

namespace ClaimTagger.Serialization;

/// <summary>One entry of the contract's <c>sentences</c> array.</summary>
internal sealed class SentenceDto
{
    [JsonPropertyName("index")]
    public required int Index { get; set; }

    [JsonPropertyName("start")]
    public required int Start { get; set; }

    [JsonPropertyName("end")]
    public required int End { get; set; }

    [JsonPropertyName("text")]
    public required string Text { get; set; }

    [JsonPropertyName("section")]
    public required string Section { get; set; }

    [JsonPropertyName("paragraph")]
    public required int Paragraph { get; set; }

    [JsonPropertyName("labels")]
    public string[]? Labels { get; set; }
}
