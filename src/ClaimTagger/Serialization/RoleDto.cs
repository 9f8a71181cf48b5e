using System.Text.Json.Serialization;

namespace ClaimTagger.Serialization;

/// <summary>One value of a tag's <c>roles</c> object.</summary>
internal sealed class RoleDto
{
    [JsonPropertyName("start")]
    public required int Start { get; set; }

    [JsonPropertyName("end")]
    public required int End { get; set; }

    [JsonPropertyName("text")]
    public required string Text { get; set; }

    [JsonPropertyName("resolved")]
    public string? Resolved { get; set; }
}
