using ClaimTagger.Tests.Gold;

namespace ClaimTagger.Tests.DefaultRules;

/// <summary>
/// Golden articles for the default pack, written for these tests (invented people and events, several outlets'
/// styles): each <c>Specs/NNN-name.txt</c> is tagged with <see cref="Tagger.CreateDefault"/> and every tag must
/// match the hand-written lines of <c>NNN-name.expected.txt</c> (see <see cref="SpecLines"/>), no more, no less.
/// </summary>
public class DefaultPackSpecTests
{
    private static string SpecFolder => Path.Combine(GoldSetPaths.RepositoryRoot, "tests", "ClaimTagger.Tests", "DefaultRules", "Specs");

    public static IEnumerable<string> Articles() =>
        Directory.GetFiles(Path.Combine(GoldSetPaths.RepositoryRoot, "tests", "ClaimTagger.Tests", "DefaultRules", "Specs"), "*.txt")
            .Where(f => !f.EndsWith(".expected.txt", StringComparison.Ordinal))
            .Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    [TestCaseSource(nameof(Articles))]
    public void Tag_SpecArticle_ProducesExactlyTheExpectedTags(string file)
    {
        string text = File.ReadAllText(Path.Combine(SpecFolder, file));
        List<string> expected = SpecLines.Read(Path.Combine(SpecFolder, Path.ChangeExtension(file, ".expected.txt")));

        List<string> actual = SpecLines.Of(Tagger.CreateDefault().Tag(text));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(expected.Except(actual), Is.Empty, "expected tags that were not produced");
            Assert.That(actual.Except(expected), Is.Empty, "tags produced that the spec does not expect");
        }
    }

    [Test]
    public void Articles_SpecFolder_HoldsAtLeastFourArticlesWithExpectations()
    {
        var articles = Articles().ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(articles, Has.Count.GreaterThanOrEqualTo(4));
            Assert.That(articles.Select(a => File.Exists(Path.Combine(SpecFolder, Path.ChangeExtension(a, ".expected.txt")))), Is.All.True);
        }
    }
}
