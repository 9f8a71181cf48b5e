using System.Text;
using ClaimTagger.Cli.Input;

namespace ClaimTagger.Cli.Tests.Input;

public class TextReaderStreamTests
{
    [Test]
    public void Read_TextWithPairsAcrossBufferBoundaries_YieldsItsUtf8Bytes()
    {
        string text = string.Concat(Enumerable.Repeat("Ça “marche” 🎉 – ", 2000));

        using var stream = new TextReaderStream(new StringReader(text));
        using var copy = new MemoryStream();
        stream.CopyTo(copy, 1000);

        Assert.That(Encoding.UTF8.GetString(copy.ToArray()), Is.EqualTo(text));
    }
}
