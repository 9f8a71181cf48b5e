using System.Text.Json.Serialization;

namespace ClaimTagger.Cli.Input;

/// <summary>Source-generated (reflection-free) JSON metadata for the command line's input formats.</summary>
[JsonSerializable(typeof(JsonlInputLine))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
