using System.Text.Json.Serialization;

namespace ClaimTagger.Serialization;

/// <summary>The JSON contract's top-level object, as read back by <see cref="TaggedArticleJsonReader"/>.</summary>
internal sealed class ArticleDto
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("offsetUnit")]
    public required string OffsetUnit { get; set; }

    [JsonPropertyName("sentences")]
    public required SentenceDto[] Sentences { get; set; }

    [JsonPropertyName("tags")]
    public required TagDto[] Tags { get; set; }

    [JsonPropertyName("diagnostics")]
    public string[]? Diagnostics { get; set; }
}
