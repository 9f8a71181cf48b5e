using System.Text;

namespace ClaimTagger.Cli.Output;

/// <summary>Copies UTF-8 bytes (from a <see cref="System.Text.Json.Utf8JsonWriter"/>) to a <see cref="TextWriter"/>.</summary>
/// <remarks>
/// When the writer is a <see cref="StreamWriter"/> that writes UTF-8 without a byte-order mark (standard output and
/// <c>--out</c> files), the bytes go straight to its stream after flushing it, skipping a decode and re-encode of
/// every character; other writers (tests' <see cref="StringWriter"/>) get the decoded text.
/// </remarks>
internal sealed class Utf8TextSink
{
    private readonly TextWriter _writer;
    private readonly Stream? _stream;
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();
    private readonly char[] _chars = new char[8192];

    public Utf8TextSink(TextWriter writer)
    {
        _writer = writer;
        if (writer is StreamWriter { Encoding: UTF8Encoding utf8 } streamWriter && utf8.Preamble.IsEmpty)
        {
            _stream = streamWriter.BaseStream;
        }
    }

    public void Write(ReadOnlySpan<byte> utf8)
    {
        if (_stream is not null)
        {
            _writer.Flush();
            _stream.Write(utf8);
            return;
        }

        while (!utf8.IsEmpty)
        {
            _decoder.Convert(utf8, _chars, flush: false, out int bytesUsed, out int charsUsed, out _);
            _writer.Write(_chars, 0, charsUsed);
            utf8 = utf8[bytesUsed..];
        }
    }
}
