using System.Diagnostics.CodeAnalysis;
using System.Text;
using ClaimTagger.Analysis;
using ClaimTagger.Serialization;
using ClaimTagger.Tests.Robustness;

namespace ClaimTagger.Fuzz;

/// <summary>The fuzzing targets: each takes the fuzzer's bytes and throws when the library breaks its contract.</summary>
internal static class Targets
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The target names.</summary>
    public static IEnumerable<string> Names => ["tagger"];

    /// <summary>Finds a target by name.</summary>
    public static bool TryGet(string name, [NotNullWhen(true)] out Action<byte[]>? target)
    {
        target = name switch
        {
            "tagger" => Tagger,
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
