using System.Text;

namespace ClaimTagger.Cli.Input;

/// <summary>A read-only stream of the UTF-8 bytes of a <see cref="TextReader"/>'s text, read lazily.</summary>
/// <remarks>Lets text input (tests, string-based callers) go through the same byte-level readers as files and stdin.</remarks>
internal sealed class TextReaderStream : Stream
{
    private readonly TextReader _reader;
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private readonly char[] _chars = new char[4096];
    private readonly byte[] _bytes = new byte[(4096 * 3) + 3];
    private int _byteStart;
    private int _byteEnd;
    private bool _done;

    public TextReaderStream(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _reader = reader;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        while (_byteStart == _byteEnd)
        {
            if (_done)
            {
                return 0;
            }

            int chars = _reader.Read(_chars, 0, _chars.Length);
            _done = chars == 0;
            _byteStart = 0;
            _byteEnd = _encoder.GetBytes(_chars, 0, chars, _bytes, 0, flush: _done);
        }

        int n = Math.Min(buffer.Length, _byteEnd - _byteStart);
        _bytes.AsSpan(_byteStart, n).CopyTo(buffer);
        _byteStart += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
