using ClaimTagger.Evaluation;

namespace ClaimTagger.Tests.Evaluation;

public class GoldSetValidatorTests
{
    private const string Text = "Ana Ruiz said the plan was dead. “No,” she said.";

    [Test]
    public void Validate_ConsistentDocument_ReportsNothing()
    {
        Assert.That(GoldSetValidator.Validate(Document(Claim())), Is.Empty);
    }

    [Test]
    public void Validate_TextDiffersFromSlice_ReportsIt()
    {
        Assert.That(GoldSetValidator.Validate(Document(Claim() with { Text = "Ana Ruiz said the plan was deaf" })), Has.One.Contains("differs from the slice"));
    }

    [Test]
    public void Validate_SpanWithTrailingSpace_ReportsIt()
    {
        GoldTag tag = new(Label.ReporterFraming, "loaded-verb", 9, 14, "said ", new Dictionary<string, RoleSpan>());
        Assert.That(GoldSetValidator.Validate(Document(tag)), Has.One.Contains("white space"));
    }

    [Test]
    public void Validate_CueOutsideTag_ReportsItButSourceMayBeOutside()
    {
        var roles = new Dictionary<string, RoleSpan> { ["source"] = new(0, 8, "Ana Ruiz", "Ana Ruiz"), ["cue"] = new(9, 13, "said") };
        GoldTag floating = new(Label.DirectQuote, null, 33, 38, "“No,”", roles);
        IReadOnlyList<string> problems = GoldSetValidator.Validate(Document(floating));
        Assert.That(problems, Has.One.Contains("role cue").And.Contains("outside its tag"));
    }

    [Test]
    public void Validate_SpanBeyondText_ReportsIt()
    {
        GoldTag tag = new(Label.Claim, null, 40, 99, "x", new Dictionary<string, RoleSpan>());
        Assert.That(GoldSetValidator.Validate(Document(tag)), Has.One.Contains("outside the text"));
    }

    [Test]
    public void Validate_QuoteOverlappingClaim_ReportsIt()
    {
        GoldTag quote = new(Label.DirectQuote, null, 0, 13, "Ana Ruiz said", new Dictionary<string, RoleSpan>());
        Assert.That(GoldSetValidator.Validate(Document(Claim(), quote)), Has.One.Contains("overlaps Claim"));
    }

    [Test]
    public void Validate_UnknownSplit_ReportsIt()
    {
        Assert.That(GoldSetValidator.Validate(Document(Claim()) with { Split = "train" }), Has.One.Contains("split 'train'"));
    }

    private static GoldTag Claim() => new(
        Label.Claim,
        null,
        0,
        31,
        "Ana Ruiz said the plan was dead",
        new Dictionary<string, RoleSpan> { ["source"] = new(0, 8, "Ana Ruiz", "Ana Ruiz"), ["cue"] = new(9, 13, "said"), ["content"] = new(14, 31, "the plan was dead") });

    private static GoldDocument Document(params GoldTag[] tags) => new("doc", GoldSetSplits.Dev, "wire", Text, tags);
}
