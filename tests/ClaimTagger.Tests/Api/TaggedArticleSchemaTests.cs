using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimTagger.Serialization;
using ClaimTagger.Tests.Rules;
using Json.Schema;

namespace ClaimTagger.Tests.Api;

/// <summary>The JSON the library writes validates against docs/schema/tagged-article.schema.json, and broken documents do not.</summary>
public class TaggedArticleSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "schema", "tagged-article.schema.json"))));

    private static readonly string[] OwnArticles =
    [
        // US style, a multi-paragraph quote that never closes its first paragraph.
        "Mayor vows to reopen library – ‘This is not the end’\n\nPORTLAND, Maine (AP) — Mayor Lucia Ferrante said Tuesday the branch would reopen by June.\n\n“We heard the neighbors loud and clear. We will find the money.\n\n“And we will not cut hours again,” she added.\n",
        // UK style, single quotes, hedges and an unnamed source.
        "Council ‘misled’ residents over bin collections, says watchdog\n\nBy Priya Natarajan\n\nThe council allegedly withheld the figures, sources close to the inquiry said.\n\n‘It was a so-called consultation,’ one resident told the BBC.\n",
        // Page junk, capitals, stray marks.
        "Home | News | Sport | Weather\nShare on Facebook Share on X\nIt is NOT over, insists coach\n\" ' « “ unbalanced ” »\nCookies help us deliver our services.\n",
        "",
        "\n\n\n",
    ];

    private static bool Validates(string json, out string errors)
    {
        using JsonDocument doc = JsonDocument.Parse(json);
        EvaluationResults result = Schema.Value.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        errors = string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(5));
        return result.IsValid;
    }

    public static IEnumerable<TestCaseData> Articles()
    {
        foreach (string file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "samples"), "*.txt").Order(StringComparer.Ordinal))
        {
            yield return new TestCaseData(File.ReadAllText(file)).SetArgDisplayNames(Path.GetFileName(file));
        }

        for (int i = 0; i < OwnArticles.Length; i++)
        {
            yield return new TestCaseData(OwnArticles[i]).SetArgDisplayNames($"own-{i}");
        }

        for (int i = 0; i < 5; i++)
        {
            yield return new TestCaseData(ArticleTemplates.Article(i)).SetArgDisplayNames($"template-{i}");
        }
    }

    [TestCaseSource(nameof(Articles))]
    public void ToJson_TaggedArticle_ValidatesAgainstSchema(string text)
    {
        TaggedArticle article = Tagger.CreateDefault().Tag(text);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Validates(TaggedArticleJsonWriter.ToJson(article), out string errors), Is.True, errors);
            Assert.That(Validates(TaggedArticleJsonWriter.ToJson(article, indented: false, id: "doc-1"), out errors), Is.True, errors);
        }
    }

    [Test]
    public void ToJson_SamplesFolder_HasArticlesWithEveryBuiltInLabel()
    {
        var labels = Articles().Select(c => (string)c.Arguments[0]!).SelectMany(t => Tagger.CreateDefault().Tag(t).Tags).Select(t => t.Label).ToHashSet();
        Assert.That(labels, Is.SupersetOf(new[] { Label.DirectQuote, Label.Claim, Label.Attribution, Label.ReporterFraming }), "the schema is exercised on every kind of tag");
    }

    [TestCase("""/offsetUnit""", null, "missing offsetUnit")]
    [TestCase("""/offsetUnit""", "\"utf8\"", "wrong offset unit")]
    [TestCase("""/sentences/0/section""", "\"footer\"", "unknown section")]
    [TestCase("""/sentences/0/start""", "-1", "negative offset")]
    [TestCase("""/sentences/0/paragraph""", "\"1\"", "paragraph as a string")]
    [TestCase("""/tags/0/confidence""", "1.5", "confidence above 1")]
    [TestCase("""/tags/0/kind""", null, "kind left out instead of null")]
    [TestCase("""/tags/S/roles/source/end""", null, "role without end")]
    [TestCase("""/tags/S/roles/source/resolved""", "null", "resolved written as null")]
    [TestCase("""/tags/0/sentences""", "[]", "tag in no sentence")]
    [TestCase("""/tags/0/extra""", "true", "unknown tag field")]
    [TestCase("""/diagnostics""", "\"none\"", "diagnostics not an array")]
    public void Schema_BrokenDocument_Fails(string pointer, string? value, string what)
    {
        TaggedArticle article = Tagger.CreateDefault().Tag("Harbour master Ines Carvalho said the pier would stay shut.\n\n“It is not safe,” she said.\n");
        JsonNode root = JsonNode.Parse(TaggedArticleJsonWriter.ToJson(article))!;
        Assert.That(Validates(root.ToJsonString(), out string errors), Is.True, "the unbroken document validates: " + errors);

        // S: the first tag with a resolved source.
        int withSource = article.Tags.ToList().FindIndex(t => t.Role("source")?.Resolved is not null);
        Assert.That(withSource, Is.Not.Negative, "the article has a tag with a resolved source");
        string[] path = pointer.Replace("/S/", $"/{withSource}/", StringComparison.Ordinal).Trim('/').Split('/');
        JsonNode parent = root;
        foreach (string step in path[..^1])
        {
            parent = int.TryParse(step, out int i) ? parent[i]! : parent[step]!;
        }

        if (value is null)
        {
            Assert.That(parent.AsObject().Remove(path[^1]), Is.True, $"{pointer} exists");
        }
        else
        {
            parent[path[^1]] = JsonNode.Parse(value);
        }

        Assert.That(Validates(root.ToJsonString(), out _), Is.False, what);
    }
}
