using System.Text;
using System.Text.RegularExpressions;
using ClaimTagger.Rules;
using YamlDotNet.RepresentationModel;

namespace ClaimTagger.Benchmarks;

/// <summary>
/// The four labels done the obvious way, as the yardstick of issue 7: every default rule approximated by one or a
/// few hand-written .NET <see cref="Regex"/>es (compiled, culture-invariant), whose word lists are the lexicons of
/// <c>rules/*.yaml</c> read from the YAML and inflected like the rule loader does; the article is split into lines
/// and the lines into sentences with a regex, and every regex runs over every sentence.
/// </summary>
/// <remarks>
/// It finds roughly the same things as the default pack (not the same spans: it has no quote pairing, no sections, no
/// conflict resolution and no source resolution), and writes no output: it only counts matches per label. That
/// makes it a generous baseline: whatever ClaimTagger does on top is work the baseline skips.
/// </remarks>
public sealed class NaiveBaseline
{
    /// <summary>The labels, in the order of <see cref="Tag"/>'s counts.</summary>
    public static readonly string[] Labels = ["DirectQuote", "Claim", "Attribution", "ReporterFraming"];

    private static readonly Regex SentenceBreak = new(@"(?<=[.!?][”’""]?)\s+(?=[“‘""]?[A-Z])", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private readonly (int Label, Regex Regex)[] _rules;

    /// <summary>Initializes a new instance of the <see cref="NaiveBaseline"/> class from the rule files in <paramref name="rulesFolder"/>.</summary>
    /// <param name="rulesFolder">The folder with the default pack's YAML files (for its lexicons).</param>
    public NaiveBaseline(string rulesFolder)
    {
        Dictionary<string, string> lexicons = ReadLexicons(rulesFolder);
        _rules = [.. Patterns().Select(p => (Array.IndexOf(Labels, p.Label), new Regex(Expand(p.Pattern, lexicons), RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)))];
    }

    /// <summary>Gets the number of regexes.</summary>
    public int Count => _rules.Length;

    /// <summary>Finds the default rules' folder: <c>rules/</c> beside <c>ClaimTagger.sln</c>, above the working folder or the program.</summary>
    /// <returns>The folder.</returns>
    /// <exception cref="DirectoryNotFoundException">No such folder was found.</exception>
    public static string FindRulesFolder()
    {
        foreach (string start in (string[])[Directory.GetCurrentDirectory(), AppContext.BaseDirectory])
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ClaimTagger.sln")) && Directory.Exists(Path.Combine(dir.FullName, "rules")))
                {
                    return Path.Combine(dir.FullName, "rules");
                }
            }
        }

