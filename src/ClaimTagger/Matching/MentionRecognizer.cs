namespace ClaimTagger.Matching;

/// <summary>
/// Finds mentions of people and organisations over tokens, with no language model: a pronoun; a run of
/// capitalised words, optionally led by titles ("Foreign Minister Ana Ruiz", "spokeswoman Ana Ruiz");
/// a determiner with modifiers and a title or organisation noun ("the mayor", "the foreign ministry",
/// "the Kremlin"); or a plural group noun ("officials", "police").
/// </summary>
/// <remarks>Only the longest mention starting at a token is reported; mentions never cross a sentence end.</remarks>
internal static class MentionRecognizer
{
    /// <summary>The most tokens one mention may span ("Indian Space Research Organisation (ISRO) chairman S. Somanath" is 11).</summary>
    public const int MaxLength = 12;

    /// <summary>Title words and phrases, matched case-insensitively (multi-word titles are listed whole).</summary>
    internal static readonly string[] TitleList =
    [
        "president", "vice president", "prime minister", "deputy prime minister", "foreign minister", "minister",
        "secretary", "secretary of state", "secretary-general", "spokesman", "spokeswoman", "spokesperson", "mayor",
        "governor", "senator", "sen", "rep", "representative", "congressman", "congresswoman", "chancellor",
        "ambassador", "envoy", "chief executive", "ceo", "chairman", "chairwoman", "chair", "director", "general",
        "gen", "colonel", "col", "captain", "capt", "lieutenant", "lt", "commissioner", "judge", "justice",
        "inspector", "detective", "officer", "sergeant", "sgt", "professor", "prof", "dr", "mr", "mrs", "ms", "miss",
        "sir", "dame", "lord", "lady", "king", "queen", "prince", "princess", "pope", "bishop", "archbishop", "rabbi",
        "imam", "coach", "manager", "leader", "speaker", "premier", "councillor", "councilor", "alderman", "sheriff",
        "attorney general", "prosecutor", "official", "analyst", "economist", "lawyer", "attorney", "researcher",
        "scientist", "doctor", "witness", "founder", "owner", "head", "chief", "commander", "diplomat", "negotiator",
        "adviser", "advisor", "aide", "deputy", "mp", "lawmaker", "legislator", "activist", "campaigner",
        "candidate", "presenter", "editor", "reporter", "journalist", "author", "historian", "expert", "student",
        "teacher", "resident", "victim", "survivor", "organiser", "organizer", "nurse", "farmer", "driver",
        "det", "insp", "supt", "chief inspector", "chief superintendent", "chief constable", "constable", "dci", "pc",
        "cllr", "superintendent", "councilmember", "councilman", "councilwoman", "assemblymember", "assemblyman",
        "assemblywoman", "alderwoman", "protester", "protestor", "demonstrator", "passenger", "commuter", "patient",
        "customer", "voter", "supporter", "employee", "investigator", "academic", "contractor", "shopper", "motorist",
    ];

    /// <summary>Organisation nouns that head a determiner-led mention ("the ministry", "the city council").</summary>
    internal static readonly string[] OrganisationList =
    [
        "ministry", "government", "department", "agency", "company", "firm", "police", "army", "military", "council",
        "committee", "commission", "court", "embassy", "office", "union", "party", "campaign", "group",
        "organisation", "organization", "authority", "authorities", "administration", "bank", "board", "regulator",
        "team", "club", "university", "hospital", "school", "newspaper", "network", "service", "cabinet", "parliament",
        "congress", "senate", "presidency", "palace", "kremlin", "foundation", "institute", "coalition", "alliance",
        "opposition", "prosecutors", "prosecution", "defence", "defense", "tribunal", "airline",
        "spokesperson", "statement", "report", "study", "survey", "watchdog", "charity", "association", "federation",
        "league", "operator", "manufacturer", "retailer", "insurer", "lender", "broadcaster", "outlet", "coastguard",
        "navy", "air force", "fire service", "ambulance service", "council", "inquiry", "panel", "jury", "agency",
        "airport", "port", "railway", "utility", "regulator", "ombudsman", "secretariat", "mission", "delegation",
        "employer", "employers", "brigade", "inspectorate", "centre", "center", "bureau", "directorate", "fund", "corporation",
        "observatory",
    ];

