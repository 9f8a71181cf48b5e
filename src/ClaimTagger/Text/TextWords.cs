namespace ClaimTagger.Text;

/// <summary>
/// Finds the run of letters next to a position in the untouched text, skipping spaces: the word after a mention
/// ("Lumera spokesman"), the word before a verb ("which said"). Source resolution and the claim splitter read single
/// words this way, without tokens.
/// </summary>
/// <remarks>Thread safety: pure functions.</remarks>
internal static class TextWords
{
    /// <summary>Returns the letters that start after the spaces at <paramref name="position"/>, before <paramref name="limit"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="position">Where to start.</param>
    /// <param name="limit">One past the last character that may be read.</param>
    /// <returns>The run's span; empty (start == end) when no letter follows the spaces.</returns>
    public static TextSpan After(string text, int position, int limit)
    {
        int start = position;
        while (start < limit && text[start] == ' ')
        {
            start++;
        }

        int end = start;
        while (end < limit && char.IsLetter(text[end]))
        {
            end++;
        }

        return new TextSpan(start, end);
    }

    /// <summary>Returns <paramref name="position"/> moved back over the white space right before it.</summary>
    /// <param name="text">The text.</param>
    /// <param name="position">Where to look back from.</param>
    /// <returns>One past the last character before <paramref name="position"/> that is not white space (0 when none).</returns>
    public static int TrimEnd(string text, int position)
    {
        while (position > 0 && char.IsWhiteSpace(text[position - 1]))
        {
            position--;
        }

        return position;
    }

    /// <summary>Returns the letters that end before the spaces right before <paramref name="position"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="position">Where to look back from.</param>
    /// <param name="joined">Whether hyphens and apostrophes join the letters into one word ("pro-Russian", "Britain's").</param>
    /// <returns>The run's span; empty (start == end) when no letter precedes the spaces.</returns>
    public static TextSpan Before(string text, int position, bool joined = false)
    {
        int end = position;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        int start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || (joined && text[start - 1] is '-' or '\'' or '’')))
        {
            start--;
        }

        return new TextSpan(start, end);
    }

    /// <summary>Returns whether <paramref name="word"/> is, character for character, one of <paramref name="words"/>.</summary>
    /// <param name="word">A word read from the text.</param>
    /// <param name="words">A short list of words.</param>
    /// <returns><see langword="true"/> when it is in the list.</returns>
    public static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (string w in words)
        {
            if (word.SequenceEqual(w))
            {
                return true;
            }
        }

        return false;
    }
}
