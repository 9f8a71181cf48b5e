using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ClaimTagger.Cli.Batch;

/// <summary>
/// The progress bar of a batch run, on standard error: documents, megabytes, megabytes per second and, when the total
/// is known, a bar and the time left. Drawn at most every <see cref="Interval"/>, and once more at the end.
/// </summary>
/// <remarks>Called from the writer thread only.</remarks>
internal sealed class ProgressReporter
{
    /// <summary>The least time between two redraws.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private const int BarWidth = 20;
    private const double Megabyte = 1024 * 1024;
    private readonly StatusLineWriter _status;
    private readonly InputTotals? _totals;
    private readonly Func<TimeSpan> _clock;
    private readonly TimeSpan _started;
    private readonly StringBuilder _line = new();
    private TimeSpan _lastDraw;
    private long _documents;
    private long _bytes;

    /// <param name="status">Standard error, as a status-line writer.</param>
    /// <param name="totals">What the whole run will read, when known before it starts.</param>
    /// <param name="clock">The elapsed time since some fixed point (a stopwatch; tests pass their own).</param>
    public ProgressReporter(StatusLineWriter status, InputTotals? totals, Func<TimeSpan>? clock = null)
    {
        ArgumentNullException.ThrowIfNull(status);
        _status = status;
        _totals = totals;
        if (clock is null)
        {
            var stopwatch = Stopwatch.StartNew();
            clock = () => stopwatch.Elapsed;
        }

        _clock = clock;
        _started = _clock();
        _lastDraw = _started - Interval;
    }

    /// <summary>Counts one written document of <paramref name="bytes"/> input bytes, and redraws if it is time.</summary>
    public void Advance(long bytes)
    {
        _documents++;
        _bytes += bytes;
        TimeSpan now = _clock();
        if (now - _lastDraw >= Interval)
        {
            _lastDraw = now;
            _status.SetStatus(Format(now - _started));
        }
    }

    /// <summary>Draws the final state and leaves it on screen.</summary>
    public void Finish()
    {
        _status.SetStatus(Format(_clock() - _started));
        _status.KeepStatus();
    }

    /// <summary>Formats the status line for <paramref name="elapsed"/> time since the start.</summary>
    internal string Format(TimeSpan elapsed)
    {
        CultureInfo invariant = CultureInfo.InvariantCulture;
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-3);
        double rate = _bytes / Megabyte / seconds;
        double? fraction = null;
        if (_totals is { Bytes: > 0 } byBytes)
        {
            fraction = Math.Clamp((double)_bytes / byBytes.Bytes, 0, 1);
        }
        else if (_totals is { Documents: > 0 } byDocuments)
        {
            fraction = Math.Clamp((double)_documents / byDocuments.Documents.Value, 0, 1);
        }

        _line.Clear();
        if (fraction is double f)
        {
            int filled = (int)Math.Round(f * BarWidth);
            _line.Append('[').Append('#', filled).Append('.', BarWidth - filled).Append("] ")
                .Append((f * 100).ToString("0", invariant).PadLeft(3)).Append("%  ");
        }

        _line.Append(_documents.ToString("N0", invariant));
        if (_totals?.Documents is int totalDocuments)
        {
            _line.Append('/').Append(totalDocuments.ToString("N0", invariant));
        }

        _line.Append(" docs  ").Append((_bytes / Megabyte).ToString("0.0", invariant));
        if (_totals is { Bytes: > 0 })
        {
            _line.Append('/').Append((_totals.Bytes / Megabyte).ToString("0.0", invariant));
        }

        _line.Append(" MB  ").Append(rate.ToString("0.0", invariant)).Append(" MB/s");
        if (fraction is double done && done > 0 && done < 1)
        {
            double left = seconds * (1 - done) / done;
            _line.Append("  ").Append(FormatDuration(left)).Append(" left");
        }
        else
        {
            _line.Append("  ").Append(FormatDuration(seconds));
        }

        return _line.ToString();
    }

    private static string FormatDuration(double seconds)
    {
        var time = TimeSpan.FromSeconds(Math.Round(seconds));
        return time.TotalHours >= 1
            ? time.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
            : time.ToString(@"m\:ss", CultureInfo.InvariantCulture);
    }
}