    /// <summary>Plural group nouns that are a mention on their own ("officials said").</summary>
    internal static readonly string[] GroupList =
    [
        "police", "officials", "authorities", "sources", "witnesses", "residents", "analysts", "experts", "critics",
        "prosecutors", "investigators", "diplomats", "lawmakers", "researchers", "scientists", "doctors",
        "economists", "activists", "protesters", "protestors", "organisers", "organizers", "campaigners", "officers",
        "observers", "insiders", "aides", "ministers", "leaders", "workers", "unions", "troops", "rescuers",
    ];

    private static readonly string[] DeterminerList = ["the", "a", "an", "its", "his", "her", "their", "our", "this", "that"];

    private static readonly string[] ParticleList = ["de", "van", "von", "da", "del", "der", "den", "le", "la", "du", "bin", "al", "dos", "das", "di", "ter"];

    private static readonly string[] SubjectPronounList = ["he", "she", "they", "we", "i", "it", "you"];

    private static readonly WordSet Determiners = new(DeterminerList);

    private static readonly WordSet Modifiers = new(
    [
        "former", "new", "acting", "deputy", "chief", "senior", "top", "local", "regional", "national", "foreign",
        "interior", "defence", "defense", "finance", "health", "state", "federal", "city", "county", "country's",
        "nation's", "company's", "ministry's", "government's", "military", "central", "general", "public", "private",
        "world's", "own", "then", "outgoing", "incoming", "interim", "lead", "head", "assistant", "vice", "retired",
        "longtime", "veteran", "prominent", "leading", "independent", "opposition", "ruling", "junior", "education",
        "transport", "energy", "trade", "economy", "justice", "environment", "culture", "police", "press", "security",
    ]);

    private static readonly WordSet Particles = new(ParticleList);

    private static readonly WordSet NotNames = new(
    [
        "the", "a", "an", "but", "and", "or", "if", "when", "while", "however", "in", "on", "at", "for", "after",
        "before", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "his", "her", "their",
        "our", "my", "your", "as", "yet", "so", "also", "meanwhile", "still", "then", "now", "there", "here", "what",
        "why", "how", "who", "whom", "where", "earlier", "later", "both", "some", "many", "most", "according",
        "despite", "although", "though", "since", "because", "with", "without", "by", "from", "to", "of", "not", "no",
        "yes", "last", "next", "every", "each", "all", "one", "asked", "speaking", "instead", "indeed", "moreover",
        "furthermore", "nevertheless", "nonetheless", "thus", "therefore", "today", "yesterday", "tomorrow",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december", "is", "was",
        "are", "were", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did",
        "has", "have", "had", "be", "been", "being", "mr", "ms", "mrs", "dr", "until", "unless", "whether",
        "during", "over", "under", "into", "onto", "about", "among", "between", "through", "across", "against",
        "such", "other", "another", "any", "even", "just", "only", "once", "again", "first", "second", "third",
    ]);

    private static readonly TitleTrie Titles = new(TitleList);
    private static readonly TitleTrie Organisations = new(OrganisationList);
    private static readonly WordSet Groups = new(GroupList);
    private static readonly WordSet SubjectPronouns = new(SubjectPronounList);

    /// <summary>Every word that can begin a mention when it is not capitalised: a pronoun, a determiner, the first word
    /// of a title, a name particle or a group noun. Any other uncapitalised word begins none, which one look-up tells.</summary>
    private static readonly WordSet LowerStarts = new(
        SubjectPronounList.Concat(DeterminerList).Concat(TitleList.Select(title => title.Split(' ')[0])).Concat(ParticleList).Concat(GroupList));

