using System.Buffers;
using System.Text.Json;
using ClaimTagger.Serialization;

namespace ClaimTagger.Cli.Output;

/// <summary>The <c>jsonl</c> format: per input document, one compact contract object with its <c>"id"</c> first, on one line.</summary>
internal sealed class JsonLinesArticleOutput : ArticleOutput
{
    private readonly TextWriter _writer;
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);
    private readonly Utf8JsonWriter _json;
    private readonly Utf8TextSink _sink;

    public JsonLinesArticleOutput(TextWriter writer)
    {
        _writer = writer;
        _json = new Utf8JsonWriter(_buffer, TaggedArticleJsonWriter.CreateWriterOptions(indented: false));
        _sink = new Utf8TextSink(writer);
    }

    public override void Write(string id, TaggedArticle article)
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        TaggedArticleJsonWriter.Write(_json, article, id);
        _json.Flush();
        _sink.Write(_buffer.WrittenSpan);
        _writer.Write('\n');
    }

    public override void End() => _writer.Flush();
}
