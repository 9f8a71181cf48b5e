namespace ClaimTagger.Cli.Tests;

public class SmokeTests
{
    [Test]
    public void CliAssembly_IsReferenced()
    {
        Assert.That(typeof(Tagger).Assembly.GetName().Name, Is.EqualTo("ClaimTagger"));
    }
}
