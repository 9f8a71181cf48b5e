using System.Collections.Frozen;

namespace ClaimTagger.Sentences;

/// <summary>
/// The word lists the sentence splitter consults: abbreviations that take a full stop, words that
/// typically open a sentence, and speech verbs that follow a quotation.
/// </summary>
/// <remarks>Every lookup takes a span of the source text and allocates nothing.</remarks>
internal static class Abbreviations
{
    // Case-sensitive on purpose: "Ms." is a title, "MS." (the illness) is not; "No. 10" is a numero, "no." a word.
    private static readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> Table = BuildTable();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers = new[]
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "My", "Your",
        "This", "That", "These", "Those", "There", "Here", "But", "And", "Or", "So", "Yet", "Nor", "In", "On", "At", "As",
        "For", "If", "When", "While", "After", "Before", "Since", "Although", "Though", "However", "Meanwhile", "Now",
        "Then", "Still", "Also", "Even", "Last", "Next", "Some", "Many", "Most", "All", "No", "Not", "None", "One", "Both",
        "Each", "Every", "Such", "Other", "Others", "Another", "What", "Why", "How", "Who", "Where", "Which", "Whether",
        "Despite", "During", "Under", "Over", "From", "To", "With", "By", "Without", "Because", "Once", "Until", "Unless",
        "Instead", "Indeed", "Earlier", "Later", "Today", "Yesterday", "Tomorrow", "Asked", "Speaking", "According",
        "Officials", "Police", "Mr", "Mrs", "Ms", "Dr", "Yes", "Well", "Oh", "Let", "Please", "Thanks", "Thank",
        "THE", "HE", "SHE", "IT", "THEY", "WE", "BUT", "AND", "IN", "THIS",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbs = new[]
    {
        "said", "says", "say", "asked", "asks", "added", "adds", "told", "tells", "explained", "explains", "replied",
        "replies", "answered", "answers", "wrote", "writes", "shouted", "shouts", "yelled", "cried", "continued",
        "insisted", "insists", "noted", "notes", "recalled", "recalls", "warned", "warns", "declared", "stated", "states",
        "remarked", "demanded", "wondered", "exclaimed", "laughed", "joked", "admitted", "argued", "argues", "claimed",
        "claims", "agreed", "tweeted", "posted", "quipped", "responded", "conceded", "acknowledged", "suggested",
        "urged", "pleaded", "murmured", "whispered", "snapped", "retorted", "countered", "observed", "screamed",
        "sighed", "went", "chanted", "sang",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Classifies the word before a full stop.</summary>
    /// <param name="word">The word without the final full stop, and without quotation marks or brackets around it;
    /// inner full stops stay (<c>U.S</c> for "U.S.").</param>
    /// <returns>How the full stop after the word behaves.</returns>
    public static AbbreviationKind Classify(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return AbbreviationKind.None;
        }

        if (Table.TryGetValue(word, out AbbreviationKind kind))
        {
            return kind;
        }

        if (word.Length == 1)
        {
            char c = word[0];
            if (char.IsUpper(c))
            {
                return AbbreviationKind.Initial;
            }

            // A lone lower-case letter with a stop is a short form (v. for versus, p. for page, c. for circa).
            return char.IsLower(c) ? AbbreviationKind.Prefix : AbbreviationKind.None;
        }

        return IsDottedAcronym(word) ? AbbreviationKind.Ambiguous : AbbreviationKind.None;
    }

    /// <summary>Returns whether <paramref name="word"/> commonly opens a sentence ("The", "He", "But", "However").</summary>
    /// <param name="word">A capitalised word.</param>
    /// <returns><see langword="true"/> for a typical sentence opener.</returns>
    public static bool IsSentenceOpener(ReadOnlySpan<char> word) => Openers.Contains(word);

    /// <summary>Returns whether <paramref name="word"/> is a verb of saying ("said", "asked", "explained").</summary>
    /// <param name="word">A word.</param>
    /// <returns><see langword="true"/> for a speech verb.</returns>
    public static bool IsSpeechVerb(ReadOnlySpan<char> word) => SpeechVerbs.Contains(word);

    /// <summary>Returns whether <paramref name="word"/> is letters separated by full stops, one to three letters each (U.S, Ph.D, N.Y).</summary>
    private static bool IsDottedAcronym(ReadOnlySpan<char> word)
    {
        int run = 0, dots = 0;
        foreach (char c in word)
        {
            if (c == '.')
            {
                if (run == 0)
                {
                    return false;
                }

                dots++;
                run = 0;
            }
            else if (char.IsLetter(c))
            {
                if (++run > 3)
                {
                    return false;
                }
            }
            else
            {
                return false;
            }
        }

        return dots > 0 && run > 0;
    }

    private static FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> BuildTable()
    {
        var table = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        void Add(AbbreviationKind kind, params string[] words)
        {
            foreach (string word in words)
            {
                table[word] = kind;
                string upper = word.ToUpperInvariant();
                if (kind is not AbbreviationKind.Prefix && upper != word && upper.Length > 2)
                {
                    table.TryAdd(upper, kind);
                }
            }
        }

        Add(AbbreviationKind.Prefix,
            "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mme", "Mlle", "Dr", "Prof", "Gen", "Lt", "Col", "Sgt", "Gov", "Sen", "Rep",
            "Rev", "St", "Capt", "Cmdr", "Cdr", "Adm", "Maj", "Brig", "Cpl", "Pte", "Pvt", "Supt", "Insp", "Det", "Hon",
            "Pres", "Msgr", "Atty", "Ft", "Mt", "Rt", "Amb", "Cllr", "Lieut", "Sec", "Sens", "Reps", "Govs", "Drs", "Profs",
            "vs", "e.g", "i.e", "cf", "viz", "approx", "incl", "esp", "pp", "vol", "vols", "ca", "Gens", "Fr",
            "MR", "MRS", "DR", "PROF", "GEN", "SEN", "REP", "GOV", "REV", "ST", "E.g", "I.e", "Rs");
        Add(AbbreviationKind.Suffix, "etc", "Inc", "Ltd", "Corp", "Plc", "plc", "LLC", "Bros", "Ave", "Rd", "Blvd", "Dept", "Univ", "Esq", "al");
        Add(AbbreviationKind.Ambiguous,
            "Jr", "Sr", "Co", "Calif", "Mass", "Fla", "Ga", "Ill", "Pa", "Va", "Wash", "Tex", "Ariz", "Colo", "Conn", "Del",
            "Md", "Mich", "Minn", "Miss", "Mo", "Neb", "Nev", "Okla", "Ore", "Tenn", "Wis", "Wyo", "Ky", "La", "Ala", "Ark",
            "Ind", "Kan", "Vt", "Ida", "Mont", "Wash", "Ont", "Que");
        Add(AbbreviationKind.Month, "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");
        Add(AbbreviationKind.Numero, "No", "Nos", "Nr", "Nrs", "no", "nos");
        Add(AbbreviationKind.Time, "a.m", "p.m", "A.M", "P.M");
        return table.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
