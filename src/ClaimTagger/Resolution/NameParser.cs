using ClaimTagger.Text;

namespace ClaimTagger.Resolution;

/// <summary>Splits a mention into title and name: "Spanish Foreign Minister Ana Ruiz" → ("Spanish Foreign Minister", "Ana Ruiz").</summary>
internal static class NameParser
{
    private const int MaxWords = 16;

    /// <summary>Parses the mention that lies at <paramref name="span"/> of <paramref name="text"/>.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="span">The mention's span.</param>
    /// <returns>The mention split into title and name.</returns>
    public static PersonName Parse(string text, TextSpan span)
    {
        Span<TextSpan> words = stackalloc TextSpan[MaxWords];
        int count = SplitWords(text, span, words);
        while (count > 1 && IsSuffix(text.AsSpan(words[count - 1].Start, words[count - 1].Length)))
        {
            count--; // "Simon Hale KC": post-nominal letters are not part of the name
        }

        int nameStart = count;
        for (int i = count - 1; i >= 0; i--)
        {
            ReadOnlySpan<char> word = text.AsSpan(words[i].Start, words[i].Length);
            if ((IsNameWord(word) && !(i < count - 1 && IsPluralTitle(word))) || (IsParticle(word) && i > 0 && i < count - 1 && nameStart < count))
            {
                nameStart = i;
                continue;
            }

            break;
        }

        while (nameStart < count && IsParticle(text.AsSpan(words[nameStart].Start, words[nameStart].Length)))
        {
            nameStart++;
        }

        // "Dean Marlow": a title word that is also a given name, before a lone surname, is the given name
        if (nameStart == count - 1 && nameStart > 0 && char.IsUpper(text[words[nameStart - 1].Start]) &&
            FirstNames.GenderOf(words[nameStart - 1].Slice(text)) != Gender.Unknown)
        {
            nameStart--;
        }

        // "Minister of Construction Farouk Aziz": the word after "of" or "for" completes the title.
        if (nameStart > 0 && count - nameStart >= 3 && IsConnector(text.AsSpan(words[nameStart - 1].Start, words[nameStart - 1].Length)))
        {
            nameStart++;
        }

        // "Harbourmaster Ingrid Solheim": a first word the article also writes in lower case ("the harbourmaster")
        // is a common noun capitalised at the start of the mention, so a title, when two name words follow it
        if (nameStart == 0 && count >= 3 && IsCommonNoun(text, words[0]) && !AnyCommonNoun(text, words[(nameStart + 1)..count]))
        {
            nameStart++;
        }

        string mention = span.Slice(text);
        if (nameStart >= count)
        {
            return new PersonName(mention, mention, null, default);
        }

        var nameSpan = new TextSpan(words[nameStart].Start, words[count - 1].End);
        string? title = nameStart == 0 ? null : new TextSpan(words[0].Start, words[nameStart - 1].End).Slice(text);
        return new PersonName(mention, title, nameSpan.Slice(text), nameSpan);
    }

