using System.Text;
using System.Text.Json;
using ClaimTagger.Cli.Batch;

namespace ClaimTagger.Cli.Input;

/// <summary>
/// Turns the command line's PATH arguments into articles, in order: files, folders (their <c>*.txt</c> files, or
/// <c>*.jsonl</c> with <c>--input-format jsonl</c>, recursively, in ordinal path order) and standard input (no PATH,
/// or <c>-</c>). Unreadable inputs are reported on standard error and skipped; <see cref="HadErrors"/> tells the
/// command to exit with <see cref="ExitCodes.UsageError"/> at the end.
/// </summary>
internal sealed class InputReader
{
    /// <summary>The id of a document read from standard input.</summary>
    public const string StdinId = "-";

    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private readonly CliContext _context;
    private readonly bool _jsonl;
    private bool _stdinRead;

    public InputReader(CliContext context, bool jsonl)
    {
        _context = context;
        _jsonl = jsonl;
    }

    /// <summary>Gets a value indicating whether any input could not be read.</summary>
    public bool HadErrors { get; private set; }

    /// <summary>Reads the documents named by <paramref name="paths"/>, lazily and in order.</summary>
    public IEnumerable<InputDocument> Read(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            foreach (InputDocument document in ReadStdin())
            {
                yield return document;
            }

            yield break;
        }

