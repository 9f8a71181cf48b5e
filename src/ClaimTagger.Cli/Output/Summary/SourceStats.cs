namespace ClaimTagger.Cli.Output.Summary;

/// <summary>How one source is quoted across the articles summed up, and the reporter's framing around it.</summary>
internal sealed class SourceStats
{
    public SourceStats(string name)
    {
        Name = name;
    }

    /// <summary>Gets the source's resolved name (or the mention as written when unresolved).</summary>
    public string Name { get; }

    /// <summary>Gets or sets how many <c>DirectQuote</c> tags give this source.</summary>
    public int Direct { get; set; }

    /// <summary>Gets or sets how many <c>Claim</c> tags (reported speech) give this source.</summary>
    public int Reported { get; set; }

    /// <summary>Gets or sets in how many articles the source is quoted.</summary>
    public int Documents { get; set; }

    /// <summary>
    /// Gets the <c>ReporterFraming</c> tags in the sentences that quote the source: per kind (<c>loaded-verb</c>,
    /// <c>scare-quote</c> …), the framing words (cues, lower-cased) with their counts.
    /// </summary>
    public Dictionary<string, Dictionary<string, int>> Framing { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the number of framing tags of <paramref name="kind"/>.</summary>
    public int FramingCount(string kind)
    {
        int total = 0;
        if (Framing.TryGetValue(kind, out Dictionary<string, int>? cues))
        {
            foreach (int count in cues.Values)
            {
                total += count;
            }
        }

        return total;
    }

    /// <summary>Returns the framing kinds, most frequent first, then by name.</summary>
    public List<string> RankedFramingKinds()
    {
        var kinds = new List<string>(Framing.Keys);
        kinds.Sort((a, b) =>
        {
            int byCount = FramingCount(b).CompareTo(FramingCount(a));
            return byCount != 0 ? byCount : string.CompareOrdinal(a, b);
        });
        return kinds;
    }

    /// <summary>Gets the total number of quotes and claims.</summary>
    public int Total => Direct + Reported;
}
