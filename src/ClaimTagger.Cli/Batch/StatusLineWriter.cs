using System.Text;

namespace ClaimTagger.Cli.Batch;

/// <summary>
/// Standard error on a terminal with a status line (the progress bar) kept on its last line: every message written
/// through this writer first erases the status line, and the status line is drawn again after the message's line
/// ends, so messages from any thread and the progress bar never garble each other.
/// </summary>
/// <remarks>Thread safety: all members are thread-safe.</remarks>
internal sealed class StatusLineWriter : TextWriter
{
    /// <summary>Carriage return, then ANSI "erase to end of line".</summary>
    private const string EraseLine = "\r\u001b[K";
    private readonly TextWriter _inner;
    private readonly Lock _lock = new();
    private string? _status;
    private bool _statusShown;
    private bool _atLineStart = true;

    public StatusLineWriter(TextWriter inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    public override Encoding Encoding => _inner.Encoding;

    /// <summary>Shows <paramref name="status"/> on the last line (now, or once the current message line ends).</summary>
    public void SetStatus(string status)
    {
        lock (_lock)
        {
            _status = status;
            if (_atLineStart)
            {
                _inner.Write(EraseLine);
                _inner.Write(status);
                _inner.Flush();
                _statusShown = true;
            }
        }
    }

    /// <summary>Leaves the status line on screen as it is and ends it, so later output starts on a fresh line.</summary>
    public void KeepStatus()
    {
        lock (_lock)
        {
            if (_statusShown)
            {
                _inner.Write('\n');
                _inner.Flush();
            }

            _status = null;
            _statusShown = false;
        }
    }

    public override void Write(char value)
    {
        lock (_lock)
        {
            BeforeText();
            _inner.Write(value);
            AfterText(value == '\n');
        }
    }

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        lock (_lock)
        {
            BeforeText();
            _inner.Write(value);
            AfterText(value[^1] == '\n');
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        if (count == 0)
        {
            return;
        }

        lock (_lock)
        {
            BeforeText();
            _inner.Write(buffer, index, count);
            AfterText(buffer[index + count - 1] == '\n');
        }
    }

    public override void WriteLine(string? value)
    {
        lock (_lock)
        {
            BeforeText();
            _inner.Write(value);
            _inner.Write('\n');
            AfterText(endsLine: true);
        }
    }

    public override void Flush()
    {
        lock (_lock)
        {
            _inner.Flush();
        }
    }

    private void BeforeText()
    {
        if (_statusShown)
        {
            _inner.Write(EraseLine);
            _statusShown = false;
        }
    }

    private void AfterText(bool endsLine)
    {
        _atLineStart = endsLine;
        if (endsLine && _status is not null)
        {
            _inner.Write(_status);
            _statusShown = true;
        }

        _inner.Flush();
    }
}
