using System.Text;

namespace ClaimTagger.Cli.Output;

/// <summary>Copies UTF-8 bytes (from a <see cref="System.Text.Json.Utf8JsonWriter"/>) to a <see cref="TextWriter"/>.</summary>
internal sealed class Utf8TextSink
{
    private readonly TextWriter _writer;
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();
    private readonly char[] _chars = new char[8192];

    public Utf8TextSink(TextWriter writer)
    {
        _writer = writer;
    }

    public void Write(ReadOnlySpan<byte> utf8)
    {
        while (!utf8.IsEmpty)
        {
            _decoder.Convert(utf8, _chars, flush: false, out int bytesUsed, out int charsUsed, out _);
            _writer.Write(_chars, 0, charsUsed);
            utf8 = utf8[bytesUsed..];
        }
    }
}
