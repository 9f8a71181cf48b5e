using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.RegularExpressions;
using ClaimTagger.Analysis;
using ClaimTagger.Rules;
using ClaimTagger.Serialization;
using ClaimTagger.Tests.Robustness;

namespace ClaimTagger.Fuzz;

/// <summary>The fuzzing targets: each takes the fuzzer's bytes and throws when the library breaks its contract.</summary>
internal static class Targets
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The target names.</summary>
    public static IEnumerable<string> Names => ["tagger", "rules"];

    /// <summary>Finds a target by name.</summary>
    public static bool TryGet(string name, [NotNullWhen(true)] out Action<byte[]>? target)
    {
        target = name switch
        {
            "tagger" => Tagger,
            "rules" => Rules,
            _ => null,
        };
        return target is not null;
    }

    /// <summary>
    /// The bytes as article text, through <see cref="TextAnalyzer"/>, <see cref="ClaimTagger.Tagger"/> and the JSON
    /// writer. An input that starts with the UTF-16LE byte-order mark (FF FE) is read as UTF-16LE after it, so that
    /// every code unit (lone surrogates, NUL, format characters) can be reached; any other input is read as UTF-8,
    /// invalid sequences becoming U+FFFD, as the command line reads files. Any exception, broken offset or differing second run is a crash.
    /// </summary>
    public static void Tagger(byte[] data)
    {
        string text = Decode(data);
        AnalyzedText analyzed = TextAnalyzer.Default.Analyze(text);
        Fail(OffsetInvariants.Check(text, analyzed));

        TaggedArticle article = ClaimTagger.Tagger.CreateDefault().Tag(text);
        Fail(OffsetInvariants.Check(text, article));

        string json = TaggedArticleJsonWriter.ToJson(article, indented: false);
        string again = TaggedArticleJsonWriter.ToJson(ClaimTagger.Tagger.CreateDefault().Tag(new string(text.AsSpan())), indented: false);
        if (json != again)
        {
            throw new InvalidOperationException("the same text tagged twice gave different JSON");
        }
    }

    /// <summary>
    /// The bytes as a rule file (decoded like <see cref="Tagger"/>), loaded by <see cref="ClaimTaggerBuilder"/> on its
    /// own and again over a small base layer (so that <c>disable</c> and <c>override</c> find rules to act on; the
    /// full default pack takes too long to load for each input). The loader must never throw; every diagnostic must carry a CTnnnn code
    /// and a position inside the file; a load with errors gives no rule set and one without errors gives one; the
    /// same text must give the same diagnostics twice. A file that loads is compiled into a tagger that tags a short
    /// article, whose offsets must hold.
    /// </summary>
    public static void Rules(byte[] data)
    {
        string yaml = Decode(data);
        int lines = 1;
        foreach (char c in yaml)
        {
            lines += c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029' ? 1 : 0;
        }

        RuleSetParseResult alone = LoadAndCheck(new ClaimTaggerBuilder().AddRules(yaml, "fuzz.yaml"), lines, yaml.Length);
        string again = string.Join('\n', new ClaimTaggerBuilder().AddRules(new string(yaml.AsSpan()), "fuzz.yaml").LoadRules().Diagnostics);
        if (again != string.Join('\n', alone.Diagnostics))
        {
            throw new InvalidOperationException("the same rule file loaded twice gave different diagnostics");
        }

        if (!alone.HasErrors)
        {
            TaggedArticle article = new ClaimTaggerBuilder().AddRules(yaml, "fuzz.yaml").Build().Tag(FuzzArticle);
            Fail(OffsetInvariants.Check(FuzzArticle, article));
        }

        LoadAndCheck(new ClaimTaggerBuilder().AddRules(BaseLayer, "base.yaml").AddRules(yaml, "fuzz.yaml"), lines, yaml.Length);
    }

    private const string BaseLayer = """
        version: 1
        lexicons:
          speech-verbs: { inflect: verb, entries: [say, tell, "point out"] }
        rules:
          - id: test.said
            label: Claim
            pattern: [ { entity: source, as: source }, { lexicon: speech-verbs, as: cue } ]
            examples:
              - { text: "Okafor said so.", expect: { source: Okafor, cue: said } }
              - { text: "Nothing here.", expect: none }
        """;

    private const string FuzzArticle = "“We will not back down,” the mayor said on Tuesday.\n\nShe told reporters the plan was ‘dead’. " +
        "A spokesman denied the claims, according to officials.\n";

    private static readonly Regex DiagnosticCode = new(@"\ACT0\d{3}\z", RegexOptions.CultureInvariant);

    private static RuleSetParseResult LoadAndCheck(ClaimTaggerBuilder builder, int lines, int length)
    {
        RuleSetParseResult result = builder.LoadRules();
        if (result.HasErrors != (result.RuleSet is null))
        {
            throw new InvalidOperationException($"HasErrors is {result.HasErrors} but the rule set is {(result.RuleSet is null ? "null" : "set")}");
        }

        foreach (RuleDiagnostic d in result.Diagnostics)
        {
            if (!DiagnosticCode.IsMatch(d.Code))
            {
                throw new InvalidOperationException("diagnostic without a CTnnnn code: " + d);
            }

            if (d.Location.Source == "fuzz.yaml" &&
                (d.Location.Line < 1 || d.Location.Line > lines || d.Location.Column < 1 || d.Location.Column > length + 2))
            {
                throw new InvalidOperationException("diagnostic outside the file: " + d);
            }
        }

        return result;
    }

    /// <summary>Decodes the fuzzer's bytes (see <see cref="Tagger"/>).</summary>
    public static string Decode(byte[] data)
    {
        if (data.Length >= 2 && data[0] == 0xFF && data[1] == 0xFE)
        {
            var chars = new char[(data.Length - 2) / 2];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)(data[2 + (2 * i)] | (data[3 + (2 * i)] << 8));
            }

            return new string(chars);
        }

        return Utf8.GetString(data);
    }

    private static void Fail(string? violation)
    {
        if (violation is not null)
        {
            throw new InvalidOperationException("offset contract broken: " + violation);
        }
    }
}