    /// <summary>Returns the longest mention starting at <paramref name="t"/>.</summary>
    /// <param name="c">The article.</param>
    /// <param name="t">The first token.</param>
    /// <param name="end">One past the last token of the sentence.</param>
    /// <returns>The length in tokens (0 when there is no mention) and the kind.</returns>
    public static (int Length, MentionKind Kind) Recognize(MatchContext c, int t, int end)
    {
        end = Math.Min(end, t + MaxLength);
        if (t >= end || (c.Features[t] & TokenFeatures.Word) == 0)
        {
            return (0, MentionKind.None);
        }

        ReadOnlySpan<char> first = c.TextOf(t);
        if ((c.Features[t] & TokenFeatures.Capitalized) == 0 && !CanStartUncapitalised(first))
        {
            return (0, MentionKind.None);
        }

        if ((c.Features[t] & TokenFeatures.AllCaps) == 0 && SubjectPronouns.Contains(first))
        {
            return (1, MentionKind.Pronoun);
        }

        if (Determiners.Contains(first))
        {
            return Determined(c, t, end);
        }

        int titleEnd = SkipTitles(c, t, end);
        if (titleEnd > t)
        {
            int nameEnd = NameRun(c, titleEnd, end);
            if (nameEnd > titleEnd)
            {
                return (nameEnd - t, MentionKind.TitledName);
            }

            // a surname that reads as a function word, capitalised after a title and before a given name:
            // "spokesperson He Yadong", "Minister Ma Kai"
            if (titleEnd + 1 < end && IsCapitalisedWord(c, titleEnd) && (c.Features[titleEnd] & TokenFeatures.SentenceStart) == 0 &&
                c.TextOf(titleEnd).Length <= 3 && IsNameWord(c, titleEnd + 1))
            {
                return (NameRun(c, titleEnd + 1, end) - t, MentionKind.TitledName);
            }
        }

        // a surname that opens with a particle in lower case: "de Vries said", "van Dijk told"
        if (t + 1 < end && Particles.Contains(first) && char.IsLower(first[0]) && IsNameWord(c, t + 1))
        {
            return (NameRun(c, t + 1, end) - t, MentionKind.Name);
        }

        if (IsNameWord(c, t) && !ContinuesName(c, t))
        {
            int nameEnd = NameRun(c, t, end);
            if (nameEnd > t)
            {
                // a body named with "of" or "for": "Bank of England", "University of Leeds", "Ministry of Defence"
                if (Organisations.Match(c, nameEnd - 1, nameEnd) > 0)
                {
                    nameEnd = OfPhrase(c, nameEnd, end);

                    // one of its people, by office in lower case and name: "Oxford University professor Helen Marsh",
                    // "Bank of England governor Ian Hale", "Indian Space Research Organisation (ISRO) chairman S. Somanath"
                    int office = AfterBracketedAcronym(c, nameEnd, end);
                    int officeEnd = office < end && !IsCapitalisedWord(c, office) ? SkipTitles(c, office, end) : office;
                    int personEnd = officeEnd > office ? NameRun(c, officeEnd, end) : officeEnd;
                    if (personEnd > officeEnd)
                    {
                        return (personEnd - t, MentionKind.TitledName);
                    }

                    // or as a group: "Ministry of Defence officials", "Oxford University researchers"
                    if (nameEnd < end && Groups.Contains(c.TextOf(nameEnd)))
                    {
                        return (nameEnd + 1 - t, MentionKind.Group);
                    }
                }

                return (nameEnd - t, MentionKind.Name);
            }
        }

        if (Groups.Contains(first))
        {
            return (1, MentionKind.Group);
        }

        return (0, MentionKind.None);
    }

    /// <summary>Returns one past an acronym in brackets at <paramref name="k"/> ("(ISRO)"), or <paramref name="k"/>.</summary>
    private static int AfterBracketedAcronym(MatchContext c, int k, int end) =>
        k + 2 < end && c.TextOf(k) is "(" && (c.Features[k + 1] & TokenFeatures.AllCaps) != 0 && c.TextOf(k + 2) is ")" ? k + 3 : k;

    /// <summary>Whether an uncapitalised word can begin a mention (a title keeps its full stop: "mr.").</summary>
    private static bool CanStartUncapitalised(ReadOnlySpan<char> word) =>
        LowerStarts.Contains(word) || (word.Length > 1 && word[^1] == '.' && LowerStarts.Contains(word[..^1]));