        throw new DirectoryNotFoundException("rules/ beside ClaimTagger.sln not found above the working folder");
    }

    /// <summary>Counts the matches of every regex over every sentence of <paramref name="article"/>, per label.</summary>
    /// <param name="article">The article.</param>
    /// <param name="counts">Receives the match counts, by label index; added to.</param>
    public void Tag(string article, int[] counts)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(counts);
        foreach (string line in article.Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            foreach (string sentence in SentenceBreak.Split(line))
            {
                foreach ((int label, Regex regex) in _rules)
                {
                    foreach (ValueMatch _ in regex.EnumerateMatches(sentence))
                    {
                        counts[label]++;
                    }
                }
            }
        }
    }

    /// <summary>Times each regex alone over the sentences of <paramref name="articles"/> and returns the slowest first.</summary>
    /// <param name="articles">The articles.</param>
    /// <returns>Each regex's pattern (cut short) and its CPU seconds.</returns>
    public IReadOnlyList<(string Pattern, double Seconds)> Profile(IEnumerable<string> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        string[] sentences = [.. articles.SelectMany(a => a.Split('\n')).Where(l => !string.IsNullOrWhiteSpace(l)).SelectMany(l => SentenceBreak.Split(l))];
        var result = new List<(string, double)>();
        foreach ((int _, Regex regex) in _rules)
        {
            double start = CpuClock.Now();
            int n = 0;
            foreach (string sentence in sentences)
            {
                n += regex.Count(sentence);
            }

            string pattern = regex.ToString();
            result.Add((pattern.Length > 90 ? pattern[..90] + "…" : pattern, CpuClock.Now() - start));
        }

        return [.. result.OrderByDescending(r => r.Item2)];
    }

    /// <summary>The regexes: label and pattern, with <c>{lexicon-name}</c> for a lexicon's words and <c>{SRC}</c>,
    /// <c>{AUX}</c>, <c>{Q}</c> … for the shared pieces below.</summary>
    private static IEnumerable<(string Label, string Pattern)> Patterns()
    {
        const string dq = "DirectQuote", claim = "Claim", attribution = "Attribution", framing = "ReporterFraming";
        string[] quoteStyles = ["“[^”]{1,1500}”", "‘[^‘]{1,1500}’(?!\\w)", "\"[^\"]{1,1500}\""];
        foreach (string q in quoteStyles)
        {
            // quote.trailing-source, quote.trailing-inverted, quote.leading-source, quote.interrupted, quote.standalone
            yield return (dq, q + "\\s*,?\\s*{SRC}\\s+{AUX}(?:{speech-verbs}|{quote-verbs})");
            yield return (dq, q + "\\s*,?\\s*{inverted-verbs}\\s+{SRC}");
            yield return (dq, "{SRC}\\s+{AUX}(?:{speech-verbs}|{quote-verbs})(?:\\s+{hearers})?\\s*[:,]\\s*" + q);
            yield return (dq, q + "\\s*,?\\s*{SRC}\\s+{AUX}{speech-verbs}\\s*,\\s*" + q);
            yield return (dq, "^\\s*" + q + "\\s*$");
        }

        yield return (dq, "{Q}\\s*,?\\s*(?i:according\\s+to)\\s+{SRC}");                               // quote.according-to
        yield return (dq, "{SRC}\\s+{AUX}{speech-verbs}[^:“‘\"]{0,40}:\\s*{Q}");                         // quote.after-colon
        yield return (dq, "^[A-Z][\\w’'-]+(?:\\s+[A-Z][\\w’'-]+)?\\s*:\\s*{Q}");                         // quote.headline-colon

        yield return (claim, "{SRC}\\s+{AUX}{speech-verbs}\\s+(?:{hearers}\\s+)?(?i:that)\\s+[^.!?]+");   // claim.reported-that
        yield return (claim, "{SRC}\\s+{AUX}{clause-verbs}\\s+(?:(?i:the|a|an|it|he|she|they|we|there)|[A-Z][\\w’'-]+)\\s+[^.!?]+"); // claim.reported-bare
        yield return (claim, "{SRC}\\s+{AUX}(?i:told|tells|tell|telling)\\s+(?:the\\s+)?(?:[A-Z][\\w’'-]+\\s+){0,3}(?:{hearers}\\s+)?(?:that\\s+)?[^.!?]+"); // claim.told
        yield return (claim, "{SRC}\\s+{AUX}{characterise-verbs}\\s+[^.!?]{1,80}?\\s+as\\s+[^.!?]+");     // claim.characterise-as
        yield return (claim, "{SRC}\\s+{AUX}(?i:called|calls|call|branded|brands|labelled|labeled|dubbed)\\s+[^.!?]{1,80}?\\s+(?i:a|an|the)\\s+[^.!?]+"); // claim.call
        yield return (claim, "{SRC}\\s+{AUX}(?i:accused|accuses|accuse|accusing)\\s+[^.!?]+?\\s+of\\s+[^.!?]+"); // claim.accuse
        yield return (claim, "{SRC}\\s+{AUX}(?i:blamed|blames|blame|blaming)\\s+[^.!?]+?\\s+(?:for|on)\\s+[^.!?]+"); // claim.blame
        yield return (claim, "(?i:and\\s+blamed|,\\s*blaming)\\s+[^.!?]+");                              // claim.blame-continued
        yield return (claim, "{SRC}\\s+{AUX}(?i:denied|denies|deny|denying|rejected|dismissed)\\s+(?:that\\s+)?[^.!?]+"); // claim.deny
        yield return (claim, "^[^“‘\"]{10,}?,\\s*{SRC}\\s+{AUX}{clause-verbs}\\s*[.!?]?$");              // claim.trailing-attribution
        yield return (claim, "^[^“‘\"]{10,}?,\\s*{inverted-verbs}\\s+{SRC}\\s*[.!?]?$");                 // claim.trailing-inverted
        yield return (claim, ",\\s*{SRC}\\s+{AUX}{clause-verbs}\\s*,");                                   // claim.parenthetical
        yield return (claim, "(?i:the\\s+(?:report|study|survey|audit|review|analysis|inquiry|investigation|poll|data|figures))\\s+(?i:found|finds|concluded|concludes|showed|shows|suggests|suggested|says|said)\\s+(?:that\\s+)?[^.!?]+"); // claim.document-finds
        yield return (claim, "(?i:according\\s+to)\\s+{SRC}\\s*,\\s*[^.!?]+");                            // claim.according-to (leading)
        yield return (claim, "[^.!?,]+,\\s*(?i:according\\s+to)\\s+{SRC}");                               // claim.according-to (trailing)
        yield return (claim, "(?i:it\\s+(?:is|was|has\\s+been|had\\s+been))\\s+{belief-participles}\\s+that\\s+[^.!?]+"); // claim.passive-cue
        yield return (claim, "(?i:the\\s+(?:court|hearing|jury|inquiry|tribunal|committee))\\s+(?i:heard|was\\s+told)\\s+(?:that\\s+)?[^.!?]+"); // claim.hearing
        yield return (claim, "(?i:(?:his|her|their|its|the)\\s+(?:claim|assertion|allegation|insistence|warning|argument|belief)s?\\s+that)\\s+[^.!?]+"); // claim.nominal
        yield return (claim, ",\\s*(?i:saying|claiming|arguing|insisting|warning|adding|noting|stressing)\\s+(?:that\\s+)?[^.!?]+"); // claim.participle
        yield return (claim, "{SRC}\\s+{AUX}{speech-verbs}\\s+that\\s+[^.!?]+?\\s+and\\s+that\\s+[^.!?]+"); // claim.coordinated
        yield return (claim, "^[^–—\\n]{10,}\\s[–—]\\s+(?:[A-Z][\\w’'-]+\\s*){1,4}$");                     // claim.headline-dash
        yield return (claim, "^[^,\\n]{5,},\\s*(?i:says|warns|claims|insists|admits)\\s+(?:[\\w’'-]+\\s*){1,4}$"); // claim.headline-verdict
        yield return (claim, "^[A-Z][\\w’'-]+(?:\\s+[A-Z][\\w’'-]+)?\\s*:\\s*[^“‘\"]+$");                  // claim.headline-colon

        yield return (attribution, "{hedge-adjectives}\\s+[\\w’'-]+(?:\\s+[\\w’'-]+)?");                   // attribution.hedged-noun
        yield return (attribution, "[\\w’'-]+(?:’s|'s)\\s+{hedge-adjectives}\\s+[\\w’'-]+");               // attribution.hedged-noun-possessive
        yield return (attribution, "{hedge-adverbs}");                                                      // attribution.hedge-adverb
        yield return (attribution, "{be-forms}\\s+(?:(?i:widely|generally|now)\\s+)?{belief-participles}\\s+to\\s+(?i:be|have)\\b"); // attribution.belief-passive
        yield return (attribution, "{seem-verbs}\\s+to\\s+(?i:be|have)\\b");                                // attribution.said-to-be
        yield return (attribution, "(?i:rumou?rs?|speculation|unconfirmed\\s+reports)\\s+(?i:that|of)\\b");  // attribution.rumours
        yield return (attribution, "(?:(?i:a|an|one|two|three|several|some|many|the)\\s+)?(?:[\\w’'-]+\\s+){0,2}{anonymous-sources}"); // attribution.unnamed-source
        yield return (attribution, "{marked-sources}\\s+(?:(?i:who\\s+(?:is|are|was|were)\\s+))?{anonymity-markers}"); // unnamed source with a mark
        yield return (attribution, "(?i:sources?)\\s+(?i:close\\s+to|familiar\\s+with|within|inside|at)\\s+[\\w’'-]+");

        yield return (framing, "{SRC}\\s+{AUX}{loaded-verbs}");                                            // framing.loaded-verb
        yield return (framing, "{loaded-labels}");                                                          // framing.loaded-label
        yield return (framing, "{loaded-adjectives}\\s+[a-z][\\w’'-]+");                                    // loaded adjective before a noun
        yield return (framing, "(?i:illegal)\\s+{illegal-nouns}");
        yield return (framing, "(?i:so-called)\\s+[“‘\"][^”’\"]{1,60}[”’\"]");                              // framing.scare-quote
        yield return (framing, "(?<=\\s)[“‘][\\w’'-]+(?:\\s+[\\w’'-]+){0,2}[”’](?=[\\s,.;:])");
        yield return (framing, "\\b(?!{long-acronyms}\\b)[A-Z]{5,}\\b|\\b(?:NOT|NEVER|NO|ALL|EVER)\\b");     // framing.emphasis: capitals
        yield return (framing, "[^”’\"\\s]!(?![”’\"])");                                                   // an exclamation mark outside quotes
        yield return (framing, "{intensifiers}");                                                           // framing.intensifier
        yield return (framing, "{loaded-idioms}");                                                          // framing.loaded-idiom
    }

    /// <summary>Replaces each <c>{name}</c> with the shared piece or the lexicon's alternation.</summary>
    private static string Expand(string pattern, Dictionary<string, string> lexicons)
    {
        const string name = "(?:(?:Mr|Mrs|Ms|Dr)\\.?\\s+)?[A-Z][a-z’'-]+(?:\\s+(?:de\\s+|van\\s+)?[A-Z][a-z’'-]+){0,2}";
        const string pronoun = "\\b(?:(?i:he|she|they|we|it)|I)\\b";
        string description = "\\b(?i:the|a|an|his|her|their|its|one|some|several|many)\\s+(?:[\\w’'-]+\\s+)?" + lexicons["source-nouns"];
        var pieces = new Dictionary<string, string>(lexicons)
        {
            ["SRC"] = $"(?:{name}|{pronoun}|{description})",
            ["AUX"] = $"(?:{lexicons["auxiliaries"]}\\s+){{0,2}}",
            ["Q"] = "(?:“[^”]{1,1500}”|‘[^‘]{1,1500}’(?!\\w)|\"[^\"]{1,1500}\")",
        };
        return Regex.Replace(pattern, "\\{([A-Za-z][A-Za-z-]*)\\}", m => pieces.TryGetValue(m.Groups[1].Value, out string? piece) ? piece : m.Value);
    }

    /// <summary>Reads every lexicon of every YAML file in <paramref name="folder"/> into a case-insensitive, whole-word alternation.</summary>
    private static Dictionary<string, string> ReadLexicons(string folder)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string path in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(path))
            {
                stream.Load(reader);
            }

            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
                || !root.Children.TryGetValue(new YamlScalarNode("lexicons"), out YamlNode? node) || node is not YamlMappingNode lexicons)
            {
                continue;
            }

            foreach ((YamlNode key, YamlNode value) in lexicons.Children)
            {
                string? inflect = null;
                YamlNode? entries = value;
                if (value is YamlMappingNode map)
                {
                    inflect = map.Children.TryGetValue(new YamlScalarNode("inflect"), out YamlNode? i) ? ((YamlScalarNode)i).Value : null;
                    entries = map.Children.TryGetValue(new YamlScalarNode("entries"), out YamlNode? e) ? e : null;
                }

                if (entries is not YamlSequenceNode list)
                {
                    continue;
                }

                var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (YamlNode entry in list)
                {
                    if (entry is YamlScalarNode { Value: { Length: > 0 } word })
                    {
                        foreach (string form in Inflect(word, inflect))
                        {
                            forms.Add(form);
                        }
                    }
                }

                // Longest first, so "hit out" wins over "hit"; spaces match any white space.
                var alternation = new StringBuilder("(?i:");
                bool first = true;
                foreach (string form in forms.OrderByDescending(f => f.Length).ThenBy(f => f, StringComparer.Ordinal))
                {
                    alternation.Append(first ? string.Empty : "|").Append(Regex.Escape(form).Replace("\\ ", "\\s+", StringComparison.Ordinal));
                    first = false;
                }

                result[((YamlScalarNode)key).Value!] = "\\b" + alternation.Append(")\\b");
            }
        }

        return result;
    }

    /// <summary>The entry's forms: the first word inflected as a verb or the last as a noun, as the rule loader does.</summary>
    private static IEnumerable<string> Inflect(string entry, string? inflect)
    {
        if (inflect is null)
        {
            return [entry];
        }

        int space = inflect == "verb" ? entry.IndexOf(' ', StringComparison.Ordinal) : entry.LastIndexOf(' ');
        if (inflect == "verb")
        {
            string head = space < 0 ? entry : entry[..space], rest = space < 0 ? string.Empty : entry[space..];
            return EnglishInflector.VerbForms(head.ToLowerInvariant()).Select(f => f + rest);
        }

        string before = space < 0 ? string.Empty : entry[..(space + 1)], last = space < 0 ? entry : entry[(space + 1)..];
        return EnglishInflector.NounForms(last.ToLowerInvariant()).Select(f => before + f);
    }
}