        foreach (string path in paths)
        {
            IEnumerable<InputDocument> documents;
            if (path == StdinId)
            {
                documents = ReadStdin();
            }
            else if (File.Exists(path))
            {
                documents = ReadFile(path);
            }
            else if (Directory.Exists(path))
            {
                documents = ReadFolder(path);
            }
            else
            {
                Fail(path, "no such file or folder");
                continue;
            }

            foreach (InputDocument document in documents)
            {
                yield return document;
            }
        }
    }

    /// <summary>
    /// Measures what <see cref="Read"/> will read, for a progress bar's time left: the size of every file, and the
    /// number of documents for text input. Returns <see langword="null"/> when standard input is among the inputs
    /// (its size is unknown). Reports nothing: errors are reported when the inputs are read.
    /// </summary>
    public InputTotals? MeasureTotals(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            return null;
        }

        long bytes = 0;
        int documents = 0;
        foreach (string path in paths)
        {
            if (path == StdinId)
            {
                return null;
            }

            IEnumerable<string> files = File.Exists(path) ? [path]
                : Directory.Exists(path) ? (ListFolder(path, report: false) ?? [])
                : [];
            foreach (string file in files)
            {
                try
                {
                    bytes += new FileInfo(file).Length;
                    documents++;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Reported when read.
                }
            }
        }

        return new InputTotals(bytes, _jsonl ? null : documents);
    }

    private IEnumerable<InputDocument> ReadFolder(string folder)
    {
        string[]? files = ListFolder(folder, report: true);
        return files is null ? [] : ReadFiles(files);
    }

    /// <summary>Lists the input files of <paramref name="folder"/>, recursively, in ordinal path order.</summary>
    private string[]? ListFolder(string folder, bool report)
    {
        string pattern = _jsonl ? "*.jsonl" : "*.txt";
        string[] files;
        try
        {
            var options = new EnumerationOptions
            {
                RecurseSubdirectories = true,
                IgnoreInaccessible = true,
                MatchCasing = MatchCasing.CaseInsensitive,
                MatchType = MatchType.Simple,
            };
            files = Directory.GetFiles(folder, pattern, options);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (report)
            {
                Fail(folder, $"cannot list the folder: {ex.Message}");
            }

            return null;
        }

        if (files.Length == 0 && report)
        {
            _context.ReportWarning(folder, $"no {pattern} files in this folder");
        }

        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    private IEnumerable<InputDocument> ReadFiles(string[] files)
    {
        foreach (string file in files)
        {
            foreach (InputDocument document in ReadFile(file))
            {
                yield return document;
            }
        }
    }

    private IEnumerable<InputDocument> ReadFile(string path)
    {
        if (_jsonl)
        {
            Stream? stream = Open(path);
            return stream is null ? [] : ReadJsonl(path, stream, dispose: true);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Fail(path, $"cannot read the file: {ex.Message}");
            return [];
        }

        return [Decode(path, bytes) with { Bytes = bytes.Length }];
    }

    private IEnumerable<InputDocument> ReadStdin()
    {
        if (_stdinRead)
        {
            Fail(StdinId, "standard input was given more than once");
            return [];
        }

        _stdinRead = true;
        if (_context.InputIsTerminal)
        {
            _context.Error.WriteLine($"{CliContext.ToolName}: reading standard input; end it with Ctrl+D (Ctrl+Z, Enter on Windows)");
        }

        if (_jsonl)
        {
            return ReadJsonl(StdinId, _context.In, dispose: false);
        }

        using var buffer = new MemoryStream();
        try
        {
            _context.In.CopyTo(buffer);
        }
        catch (IOException ex)
        {
            Fail(StdinId, $"cannot read standard input: {ex.Message}");
            return [];
        }

        return [Decode(StdinId, buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) with { Bytes = buffer.Length }];
    }

    private InputDocument Decode(string id, ReadOnlySpan<byte> bytes)
    {
        string text = TextDecoder.Decode(bytes, out string? problem);
        if (problem is null)
        {
            return new InputDocument(id, text, []);
        }

        _context.ReportWarning(id, problem);
        return new InputDocument(id, text, [$"input: {problem}"]);
    }

    private IEnumerable<InputDocument> ReadJsonl(string source, Stream stream, bool dispose)
    {
        try
        {
            var lines = new Utf8LineReader(stream);
            while (TryReadLine(source, lines, out ReadOnlyMemory<byte> line))
            {
                InputDocument? document = ParseJsonlLine(source, lines.LineNumber, line.Span);
                if (document is not null)
                {
                    yield return document with { Bytes = line.Length + 1 };
                }
            }
        }
        finally
        {
            if (dispose)
            {
                stream.Dispose();
            }
        }
    }

    private bool TryReadLine(string source, Utf8LineReader lines, out ReadOnlyMemory<byte> line)
    {
        bool read = lines.TryReadLine(out line, out string? error);
        if (error is not null)
        {
            Fail(source, error);
        }

        return read;
    }

    private InputDocument? ParseJsonlLine(string source, int lineNumber, ReadOnlySpan<byte> line)
    {
        if (line.Trim(" \t\r\n"u8).IsEmpty)
        {
            return null;
        }

        string where = $"{source}({lineNumber})";
        string? problem = TextDecoder.Utf8Validation(line);
        byte[]? repaired = null;
        if (problem is not null)
        {
            repaired = Encoding.UTF8.GetBytes(Lenient.GetString(line));
            line = repaired;
        }

        JsonlInputLine? input;
        try
        {
            input = JsonSerializer.Deserialize(line, CliJsonContext.Default.JsonlInputLine);
        }
        catch (JsonException ex)
        {
            Fail(where, $"invalid JSON line: {ShortMessage(ex)}");
            return null;
        }

        if (input?.Text is null)
        {
            Fail(where, "expected an object with a \"text\" string");
            return null;
        }

        string id;
        switch (input.Id.ValueKind)
        {
            case JsonValueKind.String:
                id = input.Id.GetString()!;
                break;
            case JsonValueKind.Number:
                id = input.Id.GetRawText();
                break;
            case JsonValueKind.Undefined or JsonValueKind.Null:
                id = $"{source}:{lineNumber}";
                break;
            default:
                Fail(where, "\"id\" must be a string or a number");
                return null;
        }

        if (problem is null)
        {
            return new InputDocument(id, input.Text, []);
        }

        _context.ReportWarning(where, problem);
        return new InputDocument(id, input.Text, [$"input: {problem}"]);
    }

    private Stream? Open(string path)
    {
        try
        {
            return File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Fail(path, $"cannot read the file: {ex.Message}");
            return null;
        }
    }

    private void Fail(string where, string message)
    {
        HadErrors = true;
        _context.ReportError(where, message);
    }

    private static string ShortMessage(JsonException ex)
    {
        string message = ex.Message;
        int path = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (path > 0)
        {
            message = message[..path];
        }

        return ex.BytePositionInLine is long column ? $"{message} (at byte {column})" : message;
    }
}
