using System.Text.Json.Serialization;

namespace ClaimTagger.Cli.Tests;

[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class TestJsonContext : JsonSerializerContext;
