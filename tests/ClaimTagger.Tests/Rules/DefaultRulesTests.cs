using ClaimTagger.Rules;

namespace ClaimTagger.Tests.Rules;

public class DefaultRulesTests
{
    internal static IReadOnlyList<RuleSource> Defaults => ClaimTaggerBuilder.DefaultSources();

    [Test]
    public void DefaultSources_AreEmbedded()
    {
        Assert.That(Defaults.Select(s => s.Name), Is.SupersetOf(new[] { "embedded:quotes.yaml", "embedded:claims.yaml", "embedded:attributions.yaml", "embedded:framing.yaml" }));
    }

    [Test]
    public void Parse_DefaultRules_LoadWithoutErrorsOrWarnings()
    {
        RuleSetParseResult result = RuleSetParser.Parse(Defaults);
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.Empty);
    }

    [TestCaseSource(nameof(RuleFiles))]
    public void Run_ExamplesOfRuleFile_AllPass(string file)
    {
        RuleSet rules = RuleSetParser.Parse(Defaults).GetRuleSetOrThrow();
        var results = RuleExampleRunner.Run(rules).Results.Where(r => r.Example.Location.Source == "embedded:" + file).ToList();
        int examples = rules.Rules.Where(r => r.Location.Source == "embedded:" + file).Sum(r => r.Examples.Count);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(results, Has.Count.EqualTo(examples));
            Assert.That(results.Where(r => r.IsFailure).Select(r => r.ToString()), Is.Empty);
        }
    }

    [Test]
    public void Rules_EveryDefaultRule_HasPositiveAndNegativeExample()
    {
        RuleSet rules = RuleSetParser.Parse(Defaults).GetRuleSetOrThrow();
        Assert.That(rules.Rules.Where(r => !r.Examples.Any(e => e.ExpectsMatch) || !r.Examples.Any(e => !e.ExpectsMatch)).Select(r => r.Id), Is.Empty);
    }

    public static IEnumerable<string> RuleFiles() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "rules"), "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;
}
