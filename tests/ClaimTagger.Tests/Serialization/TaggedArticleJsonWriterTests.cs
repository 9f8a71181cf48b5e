using System.Text;
using System.Text.Json;
using ClaimTagger.Sections;
using ClaimTagger.Serialization;

namespace ClaimTagger.Tests.Serialization;

public class TaggedArticleJsonWriterTests
{
    private static readonly string[] TopLevelFields = ["offsetUnit", "sentences", "tags", "diagnostics"];
    private static readonly string[] SentenceFields = ["index", "start", "end", "text", "section", "paragraph", "labels"];
    private static readonly string[] TagFields = ["label", "rule", "kind", "start", "end", "text", "sentences", "confidence", "roles"];

    [Test]
    public void ToJson_SampleArticle_ReadsBackEqual()
    {
        TaggedArticle article = SampleArticle.Create();

        string json = TaggedArticleJsonWriter.ToJson(article);
        TaggedArticle back = TaggedArticleJsonReader.Read(json, SampleArticle.Text);

        ArticleComparer.AssertEqual(back, article);
    }

    [Test]
    public void ToJson_OneLineWithId_ReadsBackEqualWithId()
    {
        TaggedArticle article = SampleArticle.Create();

        string json = TaggedArticleJsonWriter.ToJson(article, indented: false, id: "ferry-42");
        TaggedArticle back = TaggedArticleJsonReader.Read(Encoding.UTF8.GetBytes(json), SampleArticle.Text, out string? id);

        Assert.That(id, Is.EqualTo("ferry-42"));
        ArticleComparer.AssertEqual(back, article);
    }

    [Test]
    public void ToJson_TopLevel_HasContractFieldsInOrder()
    {
        using JsonDocument doc = JsonDocument.Parse(TaggedArticleJsonWriter.ToJson(SampleArticle.Create()));

        Assert.That(FieldNames(doc.RootElement), Is.EqualTo(TopLevelFields).AsCollection);
        Assert.That(doc.RootElement.GetProperty("offsetUnit").GetString(), Is.EqualTo("utf16"));
    }

    [Test]
    public void ToJson_WithId_IdIsFirstField()
    {
        using JsonDocument doc = JsonDocument.Parse(TaggedArticleJsonWriter.ToJson(SampleArticle.Create(), id: "a/b.txt"));

        Assert.That(FieldNames(doc.RootElement), Is.EqualTo(new[] { "id" }.Concat(TopLevelFields)).AsCollection);
        Assert.That(doc.RootElement.GetProperty("id").GetString(), Is.EqualTo("a/b.txt"));
    }

    [Test]
    public void ToJson_EverySentence_HasContractFieldsInOrder()
    {
        using JsonDocument doc = JsonDocument.Parse(TaggedArticleJsonWriter.ToJson(SampleArticle.Create()));

        foreach (JsonElement sentence in doc.RootElement.GetProperty("sentences").EnumerateArray())
        {
            Assert.That(FieldNames(sentence), Is.EqualTo(SentenceFields).AsCollection);
        }
    }

    [Test]
    public void ToJson_EveryTag_HasContractFieldsInOrder()
    {
        using JsonDocument doc = JsonDocument.Parse(TaggedArticleJsonWriter.ToJson(SampleArticle.Create()));

        JsonElement tags = doc.RootElement.GetProperty("tags");
        Assert.That(tags.GetArrayLength(), Is.EqualTo(SampleArticle.Create().Tags.Count));
        foreach (JsonElement tag in tags.EnumerateArray())
        {
            Assert.That(FieldNames(tag), Is.EqualTo(TagFields).AsCollection);
            foreach (JsonProperty role in tag.GetProperty("roles").EnumerateObject())
            {
                Assert.That(FieldNames(role.Value).Take(3), Is.EqualTo(new[] { "start", "end", "text" }).AsCollection);
            }
        }
    }

    [Test]
    public void ToJson_EveryTextField_EqualsSourceSlice()
    {
        using JsonDocument doc = JsonDocument.Parse(TaggedArticleJsonWriter.ToJson(SampleArticle.Create()));

        int checkedSpans = 0;
        foreach (JsonElement span in SpansOf(doc.RootElement))
        {
            int start = span.GetProperty("start").GetInt32();
            int end = span.GetProperty("end").GetInt32();
            Assert.That(span.GetProperty("text").GetString(), Is.EqualTo(SampleArticle.Text[start..end]), $"span {start}..{end}");
            checkedSpans++;
        }

        Assert.That(checkedSpans, Is.GreaterThan(SampleArticle.Create().Sentences.Count + SampleArticle.Create().Tags.Count));
    }

