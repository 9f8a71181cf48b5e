using System.Text.Json.Serialization;

namespace ClaimTagger.Serialization;

/// <summary>One entry of the contract's <c>tags</c> array.</summary>
internal sealed class TagDto
{
    [JsonPropertyName("label")]
    public required string Label { get; set; }

    [JsonPropertyName("rule")]
    public required string Rule { get; set; }

    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    [JsonPropertyName("start")]
    public required int Start { get; set; }

    [JsonPropertyName("end")]
    public required int End { get; set; }

    [JsonPropertyName("text")]
    public required string Text { get; set; }

    [JsonPropertyName("sentences")]
    public int[]? Sentences { get; set; }

    [JsonPropertyName("confidence")]
    public double? Confidence { get; set; }

    [JsonPropertyName("roles")]
    public Dictionary<string, RoleDto>? Roles { get; set; }
}
