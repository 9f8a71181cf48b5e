using System.Text;
using System.Text.RegularExpressions;
using ClaimTagger.Evaluation;

namespace ClaimTagger.Tests.Gold;

/// <summary>
/// Checks the committed gold set: it is exactly what the article sources compile to, every span is consistent,
/// it is big and varied enough, its test split is large enough, and it shares nothing with the user's seed article.
/// Set CLAIMTAGGER_UPDATE_GOLD=1 to rewrite dev.jsonl and test.jsonl from the sources.
/// </summary>
public class GoldSetTests
{
    private const string UpdateVariable = "CLAIMTAGGER_UPDATE_GOLD";

    private static readonly string[] BuiltInLabels = ["DirectQuote", "Claim", "Attribution", "ReporterFraming"];

    private static readonly Lazy<IReadOnlyList<GoldDocument>> Compiled = new(() => GoldSetCompiler.CompileFolder(GoldSetPaths.ArticlesFolder));

    private static IReadOnlyList<GoldDocument> Committed =>
    [
        .. GoldSetReader.ReadFile(GoldSetPaths.JsonlOf(GoldSetSplits.Dev)),
        .. GoldSetReader.ReadFile(GoldSetPaths.JsonlOf(GoldSetSplits.Test)),
    ];

    [Test]
    public void CommittedJsonl_EqualsCompiledSources()
    {
        foreach (string split in new[] { GoldSetSplits.Dev, GoldSetSplits.Test })
        {
            var expected = new StringWriter { NewLine = "\n" };
            GoldSetWriter.Write(expected, Compiled.Value.Where(d => d.Split == split));
            string path = GoldSetPaths.JsonlOf(split);
            if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
            {
                File.WriteAllText(path, expected.ToString(), new UTF8Encoding(false));
            }

            Assert.That(
                File.Exists(path) ? File.ReadAllText(path) : string.Empty,
                Is.EqualTo(expected.ToString()),
                $"{path} is stale: run `{UpdateVariable}=1 dotnet test --filter GoldSetTests` and commit the result");
        }
    }

    [Test]
    public void CommittedJsonl_PassesValidator()
    {
        foreach (GoldDocument document in Committed)
        {
            Assert.That(GoldSetValidator.Validate(document), Is.Empty, document.Id);
        }
    }

    [Test]
    public void CommittedJsonl_UsesOnlyBuiltInLabels()
    {
        Assert.That(Committed.SelectMany(d => d.Tags).Select(t => t.Label.Name).Distinct(), Is.SubsetOf(BuiltInLabels));
    }

