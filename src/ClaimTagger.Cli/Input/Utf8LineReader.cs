namespace ClaimTagger.Cli.Input;

/// <summary>Reads a stream line by line as raw bytes, without decoding, so each line can be checked and parsed as UTF-8.</summary>
/// <remarks>Lines end at <c>\n</c>; a trailing <c>\r</c> and a leading byte-order mark are removed. Memory grows only to the longest line.</remarks>
internal sealed class Utf8LineReader
{
    private readonly Stream _stream;
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;
    private bool _first = true;

    public Utf8LineReader(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
    }

    /// <summary>Gets the 1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Reads the next line, turning a read error into a message instead of an exception.</summary>
    /// <param name="line">Receives the line's bytes, valid until the next call.</param>
    /// <param name="error">Receives, when reading failed, what to report; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when a line was read; <see langword="false"/> at the end or on an error.</returns>
    public bool TryReadLine(out ReadOnlyMemory<byte> line, out string? error)
    {
        error = null;
        try
        {
            return TryReadLine(out line);
        }
        catch (IOException ex)
        {
            error = $"cannot read past line {LineNumber}: {ex.Message}";
            line = default;
            return false;
        }
    }

    /// <summary>Reads the next line.</summary>
    /// <param name="line">Receives the line's bytes, valid until the next call.</param>
    /// <returns><see langword="false"/> at the end of the stream.</returns>
    public bool TryReadLine(out ReadOnlyMemory<byte> line)
    {
        while (true)
        {
            int newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = Take(newline, newline + 1);
                return true;
            }

            if (_eof)
            {
                if (_start < _end)
                {
                    line = Take(_end - _start, _end - _start);
                    return true;
                }

                line = default;
                return false;
            }

            Fill();
        }
    }

    private ReadOnlyMemory<byte> Take(int length, int consumed)
    {
        var line = new ReadOnlyMemory<byte>(_buffer, _start, length);
        _start += consumed;
        LineNumber++;
        if (line.Span.EndsWith("\r"u8))
        {
            line = line[..^1];
        }

        if (_first)
        {
            _first = false;
            if (line.Span.StartsWith("\uFEFF"u8))
            {
                line = line[3..];
            }
        }

        return line;
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        int read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }
}
