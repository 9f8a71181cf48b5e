using System.Buffers;

namespace ClaimTagger.Text;

/// <summary>
/// Tells a verb in the past tense by its form, without a lexicon of every verb: a lower-case word of at least five
/// letters in "-ed", or one of the common irregular ones. The claim splitter and source resolution use it to find the
/// verb that follows a subject or a modal.
/// </summary>
/// <remarks>Thread safety: pure functions.</remarks>
internal static class PastTense
{
    private static readonly SearchValues<char> LowerLetters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    /// <summary>Common irregular past tenses (regular ones end in "-ed").</summary>
    private static readonly string[] IrregularPasts =
    [
        "gave", "made", "took", "told", "went", "came", "left", "kept", "held", "sent", "met", "brought", "spent", "sold",
        "paid", "wrote", "spoke", "stood", "won", "lost", "began", "became", "saw", "found", "thought", "felt", "put", "set",
        "cut", "said", "drew", "chose", "rose", "fell", "led", "ran", "sought", "struck", "threw", "withdrew",
    ];

    /// <summary>Returns whether <paramref name="word"/> looks like a verb in the past tense.</summary>
    /// <param name="word">A word, as written.</param>
    /// <returns><see langword="true"/> for "rejected", "gave" …; <see langword="false"/> for "bed", "Fred", "gives".</returns>
    public static bool Is(ReadOnlySpan<char> word) =>
        (word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) && !word.ContainsAnyExcept(LowerLetters)) || TextWords.IsOneOf(word, IrregularPasts);
}