    [Test]
    public void ToJson_RecordTextDiffersFromSource_WritesSourceSlice()
    {
        const string text = "Dock workers walked out at noon.";
        var article = new TaggedArticle(text, [new TaggedSentence(0, 5, 12, "stale!!", SectionKind.Body, 0, [])], [], []);

        using JsonDocument doc = JsonDocument.Parse(TaggedArticleJsonWriter.ToJson(article));

        Assert.That(doc.RootElement.GetProperty("sentences")[0].GetProperty("text").GetString(), Is.EqualTo(text[5..12]));
    }

    [Test]
    public void ToJson_TaggerOutput_TextFieldsEqualSourceSlices()
    {
        const string text = "Council backs tram plan – Mayor Ines Duarte\n\nBy Omar Reyes\n\n“The trams will run by June,” Duarte said. Critics reportedly disagree.\n";
        TaggedArticle article = Tagger.CreateDefault().Tag(text);

        using JsonDocument doc = JsonDocument.Parse(TaggedArticleJsonWriter.ToJson(article));

        Assert.That(doc.RootElement.GetProperty("sentences").GetArrayLength(), Is.EqualTo(article.Sentences.Count).And.GreaterThan(0));
        foreach (JsonElement span in SpansOf(doc.RootElement))
        {
            int start = span.GetProperty("start").GetInt32();
            int end = span.GetProperty("end").GetInt32();
            Assert.That(span.GetProperty("text").GetString(), Is.EqualTo(text[start..end]));
        }
    }

    [TestCaseSource(nameof(AllSections))]
    public void ToJson_Section_IsLowerCaseName(SectionKind section)
    {
        const string text = "One line.";
        var article = new TaggedArticle(text, [new TaggedSentence(0, 0, text.Length, text, section, 0, [])], [], []);

        using JsonDocument doc = JsonDocument.Parse(TaggedArticleJsonWriter.ToJson(article));

        Assert.That(doc.RootElement.GetProperty("sentences")[0].GetProperty("section").GetString(), Is.EqualTo(section.ToString().ToLowerInvariant()));
    }

    [Test]
    public void ToJson_TagWithoutKind_WritesKindNull()
    {
        using JsonDocument doc = JsonDocument.Parse(TaggedArticleJsonWriter.ToJson(SampleArticle.Create()));

        JsonElement[] tags = [.. doc.RootElement.GetProperty("tags").EnumerateArray()];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(tags[0].GetProperty("kind").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(tags[2].GetProperty("kind").GetString(), Is.EqualTo("hedge"));
        }
    }