    private static (int, MentionKind) Determined(MatchContext c, int t, int end)
    {
        int j = t + 1;
        int capitalised = 0;
        while (j < end && j - t <= 4)
        {
            int head = Titles.Match(c, j, end);
            if (head == 0)
            {
                head = Organisations.Match(c, j, end);
            }

            if (head > 0)
            {
                // Compound heads extend: "the port authority", "the party leader".
                int k = j + head;
                while (k < end && HeadAt(c, k, end) is int more && more > 0)
                {
                    k += more;
                }

                int nameEnd = NameRun(c, k, end);
                if (nameEnd == k && IsCapitalisedWord(c, k - 1))
                {
                    // a named body's "of" phrase: "the Office of Rail and Road", "the Department for Education"
                    k = OfPhrase(c, k, end);
                }

                return nameEnd > k ? (nameEnd - t, MentionKind.TitledName) : (k - t, MentionKind.Group);
            }

            if (Modifiers.Contains(c.TextOf(j)))
            {
                j++;
                continue;
            }

            if (IsCapitalisedWord(c, j))
            {
                capitalised++;
                j++;
                continue;
            }

            if (capitalised > 0 && OrganisationTail(c, j, end) is > 0 and int tail)
            {
                // "the National Oceanic and Atmospheric Administration"
                return (tail - t, MentionKind.Group);
            }

            // A plain noun before the head: "the port authority", "the ship captain".
            if (capitalised == 0 && j - t <= 2 && IsPlainWord(c, j) && j + 1 < end && (Titles.Match(c, j + 1, end) > 0 || Organisations.Match(c, j + 1, end) > 0))
            {
                j++;
                continue;
            }

            break;
        }

        // "the Kremlin", "the European Union": a capitalised name after the determiner.
        return capitalised > 0 && j > t + 1 && IsCapitalisedWord(c, j - 1) ? (j - t, MentionKind.Group) : (0, MentionKind.None);
    }

    private static int HeadAt(MatchContext c, int t, int end)
    {
        int head = Titles.Match(c, t, end);
        return head > 0 ? head : Organisations.Match(c, t, end);
    }

    private static int SkipTitles(MatchContext c, int t, int end)
    {
        int j = t;
        while (j < end)
        {
            int len = Titles.Match(c, j, end);
            if (len == 0)
            {
                // Capitalised modifiers before a title: "Russian Foreign Minister".
                if (IsNameWord(c, j) && j + 1 < end && Titles.Match(c, j + 1, end) > 0)
                {
                    j++;
                    continue;
                }

                break;
            }

            j += len;
            if (j < end && c.TextOf(j) is ".")
            {
                j++; // "Mr." split as "Mr" "."
            }
        }

        return j;
    }

    private static int NameRun(MatchContext c, int t, int end)
    {
        int j = t;
        while (j < end)
        {
            // A word in capitals after a mixed-case name is emphasis, not more name: "Kai Brennan SLAMS ex-wife" (short
            // initialisms such as "FM" or "UN" may still sit inside a title and name).
            if (j > t && (c.Features[j] & TokenFeatures.AllCaps) != 0 && (c.Features[t] & TokenFeatures.AllCaps) == 0 && c.TextOf(j).Length > 3)
            {
                break;
            }

            if (IsNameWord(c, j))
            {
                bool possessive = (c.Features[j] & TokenFeatures.Apostrophe) != 0 && EndsPossessive(c.TextOf(j));
                j++;
                if (possessive)
                {
                    break;
                }

                // An initial: "Jane A. Okafor".
                if (j < end && c.TextOf(j) is "." && c.TextOf(j - 1).Length == 1)
                {
                    j++;
                }

                continue;
            }

            if (j > t && j + 1 < end && Particles.Contains(c.TextOf(j)) && IsCapitalisedWord(c, j + 1))
            {
                j++;
                continue;
            }

            // "and" inside an organisation's name: "National Oceanic and Atmospheric Administration" (two people joined by
            // "and" stay two names)
            if (j > t && OrganisationTail(c, j, end) is > 0 and int tail)
            {
                j = tail;
                continue;
            }

            break;
        }

        return j;
    }

