using ClaimTagger.Evaluation;
using ClaimTagger.Rules;
using ClaimTagger.Rules.Packed;
using ClaimTagger.Rules.Patterns;
using ClaimTagger.Rules.Yaml;
using ClaimTagger.Serialization;
using ClaimTagger.Tests.Gold;

namespace ClaimTagger.Tests.Rules;

public class DefaultRulePackTests
{
    /// <summary>Set to 1 to write the pack the embedded YAML gives into the source tree (then build again).</summary>
    private const string UpdateVariable = "CLAIMTAGGER_UPDATE_RULE_PACK";

    private static string PackPath => Path.Combine(RepoPaths.Root, "src", "ClaimTagger", "Rules", "Packed", "DefaultRules.ctpack");

    [Test]
    public void EmbeddedPack_IsTheOneTheDefaultYamlGives()
    {
        byte[] fresh = DefaultRulePack.Build(ClaimTaggerBuilder.DefaultSources());
        byte[]? embedded = DefaultRulePack.Embedded();
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1" && (embedded is null || !fresh.AsSpan().SequenceEqual(embedded)))
        {
            File.WriteAllBytes(PackPath, fresh);
            Assert.Pass($"wrote {PackPath}; build again to embed it");
        }

        Assert.That(embedded, Is.EqualTo(fresh),
            $"The embedded default rule pack does not match rules/*.yaml. Build, run `{UpdateVariable}=1 dotnet test tests/ClaimTagger.Tests " +
            "-c Release --filter FullyQualifiedName~DefaultRulePackTests`, and build again.");
    }

    [Test]
    public void DefaultRules_HoldNoRegex()
    {
        // Building a non-backtracking regex is the dearest step of a first run (tens of milliseconds of start-up for
        // the engine's code alone); the default rules use token tests (shape, suffix, min-length) instead.
        var diagnostics = new List<RuleDiagnostic>();
        List<RuleFile> files = DefaultRulePack.TryLoad(ClaimTaggerBuilder.DefaultSources(), diagnostics)!;
        var regexes = new List<string>();
        foreach (RuleDefinition rule in files.SelectMany(f => f.Rules))
        {
            Walk(rule.Condition, rule.Id);
        }

        Assert.That(regexes, Is.Empty);

        void Walk(ConditionNode? c, string id)
        {
            if (c is null)
            {
                return;
            }

            Elements(c.Pattern, id);
            foreach (ConditionNode d in c.Branches.Concat(c.Not).Concat(c.Inside).Concat(c.NotInside))
            {
                Walk(d, id);
            }

            foreach (SequenceNode s in c.Before.Concat(c.After).Concat(c.NotBefore).Concat(c.NotAfter))
            {
                Elements(s, id);
            }
        }

        void Elements(SequenceNode? s, string id)
        {
            foreach (ElementNode e in s?.Elements ?? [])
            {
                if (e.RegexSource is not null)
                {
                    regexes.Add($"{id}: {e.RegexSource}");
                }

                Elements(e.Group, id);
                foreach (SequenceNode branch in e.OneOf ?? [])
                {
                    Elements(branch, id);
                }
            }
        }
    }

