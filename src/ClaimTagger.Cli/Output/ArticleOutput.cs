namespace ClaimTagger.Cli.Output;

/// <summary>Writes tagged articles in one output format, one document at a time, as they are tagged.</summary>
internal abstract class ArticleOutput
{
    /// <summary>Writes whatever comes before the first document.</summary>
    public virtual void Begin()
    {
    }

    /// <summary>Writes one document.</summary>
    /// <param name="id">The input's id (file path, jsonl id, or <c>-</c> for stdin).</param>
    /// <param name="article">The tagged article.</param>
    public abstract void Write(string id, TaggedArticle article);

    /// <summary>Writes whatever comes after the last document, and flushes.</summary>
    public virtual void End()
    {
    }
}
