using ClaimTagger.Tests.Rules;

namespace ClaimTagger.Tests.Matching;

/// <summary>The test corpus: hand-written sentences plus sentences built from hand-written templates.</summary>
internal static class Corpus
{
    private static readonly string[] Names = ["Ana Ruiz", "the mayor", "Officials", "She", "Minister Kofi Mensah", "the port authority", "Li Na", "The council"];
    private static readonly string[] Verbs = ["said", "told reporters", "warned", "claimed", "admitted", "insisted", "noted", "explained", "denied"];
    private static readonly string[] Contents =
    [
        "the ferry would sail on time", "rents had risen by a third", "the vote was rigged", "nobody had been hurt",
        "the NEW rules start in June", "the so-called audit was never finished", "talks with the union had stalled",
        "the alleged leak came from inside",
    ];

    private static readonly string[] Templates =
    [
        "{name} {verb} that {content}.",
        "“{Content},” {name} {verb}.",
        "{Content}, {name} {verb}.",
        "According to {name}, {content}.",
        "{Name} has {verb} {content}.",
    ];

    /// <summary>Gets every sentence, one per line (each line is its own paragraph).</summary>
    public static IReadOnlyList<string> Sentences { get; } = Build();

    /// <summary>Gets the sentences joined into articles of about twenty paragraphs.</summary>
    public static IEnumerable<string> Articles => Sentences.Chunk(20).Select(lines => string.Join("\n", lines));

    private static List<string> Build()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "ClaimTagger.Tests", "Specs", "corpus", "sentences.txt"))
            .Where(l => l.Length > 0).ToList();
        int i = 0;
        foreach (string template in Templates)
        {
            foreach (string name in Names)
            {
                foreach (string verb in Verbs)
                {
                    string content = Contents[i++ % Contents.Length];
                    lines.Add(template.Replace("{name}", name, StringComparison.Ordinal)
                        .Replace("{Name}", Capital(name), StringComparison.Ordinal)
                        .Replace("{verb}", verb, StringComparison.Ordinal)
                        .Replace("{content}", content, StringComparison.Ordinal)
                        .Replace("{Content}", Capital(content), StringComparison.Ordinal));
                }
            }
        }

        return lines;
    }

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
