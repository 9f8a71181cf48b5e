using ClaimTagger.Rules;

namespace ClaimTagger.Tests.Rules;

public class RuleSetParserTests
{
    private const string Valid = """
        version: 1
        lexicons:
          speech-verbs: { inflect: verb, entries: [say, tell, "point out"] }
        rules:
          - id: test.said
            label: Claim
            priority: 3
            confidence: 0.7
            pattern:
              - { entity: source, as: source }
              - { lexicon: speech-verbs, as: cue }
            examples:
              - { text: "Okafor said so.", expect: { source: Okafor, cue: said } }
              - { text: "Nothing here.", expect: none }
        """;

    [Test]
    public void Parse_ValidFile_LoadsRuleWithValues()
    {
        RuleSetParseResult result = RuleSetParser.Parse(Valid, "valid.yaml");
        Assert.That(result.Diagnostics, Is.Empty);
        Rule rule = result.RuleSet!.Rules.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rule.Id, Is.EqualTo("test.said"));
            Assert.That(rule.Label, Is.EqualTo(Label.Claim));
            Assert.That(rule.Priority, Is.EqualTo(3));
            Assert.That(rule.Confidence, Is.EqualTo(0.7));
            Assert.That(rule.Roles, Is.EqualTo(new[] { "cue", "source" }));
            Assert.That(rule.Examples, Has.Count.EqualTo(2));
            Assert.That(rule.Location, Is.EqualTo(new SourceLocation("valid.yaml", 5, 5)));
        }
    }

    [Test]
    public void Parse_VerbLexicon_AddsInflectedFormsOfFirstWord()
    {
        Lexicon lexicon = RuleSetParser.Parse(Valid, "valid.yaml").RuleSet!.Lexicons.Single();
        Assert.That(lexicon.Forms, Is.SupersetOf(new[] { "say", "says", "said", "saying", "told", "pointed out", "points out", "pointing out" }));
    }

    [Test]
    public void Parse_UnknownKey_SuggestsClosestKey()
    {
        string yaml = Valid.Replace("- { lexicon: speech-verbs, as: cue }", "- { lexicn: speech-verbs, as: cue }", StringComparison.Ordinal);
        RuleSetParseResult result = RuleSetParser.Parse(yaml, "bad.yaml");
        RuleDiagnostic error = result.Diagnostics.First(d => d.IsError);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.HasErrors, Is.True);
            Assert.That(result.RuleSet, Is.Null);
            Assert.That(error.Code, Is.EqualTo("CT0104"));
            Assert.That(error.Message, Does.Contain("Did you mean 'lexicon'?"));
            Assert.That(error.Location, Is.EqualTo(new SourceLocation("bad.yaml", 11, 11)));
            Assert.That(error.RuleId, Is.EqualTo("test.said"));
        }
    }

    [Test]
    public void Parse_SeveralErrors_ReportsAllAtOnce()
    {
        const string yaml = """
            version: 1
            rules:
              - id: Bad Id
                label: Claim
                pattern: [ { text: said } ]
              - id: ok.rule
                label: claim
                pattern: [ { text: said, op: "{2,}" } ]
            """;
        RuleSetParseResult result = RuleSetParser.Parse(yaml, "x.yaml");
        Assert.That(result.Diagnostics.Where(d => d.IsError).Select(d => d.Code), Is.EqualTo(new[] { "CT0110", "CT0111", "CT0204" }));
    }

    [Test]
    public void ToString_Error_UsesCompilerFormat()
    {
        var d = new RuleDiagnostic("CT0123", RuleDiagnosticSeverity.Error, "Broken.", new SourceLocation("rules/a.yaml", 12, 9), "quote.x");
        Assert.That(d.ToString(), Is.EqualTo("rules/a.yaml(12,9): error CT0123: Broken. [quote.x]"));
    }

    [Test]
    public void Parse_DuplicateIdAcrossFiles_ReportsCT0301AtSecond()
    {
        RuleSetParseResult result = RuleSetParser.Parse([new RuleSource("a.yaml", Valid), new RuleSource("b.yaml", Valid.Replace("speech-verbs:", "other-verbs:", StringComparison.Ordinal))]);
        RuleDiagnostic error = result.Diagnostics.Single(d => d.IsError);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Code, Is.EqualTo("CT0301"));
            Assert.That(error.Location.Source, Is.EqualTo("b.yaml"));
            Assert.That(error.Location.Line, Is.EqualTo(5));
        }
    }

    [Test]
    public void Parse_DisableAndOverrideInLaterLayer_ApplyToEarlierRule()
    {
        const string second = """
            version: 1
            override:
              - { id: test.said, priority: 9, confidence: 0.2 }
            """;
        const string third = """
            version: 1
            disable: [test.said]
            """;
        RuleSet overridden = RuleSetParser.Parse([new RuleSource("a.yaml", Valid), new RuleSource("b.yaml", second)]).RuleSet!;
        RuleSet disabled = RuleSetParser.Parse([new RuleSource("a.yaml", Valid), new RuleSource("c.yaml", third)]).RuleSet!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(overridden.Find("test.said")!.Priority, Is.EqualTo(9));
            Assert.That(overridden.Find("test.said")!.Confidence, Is.EqualTo(0.2));
            Assert.That(disabled.Rules, Is.Empty);
            Assert.That(disabled.DisabledRules, Is.EqualTo(new[] { "test.said" }));
        }
    }

    [Test]
    public void Parse_CallerDisablesUnknownId_ReportsCT0303WithSuggestion()
    {
        RuleSetParseResult result = RuleSetParser.Parse([new RuleSource("a.yaml", Valid)], null, ["test.sad"]);
        RuleDiagnostic error = result.Diagnostics.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Code, Is.EqualTo("CT0303"));
            Assert.That(error.Message, Does.Contain("Did you mean 'test.said'?"));
        }
    }

    [Test]
    public void Parse_AliasBomb_IsRefusedWithCT0103()
    {
        var yaml = new System.Text.StringBuilder("version: 1\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 12; i++)
        {
            yaml.Append('x').Append(i).Append(": &a").Append(i).Append(" [");
            yaml.Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))).Append("]\n");
        }

        RuleSetParseResult result = RuleSetParser.Parse(yaml.ToString(), "bomb.yaml");
        Assert.That(result.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "CT0103" }));
    }

    [Test]
    public void Parse_DeepNesting_IsRefusedWithCT0102()
    {
        string yaml = "version: 1\nrules: " + new string('[', 5000) + new string(']', 5000) + "\n";
        RuleSetParseResult result = RuleSetParser.Parse(yaml, "deep.yaml");
        Assert.That(result.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "CT0102" }));
    }

    [Test]
    public void Parse_NoExamples_WarnsButLoads()
    {
        const string yaml = """
            version: 1
            rules:
              - id: test.bare
                label: Denial
                pattern: [ { text: denied } ]
            """;
        RuleSetParseResult result = RuleSetParser.Parse(yaml, "w.yaml");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.HasErrors, Is.False);
            Assert.That(result.Diagnostics.Single().Code, Is.EqualTo("CT0401"));
            Assert.That(result.Diagnostics.Single().Severity, Is.EqualTo(RuleDiagnosticSeverity.Warning));
        }
    }

    [Test]
    public void GetRuleSetOrThrow_WithErrors_ThrowsRuleSetExceptionListingAll()
    {
        RuleSetParseResult result = RuleSetParser.Parse("version: 2\nrules: 5\n", "v.yaml");
        Assert.That(() => result.GetRuleSetOrThrow(), Throws.TypeOf<RuleSetException>()
            .With.Message.Contains("CT0109").And.Message.Contains("CT0107")
            .And.Property(nameof(RuleSetException.Diagnostics)).Count.EqualTo(2));
    }

    [Test]
    public void Parse_FileLongerThanLimit_ReportsCT0101()
    {
        RuleSetParseResult result = RuleSetParser.Parse([new RuleSource("big.yaml", Valid)], RuleSetLimits.Default with { MaxDocumentLength = 100 });
        Assert.That(result.Diagnostics.Select(d => $"{d.Code} {d.Location}"), Is.EqualTo(new[] { "CT0101 big.yaml(1,1)" }));
    }

    [Test]
    public void Parse_LexiconLargerThanLimit_ReportsCT0117AtLexiconName()
    {
        RuleSetParseResult result = RuleSetParser.Parse([new RuleSource("lex.yaml", Valid)], RuleSetLimits.Default with { MaxLexiconEntries = 5 });
        Assert.That(result.Diagnostics.Where(d => d.IsError).Select(d => $"{d.Code} {d.Location}"), Is.EqualTo(new[] { "CT0117 lex.yaml(3,3)" }));
    }

    [Test]
    public void Parse_PatternAboveStateLimit_ReportsCT0211AtPattern()
    {
        const string yaml = "version: 1\nrules:\n  - id: t.big\n    label: X\n    pattern:\n      - { token: any, op: \"{1,100}\" }\n      - { text: end }\n";
        RuleSetParseResult result = RuleSetParser.Parse([new RuleSource("p.yaml", yaml)], RuleSetLimits.Default with { MaxPatternStates = 50 });
        Assert.That(result.Diagnostics.Where(d => d.IsError).Select(d => $"{d.Code} {d.Location} {d.RuleId}"), Is.EqualTo(new[] { "CT0211 p.yaml(6,7) t.big" }));
    }

    [Test]
    public void Parse_MoreRulesThanLimit_ReportsCT0305AtFirstRuleBeyond()
    {
        const string yaml = "version: 1\nrules:\n  - { id: t.a, label: X, pattern: [ { text: a } ] }\n  - { id: t.b, label: X, pattern: [ { text: b } ] }\n";
        RuleSetParseResult result = RuleSetParser.Parse([new RuleSource("n.yaml", yaml)], RuleSetLimits.Default with { MaxRules = 1 });
        Assert.That(result.Diagnostics.Where(d => d.IsError).Select(d => $"{d.Code} {d.Location}"), Is.EqualTo(new[] { "CT0305 n.yaml(4,5)" }));
    }

    [TestCase("a: [1, 2\nb: 3\n")]
    [TestCase("version: 1\nrules: [ { id: x.y, label: X, pattern: [ { text: \"a } ] } ]\n")]
    [TestCase("\u0000\u0001version: 1")]
    [TestCase("version: 1\n? [a, b]\n: c\n")]
    public void Parse_MalformedYaml_ReportsCT0100AndNeverThrows(string yaml)
    {
        RuleSetParseResult result = RuleSetParser.Parse(yaml, "m.yaml");
        Assert.That(result.Diagnostics.Select(d => d.Code), Has.Some.EqualTo("CT0100").Or.Some.EqualTo("CT0107").Or.Some.EqualTo("CT0104"));
    }
}
