using System.Buffers;
using System.Text;
using System.Text.Json;
using ClaimTagger.Serialization;

namespace ClaimTagger.Cli.Tests.Samples;

/// <summary>Writes sample articles in the JSON output contract, as <c>claimtagger tag</c> would.</summary>
internal static class SampleJson
{
    /// <summary>Returns <paramref name="article"/> as one indented contract object, with an id when given.</summary>
    public static string Object(TaggedArticle article, string? id = null) => Write(article, id, indented: true);

    /// <summary>Returns the articles as JSON lines, each with its id.</summary>
    public static string Lines(params (string Id, TaggedArticle Article)[] documents)
        => string.Concat(documents.Select(d => Write(d.Article, d.Id, indented: false) + "\n"));

    private static string Write(TaggedArticle article, string? id, bool indented)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, TaggedArticleJsonWriter.CreateWriterOptions(indented)))
        {
            TaggedArticleJsonWriter.Write(writer, article, id);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
