using System.Text.Json.Serialization;

namespace ClaimTagger.Serialization;

/// <summary>Source-generated (reflection-free, AOT-safe) serialization metadata for the JSON contract's types.</summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    AllowTrailingCommas = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(ArticleDto))]
internal sealed partial class TaggedArticleJsonContext : JsonSerializerContext;