    [Test]
    public void ToJson_Roles_WriteResolvedOnlyWhenSet()
    {
        using JsonDocument doc = JsonDocument.Parse(TaggedArticleJsonWriter.ToJson(SampleArticle.Create()));

        JsonElement roles = doc.RootElement.GetProperty("tags")[1].GetProperty("roles");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(roles.GetProperty("source").GetProperty("resolved").GetString(), Is.EqualTo("Amara Lindqvist"));
            Assert.That(roles.GetProperty("source").GetProperty("text").GetString(), Is.EqualTo("she"));
            Assert.That(roles.GetProperty("cue").TryGetProperty("resolved", out _), Is.False);
        }
    }

    [Test]
    public void ToJson_NonAsciiText_IsWrittenUnescaped()
    {
        string json = TaggedArticleJsonWriter.ToJson(SampleArticle.Create());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(json, Does.Contain("“We are not raising"));
            Assert.That(json, Does.Contain("‘will not rise’"));
            Assert.That(json, Does.Contain("© Lena Marsh"));
            Assert.That(json, Does.Contain("café"));
            Assert.That(json, Does.Not.Contain("\\u201C"));
        }
    }

    [Test]
    public void ToJson_QuotesAndControlCharacters_AreEscapedAndReadBack()
    {
        const string text = "He wrote \"no\" and C:\\temp\tthen\u0001stopped.";
        var article = new TaggedArticle(text, [new TaggedSentence(0, 0, text.Length, text, SectionKind.Body, 0, [])], [], []);

        string json = TaggedArticleJsonWriter.ToJson(article, indented: false);
        using JsonDocument doc = JsonDocument.Parse(json);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(json, Does.Contain("\\\"no\\\"").And.Contain("\\t").And.Contain("\\u0001"));
            Assert.That(doc.RootElement.GetProperty("sentences")[0].GetProperty("text").GetString(), Is.EqualTo(text));
        }
    }

    [TestCase("Broken \uD800 byte here.")]
    [TestCase("Broken \uDC00 \"quoted\" byte here.")]
    [TestCase("Ends in a high surrogate \uD83D")]
    public void ToJson_LoneSurrogate_WritesReplacementCharacterOfSameLength(string text)
    {
        var article = new TaggedArticle(text, [new TaggedSentence(0, 0, text.Length, text, SectionKind.Body, 0, [])], [], []);

        string json = TaggedArticleJsonWriter.ToJson(article);
        using JsonDocument doc = JsonDocument.Parse(json);

        string? written = doc.RootElement.GetProperty("sentences")[0].GetProperty("text").GetString();
        string expected = string.Concat(text.Select(c => char.IsSurrogate(c) ? '\uFFFD' : c));
        Assert.That(written, Is.EqualTo(expected));
    }

    [TestCase("Fans cheered 🎉 at the quay.")]
    [TestCase("Line\u2028separator and zero\u200Bwidth and no-break\u00A0space.")]
    [TestCase("Mixed “curly” and \"straight\" quotes, a \\ and a tab\there: 🎉")]
    public void ToJson_NonAsciiText_ReadsBackUnchanged(string text)
    {
        var article = new TaggedArticle(text, [new TaggedSentence(0, 0, text.Length, text, SectionKind.Body, 0, [])], [], []);

        string json = TaggedArticleJsonWriter.ToJson(article);
        TaggedArticle back = TaggedArticleJsonReader.Read(json, text);

        Assert.That(back.Sentences[0].Text, Is.EqualTo(text));
    }

    [Test]
    public void ToJson_LongTextWithoutEscapes_IsWrittenRawAndReadsBack()
    {
        string text = string.Concat(Enumerable.Repeat("The café’s “long” sentence goes on 🎉 and on. ", 40));
        var article = new TaggedArticle(text, [new TaggedSentence(0, 0, text.Length, text, SectionKind.Body, 0, [])], [], []);

        string json = TaggedArticleJsonWriter.ToJson(article, indented: false);
        using JsonDocument doc = JsonDocument.Parse(json);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(json, Does.Contain("🎉"));
            Assert.That(doc.RootElement.GetProperty("sentences")[0].GetProperty("text").GetString(), Is.EqualTo(text));
        }
    }

    [Test]
    public void ToJson_NotIndented_IsOneLine()
    {
        string json = TaggedArticleJsonWriter.ToJson(SampleArticle.Create(), indented: false);

        Assert.That(json, Does.Not.Contain('\n').And.Not.Contain('\r'));
    }

    [Test]
    public void ToJson_Indented_UsesLineFeedsOnly()
    {
        string json = TaggedArticleJsonWriter.ToJson(SampleArticle.Create(), indented: true);

        Assert.That(json, Does.Contain("\n  \"sentences\": [").And.Not.Contain('\r'));
    }

    [Test]
    public void ToJson_NonFiniteConfidence_WritesNull()
    {
        const string text = "Ministers allegedly met.";
        var tag = new Tag(Label.Attribution, "r", null, 10, 19, "allegedly", [0], double.NaN, new Dictionary<string, RoleSpan>());
        var article = new TaggedArticle(text, [new TaggedSentence(0, 0, text.Length, text, SectionKind.Body, 0, [Label.Attribution])], [tag], []);

        using JsonDocument doc = JsonDocument.Parse(TaggedArticleJsonWriter.ToJson(article));

        Assert.That(doc.RootElement.GetProperty("tags")[0].GetProperty("confidence").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public void Write_Stream_WritesUtf8WithoutByteOrderMark()
    {
        using var stream = new MemoryStream();

        TaggedArticleJsonWriter.Write(stream, SampleArticle.Create(), indented: false, id: "x");

        byte[] bytes = stream.ToArray();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(bytes[0], Is.EqualTo((byte)'{'));
            Assert.That(Encoding.UTF8.GetString(bytes), Is.EqualTo(TaggedArticleJsonWriter.ToJson(SampleArticle.Create(), indented: false, id: "x")));
        }
    }

    [Test]
    public void Write_NullArticle_Throws()
    {
        using var stream = new MemoryStream();

        Assert.That(() => TaggedArticleJsonWriter.Write(stream, null!), Throws.ArgumentNullException);
    }

    private static IEnumerable<SectionKind> AllSections() => Enum.GetValues<SectionKind>();

    private static string[] FieldNames(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    /// <summary>Every object in the output that has start, end and text: sentences, tags and roles.</summary>
    private static IEnumerable<JsonElement> SpansOf(JsonElement root)
    {
        foreach (JsonElement sentence in root.GetProperty("sentences").EnumerateArray())
        {
            yield return sentence;
        }

        foreach (JsonElement tag in root.GetProperty("tags").EnumerateArray())
        {
            yield return tag;
            foreach (JsonProperty role in tag.GetProperty("roles").EnumerateObject())
            {
                yield return role.Value;
            }
        }
    }
}
