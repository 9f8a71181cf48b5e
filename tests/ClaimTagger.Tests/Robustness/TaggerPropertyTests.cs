using System.Text.Json;
using ClaimTagger.Analysis;
using ClaimTagger.Serialization;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimTagger.Tests.Robustness;

// FsCheck's [Property] supplies the arguments, which NUnit's analyzer cannot see.
#pragma warning disable NUnit1027

/// <summary>
/// Properties of <see cref="Tagger"/> and <see cref="TextAnalyzer"/> over arbitrary strings and generated articles:
/// no exception, every span inside the text and equal to its slice, sentences in order and non-overlapping, every
/// non-white-space character in exactly one sentence, and the same input always giving the same output.
/// </summary>
/// <remarks>A failure prints the shrunk counterexample and the seed; rerun it with <c>Replay = "seed"</c>.</remarks>
public class TaggerPropertyTests
{
    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property Tag_ArbitraryString_KeepsOffsetContract(NonNull<string> input) =>
        TagKeepsContract(input.Get);

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property Tag_ArbitraryUnicodeString_KeepsOffsetContract(UnicodeString input) =>
        TagKeepsContract(input.Item ?? string.Empty);

    [FsCheck.NUnit.Property(MaxTest = 500, Arbitrary = [typeof(ArticleArbitraries)])]
    public Property Tag_HostileString_KeepsOffsetContract(HostileString input) =>
        TagKeepsContract(input.Text);

    [FsCheck.NUnit.Property(MaxTest = 500, Arbitrary = [typeof(ArticleArbitraries)])]
    public Property Analyze_HostileString_KeepsOffsetContract(HostileString input) =>
        AnalyzeKeepsContract(input.Text);

    [FsCheck.NUnit.Property(MaxTest = 200, Arbitrary = [typeof(ArticleArbitraries)])]
    public Property Tag_GeneratedArticle_KeepsOffsetContract(GeneratedArticle input) =>
        TagKeepsContract(input.Text);

    [FsCheck.NUnit.Property(MaxTest = 200, Arbitrary = [typeof(ArticleArbitraries)])]
    public Property Analyze_GeneratedArticle_KeepsOffsetContract(GeneratedArticle input) =>
        AnalyzeKeepsContract(input.Text);

    [FsCheck.NUnit.Property(MaxTest = 200, Arbitrary = [typeof(ArticleArbitraries)])]
    public Property Tag_GeneratedArticleTwice_GivesTheSameJson(GeneratedArticle input) =>
        SameJsonTwice(input.Text);

    [FsCheck.NUnit.Property(MaxTest = 300, Arbitrary = [typeof(ArticleArbitraries)])]
    public Property Tag_HostileStringTwice_GivesTheSameJson(HostileString input) =>
        SameJsonTwice(input.Text);

    [FsCheck.NUnit.Property(MaxTest = 300, Arbitrary = [typeof(ArticleArbitraries)])]
    public Property ToJson_HostileString_WritesJsonWithTheSentenceOffsets(HostileString input)
    {
        TaggedArticle article = Tagger.CreateDefault().Tag(input.Text);
        string json = TaggedArticleJsonWriter.ToJson(article, indented: false);
        using JsonDocument doc = JsonDocument.Parse(json);
        int[] offsets = [.. doc.RootElement.GetProperty("sentences").EnumerateArray()
            .SelectMany(s => new[] { s.GetProperty("start").GetInt32(), s.GetProperty("end").GetInt32() })];
        int[] expected = [.. article.Sentences.SelectMany(s => new[] { s.Start, s.End })];
        return Prop.Label(offsets.SequenceEqual(expected), "the JSON's sentence offsets differ from the article's");
    }

    private static Property TagKeepsContract(string text)
    {
        string? violation = OffsetInvariants.Check(text, Tagger.CreateDefault().Tag(text));
        return Prop.Label(violation is null, violation ?? string.Empty);
    }

    private static Property AnalyzeKeepsContract(string text)
    {
        string? violation = OffsetInvariants.Check(text, TextAnalyzer.Default.Analyze(text));
        return Prop.Label(violation is null, violation ?? string.Empty);
    }

    /// <summary>Tags the text and a fresh copy of it (so nothing can be cached by reference) and compares the JSON.</summary>
    private static Property SameJsonTwice(string text)
    {
        string copy = new(text.AsSpan());
        string first = TaggedArticleJsonWriter.ToJson(Tagger.CreateDefault().Tag(text));
        string second = TaggedArticleJsonWriter.ToJson(Tagger.CreateDefault().Tag(copy));
        return Prop.Label(first == second, "the second run wrote different JSON");
    }
}
