using ClaimTagger.Cli.Input;

namespace ClaimTagger.Cli.Tests.Input;

public class TextDecoderTests
{
    [Test]
    public void Decode_ValidUtf8WithByteOrderMark_StripsItAndReportsNothing()
    {
        string text = TextDecoder.Decode("\uFEFF“Quoted,” she said."u8, out string? problem);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Is.EqualTo("“Quoted,” she said."));
            Assert.That(problem, Is.Null);
        }
    }

    [Test]
    public void Decode_InvalidSequences_ReplacesEachAndCountsThem()
    {
        byte[] bytes = [(byte)'a', 0xFF, (byte)'b', 0xE2, 0x80, (byte)'c', 0xC3];

        string text = TextDecoder.Decode(bytes, out string? problem);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Is.EqualTo("a\uFFFDb\uFFFDc\uFFFD"));
            Assert.That(problem, Does.Contain("3 byte sequences").And.Contain("first at byte 1"));
        }
    }
}
