using ClaimTagger.Cli.Output;

namespace ClaimTagger.Cli.Tests.Output;

public class ColorModeTests
{
    [TestCase("auto", true, null, null, true)]
    [TestCase("auto", false, null, null, false)]
    [TestCase("auto", true, "1", null, false)]
    [TestCase("auto", true, "", null, true)]
    [TestCase("auto", true, null, "dumb", false)]
    [TestCase("auto", true, null, "xterm-256color", true)]
    [TestCase("always", false, "1", "dumb", true)]
    [TestCase("never", true, null, null, false)]
    public void Resolve_ModeTerminalAndEnvironment_DecidesColours(string mode, bool terminal, string? noColor, string? term, bool expected)
    {
        string? Environment(string name) => name switch
        {
            "NO_COLOR" => noColor,
            "TERM" => term,
            _ => null,
        };

        Assert.That(ColorMode.Resolve(mode, terminal, Environment), Is.EqualTo(expected));
    }
}