    /// <summary>Returns whether <paramref name="word"/> can be part of a person's name.</summary>
    /// <param name="word">A word with its punctuation stripped.</param>
    /// <returns><see langword="true"/> for a capitalised word that is not a title, a pronoun or a function word, or for an initial.</returns>
    public static bool IsNameWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !char.IsUpper(word[0]))
        {
            return false;
        }

        if (word.Length == 2 && word[1] == '.')
        {
            return true; // an initial, "J."
        }

        if (word.Contains("-of-", StringComparison.OrdinalIgnoreCase))
        {
            return false; // a description before the name: "Mother-of-three Kirsty Wade"
        }

        Span<char> lower = stackalloc char[Math.Min(word.Length, 32)];
        int n = Math.Min(word.Length, 32);
        word[..n].ToLowerInvariant(lower);
        ReadOnlySpan<char> key = lower[..n].TrimEnd('.');
        var lookup = NameWords.TitleWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var notNames = NameWords.NotNames.GetAlternateLookup<ReadOnlySpan<char>>();
        var orgs = NameWords.OrganisationWords.GetAlternateLookup<ReadOnlySpan<char>>();
        return !lookup.Contains(key) && !notNames.Contains(key) && !orgs.Contains(key);
    }

    /// <summary>Returns whether <paramref name="word"/> marks an organisation ("Ministry", "Council", "Party").</summary>
    /// <param name="word">A word.</param>
    /// <returns><see langword="true"/> for an organisation word.</returns>
    public static bool IsOrganisationWord(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 32)];
        int n = Math.Min(word.Length, 32);
        word[..n].ToLowerInvariant(lower);
        return NameWords.OrganisationWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower[..n]);
    }

    /// <summary>A title in the plural before two names ("Councillors Nia Brook and …"); never the last word, which may be a surname ("Deans").</summary>
    private static bool IsPluralTitle(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word.Length > 32 || word[^1] != 's')
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length - 1];
        word[..^1].ToLowerInvariant(lower);
        return NameWords.TitleWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower) &&
            !NameWords.TitleModifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }

    private static bool AnyCommonNoun(string text, ReadOnlySpan<TextSpan> words)
    {
        foreach (TextSpan word in words)
        {
            if (IsCommonNoun(text, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a capitalised word that is no known given name is written in lower case elsewhere in the text.</summary>
    private static bool IsCommonNoun(string text, TextSpan word)
    {
        if (word.Length < 3 || word.Length > 32 || FirstNames.GenderOf(word.Slice(text)) != Gender.Unknown)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        text.AsSpan(word.Start, word.Length).ToLowerInvariant(lower);
        ReadOnlySpan<char> all = text.AsSpan();
        int from = 0;
        while (from < all.Length)
        {
            int at = all[from..].IndexOf(lower, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            at += from;
            int end = at + lower.Length;
            if ((at == 0 || !char.IsLetter(all[at - 1])) && (end == all.Length || !char.IsLetter(all[end])))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    private static bool IsSuffix(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 8)];
        if (word.Length > 8)
        {
            return false;
        }

        word.ToLowerInvariant(lower);
        return NameWords.NameSuffixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }

    private static bool IsConnector(ReadOnlySpan<char> word) =>
        word.Equals("of", StringComparison.OrdinalIgnoreCase) || word.Equals("for", StringComparison.OrdinalIgnoreCase);

    private static bool IsParticle(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 16)];
        int n = Math.Min(word.Length, 16);
        word[..n].ToLowerInvariant(lower);
        return NameWords.NameParticles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower[..n]);
    }

    /// <summary>Splits a span into words at white space, stripping edge punctuation and a possessive "’s".</summary>
    private static int SplitWords(string text, TextSpan span, Span<TextSpan> words)
    {
        int count = 0;
        int i = span.Start;
        while (i < span.End && count < words.Length)
        {
            while (i < span.End && (char.IsWhiteSpace(text[i]) || IsEdgePunctuation(text[i]))) i++;
            int s = i;
            while (i < span.End && !char.IsWhiteSpace(text[i])) i++;
            int e = i;
            while (e > s && IsEdgePunctuation(text[e - 1]) && !(e - s == 2 && text[e - 1] == '.')) e--;
            if (e - s > 2 && (text[e - 1] == 's' || text[e - 1] == 'S') && TextChars.IsApostrophe(text[e - 2]))
            {
                e -= 2;
            }
            else if (e - s > 1 && TextChars.IsApostrophe(text[e - 1]))
            {
                e -= 1;
            }

            if (e > s)
            {
                words[count++] = new TextSpan(s, e);
            }
        }

        return count;
    }

    private static bool IsEdgePunctuation(char c) => c is ',' or ';' or ':' or '(' or ')' or '"' or '“' or '”' or '‘' or '«' or '»' or '–' or '—' or '!' or '?';
}
