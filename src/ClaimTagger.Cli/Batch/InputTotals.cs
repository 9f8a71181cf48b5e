namespace ClaimTagger.Cli.Batch;

/// <summary>What a batch run will read, measured before it starts: bytes, and documents when each file is one.</summary>
/// <param name="Bytes">The total size of the input files.</param>
/// <param name="Documents">The number of documents, or <see langword="null"/> when files hold several (JSONL).</param>
internal sealed record InputTotals(long Bytes, int? Documents);
