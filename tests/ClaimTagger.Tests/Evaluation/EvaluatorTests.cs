using ClaimTagger.Evaluation;

namespace ClaimTagger.Tests.Evaluation;

public class EvaluatorTests
{
    private const string Text = "Ana Ruiz said the plan was dead. “We will fight,” she said. The so-called reform was slammed by critics.";

    [Test]
    public void Evaluate_PerfectPrediction_ScoresOneEverywhere()
    {
        GoldDocument gold = Document(Text, GoldQuote(), GoldClaim(), GoldFraming());
        var tagger = new FakeTagger(new Dictionary<string, IReadOnlyList<Tag>> { [Text] = [PredictedQuote("Ana Ruiz"), PredictedClaim(), PredictedFraming()] });

        EvaluationReport report = Evaluator.Evaluate(tagger, [gold]);

        using (Assert.EnterMultipleScope())
        {
            foreach (LabelScore row in report.Labels)
            {
                Assert.That(row.Overlap.F1, Is.EqualTo(1.0), row.Name);
                Assert.That(row.Exact.F1, Is.EqualTo(1.0), row.Name);
            }

            Assert.That(report.OverallOverlap, Is.EqualTo(new SpanScore(3, 3, 3)));
            Assert.That(report.SourceAccuracy, Is.EqualTo(new AccuracyScore(2, 2)));
            Assert.That(report.CueAccuracy, Is.EqualTo(new AccuracyScore(2, 2)));
            Assert.That(report.Mismatches, Is.Empty);
            Assert.That(tagger.Seen, Is.EqualTo(new[] { Text }));
        }
    }

