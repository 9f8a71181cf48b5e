using ClaimTagger.Sections;

namespace ClaimTagger.Tests.Serialization;

/// <summary>A small hand-tagged article (invented) with the shapes the JSON contract has to carry.</summary>
internal static class SampleArticle
{
    public const string Text =
        "Ferry fares ‘will not rise’ – Harbour chief Amara Lindqvist\n" +
        "14 Mar, 2024 09:42\n" +
        "Passengers queue at the pier. © Lena Marsh / Coastal Photo\n" +
        "By Tomas Rey\n" +
        "“We are not raising a single fare this year,” she said. “Not one.”\n" +
        "The council reportedly delayed the vote on the café licence, a so-called \"compromise\".\n";

    public static TaggedArticle Create()
    {
        var sentences = new List<TaggedSentence>();
        int paragraph = 0;
        AddLine(sentences, ref paragraph, "Ferry fares", SectionKind.Headline, [Label.Claim]);
        AddLine(sentences, ref paragraph, "14 Mar", SectionKind.Dateline, []);
        AddLine(sentences, ref paragraph, "Passengers queue", SectionKind.Caption, []);
        AddLine(sentences, ref paragraph, "By Tomas", SectionKind.Byline, []);

        int quoteStart = Text.IndexOf('“', StringComparison.Ordinal);
        int firstEnd = Text.IndexOf("said.", StringComparison.Ordinal) + "said.".Length;
        int secondStart = Text.IndexOf("“Not one", StringComparison.Ordinal);
        int secondEnd = Text.IndexOf('\n', secondStart);
        sentences.Add(Sentence(sentences.Count, quoteStart, firstEnd, SectionKind.Body, paragraph, [Label.DirectQuote]));
        sentences.Add(Sentence(sentences.Count, secondStart, secondEnd, SectionKind.Body, paragraph, [Label.DirectQuote]));
        paragraph++;
        AddLine(sentences, ref paragraph, "The council", SectionKind.Body, [Label.Attribution, Label.ReporterFraming]);

        var tags = new List<Tag>
        {
            new(Label.Claim, "claim.headline-dash", null, 0, Text.IndexOf('\n', StringComparison.Ordinal), Slice(0, Text.IndexOf('\n', StringComparison.Ordinal)), [0], 0.8,
                Roles(("source", Find("Amara Lindqvist"), "Amara Lindqvist"), ("cue", Find("–"), null), ("content", Find("Ferry fares ‘will not rise’"), null))),
            new(Label.DirectQuote, "quote.trailing-source", null, quoteStart, secondEnd, Slice(quoteStart, secondEnd), [4, 5], 0.95,
                Roles(("source", Find("she"), "Amara Lindqvist"), ("cue", Find("said"), null), ("content", Find("We are not raising a single fare this year"), null))),
            new(Label.Attribution, "attribution.hedge", "hedge", Find("reportedly").Start, Find("reportedly").End, "reportedly", [6], 0.7,
                Roles(("cue", Find("reportedly"), null))),
            new(Label.ReporterFraming, "framing.scare-quote", "scare-quote", Find("so-called \"compromise\"").Start, Find("so-called \"compromise\"").End,
                "so-called \"compromise\"", [6], 0.6, Roles(("cue", Find("so-called"), null), ("target", Find("\"compromise\""), null))),
        };

        return new TaggedArticle(Text, sentences, tags, ["sample diagnostic: nothing went wrong"]);
    }

    public static (int Start, int End) Find(string fragment)
    {
        int start = Text.IndexOf(fragment, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{fragment}' is not in the sample.", nameof(fragment));
        }

        return (start, start + fragment.Length);
    }

    public static string Slice(int start, int end) => Text[start..end];

    private static void AddLine(List<TaggedSentence> sentences, ref int paragraph, string prefix, SectionKind section, Label[] labels)
    {
        int start = Text.IndexOf(prefix, StringComparison.Ordinal);
        int end = Text.IndexOf('\n', start);
        sentences.Add(Sentence(sentences.Count, start, end, section, paragraph, labels));
        paragraph++;
    }

    private static TaggedSentence Sentence(int index, int start, int end, SectionKind section, int paragraph, Label[] labels)
        => new(index, start, end, Slice(start, end), section, paragraph, labels);

    private static Dictionary<string, RoleSpan> Roles(params (string Name, (int Start, int End) Span, string? Resolved)[] roles)
    {
        var result = new Dictionary<string, RoleSpan>(StringComparer.Ordinal);
        foreach (var (name, span, resolved) in roles)
        {
            result.Add(name, new RoleSpan(span.Start, span.End, Slice(span.Start, span.End), resolved));
        }

        return result;
    }
}
