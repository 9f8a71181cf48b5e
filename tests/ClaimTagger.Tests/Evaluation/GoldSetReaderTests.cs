using ClaimTagger.Evaluation;

namespace ClaimTagger.Tests.Evaluation;

public class GoldSetReaderTests
{
    private const string Line =
        """{"id":"a","split":"dev","style":"wire","text":"Ana said no.","tags":[{"label":"Claim","start":0,"end":11,"text":"Ana said no","kind":null,"roles":{"source":{"start":0,"end":3,"text":"Ana","resolved":"Ana Ruiz"},"cue":{"start":4,"end":8,"text":"said"}}}]}""";

    [Test]
    public void ParseLine_WellFormedLine_ReadsEveryField()
    {
        GoldDocument document = GoldSetReader.ParseLine(Line);
        GoldTag tag = document.Tags.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That((document.Id, document.Split, document.Style, document.Text), Is.EqualTo(("a", "dev", "wire", "Ana said no.")));
            Assert.That((tag.Label, tag.Start, tag.End, tag.Text, tag.Kind), Is.EqualTo((Label.Claim, 0, 11, "Ana said no", (string?)null)));
            Assert.That(tag.Role("source"), Is.EqualTo(new RoleSpan(0, 3, "Ana", "Ana Ruiz")));
            Assert.That(tag.Role("cue"), Is.EqualTo(new RoleSpan(4, 8, "said")));
            Assert.That(tag.Role("content"), Is.Null);
        }
    }

    [Test]
    public void Read_BlankLinesBetweenDocuments_AreSkipped()
    {
        IReadOnlyList<GoldDocument> documents = GoldSetReader.Read(new StringReader(Line + "\n\n" + Line.Replace("\"id\":\"a\"", "\"id\":\"b\"", StringComparison.Ordinal) + "\n"));
        Assert.That(documents.Select(d => d.Id), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void Read_MissingField_ThrowsFormatExceptionNamingLine()
    {
        string broken = Line.Replace("\"start\":0,\"end\":11,", string.Empty, StringComparison.Ordinal);
        Assert.That(
            () => GoldSetReader.Read(new StringReader(Line + "\n" + broken), "gold.jsonl"),
            Throws.TypeOf<FormatException>().With.Message.StartsWith("gold.jsonl(2): ").And.Message.Contains("'start'"));
    }

    [Test]
    public void Read_InvalidJson_ThrowsFormatException()
    {
        Assert.That(() => GoldSetReader.Read(new StringReader("{not json")), Throws.TypeOf<FormatException>().With.Message.StartsWith("<input>(1): invalid JSON"));
    }

    [Test]
    public void ParseLine_NumberAsText_ThrowsFormatException()
    {
        Assert.That(() => GoldSetReader.ParseLine("""{"id":"a","split":"dev","text":"x","tags":[{"label":"Claim","start":"0","end":1,"text":"x"}]}"""), Throws.TypeOf<FormatException>());
    }
}
