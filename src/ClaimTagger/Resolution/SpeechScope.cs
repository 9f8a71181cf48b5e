namespace ClaimTagger.Resolution;

/// <summary>
/// Applies LABELS.md's rules about whose words are whose once every tag is known: reporter framing never lies
/// inside a direct quotation's words (they are the speaker's), a quoted fragment inside a reported claim is
/// a partial quote, not a scare quote, unless the reporter flags it with "so-called", and a speaker that source
/// resolution finds a name for ("The official also pointed out …" after "spokeswoman Irina Sokol") is no unnamed
/// source.
/// </summary>
internal static class SpeechScope
{
    private const string ContentRole = "content";

    private const string SourceRole = "source";

    private const string UnnamedSource = "unnamed-source";

    /// <summary>Returns the tags without the framing tags that the speech tags around them rule out.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="tags">Every tag of the article.</param>
    /// <returns>The kept tags, in the same order.</returns>
    public static List<Tag> Filter(string text, List<Tag> tags)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tags);
        List<(int Start, int End)>? quoteWords = null, claimWords = null, namedSources = null;
        foreach (Tag tag in tags)
        {
            if ((tag.Label == Label.DirectQuote || tag.Label == Label.Claim) && tag.Role(SourceRole) is { Resolved: { } name } source &&
                !name.Equals(source.Text, StringComparison.OrdinalIgnoreCase))
            {
                (namedSources ??= []).Add((source.Start, source.End));
            }

            if (tag.Role(ContentRole) is not { } content)
            {
                continue;
            }

            if (tag.Label == Label.DirectQuote)
            {
                (quoteWords ??= []).Add((content.Start, content.End));
            }
            else if (tag.Label == Label.Claim)
            {
                (claimWords ??= []).Add((content.Start, content.End));
            }
        }

        if (quoteWords is null && claimWords is null && namedSources is null)
        {
            return tags;
        }

        return tags.FindAll(tag => tag.Label == Label.Attribution
            ? !(tag.Kind == UnnamedSource && StartsNamedSource(namedSources, tag.Start, tag.End))
            : tag.Label != Label.ReporterFraming ||
              (!Within(quoteWords, tag.Start, tag.End) && !(tag.Kind == "scare-quote" && Within(claimWords, tag.Start, tag.End) && !AfterSoCalled(text, tag.Start))));
    }

    /// <summary>Whether a source that resolution named opens the span <c>[start, end)</c> and lies within it.</summary>
    private static bool StartsNamedSource(List<(int Start, int End)>? sources, int start, int end)
    {
        if (sources is null)
        {
            return false;
        }

        foreach ((int s, int e) in sources)
        {
            if (s == start && e <= end)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Within(List<(int Start, int End)>? spans, int start, int end)
    {
        if (spans is null)
        {
            return false;
        }

        foreach ((int s, int e) in spans)
        {
            // a quoted fragment's marks may sit just outside the content around it
            if (start >= s - 1 && end <= e + 1)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AfterSoCalled(string text, int start)
    {
        int i = start;
        while (i > 0 && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return i >= 9 && text.AsSpan(i - 9, 9).Equals("so-called", StringComparison.OrdinalIgnoreCase);
    }
}