    [Test]
    public void TryLoad_DefaultSources_UsesThePack()
    {
        var diagnostics = new List<RuleDiagnostic>();
        List<RuleFile>? files = DefaultRulePack.TryLoad(ClaimTaggerBuilder.DefaultSources(), diagnostics);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(files?.Select(f => f.Source), Is.EqualTo(ClaimTaggerBuilder.DefaultSources().Select(s => s.Name)));
            Assert.That(files!.Sum(f => f.Rules.Count), Is.EqualTo(ClaimTaggerBuilder.DefaultSources().Sum(s => RuleFileReader.Read(s.Yaml, s.Name, RuleSetLimits.Default, [])!.Rules.Count)));
            Assert.That(diagnostics, Is.Empty);
        }
    }

    [Test]
    public void Write_OfWhatWasRead_GivesTheSameBytes()
    {
        byte[] pack = DefaultRulePack.Build(ClaimTaggerBuilder.DefaultSources());
        byte[] key = DefaultRulePack.Key(ClaimTaggerBuilder.DefaultSources());
        Assert.That(RuleFilePack.TryRead(pack, key, RuleSetLimits.Default.RegexTimeout, out List<RuleFile> files, out List<RuleDiagnostic> diagnostics), Is.True);
        Assert.That(RuleFilePack.Write(files, diagnostics, key), Is.EqualTo(pack));
    }

    [Test]
    public void Write_KeepsEveryPartOfARuleFile()
    {
        const string Yaml = """
            version: 1
            lexicons:
              denial-verbs: { entries: [deny, reject], inflect: verb }
            conflicts:
              Denial+Claim: keep-all
            override:
              - id: claim.reported-that
                priority: 7
                confidence: 0.25
            disable: [quote.trailing-source]
            rules:
              - id: my.denial
                label: Denial
                kind: flat
                message: "{source} denies"
                priority: -3
                confidence: 0.75
                scope: { sections: [body, caption], quotes: outside, window: paragraph }
                pattern:
                  - { entity: source, as: source }
                  - { lexicon: denial-verbs, as: cue }
                  - { regex: '[a-z]+', case: sensitive, op: '{0,3}' }
                  - { one-of: [[{ text: [it, this] }], [{ quote: closed, min-words: 2, depth: 0 }]], op: '?' }
                  - { group: [{ flags: [capitalized], negate: true }, { shape: [Xx], suffix: [-led, ing], min-length: 2, max-length: 9 }], op: '*', as: content }
                  - { anchor: end }
                not:
                  - pattern: [{ lower: [never] }]
                before: [{ token: any }]
                examples:
                  - text: Mr Smith denied it.
                    expect: { source: Mr Smith }
                  - text: Nothing here.
                    expect: none
                    section: caption
                    todo: a gap
            """;
        var diagnostics = new List<RuleDiagnostic>();
        RuleFile file = RuleFileReader.Read(Yaml, "mine.yaml", RuleSetLimits.Default, diagnostics)!;
        Assert.That(diagnostics.Where(d => d.IsError), Is.Empty);
        byte[] key = [1, 2, 3];
        byte[] pack = RuleFilePack.Write([file], diagnostics, key);

        Assert.That(RuleFilePack.TryRead(pack, key, RuleSetLimits.Default.RegexTimeout, out List<RuleFile> files, out _), Is.True);
        RuleDefinition rule = files[0].Rules[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(RuleFilePack.Write(files, diagnostics, key), Is.EqualTo(pack));
            Assert.That(files[0].Lexicons[0].Forms, Does.Contain("denied"));
            Assert.That(files[0].Conflicts[0].Policy, Is.EqualTo(ConflictPolicy.KeepAll));
            Assert.That(files[0].Overrides[0], Is.EqualTo(new OverrideDefinition("claim.reported-that", 7, 0.25, files[0].Overrides[0].Location)));
            Assert.That(files[0].Disable.Select(d => d.Id), Is.EqualTo(new[] { "quote.trailing-source" }));
            Assert.That((rule.Id, rule.Label.Name, rule.Kind, rule.Message, rule.Priority, rule.Confidence), Is.EqualTo(("my.denial", "Denial", "flat", "{source} denies", -3, 0.75)));
            Assert.That((rule.Quotes, rule.Window), Is.EqualTo((QuoteScope.Outside, RuleWindow.Paragraph)));
            Assert.That(rule.Condition!.Pattern!.Elements[2].Regex!.IsMatch("abc"), Is.True);
            Assert.That(rule.Condition.Pattern.Elements[2].Regex!.IsMatch("ABC"), Is.False);
            Assert.That(rule.Condition.Pattern.Elements[3].OneOf![1].Elements[0].QuoteDepth, Is.Zero);
            Assert.That(rule.Condition.Pattern.Elements[4].Group!.Elements[0].Negate, Is.True);
            ElementNode shaped = rule.Condition.Pattern.Elements[4].Group!.Elements[1];
            Assert.That((shaped.Suffixes, shaped.MinLength, shaped.MaxLength), Is.EqualTo((new List<string> { "-led", "ing" }, 2, 9)));
            Assert.That(rule.Condition.Not[0].Pattern!.Elements[0].Lower, Is.EqualTo(new[] { "never" }));
            Assert.That(rule.Examples[0].ExpectedRoles["source"], Is.EqualTo("Mr Smith"));
            Assert.That(rule.Examples[1].Todo, Is.EqualTo("a gap"));
            Assert.That(rule.Examples[1].Location, Is.EqualTo(file.Rules[0].Examples[1].Location));
        }
    }

    [Test]
    public void TryRead_ForeignOrDamagedPack_ReturnsFalse()
    {
        byte[] pack = DefaultRulePack.Build(ClaimTaggerBuilder.DefaultSources());
        byte[] key = DefaultRulePack.Key(ClaimTaggerBuilder.DefaultSources());
        byte[] otherKey = [.. key];
        otherKey[0] ^= 1;
        byte[] otherVersion = [.. pack];
        otherVersion[4] ^= 0x40;
        TimeSpan timeout = RuleSetLimits.Default.RegexTimeout;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(RuleFilePack.TryRead(pack, otherKey, timeout, out _, out _), Is.False);
            Assert.That(RuleFilePack.TryRead(otherVersion, key, timeout, out _, out _), Is.False);
            Assert.That(RuleFilePack.TryRead(pack[..(pack.Length / 2)], key, timeout, out List<RuleFile> files, out _), Is.False);
            Assert.That(files, Is.Empty);
            Assert.That(RuleFilePack.TryRead([.. pack, 0], key, timeout, out _, out _), Is.False);
            Assert.That(RuleFilePack.TryRead([], key, timeout, out _, out _), Is.False);
            byte[] garbled = [.. pack];
            garbled.AsSpan(pack.Length / 3).Fill(0xFF);
            Assert.That(RuleFilePack.TryRead(garbled, key, timeout, out _, out _), Is.False, "integers that never end");
        }
    }

    [Test]
    public void Parse_EditedBuiltInYaml_IgnoresThePackAndReadsTheYaml()
    {
        IReadOnlyList<RuleSource> defaults = ClaimTaggerBuilder.DefaultSources();
        RuleSource claims = defaults.Single(s => s.Name == "embedded:claims.yaml");
        RuleSource edited = claims with { Yaml = claims.Yaml + "\n  - id: test.added\n    label: Claim\n    pattern: [{ text: [zyzzyva] }]\n" };
        RuleSetParseResult result = RuleSetParser.Parse(defaults.Select(s => s == claims ? edited : s));
        Assert.That(result.RuleSet?.Find("test.added")?.Location.Source, Is.EqualTo("embedded:claims.yaml"));
    }

    [Test]
    public void Parse_DefaultYamlAsUserFiles_EveryCheckPassesWithoutAWarning()
    {
        // The pack's rules skip the linker's checks when loaded; this is where those checks run on them.
        RuleSetParseResult result = RuleSetParser.Parse(ClaimTaggerBuilder.DefaultSources().Select(s => new RuleSource(s.Name, s.Yaml)));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.RuleSet, Is.Not.Null);
            Assert.That(result.Diagnostics, Is.Empty);
        }
    }

    [Test]
    public void Tag_WithThePackAndWithTheYaml_GivesTheSameJson()
    {
        Tagger packed = new ClaimTaggerBuilder().UseDefaultRules().Build();
        var fromYaml = new ClaimTaggerBuilder();
        foreach (RuleSource source in ClaimTaggerBuilder.DefaultSources())
        {
            fromYaml.AddRules(source.Yaml, source.Name);
        }

        Tagger yaml = fromYaml.Build();
        var texts = GoldSetReader.ReadFile(GoldSetPaths.JsonlOf("dev")).Select(d => d.Text)
            .Append(File.ReadAllText(Path.Combine(RepoPaths.Root, "samples", "harbour-strike.txt"))).ToList();
        Assert.That(texts, Has.Count.GreaterThan(10));
        foreach (string text in texts)
        {
            Assert.That(TaggedArticleJsonWriter.ToJson(packed.Tag(text), indented: false), Is.EqualTo(TaggedArticleJsonWriter.ToJson(yaml.Tag(text), indented: false)));
        }
    }
}
