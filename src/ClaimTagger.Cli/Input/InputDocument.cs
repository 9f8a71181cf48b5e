namespace ClaimTagger.Cli.Input;

/// <summary>One article to tag: its id (file path, jsonl id, or <c>-</c> for stdin), text, and notes on how it was read.</summary>
/// <param name="Id">The file path, the JSONL line's id, or <c>-</c> for standard input.</param>
/// <param name="Text">The article text.</param>
/// <param name="Diagnostics">Notes on how it was read (invalid UTF-8 replaced …), copied into the result's diagnostics.</param>
/// <param name="Bytes">The number of input bytes it was read from (for progress).</param>
internal sealed record InputDocument(string Id, string Text, IReadOnlyList<string> Diagnostics, long Bytes = 0);
