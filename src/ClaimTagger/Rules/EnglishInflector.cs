namespace ClaimTagger.Rules;

/// <summary>
/// A small English inflector for lexicons: verb forms (say → says, said, saying) with a table of irregular
/// verbs and the regular -s/-ed/-ing rules (consonant doubling, e-dropping, y → ie), and noun plurals.
/// </summary>
internal static class EnglishInflector
{
    // base, third person, past, past participle, present participle (null = regular).
    private static readonly Dictionary<string, string[]> IrregularVerbs = BuildIrregulars();

    private static readonly HashSet<string> DoubleFinal = new(StringComparer.Ordinal)
    {
        "admit", "commit", "omit", "permit", "submit", "regret", "refer", "prefer", "confer", "defer", "infer", "occur",
        "recur", "incur", "concur", "control", "patrol", "compel", "expel", "propel", "repel", "rebut", "abet", "allot",
        "acquit", "equip", "forbid", "begin", "upset", "outwit", "transmit", "emit", "remit", "deter", "unplug", "outrun",
    };

    private static readonly Dictionary<string, string> IrregularPlurals = new(StringComparer.Ordinal)
    {
        ["man"] = "men", ["woman"] = "women", ["child"] = "children", ["person"] = "people", ["spokesman"] = "spokesmen",
        ["spokeswoman"] = "spokeswomen", ["chairman"] = "chairmen", ["chairwoman"] = "chairwomen", ["foot"] = "feet",
        ["tooth"] = "teeth", ["mouse"] = "mice", ["analysis"] = "analyses", ["crisis"] = "crises", ["thesis"] = "theses",
        ["criterion"] = "criteria", ["phenomenon"] = "phenomena", ["datum"] = "data", ["medium"] = "media",
        ["life"] = "lives", ["wife"] = "wives", ["knife"] = "knives", ["leaf"] = "leaves", ["thief"] = "thieves",
        ["half"] = "halves", ["self"] = "selves", ["police"] = "police", ["staff"] = "staff", ["sheep"] = "sheep",
        ["series"] = "series", ["species"] = "species", ["aircraft"] = "aircraft",
    };

    /// <summary>Returns the word and its verb forms, without duplicates, the word first.</summary>
    /// <param name="verb">A verb in its base form, lower case ("say").</param>
    /// <returns>The forms ("say", "says", "said", "saying").</returns>
    public static IReadOnlyList<string> VerbForms(string verb)
    {
        ArgumentNullException.ThrowIfNull(verb);
        var forms = new List<string> { verb };
        if (IrregularVerbs.TryGetValue(verb, out string[]? irregular))
        {
            foreach (string f in irregular)
            {
                foreach (string alt in f.Split('/'))
                {
                    AddUnique(forms, alt);
                }
            }

            if (irregular.Length < 4)
            {
                AddUnique(forms, ThirdPerson(verb));
                AddUnique(forms, PresentParticiple(verb));
            }

            return forms;
        }

        AddUnique(forms, ThirdPerson(verb));
        AddUnique(forms, Past(verb));
        AddUnique(forms, PresentParticiple(verb));
        if (DoublesLInBritishSpelling(verb))
        {
            // British spelling doubles a final l after one vowel, American spelling does not: news uses both
            // ("signalled" and "signaled", "labelling" and "labeling")
            AddUnique(forms, verb + "led");
            AddUnique(forms, verb + "ling");
        }

        return forms;
    }

    /// <summary>Whether British spelling doubles the final l of <paramref name="verb"/> where American spelling does
    /// not: a verb of more than one syllable ending in one vowel and l (signal, label, cancel, travel), not one whose
    /// l doubles in both (<c>compel</c>, <c>control</c>).</summary>
    private static bool DoublesLInBritishSpelling(string verb) =>
        verb.Length > 3 && verb[^1] == 'l' && IsVowel(verb[^2]) && !IsVowel(verb[^3]) && verb[^3] != 'l' &&
        VowelGroups(verb) > 1 && !ShouldDouble(verb);

