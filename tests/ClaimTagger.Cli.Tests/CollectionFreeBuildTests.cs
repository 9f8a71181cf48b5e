namespace ClaimTagger.Cli.Tests;

public class CollectionFreeBuildTests
{
    [Test]
    public void Run_Twice_ReturnsEachBuildsResult()
    {
        // The second call finds the first call's region still open (it is never ended by hand) and builds all the same.
        int first = CollectionFreeBuild.Run(() => 6 * 7);
        string second = CollectionFreeBuild.Run(() => "built");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.EqualTo(42));
            Assert.That(second, Is.EqualTo("built"));
        }
    }

    [Test]
    public void Run_BuildThrows_PassesTheExceptionOn()
    {
        Assert.That(() => CollectionFreeBuild.Run<int>(() => throw new InvalidDataException("broken")),
            Throws.TypeOf<InvalidDataException>().With.Message.EqualTo("broken"));
    }

    [Test]
    public void TaggerFactory_WithoutCollections_BuildsUserRulesThatTag()
    {
        using var folder = new TempFolder();
        string rules = folder.Write("denials.yaml", """
            version: 1
            rules:
              - id: team.denial
                label: Denial
                message: "a denial"
                pattern:
                  - { entity: source, as: source }
                  - { lower: [denied, denies], as: cue }
                examples:
                  - text: "The mayor denied the report."
                    expect: { source: The mayor, cue: denied }
                  - text: "The mayor opened the bridge."
                    expect: none
            """);
        var context = new CliContext(Stream.Null, TextWriter.Null, TextWriter.Null) { BuildWithoutCollections = true };

        ITagger? tagger = TaggerFactory.Create([rules], noDefaultRules: false, context);

        Assert.That(tagger, Is.Not.Null);
        TaggedArticle article = tagger!.Tag("Councillor Ruth Okafor denied the claim on Tuesday.");
        Assert.That(article.Tags.Select(t => t.Label.Name), Does.Contain("Denial"));
    }

    [Test]
    public void WithError_KeepsBuildWithoutCollections()
    {
        var context = new CliContext(Stream.Null, TextWriter.Null, TextWriter.Null) { BuildWithoutCollections = true };

        Assert.That(context.WithError(TextWriter.Null).BuildWithoutCollections, Is.True);
    }
}
