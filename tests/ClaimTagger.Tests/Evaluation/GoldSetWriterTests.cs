using ClaimTagger.Evaluation;

namespace ClaimTagger.Tests.Evaluation;

public class GoldSetWriterTests
{
    [Test]
    public void Write_ThenRead_RoundTripsEveryField()
    {
        const string text = "“Yes,” said Zoë.\nNo.";
        var roles = new Dictionary<string, RoleSpan>
        {
            ["content"] = new(1, 5, "Yes,"),
            ["source"] = new(12, 15, "Zoë", "Zoë Marchetti"),
            ["cue"] = new(7, 11, "said"),
        };
        var document = new GoldDocument("x-1", GoldSetSplits.Test, "tabloid", text, [new GoldTag(Label.DirectQuote, null, 0, 15, "“Yes,” said Zoë", roles)]);
        var writer = new StringWriter();

        GoldSetWriter.Write(writer, [document, document with { Id = "x-2", Tags = [] }]);
        IReadOnlyList<GoldDocument> back = GoldSetReader.Read(new StringReader(writer.ToString()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(back, Has.Count.EqualTo(2));
            Assert.That(back[0].Text, Is.EqualTo(text));
            Assert.That(back[0].Tags.Single().Roles, Is.EquivalentTo(roles));
            Assert.That(back[1].Id, Is.EqualTo("x-2"));
        }
    }

    [Test]
    public void ToJsonLine_RolesInFixedOrderAndCurlyQuotesUnescaped()
    {
        var roles = new Dictionary<string, RoleSpan> { ["content"] = new(1, 2, "b"), ["cue"] = new(0, 1, "a") };
        var document = new GoldDocument("d", GoldSetSplits.Dev, "wire", "“ab", [new GoldTag(Label.Claim, null, 0, 3, "“ab", roles)]);

        string json = GoldSetWriter.ToJsonLine(document);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(json, Does.Contain("\"text\":\"“ab\""));
            Assert.That(json.IndexOf("\"cue\"", StringComparison.Ordinal), Is.LessThan(json.IndexOf("\"content\"", StringComparison.Ordinal)));
            Assert.That(json, Does.Not.Contain("\n"));
        }
    }
}