    /// <summary>Returns the word and its plural.</summary>
    /// <param name="noun">A singular noun, lower case ("official").</param>
    /// <returns>The forms ("official", "officials").</returns>
    public static IReadOnlyList<string> NounForms(string noun)
    {
        ArgumentNullException.ThrowIfNull(noun);
        var forms = new List<string> { noun };
        AddUnique(forms, Plural(noun));
        return forms;
    }

    /// <summary>Returns the third-person singular present: says, pushes, denies, goes.</summary>
    /// <param name="verb">A base form.</param>
    /// <returns>The -s form.</returns>
    public static string ThirdPerson(string verb)
    {
        if (IrregularVerbs.TryGetValue(verb, out string[]? irregular) && irregular.Length == 4)
        {
            return irregular[0];
        }

        return SibilantPlural(verb);
    }

    /// <summary>Returns the regular past: slammed, denied, noted, visited.</summary>
    /// <param name="verb">A base form.</param>
    /// <returns>The -ed form.</returns>
    public static string Past(string verb)
    {
        if (IrregularVerbs.TryGetValue(verb, out string[]? irregular))
        {
            return (irregular.Length == 4 ? irregular[1] : irregular[0]).Split('/')[0];
        }

        if (verb.EndsWith('e'))
        {
            return verb + "d";
        }

        if (EndsWithConsonantY(verb))
        {
            return verb[..^1] + "ied";
        }

        if (ShouldDouble(verb))
        {
            return verb + verb[^1] + "ed";
        }

        if (verb.EndsWith('c') && verb.Length > 3)
        {
            return verb + "ked"; // panic → panicked
        }

        return verb + "ed";
    }

    /// <summary>Returns the present participle: saying, noting, slamming, lying.</summary>
    /// <param name="verb">A base form.</param>
    /// <returns>The -ing form.</returns>
    public static string PresentParticiple(string verb)
    {
        if (IrregularVerbs.TryGetValue(verb, out string[]? irregular) && irregular.Length == 4)
        {
            return irregular[^1];
        }

        if (verb.EndsWith("ie", StringComparison.Ordinal))
        {
            return verb[..^2] + "ying";
        }

        if (verb.EndsWith('e') && verb.Length > 2 && !verb.EndsWith("ee", StringComparison.Ordinal) &&
            !verb.EndsWith("ye", StringComparison.Ordinal) && !verb.EndsWith("oe", StringComparison.Ordinal))
        {
            return verb[..^1] + "ing";
        }

        if (ShouldDouble(verb))
        {
            return verb + verb[^1] + "ing";
        }

        if (verb.EndsWith('c') && verb.Length > 3)
        {
            return verb + "king";
        }

        return verb + "ing";
    }

    /// <summary>Returns the plural of a noun: officials, witnesses, authorities, spokeswomen.</summary>
    /// <param name="noun">A singular noun.</param>
    /// <returns>The plural.</returns>
    public static string Plural(string noun) =>
        IrregularPlurals.TryGetValue(noun, out string? plural) ? plural : SibilantPlural(noun);

    private static string SibilantPlural(string word)
    {
        if (word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z') || word.EndsWith("ch", StringComparison.Ordinal) ||
            word.EndsWith("sh", StringComparison.Ordinal) || (word.EndsWith('o') && word.Length > 1 && !IsVowel(word[^2])))
        {
            return word + "es";
        }

        return EndsWithConsonantY(word) ? word[..^1] + "ies" : word + "s";
    }

    private static bool EndsWithConsonantY(string word) => word.Length > 1 && word[^1] == 'y' && !IsVowel(word[^2]);

    private static bool ShouldDouble(string verb)
    {
        if (verb.Length < 3 || !IsConsonantVowelConsonant(verb))
        {
            return false;
        }

        return DoubleFinal.Contains(verb) || VowelGroups(verb) == 1;
    }

