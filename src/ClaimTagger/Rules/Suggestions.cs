namespace ClaimTagger.Rules;

/// <summary>Finds the closest known word to a misspelt one (edit distance), for "did you mean" hints.</summary>
internal static class Suggestions
{
    /// <summary>Returns the candidate closest to <paramref name="value"/>, or <see langword="null"/> when none is close.</summary>
    /// <param name="value">What was written.</param>
    /// <param name="candidates">What could have been meant.</param>
    /// <returns>The closest candidate within a distance of a third of its length (at least 1, at most 3).</returns>
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in candidates)
        {
            int limit = Math.Clamp(Math.Max(candidate.Length, value.Length) / 3, 1, 3);
            int d = Distance(value.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d <= limit && d < bestDistance)
            {
                best = candidate;
                bestDistance = d;
            }
        }

        return best;
    }

    /// <summary>Returns the optimal-string-alignment distance (insertions, deletions, substitutions, adjacent swaps).</summary>
    /// <param name="a">One word.</param>
    /// <param name="b">Another word.</param>
    /// <returns>The number of edits.</returns>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int v = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, d[i - 2, j - 2] + 1);
                }

                d[i, j] = v;
            }
        }

        return d[a.Length, b.Length];
    }
}
