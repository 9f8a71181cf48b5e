using System.Buffers;
using System.Text.Json;
using ClaimTagger.Serialization;

namespace ClaimTagger.Cli.Output;

/// <summary>
/// The <c>json</c> format: one indented object for a single input document (exactly the documented contract), or an
/// array of such objects, each with an <c>"id"</c>, when the inputs can hold several documents. The array is
/// streamed: each document is written as soon as it is tagged.
/// </summary>
internal sealed class JsonArticleOutput : ArticleOutput
{
    private readonly TextWriter _writer;
    private readonly bool _array;
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);
    private readonly Utf8JsonWriter _json;
    private readonly Utf8TextSink _sink;

    public JsonArticleOutput(TextWriter writer, bool array)
    {
        _writer = writer;
        _array = array;
        _json = new Utf8JsonWriter(_buffer, TaggedArticleJsonWriter.CreateWriterOptions(indented: true));
        _sink = new Utf8TextSink(writer);
    }

    public override void Begin()
    {
        if (_array)
        {
            _json.WriteStartArray();
        }
    }

    public override void Write(string id, TaggedArticle article)
    {
        TaggedArticleJsonWriter.Write(_json, article, _array ? id : null);
        Drain();
    }

    public override void End()
    {
        if (_array)
        {
            _json.WriteEndArray();
        }

        Drain();
        if (_array || _json.BytesCommitted > 0)
        {
            _writer.Write('\n');
        }

        _writer.Flush();
    }

    private void Drain()
    {
        _json.Flush();
        _sink.Write(_buffer.WrittenSpan);
        _buffer.ResetWrittenCount();
    }
}
