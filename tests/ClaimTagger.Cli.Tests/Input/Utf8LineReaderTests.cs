using System.Text;
using ClaimTagger.Cli.Input;

namespace ClaimTagger.Cli.Tests.Input;

public class Utf8LineReaderTests
{
    [Test]
    public void TryReadLine_MixedLineEndingsAndNoFinalNewline_ReturnsEachLine()
    {
        string[] lines = ReadAll("\uFEFFone\r\ntwo\n\nlast"u8.ToArray());

        Assert.That(lines, Is.EqualTo(new[] { "one", "two", string.Empty, "last" }).AsCollection);
    }

    [Test]
    public void TryReadLine_LinesLongerThanTheBuffer_ReturnsThemWhole()
    {
        string longLine = new('é', 100_000);
        byte[] bytes = Encoding.UTF8.GetBytes($"{longLine}\nshort\n{longLine}x");

        string[] lines = ReadAll(bytes);

        Assert.That(lines, Is.EqualTo(new[] { longLine, "short", longLine + "x" }).AsCollection);
    }

    [Test]
    public void LineNumber_AfterEachLine_CountsFromOne()
    {
        var reader = new Utf8LineReader(new MemoryStream("a\nb\n"u8.ToArray()));
        var numbers = new List<int>();
        while (reader.TryReadLine(out _))
        {
            numbers.Add(reader.LineNumber);
        }

        Assert.That(numbers, Is.EqualTo(new[] { 1, 2 }).AsCollection);
    }

    private static string[] ReadAll(byte[] bytes)
    {
        var reader = new Utf8LineReader(new MemoryStream(bytes));
        var lines = new List<string>();
        while (reader.TryReadLine(out ReadOnlyMemory<byte> line))
        {
            lines.Add(Encoding.UTF8.GetString(line.Span));
        }

        return [.. lines];
    }
}
