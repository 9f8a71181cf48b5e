using ClaimTagger.Evaluation;

namespace ClaimTagger.Tests.Gold;

public class GoldSetCompilerTests
{
    private const string Article = "Headline\n\nAna Ruiz said the plan was dead. “We will,” she said, “go further.”\n\n“Nobody asked us.”\n";

    [Test]
    public void Compile_ExactSpanAndRoles_GivesOffsetsOfTheSlices()
    {
        GoldDocument document = CompileOk("""
            style: wire
            names: [Ana Ruiz]
            tags:
              - Claim: Ana Ruiz said the plan was dead
                source: Ana Ruiz
                cue: said
                content: the plan was dead
            """);
        GoldTag tag = document.Tags.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Article[tag.Start..tag.End], Is.EqualTo("Ana Ruiz said the plan was dead"));
            Assert.That(tag.Role(RoleNames.Source)!.Resolved, Is.EqualTo("Ana Ruiz"));
            Assert.That(Article[tag.Role(RoleNames.Content)!.Start..tag.Role(RoleNames.Content)!.End], Is.EqualTo("the plan was dead"));
        }
    }

    [Test]
    public void Compile_InterruptedQuote_DefaultContentRunsFromFirstToLastQuotedWord()
    {
        GoldDocument document = CompileOk("""
            style: wire
            names: [Ana Ruiz]
            tags:
              - DirectQuote: “We will,” she said, “go further.”
                source: she => Ana Ruiz
                cue: said
            """);
        Assert.That(document.Tags.Single().Role(RoleNames.Content)!.Text, Is.EqualTo("We will,” she said, “go further."));
    }

    [Test]
    public void Compile_SourceOutsideTag_TakesNearestMentionBefore()
    {
        GoldDocument document = CompileOk("""
            style: wire
            names: [Ana Ruiz]
            tags:
              - DirectQuote: “Nobody asked us.”
                source: she => Ana Ruiz
            """);
        RoleSpan source = document.Tags.Single().Role(RoleNames.Source)!;
        Assert.That(source.Start, Is.EqualTo(Article.IndexOf("she said", StringComparison.Ordinal)));
    }

    [Test]
    public void Compile_PronounWithoutResolution_ReportsError()
    {
        List<string> errors = CompileErrors("""
            style: wire
            tags:
              - DirectQuote: “We will,” she said, “go further.”
                source: she
            """);
        Assert.That(errors, Has.One.Contains("pronoun source 'she'"));
    }

    [Test]
    public void Compile_AmbiguousSpan_ReportsErrorWithLine()
    {
        List<string> errors = CompileErrors("""
            style: wire
            tags:
              - ReporterFraming/loaded-verb: said
            """);
        Assert.That(errors, Has.One.Contains("(3,").And.Contains("occurs 2 times"));
    }

    [Test]
    public void Compile_WordBoundaries_DoNotMatchInsideWords()
    {
        List<string> errors = CompileErrors("""
            style: wire
            tags:
              - ReporterFraming/intensifier: Ana Ru
            """);
        Assert.That(errors, Has.One.Contains("not found"));
    }

    [Test]
    public void Compile_UnknownKind_ReportsError()
    {
        List<string> errors = CompileErrors("""
            style: wire
            tags:
              - ReporterFraming/shouting: Headline
            """);
        Assert.That(errors, Has.One.Contains("unknown kind 'shouting'"));
    }

    [Test]
    public void Compile_AttributionWithoutCue_UsesWholeSpanAsCue()
    {
        GoldDocument document = CompileOk("""
            style: wire
            tags:
              - Attribution/unnamed-source: Nobody asked us
            """);
        Assert.That(document.Tags.Single().Role(RoleNames.Cue)!.Text, Is.EqualTo("Nobody asked us"));
    }

    [TestCase("Mr Ruiz", "Ana Ruiz")]
    [TestCase("Foreign Minister Ana Ruiz", "Ana Ruiz")]
    [TestCase("the minister", null)]
    public void ResolveByNames_Mention_FindsCanonicalName(string mention, string? expected)
    {
        Assert.That(GoldSetCompiler.ResolveByNames(mention, ["Ana Ruiz", "Kenji Tanaka"]), Is.EqualTo(expected));
    }

    [TestCase("04-x", "test")]
    [TestCase("05-x", "dev")]
    [TestCase("32-x", "test")]
    public void SplitOf_ArticleNumber_HoldsOutEveryFourth(string id, string split)
    {
        Assert.That(GoldSetCompiler.SplitOf(id), Is.EqualTo(split));
    }

    private static GoldDocument CompileOk(string yaml)
    {
        var errors = new List<string>();
        GoldDocument? document = GoldSetCompiler.Compile("01-sample", Article, yaml, "sample.ann.yaml", errors);
        Assert.That(errors, Is.Empty);
        return document!;
    }

    private static List<string> CompileErrors(string yaml)
    {
        var errors = new List<string>();
        GoldSetCompiler.Compile("01-sample", Article, yaml, "sample.ann.yaml", errors);
        return errors;
    }
}