    /// <summary>Returns one past an "of", "for" or "to" phrase of capitalised words (joined by "and" or "&amp;") at
    /// <paramref name="k"/>, or <paramref name="k"/> when none stands there ("Bank of England", "Department for
    /// Education", "Committee to Protect Journalists").</summary>
    private static int OfPhrase(MatchContext c, int k, int end)
    {
        if (k + 1 >= end || c.TextOf(k) is not ("of" or "for" or "to") || !IsCapitalisedWord(c, k + 1))
        {
            return k;
        }

        int j = k + 1;
        while (j < end)
        {
            if (IsCapitalisedWord(c, j))
            {
                j++;
            }
            else if (j + 1 < end && c.TextOf(j) is "and" or "&" && IsCapitalisedWord(c, j + 1))
            {
                j += 2;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    /// <summary>Returns one past the capitalised words after an "and" or "&amp;" at <paramref name="j"/> when the last of
    /// them is an organisation word ("… and Atmospheric Administration"), else 0.</summary>
    private static int OrganisationTail(MatchContext c, int j, int end)
    {
        if (j + 1 >= end || c.TextOf(j) is not ("and" or "&") || !IsCapitalisedWord(c, j + 1))
        {
            return 0;
        }

        int k = j + 1;
        while (k < end && IsCapitalisedWord(c, k))
        {
            k++;
        }

        return Organisations.Match(c, k - 1, end) > 0 ? k : 0;
    }

    private static bool IsPlainWord(MatchContext c, int t) =>
        (c.Features[t] & (TokenFeatures.Word | TokenFeatures.Lower)) == (TokenFeatures.Word | TokenFeatures.Lower) && !NotNames.Contains(c.TextOf(t));

    /// <summary>Whether token <paramref name="t"/> stands inside a run of capitalised words, after one that could begin
    /// the name ("Carrow" in "In Port Carrow, Maria Lopez said"): a name mention starts at the run's first word, not
    /// inside it. A possessive ends the run before it ("Velocor's Tomas Reyes").</summary>
    private static bool ContinuesName(MatchContext c, int t)
    {
        if (t == 0 || (c.Features[t] & TokenFeatures.SentenceStart) != 0 || !IsNameWord(c, t - 1))
        {
            return false;
        }

        return (c.Features[t - 1] & TokenFeatures.Apostrophe) == 0 || !EndsPossessive(c.TextOf(t - 1));
    }

    private static bool IsNameWord(MatchContext c, int t) =>
        IsCapitalisedWord(c, t) && (!NotNames.Contains(c.TextOf(t)) || IsAcronymOfAWord(c.TextOf(t)));

    /// <summary>Whether <paramref name="text"/> is an organisation's initials that spell a word <see cref="NotNames"/>
    /// holds: "WHO" (the World Health Organization) and "IT" ("IT Minister Ana Ruiz") in capitals, not the pronouns "Who"
    /// and "It" that open a sentence.</summary>
    private static bool IsAcronymOfAWord(ReadOnlySpan<char> text) => text is "WHO" or "IT";

    private static bool IsCapitalisedWord(MatchContext c, int t) =>
        (c.Features[t] & (TokenFeatures.Word | TokenFeatures.Capitalized)) == (TokenFeatures.Word | TokenFeatures.Capitalized) &&
        (c.Features[t] & TokenFeatures.QuoteMark) == 0;

    private static bool EndsPossessive(ReadOnlySpan<char> text) =>
        text.Length > 2 && (text.EndsWith("'s") || text.EndsWith("\u2019s") || text[^1] is '\'' or '\u2019');

    /// <summary>A tiny trie of multi-word phrases over folded words.</summary>
    private sealed class TitleTrie
    {
        private readonly WordSet _words = new([]);
        private readonly Dictionary<long, int> _children = [];
        private readonly List<bool> _terminal = [false];

        public TitleTrie(IEnumerable<string> phrases)
        {
            foreach (string phrase in phrases)
            {
                int node = 0;
                foreach (string word in phrase.Split(' '))
                {
                    long key = ((long)node << 32) | (uint)_words.Add(word);
                    if (!_children.TryGetValue(key, out int child))
                    {
                        child = _terminal.Count;
                        _terminal.Add(false);
                        _children.Add(key, child);
                    }

                    node = child;
                }

                _terminal[node] = true;
            }
        }

        /// <summary>Returns the length of the longest phrase starting at <paramref name="t"/>, or 0.</summary>
        public int Match(MatchContext c, int t, int end)
        {
            int node = 0, best = 0;
            for (int j = t; j < end; j++)
            {
                ReadOnlySpan<char> word = c.TextOf(j);
                int id = _words.IndexOf(word);
                if (id < 0 && word.Length > 1 && word[^1] == '.')
                {
                    id = _words.IndexOf(word[..^1]); // "Mr." kept whole by the tokenizer
                }

                if (id < 0 || !_children.TryGetValue(((long)node << 32) | (uint)id, out node))
                {
                    break;
                }

                if (_terminal[node])
                {
                    best = j - t + 1;
                }
            }

            return best;
        }
    }
}
