using ClaimTagger.Rules;
using ClaimTagger.Rules.Yaml;

namespace ClaimTagger.Tests.Rules.Yaml;

public class RuleFileReaderTests
{
    [TestCase(@"^\d+-year-olds?$")]
    [TestCase(@"^[a-z]+ing$")]
    [TestCase(@"^\p{Lu}{5,}$")]
    [TestCase(@"[\p{L}.]+-(led|backed)")]
    [TestCase(@"a{16}b{16}")]
    [TestCase(@"x[{]1000}")]
    [TestCase(@"a\{1000}")]
    public void CanDefer_PatternThatCannotFailToBuild_IsTrue(string pattern)
    {
        Assert.That(RuleFileReader.CanDefer(pattern), Is.True);
    }

    [TestCase(@"(a)\1")]
    [TestCase(@"a(?=b)")]
    [TestCase(@"(?>a+)b")]
    [TestCase(@"(?(a)a|b)")]
    [TestCase(@"\Ga")]
    [TestCase(@"a{257}")]
    [TestCase(@"(a{20}){20}")]
    [TestCase(@".{100000}")]
    [TestCase(@"a{2,1000}")]
    [TestCase(@"a{99999999999999999999}")]
    public void CanDefer_PatternTheEngineMayRefuse_IsFalse(string pattern)
    {
        Assert.That(RuleFileReader.CanDefer(pattern), Is.False);
    }

    [Test]
    public void Read_ListThatHoldsAnAliasOfAnotherList_JoinsTheirWords()
    {
        const string Yaml = """
            version: 1
            rules:
              - id: t.first
                label: Marker
                pattern: [ { lower: &verbs [said, says] } ]
              - id: t.second
                label: Marker
                pattern: [ { lower: [*verbs, told], negate: true }, { text: [[A, B], C] } ]
            """;
        var diagnostics = new List<RuleDiagnostic>();

        RuleFile file = RuleFileReader.Read(Yaml, "nested.yaml", RuleSetLimits.Default, diagnostics)!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(diagnostics, Is.Empty);
            Assert.That(file.Rules[1].Condition!.Pattern!.Elements[0].Lower, Is.EqualTo(new[] { "said", "says", "told" }));
            Assert.That(file.Rules[1].Condition!.Pattern!.Elements[1].Text, Is.EqualTo(new[] { "A", "B", "C" }));
        }
    }

    [TestCase("version: 1\nrules:\n  - id: t.a\n    label: Marker\n    pattern: [ { lower: [[said, [says]]] } ]\n")]
    [TestCase("version: 1\nrules:\n  - id: t.a\n    label: Marker\n    pattern: [ { lower: [said, []] } ]\n")]
    [TestCase("version: 1\nrules:\n  - id: t.a\n    label: Marker\n    pattern: [ { entity: [[source]] } ]\n")]
    public void Read_ListNestedTooDeepOrEmptyOrWhereNotAllowed_IsAnError(string yaml)
    {
        var diagnostics = new List<RuleDiagnostic>();
        RuleFileReader.Read(yaml, "nested.yaml", RuleSetLimits.Default, diagnostics);
        Assert.That(diagnostics.Where(d => d.IsError), Is.Not.Empty);
    }

    [TestCase("(a)\\1", "CT0202")]
    [TestCase("a(?=b)", "CT0202")]
    [TestCase("(?>a+)b", "CT0202")]
    [TestCase("[a-", "CT0201")]
    [TestCase("a)", "CT0201")]
    public void Read_RegexThatCannotBeBuilt_IsRefusedAtLoad(string pattern, string code)
    {
        string yaml = "version: 1\nrules:\n  - id: t.re\n    label: Marker\n    pattern: [ { regex: '" + pattern + "' } ]\n";
        int quote = yaml.Split('\n')[4].IndexOf('\'', StringComparison.Ordinal) + 1;
        var diagnostics = new List<RuleDiagnostic>();

        RuleFileReader.Read(yaml, "re.yaml", RuleSetLimits.Default, diagnostics);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(diagnostics.Where(d => d.IsError).Select(d => d.Code), Is.EqualTo(new[] { code }));
            Assert.That(diagnostics[0].Location.Line, Is.EqualTo(5));
            Assert.That(diagnostics[0].Location.Column, Is.InRange(quote + 1, quote + 1 + pattern.Length));
        }
    }

    [TestCaseSource(nameof(DefaultSourceNames))]
    public void Check_BuiltInDefaultFile_PassesTheGuardItsLoadSkips(string name)
    {
        RuleSource source = ClaimTaggerBuilder.DefaultSources().Single(s => s.Name == name);
        var diagnostics = new List<RuleDiagnostic>();

        bool ok = YamlGuard.Check(source.Yaml, source.Name, RuleSetLimits.Default, diagnostics);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(source.IsBuiltIn, Is.True);
            Assert.That(ok, Is.True);
            Assert.That(diagnostics.Select(d => d.ToString()), Is.Empty);
        }
    }

    [Test]
    public void Read_FileNotBuiltIn_IsGuarded()
    {
        const string yaml = "version: 1\nversion: 1\nrules: []\n";
        var diagnostics = new List<RuleDiagnostic>();

        RuleFile? file = RuleFileReader.Read(yaml, "dup.yaml", RuleSetLimits.Default, diagnostics);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(file, Is.Null);
            Assert.That(diagnostics.Where(d => d.IsError), Is.Not.Empty);
        }
    }

    public static IEnumerable<string> DefaultSourceNames() => ClaimTaggerBuilder.DefaultSources().Select(s => s.Name);
}