    private static bool IsConsonantVowelConsonant(string w)
    {
        char last = w[^1];
        if (IsVowel(last) || last is 'w' or 'x' or 'y' || !IsVowel(w[^2]))
        {
            return false;
        }

        // "qu" acts as a consonant: quit → quitting, equip → equipping.
        if (w[^3] == 'u' && w.Length > 3 && w[^4] == 'q')
        {
            return true;
        }

        return !IsVowel(w[^3]);
    }

    private static int VowelGroups(string w)
    {
        int groups = 0;
        bool inVowel = false;
        foreach (char c in w)
        {
            bool v = IsVowel(c);
            if (v && !inVowel)
            {
                groups++;
            }

            inVowel = v;
        }

        return groups;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static void AddUnique(List<string> forms, string form)
    {
        if (form.Length > 0 && !forms.Contains(form))
        {
            forms.Add(form);
        }
    }

    private static Dictionary<string, string[]> BuildIrregulars()
    {
        // base: past, past participle (several forms split by '/'); "be", "have", "do" spell out every form.
        var table = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["be"] = ["is", "am/are/was/were", "been", "being"],
            ["have"] = ["has", "had", "had", "having"],
            ["do"] = ["does", "did", "done", "doing"],
            ["go"] = ["goes", "went", "gone", "going"],
        };
        string[] rows =
        [
            "say said said", "tell told told", "speak spoke spoken", "write wrote written", "think thought thought",
            "know knew known", "give gave given", "take took taken", "see saw seen", "hear heard heard",
            "find found found", "get got got/gotten", "make made made", "come came come", "feel felt felt",
            "keep kept kept", "leave left left", "mean meant meant", "put put put", "set set set", "let let let",
            "read read read", "run ran run", "stand stood stood", "understand understood understood",
            "begin began begun", "bring brought brought", "buy bought bought", "catch caught caught",
            "teach taught taught", "fight fought fought", "seek sought sought", "sell sold sold", "send sent sent",
            "spend spent spent", "build built built", "lose lost lost", "hold held held", "lead led led",
            "meet met met", "pay paid paid", "lay laid laid", "win won won", "swear swore sworn", "bear bore borne",
            "break broke broken", "choose chose chosen", "forget forgot forgotten", "rise rose risen",
            "strike struck struck", "throw threw thrown", "blow blew blown", "draw drew drawn", "grow grew grown",
            "fly flew flown", "show showed shown", "hit hit hit", "beat beat beaten", "bite bit bitten",
            "hide hid hidden", "shake shook shaken", "forbid forbade forbidden", "foresee foresaw foreseen",
            "forecast forecast forecast", "withdraw withdrew withdrawn", "overcome overcame overcome",
            "mislead misled misled", "undertake undertook undertaken", "uphold upheld upheld", "withhold withheld withheld",
            "quit quit quit", "shut shut shut", "cut cut cut", "bet bet bet", "cost cost cost", "hurt hurt hurt",
            "sit sat sat", "sleep slept slept", "slide slid slid", "spin spun spun", "stick stuck stuck",
            "sting stung stung", "sweep swept swept", "swing swung swung", "wake woke woken", "wear wore worn",
            "weep wept wept", "wind wound wound", "dig dug dug", "deal dealt dealt", "dream dreamt/dreamed dreamt/dreamed",
            "learn learnt/learned learnt/learned", "burn burnt/burned burnt/burned", "spell spelt/spelled spelt/spelled",
            "lie lied lied", "slay slew slain", "tear tore torn", "freeze froze frozen", "steal stole stolen",
            "ride rode ridden", "drive drove driven", "eat ate eaten", "fall fell fallen", "fling flung flung",
            "ring rang rung", "sing sang sung", "sink sank sunk", "drink drank drunk", "shoot shot shot",
            "feed fed fed", "flee fled fled", "light lit lit", "bend bent bent", "lend lent lent", "rebuild rebuilt rebuilt",
            "retell retold retold", "mistake mistook mistaken", "rethink rethought rethought", "foretell foretold foretold",
        ];
        foreach (string row in rows)
        {
            string[] p = row.Split(' ');
            table[p[0]] = [p[1], p[2]];
        }

        return table;
    }
}
