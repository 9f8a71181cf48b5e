namespace ClaimTagger.Cli.Output;

/// <summary>The values of <c>--format</c>.</summary>
internal static class OutputFormats
{
    public const string Table = "table";
    public const string Json = "json";
    public const string Jsonl = "jsonl";
    public const string Html = "html";

    public static readonly string[] All = [Table, Json, Jsonl, Html];
}
