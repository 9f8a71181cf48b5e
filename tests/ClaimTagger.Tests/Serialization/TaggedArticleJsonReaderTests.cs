using System.Text.Json;
using ClaimTagger.Sections;
using ClaimTagger.Serialization;

namespace ClaimTagger.Tests.Serialization;

public class TaggedArticleJsonReaderTests
{
    private const string Text = "Tram fares stay flat, the mayor said.";

    [Test]
    public void Read_MinimalObject_ReturnsSentences()
    {
        const string json = """{"offsetUnit":"utf16","sentences":[{"index":0,"start":0,"end":37,"text":"Tram fares stay flat, the mayor said.","section":"body","paragraph":0,"labels":["Claim"]}],"tags":[],"diagnostics":[]}""";

        TaggedArticle article = TaggedArticleJsonReader.Read(json, Text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.Text, Is.SameAs(Text));
            Assert.That(article.Sentences, Has.Count.EqualTo(1));
            Assert.That(article.Sentences[0].Section, Is.EqualTo(SectionKind.Body));
            Assert.That(article.Sentences[0].Labels, Is.EqualTo(new[] { Label.Claim }).AsCollection);
        }
    }

    [Test]
    public void Read_UnknownFields_AreIgnored()
    {
        const string json = """{"offsetUnit":"utf16","version":2,"sentences":[],"tags":[],"diagnostics":[],"extra":{"a":[1]}}""";

        TaggedArticle article = TaggedArticleJsonReader.Read(json, Text);

        Assert.That(article.Sentences, Is.Empty);
    }

    [Test]
    public void Read_OtherOffsetUnit_ThrowsJsonException()
    {
        const string json = """{"offsetUnit":"utf8","sentences":[],"tags":[],"diagnostics":[]}""";

        Assert.That(() => TaggedArticleJsonReader.Read(json, Text), Throws.TypeOf<JsonException>().With.Message.Contains("utf8"));
    }

    [Test]
    public void Read_MissingSentences_ThrowsJsonException()
    {
        const string json = """{"offsetUnit":"utf16","tags":[],"diagnostics":[]}""";

        Assert.That(() => TaggedArticleJsonReader.Read(json, Text), Throws.TypeOf<JsonException>());
    }

    [Test]
    public void Read_SpanBeyondText_ThrowsJsonException()
    {
        const string json = """{"offsetUnit":"utf16","sentences":[{"index":0,"start":0,"end":99,"text":"x","section":"body","paragraph":0,"labels":[]}],"tags":[],"diagnostics":[]}""";

        Assert.That(() => TaggedArticleJsonReader.Read(json, Text), Throws.TypeOf<JsonException>().With.Message.Contains("sentences[0]"));
    }

    [Test]
    public void Read_UnknownSection_ThrowsJsonException()
    {
        const string json = """{"offsetUnit":"utf16","sentences":[{"index":0,"start":0,"end":4,"text":"Tram","section":"sidebar","paragraph":0,"labels":[]}],"tags":[],"diagnostics":[]}""";

        Assert.That(() => TaggedArticleJsonReader.Read(json, Text), Throws.TypeOf<JsonException>().With.Message.Contains("sidebar"));
    }

    [Test]
    public void Read_RoleOutsideText_ThrowsJsonException()
    {
        const string json = """{"offsetUnit":"utf16","sentences":[],"tags":[{"label":"Claim","rule":"r","kind":null,"start":0,"end":4,"text":"Tram","sentences":[0],"confidence":0.5,"roles":{"cue":{"start":-1,"end":3,"text":"x"}}}],"diagnostics":[]}""";

        Assert.That(() => TaggedArticleJsonReader.Read(json, Text), Throws.TypeOf<JsonException>().With.Message.Contains("roles.cue"));
    }

    [Test]
    public void Read_MalformedJson_ThrowsJsonException()
    {
        Assert.That(() => TaggedArticleJsonReader.Read("{\"offsetUnit\":", Text), Throws.InstanceOf<JsonException>());
    }

    [Test]
    public void Read_NullText_Throws()
    {
        Assert.That(() => TaggedArticleJsonReader.Read("{}", null!), Throws.ArgumentNullException);
    }
}
