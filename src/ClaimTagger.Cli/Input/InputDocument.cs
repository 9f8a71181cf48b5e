namespace ClaimTagger.Cli.Input;

/// <summary>One article to tag: its id (file path, jsonl id, or <c>-</c> for stdin), text, and notes on how it was read.</summary>
internal sealed record InputDocument(string Id, string Text, IReadOnlyList<string> Diagnostics);
