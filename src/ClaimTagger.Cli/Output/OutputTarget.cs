using System.Text;

namespace ClaimTagger.Cli.Output;

/// <summary>Where a command writes: standard output, or the <c>--out</c> file (UTF-8 without a byte-order mark).</summary>
internal sealed class OutputTarget : IDisposable
{
    private readonly StreamWriter? _file;

    private OutputTarget(TextWriter writer, StreamWriter? file)
    {
        Writer = writer;
        _file = file;
    }

    /// <summary>Gets the writer to write to.</summary>
    public TextWriter Writer { get; }

    /// <summary>Gets a value indicating whether the output goes to a file.</summary>
    public bool IsFile => _file is not null;

    /// <summary>Opens <paramref name="outPath"/>, or standard output when it is <see langword="null"/>; reports why not.</summary>
    /// <returns>The target, or <see langword="null"/> when the file cannot be created (reported).</returns>
    public static OutputTarget? Open(CliContext context, string? outPath)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (outPath is null)
        {
            return new OutputTarget(context.Out, null);
        }

        try
        {
            var file = new StreamWriter(outPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
            return new OutputTarget(file, file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            context.ReportError(outPath, $"cannot write the output file: {ex.Message}");
            return null;
        }
    }

    public void Dispose() => _file?.Dispose();
}