    [Test]
    public void Evaluate_MissingTag_LowersRecallOnly()
    {
        GoldDocument gold = Document(Text, GoldQuote(), GoldClaim());
        var tagger = new FakeTagger(new Dictionary<string, IReadOnlyList<Tag>> { [Text] = [PredictedQuote("Ana Ruiz")] });

        EvaluationReport report = Evaluator.Evaluate(tagger, [gold]);

        LabelScore claim = report.Score(Label.Claim)!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(claim.Overlap, Is.EqualTo(new SpanScore(1, 0, 0)));
            Assert.That(claim.Overlap.Recall, Is.Zero);
            Assert.That(claim.Overlap.Precision, Is.NaN);
            Assert.That(report.Score(Label.DirectQuote)!.Overlap.Precision, Is.EqualTo(1.0));
            Assert.That(report.OverallOverlap.Recall, Is.EqualTo(0.5));
            Assert.That(report.OverallOverlap.Precision, Is.EqualTo(1.0));
            Assert.That(report.Mismatches.Single().Mismatch, Is.EqualTo(MismatchKind.Missed));
        }
    }

    [Test]
    public void Evaluate_SpuriousTag_LowersPrecisionOnly()
    {
        GoldDocument gold = Document(Text, GoldQuote());
        Tag extra = FakeTagger.Make(Text, "Attribution", "so-called reform");
        var tagger = new FakeTagger(new Dictionary<string, IReadOnlyList<Tag>> { [Text] = [PredictedQuote("Ana Ruiz"), extra] });

        EvaluationReport report = Evaluator.Evaluate(tagger, [gold]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.OverallOverlap, Is.EqualTo(new SpanScore(1, 2, 1)));
            Assert.That(report.OverallOverlap.Precision, Is.EqualTo(0.5));
            Assert.That(report.OverallOverlap.Recall, Is.EqualTo(1.0));
            Assert.That(report.Score(Label.Attribution)!.Overlap.Precision, Is.Zero);
            Assert.That(report.Mismatches.Single().Mismatch, Is.EqualTo(MismatchKind.Spurious));
        }
    }

    [Test]
    public void Evaluate_ShiftedSpan_MatchesOnOverlapButNotExact()
    {
        GoldDocument gold = Document(Text, GoldClaim());
        Tag shifted = FakeTagger.Make(Text, "Claim", "Ana Ruiz said the plan was dead.");
        var tagger = new FakeTagger(new Dictionary<string, IReadOnlyList<Tag>> { [Text] = [shifted] });

        LabelScore claim = Evaluator.Evaluate(tagger, [gold]).Score(Label.Claim)!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(claim.Overlap, Is.EqualTo(new SpanScore(1, 1, 1)));
            Assert.That(claim.Exact, Is.EqualTo(new SpanScore(1, 1, 0)));
            Assert.That(claim.Exact.F1, Is.Zero);
        }
    }

    [Test]
    public void Evaluate_TwoPredictionsOverOneGold_MatchesOneToOneByLargestOverlap()
    {
        GoldDocument gold = Document(Text, GoldClaim());
        Tag small = FakeTagger.Make(Text, "Claim", "Ana Ruiz");
        Tag large = FakeTagger.Make(Text, "Claim", "said the plan was dead");
        var tagger = new FakeTagger(new Dictionary<string, IReadOnlyList<Tag>> { [Text] = [small, large] });

        EvaluationReport report = Evaluator.Evaluate(tagger, [gold]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Score(Label.Claim)!.Overlap, Is.EqualTo(new SpanScore(1, 2, 1)));
            Assert.That(report.Mismatches.Single(m => m.Mismatch == MismatchKind.Spurious).Text, Is.EqualTo("Ana Ruiz"));
        }
    }

    [Test]
    public void Evaluate_DifferentLabelOverSameSpan_DoesNotMatch()
    {
        GoldDocument gold = Document(Text, GoldClaim());
        Tag wrongLabel = FakeTagger.Make(Text, "DirectQuote", "Ana Ruiz said the plan was dead");
        var tagger = new FakeTagger(new Dictionary<string, IReadOnlyList<Tag>> { [Text] = [wrongLabel] });

        EvaluationReport report = Evaluator.Evaluate(tagger, [gold]);

        Assert.That(report.OverallOverlap, Is.EqualTo(new SpanScore(1, 1, 0)));
    }

    [Test]
    public void Evaluate_PronounSourceResolvedToGoldName_CountsAsCorrect()
    {
        GoldDocument gold = Document(Text, GoldQuote());
        var tagger = new FakeTagger(new Dictionary<string, IReadOnlyList<Tag>> { [Text] = [PredictedQuote("ana  RUIZ")] });

        EvaluationReport report = Evaluator.Evaluate(tagger, [gold]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.DirectQuoteSourceAccuracy, Is.EqualTo(new AccuracyScore(1, 1)));
            Assert.That(report.DirectQuoteResolutionAccuracy, Is.EqualTo(new AccuracyScore(1, 1)));
        }
    }

    [Test]
    public void Evaluate_PronounSourceLeftUnresolved_CountsAsWrong()
    {
        GoldDocument gold = Document(Text, GoldQuote());
        var tagger = new FakeTagger(new Dictionary<string, IReadOnlyList<Tag>> { [Text] = [PredictedQuote(null)] });

        EvaluationReport report = Evaluator.Evaluate(tagger, [gold]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.DirectQuoteSourceAccuracy, Is.EqualTo(new AccuracyScore(0, 1)));
            Assert.That(report.DirectQuoteResolutionAccuracy, Is.EqualTo(new AccuracyScore(0, 1)));
            Assert.That(report.Mismatches.Single().Mismatch, Is.EqualTo(MismatchKind.WrongSource));
            Assert.That(report.Mismatches.Single().Detail, Does.Contain("Ana Ruiz").And.Contain("unresolved"));
        }
    }

    [Test]
    public void Evaluate_UnresolvedGoldSource_ComparesMentionText()
    {
        const string text = "Officials said the border was closed.";
        GoldTag goldTag = new(
            Label.Claim, null, 0, 36, "Officials said the border was closed", Roles(("source", new RoleSpan(0, 9, "Officials")), ("cue", new RoleSpan(10, 14, "said"))));
        Tag predicted = FakeTagger.Make(text, "Claim", "Officials said the border was closed", roles: new Dictionary<string, RoleSpan>
        {
            ["source"] = FakeTagger.Role(text, "Officials"),
            ["cue"] = FakeTagger.Role(text, "said"),
        });
        var tagger = new FakeTagger(new Dictionary<string, IReadOnlyList<Tag>> { [text] = [predicted] });

        EvaluationReport report = Evaluator.Evaluate(tagger, [Document(text, goldTag)]);

        Assert.That(report.ClaimSourceAccuracy, Is.EqualTo(new AccuracyScore(1, 1)));
    }

    [Test]
    public void Evaluate_SourceDifferingOnlyByLeadingThe_CountsAsCorrect()
    {
        const string text = "The Interior Ministry said roads were open.";
        GoldTag goldTag = new(
            Label.Claim, null, 0, 42, "The Interior Ministry said roads were open", Roles(("source", new RoleSpan(0, 21, "The Interior Ministry", "Interior Ministry"))));
        Tag predicted = FakeTagger.Make(text, "Claim", "The Interior Ministry said roads were open", roles: new Dictionary<string, RoleSpan>
        {
            ["source"] = FakeTagger.Role(text, "The Interior Ministry"),
        });
        var tagger = new FakeTagger(new Dictionary<string, IReadOnlyList<Tag>> { [text] = [predicted] });

        EvaluationReport report = Evaluator.Evaluate(tagger, [Document(text, goldTag)]);

        Assert.That(report.ClaimSourceAccuracy, Is.EqualTo(new AccuracyScore(1, 1)));
    }

    [Test]
    public void Evaluate_CueWithOtherText_CountsAsWrongCue()
    {
        GoldDocument gold = Document(Text, GoldClaim());
        Tag predicted = FakeTagger.Make(Text, "Claim", "Ana Ruiz said the plan was dead", roles: new Dictionary<string, RoleSpan>
        {
            ["source"] = FakeTagger.Role(Text, "Ana Ruiz", "Ana Ruiz"),
            ["cue"] = FakeTagger.Role(Text, "said the"),
        });
        var tagger = new FakeTagger(new Dictionary<string, IReadOnlyList<Tag>> { [Text] = [predicted] });

        EvaluationReport report = Evaluator.Evaluate(tagger, [gold]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.CueAccuracy, Is.EqualTo(new AccuracyScore(0, 1)));
            Assert.That(report.ClaimSourceAccuracy, Is.EqualTo(new AccuracyScore(1, 1)));
            Assert.That(report.Mismatches.Single().Mismatch, Is.EqualTo(MismatchKind.WrongCue));
        }
    }

    [Test]
    public void Evaluate_FramingWithWrongKind_MatchesLabelButNotKindRow()
    {
        GoldDocument gold = Document(Text, GoldFraming());
        Tag predicted = FakeTagger.Make(Text, "ReporterFraming", "slammed", kind: "loaded-idiom");
        var tagger = new FakeTagger(new Dictionary<string, IReadOnlyList<Tag>> { [Text] = [predicted] });

        EvaluationReport report = Evaluator.Evaluate(tagger, [gold]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Score(Label.ReporterFraming)!.Overlap, Is.EqualTo(new SpanScore(1, 1, 1)));
            Assert.That(report.Score(Label.ReporterFraming, "loaded-verb")!.Overlap, Is.EqualTo(new SpanScore(1, 0, 0)));
            Assert.That(report.Score(Label.ReporterFraming, "loaded-idiom")!.Overlap, Is.EqualTo(new SpanScore(0, 1, 0)));
        }
    }

    [Test]
    public void Evaluate_SeveralDocuments_SumsCounts()
    {
        const string other = "Nothing was said.";
        var tagger = new FakeTagger(new Dictionary<string, IReadOnlyList<Tag>>
        {
            [Text] = [PredictedClaim()],
            [other] = [FakeTagger.Make(other, "Claim", "Nothing was said")],
        });

        EvaluationReport report = Evaluator.Evaluate(tagger, [Document(Text, GoldClaim()), Document(other)]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.DocumentCount, Is.EqualTo(2));
            Assert.That(report.Score(Label.Claim)!.Overlap, Is.EqualTo(new SpanScore(1, 2, 1)));
        }
    }

    [Test]
    public void Evaluate_NullTagger_Throws()
    {
        Assert.That(() => Evaluator.Evaluate(null!, []), Throws.ArgumentNullException);
    }

    internal static GoldDocument Document(string text, params GoldTag[] tags) =>
        new("doc", GoldSetSplits.Dev, "wire", text, [.. tags.OrderBy(t => t.Start).ThenBy(t => t.End)]);

    private static GoldTag GoldQuote() => Gold("DirectQuote", "“We will fight,” she said", null, ("source", "she", "Ana Ruiz"), ("cue", "said", null), ("content", "We will fight,", null));

    private static GoldTag GoldClaim() => Gold("Claim", "Ana Ruiz said the plan was dead", null, ("source", "Ana Ruiz", "Ana Ruiz"), ("cue", "said", null), ("content", "the plan was dead", null));

    private static GoldTag GoldFraming() => Gold("ReporterFraming", "slammed", "loaded-verb");

    private static Tag PredictedQuote(string? resolved) => FakeTagger.Make(Text, "DirectQuote", "“We will fight,” she said", roles: new Dictionary<string, RoleSpan>
    {
        ["source"] = FakeTagger.Role(Text, "she", resolved),
        ["cue"] = FakeTagger.Role(Text, "said", occurrence: 2),
    });

    private static Tag PredictedClaim() => FakeTagger.Make(Text, "Claim", "Ana Ruiz said the plan was dead", roles: new Dictionary<string, RoleSpan>
    {
        ["source"] = FakeTagger.Role(Text, "Ana Ruiz", "Ana Ruiz"),
        ["cue"] = FakeTagger.Role(Text, "said"),
    });

    private static Tag PredictedFraming() => FakeTagger.Make(Text, "ReporterFraming", "slammed", kind: "loaded-verb");

    private static GoldTag Gold(string label, string fragment, string? kind, params (string Name, string Fragment, string? Resolved)[] roles)
    {
        int start = Text.IndexOf(fragment, StringComparison.Ordinal);
        var map = new Dictionary<string, RoleSpan>();
        foreach ((string name, string roleFragment, string? resolved) in roles)
        {
            int at = Text.IndexOf(roleFragment, start, StringComparison.Ordinal);
            map[name] = new RoleSpan(at, at + roleFragment.Length, roleFragment, resolved);
        }

        return new GoldTag(new Label(label), kind, start, start + fragment.Length, fragment, map);
    }

    private static Dictionary<string, RoleSpan> Roles(params (string Name, RoleSpan Role)[] roles) => roles.ToDictionary(r => r.Name, r => r.Role);
}
