namespace ClaimTagger.Cli.Output.Summary;

/// <summary>
/// Sums up who is quoted: per source (the resolved name of a <c>DirectQuote</c> or <c>Claim</c> tag's <c>source</c>
/// role), how often directly and in reported speech, and the <c>ReporterFraming</c> tags (kinds and cue words) that
/// share a sentence with those quotes. Quotes without a source are counted under <see cref="NoSource"/>.
/// </summary>
internal sealed class SourceSummary
{
    /// <summary>The name under which quotes and claims without a source are counted.</summary>
    public const string NoSource = "(no source)";

    private readonly Dictionary<string, SourceStats> _sources = new(StringComparer.Ordinal);

    /// <summary>Gets the number of articles added.</summary>
    public int Documents { get; private set; }

    /// <summary>Adds one article's tags.</summary>
    public void Add(TaggedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        Documents++;
        var framingSeen = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        IReadOnlyList<Tag> tags = article.Tags;
        for (int i = 0; i < tags.Count; i++)
        {
            Tag tag = tags[i];
            bool direct = tag.Label == Label.DirectQuote;
            if (!direct && tag.Label != Label.Claim)
            {
                continue;
            }

            string name = SourceName(tag) ?? NoSource;
            if (!_sources.TryGetValue(name, out SourceStats? stats))
            {
                stats = new SourceStats(name);
                _sources.Add(name, stats);
            }

            if (!framingSeen.TryGetValue(name, out HashSet<int>? seen))
            {
                seen = [];
                framingSeen.Add(name, seen);
                stats.Documents++;
            }

            if (direct)
            {
                stats.Direct++;
            }
            else
            {
                stats.Reported++;
            }

            for (int j = 0; j < tags.Count; j++)
            {
                Tag framing = tags[j];
                if (framing.Label == Label.ReporterFraming && ShareSentence(tag, framing) && seen.Add(j))
                {
                    string kind = framing.Kind ?? "framing";
                    if (!stats.Framing.TryGetValue(kind, out Dictionary<string, int>? cues))
                    {
                        cues = new Dictionary<string, int>(StringComparer.Ordinal);
                        stats.Framing.Add(kind, cues);
                    }

                    Increment(cues, (framing.Role("cue")?.Text ?? framing.Text).ToLowerInvariant());
                }
            }
        }
    }

    /// <summary>Returns the sources, most quoted first, then by name; <see cref="NoSource"/> last.</summary>
    public IReadOnlyList<SourceStats> Sources()
    {
        var list = new List<SourceStats>(_sources.Values);
        list.Sort((a, b) =>
        {
            int byNoSource = (a.Name == NoSource).CompareTo(b.Name == NoSource);
            if (byNoSource != 0)
            {
                return byNoSource;
            }

            int byTotal = b.Total.CompareTo(a.Total);
            return byTotal != 0 ? byTotal : string.CompareOrdinal(a.Name, b.Name);
        });
        return list;
    }

    /// <summary>Returns the resolved name of a tag's source, or the mention as written, or <see langword="null"/>.</summary>
    public static string? SourceName(Tag tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        RoleSpan? source = tag.Role("source");
        string? name = source?.Resolved ?? source?.Text;
        return string.IsNullOrWhiteSpace(name) ? null : name.Trim();
    }

    /// <summary>Returns the entries of <paramref name="counts"/>, most frequent first, then by key.</summary>
    public static List<KeyValuePair<string, int>> Ranked(Dictionary<string, int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var list = new List<KeyValuePair<string, int>>(counts);
        list.Sort((a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.Key, b.Key));
        return list;
    }

    private static bool ShareSentence(Tag a, Tag b)
    {
        foreach (int sentence in a.Sentences)
        {
            foreach (int other in b.Sentences)
            {
                if (sentence == other)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void Increment(Dictionary<string, int> counts, string key)
        => counts[key] = counts.TryGetValue(key, out int count) ? count + 1 : 1;
}