    [Test]
    public void CommittedJsonl_SplitFollowsArticleNumber()
    {
        IReadOnlyList<GoldDocument> documents = Committed;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(documents.Select(d => d.Id), Is.Unique);
            foreach (GoldDocument document in documents)
            {
                Assert.That(document.Split, Is.EqualTo(GoldSetCompiler.SplitOf(document.Id)), document.Id);
            }
        }
    }

    [Test]
    public void CommittedJsonl_RolesFollowLabelConventions()
    {
        using (Assert.EnterMultipleScope())
        {
            foreach (GoldDocument document in Committed)
            {
                foreach (GoldTag tag in document.Tags)
                {
                    string where = $"{document.Id} {tag.Label} '{tag.Text}'";
                    if (tag.Label == Label.DirectQuote || tag.Label == Label.Claim)
                    {
                        Assert.That(tag.Role(RoleNames.Content), Is.Not.Null, where);
                        Assert.That(tag.Roles.Keys, Is.SubsetOf(new[] { RoleNames.Source, RoleNames.Cue, RoleNames.Content }), where);
                    }

                    if (tag.Label == Label.Claim)
                    {
                        Assert.That(tag.Role(RoleNames.Cue), Is.Not.Null, where);
                    }

                    if (tag.Label == Label.Attribution)
                    {
                        Assert.That(tag.Role(RoleNames.Cue), Is.Not.Null, where);
                        Assert.That(tag.Roles.Keys, Is.SubsetOf(new[] { RoleNames.Cue, RoleNames.Target }), where);
                    }

                    if (tag.Label == Label.ReporterFraming)
                    {
                        Assert.That(tag.Kind, Is.Not.Null, where);
                        Assert.That(tag.Roles, Is.Empty, where);
                    }

                    if (tag.Kind == "scare-quote")
                    {
                        Assert.That(tag.Text.Length, Is.GreaterThanOrEqualTo(3), where);
                        Assert.That(char.IsLetterOrDigit(tag.Text[0]) || char.IsLetterOrDigit(tag.Text[^1]), Is.False, where);
                    }
                }
            }
        }
    }

    [Test]
    public void CommittedJsonl_FramingLiesOutsideDirectQuoteContent()
    {
        foreach (GoldDocument document in Committed)
        {
            foreach (GoldTag framing in document.Tags.Where(t => t.Label == Label.ReporterFraming))
            {
                bool inside = document.Tags.Any(q => q.Label == Label.DirectQuote
                    && q.Role(RoleNames.Content) is { } content
                    && framing.Start >= content.Start && framing.End <= content.End);
                Assert.That(inside, Is.False, $"{document.Id}: framing '{framing.Text}' lies inside a DirectQuote's words");
            }
        }
    }

    [Test]
    public void GoldSet_IsLargeAndVariedEnough()
    {
        IReadOnlyList<GoldDocument> documents = Compiled.Value;
        int sentences = documents.Sum(d => GoldSentenceCounter.Count(d.Text));
        IEnumerable<GoldTag> tags = documents.SelectMany(d => d.Tags);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(documents, Has.Count.GreaterThanOrEqualTo(30));
            Assert.That(sentences, Is.GreaterThanOrEqualTo(420));
            Assert.That(documents.Select(d => d.Style).Distinct(), Is.SupersetOf(GoldSetCompiler.Styles));
            Assert.That(tags.Where(t => t.Label == Label.ReporterFraming).Select(t => t.Kind).Distinct(), Is.SupersetOf(new[] { "loaded-verb", "loaded-label", "scare-quote", "emphasis", "intensifier", "loaded-idiom" }));
            Assert.That(tags.Count(t => t.Kind == "unnamed-source"), Is.GreaterThanOrEqualTo(10));
            Assert.That(tags.Count(t => t.Label == Label.DirectQuote && t.Role(RoleNames.Source) is { } s && s.End <= t.Start), Is.GreaterThanOrEqualTo(10), "floating quotes");
        }
    }

    [Test]
    public void TestSplit_HoldsAQuarterOfArticlesAndSentences()
    {
        IReadOnlyList<GoldDocument> documents = Compiled.Value;
        List<GoldDocument> test = [.. documents.Where(d => d.Split == GoldSetSplits.Test)];
        int allSentences = documents.Sum(d => GoldSentenceCounter.Count(d.Text));
        int testSentences = test.Sum(d => GoldSentenceCounter.Count(d.Text));
        TestContext.Out.WriteLine($"articles {documents.Count} (test {test.Count}), sentences {allSentences} (test {testSentences})");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(test.Count * 4, Is.GreaterThanOrEqualTo(documents.Count));
            Assert.That(testSentences * 4, Is.GreaterThanOrEqualTo(allSentences));
        }
    }

    [Test]
    public void Articles_ShareNoEightWordRunWithTheSeed()
    {
        if (!Directory.Exists(GoldSetPaths.SeedFolder))
        {
            Assert.Inconclusive("The seed folder is absent: " + GoldSetPaths.SeedFolder);
        }

        var seedRuns = new HashSet<string>(StringComparer.Ordinal);
        foreach (string seed in Directory.GetFiles(GoldSetPaths.SeedFolder, "*.txt"))
        {
            string[] words = Words(File.ReadAllText(seed));
            for (int i = 0; i + 8 <= words.Length; i++)
            {
                seedRuns.Add(string.Join(' ', words, i, 8));
            }
        }

        foreach (GoldDocument document in Compiled.Value)
        {
            string[] words = Words(document.Text);
            for (int i = 0; i + 8 <= words.Length; i++)
            {
                string run = string.Join(' ', words, i, 8);
                Assert.That(seedRuns, Does.Not.Contain(run), document.Id);
            }
        }
    }

    private static string[] Words(string text) =>
        [.. Regex.Matches(text.ToLowerInvariant().Replace('’', '\''), @"[\p{L}\p{N}']+").Select(m => m.Value)];
}
