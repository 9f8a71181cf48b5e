using System.Collections.Frozen;
using ClaimTagger.Analysis;
using ClaimTagger.Sections;
using ClaimTagger.Sentences;
using ClaimTagger.Text;
using ClaimTagger.Tokens;

namespace ClaimTagger.Resolution;

/// <summary>
/// The people and organisations one article names, and where: full names ("Sergey Lavrov", "Ostland Bank"),
/// later short mentions resolved to them ("Lavrov", "Mr Achterberg", "Brooke", "Marlex", "AIU"), and what is
/// known of each person's gender (from titles, and from he/she used of a lone person in a sentence).
/// </summary>
/// <remarks>Built once per article; not thread-safe (tagging builds its own).</remarks>
internal sealed class EntityIndex
{
    /// <summary>Words around a title that never say whose it is.</summary>
    private static readonly FrozenSet<string> OwnerStopWords = FrozenSet.ToFrozenSet(
    [
        "the", "a", "an", "of", "for", "at", "on", "in", "to", "and", "or", "his", "her", "its", "their", "our", "my",
        "your", "this", "that", "said", "says", "told", "tells", "by", "with", "from", "as", "new", "then", "now", "also",
        "after", "before", "when", "while", "but", "yesterday", "today", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday",
    ], StringComparer.Ordinal);

    /// <summary>Descriptions that stand for a title: "the head of state" is the president (or monarch).</summary>
    private static readonly (string Phrase, string[] Titles)[] TitleSynonyms =
    [
        ("head of state", ["president", "king", "queen", "emir", "sultan"]),
        ("head of government", ["prime minister", "premier", "chancellor"]),
        ("top diplomat", ["foreign minister", "secretary of state", "foreign secretary"]),
        ("premier", ["premier", "prime minister"]),
        ("pontiff", ["pope"]),
        ("judge", ["judge", "justice", "recorder", "magistrate"]),
        ("boss", ["boss", "manager", "chief executive", "head coach", "coach"]),
    ];

    private readonly List<PersonEntry> _people = [];
    private readonly List<OrgEntry> _orgs = [];
    private readonly List<EntityMention> _mentions = [];
    private Dictionary<PersonEntry, List<string>>? _titles;
    private readonly Dictionary<string, List<EntityMention>> _titled = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OrgEntry> _acronyms = new(StringComparer.Ordinal);

    private EntityIndex(AnalyzedText text)
    {
        Text = text;
    }

    /// <summary>Gets the article.</summary>
    public AnalyzedText Text { get; }

    /// <summary>Gets every mention of a known person or organisation, in text order.</summary>
    public IReadOnlyList<EntityMention> Mentions => _mentions;

    /// <summary>Returns the titles the article writes with <paramref name="person"/>'s name ("defence barrister"), in text
    /// order; worked out for every person at the first call, so that asking for each candidate stays one look-up.</summary>
    /// <param name="person">A person of this article.</param>
    /// <returns>The titles, possibly none.</returns>
    public IReadOnlyList<string> TitlesOf(PersonEntry person)
    {
        if (_titles is null)
        {
            // by reference: a person's gender is learnt as resolution goes, and it takes part in a record's hash
            var titles = new Dictionary<PersonEntry, List<string>>(ReferenceEqualityComparer.Instance);
            foreach (EntityMention m in _mentions)
            {
                if (m.Person is { } p && m.Title is { } title)
                {
                    if (!titles.TryGetValue(p, out List<string>? list))
                    {
                        titles[p] = list = [];
                    }

                    list.Add(title);
                }
            }

            _titles = titles;
        }

        return _titles.TryGetValue(person, out List<string>? found) ? found : [];
    }

    /// <summary>Returns the index in <see cref="Mentions"/> (which are in text order) of the first mention that starts at
    /// or after <paramref name="position"/>, or the count when none does.</summary>
    /// <param name="position">A text offset.</param>
    /// <returns>The index.</returns>
    public int FirstMentionFrom(int position) => FirstMention(_mentions, m => m.Start >= position);

    /// <summary>Returns the index in <see cref="Mentions"/> of the first mention in paragraph <paramref name="paragraph"/>
    /// or a later one, or the count when none is.</summary>
    /// <param name="paragraph">A paragraph index.</param>
    /// <returns>The index.</returns>
    public int FirstMentionInParagraph(int paragraph) => FirstMention(_mentions, m => m.Paragraph >= paragraph);

    /// <summary>Binary search for the first of <paramref name="mentions"/> (in text order) that meets a test that, in
    /// that order, turns true and stays true; the count when none does.</summary>
    private static int FirstMention(List<EntityMention> mentions, Func<EntityMention, bool> reached)
    {
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (reached(mentions[mid]))
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    /// <summary>Builds the index of an article.</summary>
    /// <param name="text">The analysed article.</param>
    /// <returns>The index.</returns>
    public static EntityIndex Build(AnalyzedText text)
    {
        var index = new EntityIndex(text);
        bool[] quoted = QuotedTokens(text);
        var runs = new List<NameRun>();
        foreach (Sentence sentence in text.Sentences)
        {
            if (sentence.Section is SectionKind.Boilerplate or SectionKind.Byline or SectionKind.Dateline)
            {
                continue;
            }

            FindRuns(text, sentence, quoted, runs);
        }

        foreach (NameRun run in runs)
        {
            index.Register(run);
        }

        foreach (NameRun run in runs)
        {
            index.AddMention(run);
        }

        index.MarkSubjects();

        index.InferGenders(quoted);
        return index;
    }

    /// <summary>Returns whether a word is written with a capital inside a sentence somewhere, so it is a name, not a common noun starting a sentence.</summary>
    /// <param name="word">The word.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool IsCapitalisedMidSentence(string word)
    {
        string s = Text.Text;
        foreach (Sentence sentence in Text.Sentences)
        {
            for (int t = sentence.FirstToken + 1; t < sentence.FirstToken + sentence.TokenCount; t++)
            {
                Token token = Text.Tokens[t];
                Token previous = Text.Tokens[t - 1];
                if (token.Kind == TokenKind.Word && char.IsUpper(s[token.Start]) && !previous.Has(TokenFlags.OpenQuote) &&
                    s[previous.Start] is not (':' or '.' or '!' or '?' or '—' or '–' or '-' or '(' or '|') &&
                    s.AsSpan(token.Start, token.Length).StartsWith(word, StringComparison.Ordinal) &&
                    StripPossessive(s.Substring(token.Start, token.Length)) == word)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Returns the organisation a subject mention names most recently before a position, in this or the previous paragraph.</summary>
    /// <param name="position">Where the mention ("it") is written.</param>
    /// <param name="paragraph">Its paragraph.</param>
    /// <returns>The organisation's name, or <see langword="null"/>.</returns>
    public string? RecentOrgSubject(int position, int paragraph)
    {
        string? name = null;
        foreach (EntityMention m in _mentions)
        {
            if (m.Start >= position)
            {
                break;
            }

            if (m.Org is { } org && m.IsSubject && !m.InQuote && paragraph - m.Paragraph <= 1)
            {
                name = org.Name;
            }
        }

        return name;
    }

    /// <summary>Returns the person with this canonical name, if known.</summary>
    /// <param name="name">A canonical name.</param>
    /// <returns>The person, or <see langword="null"/>.</returns>
    public PersonEntry? Person(string name) => _people.Find(p => p.FullName == name);

    /// <summary>Returns the person with this name, adding one for a name the article never gives in full.</summary>
    /// <param name="name">The name as written ("Mia", "Jane Doe").</param>
    /// <param name="position">Where it is written.</param>
    /// <returns>The person.</returns>
    public PersonEntry EnsurePerson(string name, int position)
    {
        PersonEntry? person = Person(name);
        if (person is null)
        {
            int space = name.IndexOf(' ', StringComparison.Ordinal);
            person = new PersonEntry(name, space < 0 ? name : name[..space], name[(name.LastIndexOf(' ') + 1)..], position)
            {
                Gender = FirstNames.GenderOf(space < 0 ? name : name[..space]),
            };
            _people.Add(person);
        }

        return person;
    }

    /// <summary>Resolves a one-word name ("Achterberg", "Brooke") to the person it stands for.</summary>
    /// <param name="word">The word.</param>
    /// <param name="position">Where it is written; a person introduced before it is preferred.</param>
    /// <param name="gender">The gender the mention's title gives ("Mr Chalk"), which picks between people who share
    /// the surname ("Tom and Ruth Chalk"); <see cref="Gender.Unknown"/> for none.</param>
    /// <returns>The person, or <see langword="null"/>.</returns>
    public PersonEntry? PersonByWord(string word, int position, Gender gender) =>
        (gender == Gender.Unknown ? null : PersonByWord(word, position, gender, strict: true)) ?? PersonByWord(word, position, gender, strict: false);

    /// <summary>The person <paramref name="word"/> names; when <paramref name="strict"/>, only among people whose
    /// gender fits <paramref name="gender"/> (an unknown gender fits any).</summary>
    private PersonEntry? PersonByWord(string word, int position, Gender gender, bool strict)
    {
        PersonEntry? later = null;
        PersonEntry? byFirstName = null;
        foreach (PersonEntry person in _people)
        {
            if (strict && person.Gender != Gender.Unknown && person.Gender != gender)
            {
                continue;
            }

            bool surname = string.Equals(person.Surname, word, StringComparison.OrdinalIgnoreCase);
            if (surname && person.Position <= position)
            {
                return person;
            }

            if (surname)
            {
                later ??= person;
            }
            else if (byFirstName is null && string.Equals(person.FirstName, word, StringComparison.OrdinalIgnoreCase))
            {
                byFirstName = person;
            }
        }

        return later ?? byFirstName;
    }

    /// <summary>Resolves a full name as written ("Farouk Aziz") to a registered person, or to itself.</summary>
    /// <param name="name">The parsed name.</param>
    /// <returns>The canonical name.</returns>
    public string CanonicalPerson(string name)
    {
        foreach (PersonEntry person in _people)
        {
            if (person.FullName == name || person.FullName.EndsWith(" " + name, StringComparison.Ordinal))
            {
                return person.FullName;
            }
        }

        return name;
    }

    /// <summary>Resolves an organisation as written ("The opposition Social Alliance", "Marlex", "the AIU").</summary>
    /// <param name="name">The capitalised part of the mention.</param>
    /// <returns>The canonical name, or <see langword="null"/> when it names no organisation the article knows.</returns>
    public string? CanonicalOrg(string name)
    {
        if (KnownOrg(name) is { } known)
        {
            return known;
        }

        // "Carmaker Stellor Motors": the noun for the business stands before the name
        int space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && NameWords.LeadingOrgDescriptors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name.AsSpan(0, space))
            ? KnownOrg(name[(space + 1)..])
            : null;
    }

    private string? KnownOrg(string name)
    {
        if (_acronyms.TryGetValue(name, out OrgEntry? byAcronym))
        {
            return byAcronym.Name;
        }

        foreach (OrgEntry org in _orgs)
        {
            if (string.Equals(org.Name, name, StringComparison.OrdinalIgnoreCase) || org.Name.EndsWith(" " + name, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(org.FirstWord, name, StringComparison.OrdinalIgnoreCase))
            {
                return org.Name;
            }
        }

        return null;
    }

    /// <summary>Finds the organisation a common noun refers back to ("the company", "the authority", "the Trust").</summary>
    /// <param name="noun">The noun, lower case.</param>
    /// <param name="position">Where the mention is written.</param>
    /// <returns>The organisation's name, or <see langword="null"/>.</returns>
    public string? OrgByNoun(string noun, int position)
    {
        string? byName = null, later = null;
        bool companyNoun = NameWords.CompanyNouns.Contains(noun);

        // "the company" is the business the story is about: the one named most often so far (the latest on a tie),
        // not whichever was named last ("… said analysts at Deka Bank. The company said …")
        Dictionary<string, int>? companies = null;
        string? byCompany = null;
        int most = 0;
        foreach (EntityMention m in _mentions)
        {
            if (m.Org is not { } org)
            {
                continue;
            }

            bool named = org.Words.Contains(noun) || SharesStem(org.Words, noun) || ByAnotherName(org.Words, noun);
            if (m.Start >= position)
            {
                later ??= named ? org.Name : null;
                continue;
            }

            if (named)
            {
                byName = org.Name;
            }
            else if (companyNoun && org.IsCompany && !m.InQuote)
            {
                companies ??= new Dictionary<string, int>(StringComparer.Ordinal);
                int count = companies[org.Name] = companies.GetValueOrDefault(org.Name) + 1;
                if (count >= most)
                {
                    most = count;
                    byCompany = org.Name;
                }
            }
        }

        return byName ?? byCompany ?? later;
    }

    /// <summary>Workers whose association or federation is a union ("the Teachers Association"; not "the Port
    /// Operators' Association", which employers form).</summary>
    private static readonly HashSet<string> WorkerNouns = new(StringComparer.Ordinal)
    {
        "teachers", "nurses", "doctors", "physicians", "pilots", "workers", "employees", "staff", "officers", "firefighters",
        "drivers", "writers", "actors", "players", "journalists", "miners", "engineers", "educators", "professors",
        "midwives", "paramedics", "dockers", "dockworkers", "seafarers", "machinists", "clerks", "librarians",
    };

    /// <summary>Whether a noun stands for an organisation whose name calls it otherwise: "the union" for "the California
    /// Teachers Association" or "the Writers Guild", "the force" for "West Yorkshire Police".</summary>
    private static bool ByAnotherName(HashSet<string> words, string noun) => noun switch
    {
        "union" => words.Contains("guild") || words.Contains("syndicate") ||
            ((words.Contains("association") || words.Contains("federation")) && words.Any(w => WorkerNouns.Contains(w.TrimEnd('\'', '’')))),
        "force" => words.Contains("police") || words.Contains("constabulary"),
        _ => false,
    };

    /// <summary>Whether a word of an organisation's name shares the noun's stem ("the regulator" → "Office of Rail
    /// Regulation", "the inspectorate" → "Schools Inspection Service"): the first six letters, in words of seven or more.</summary>
    private static bool SharesStem(HashSet<string> words, string noun)
    {
        const int Stem = 6;
        if (noun.Length <= Stem)
        {
            return false;
        }

        foreach (string word in words)
        {
            if (word.Length > Stem && word.AsSpan(0, Stem).SequenceEqual(noun.AsSpan(0, Stem)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a mention holds a description of an office that runs on past "of" ("the head of state", "the
    /// head of government"), which <see cref="PersonByTitle"/> must see whole.</summary>
    /// <param name="lowerMention">The mention in lower case.</param>
    /// <returns>Whether it holds one.</returns>
    public static bool HoldsOfficeDescription(string lowerMention) =>
        Array.Exists(TitleSynonyms, s => s.Phrase.Contains(' ', StringComparison.Ordinal) && lowerMention.Contains(s.Phrase, StringComparison.Ordinal));

    /// <summary>Returns the person with a title that holds every title word of <paramref name="title"/> ("the mayor").</summary>
    /// <param name="title">The title as written.</param>
    /// <param name="position">Where the mention is written; the last such person before it wins, else the first after.</param>
    /// <param name="owner">What follows the title in the mention and says whose it is ("of Harrowby Council" in "the
    /// leader of Harrowby Council"), or <see langword="null"/>: a holder whose mention names an owner before the name
    /// must share a word of it (<see cref="OwnerWords"/>), so that "the leader of Harrowby Council" is not the "Green
    /// group leader".</param>
    /// <returns>The person, or <see langword="null"/>.</returns>
    public PersonEntry? PersonByTitle(string title, int position, string? owner = null)
    {
        string lowerTitle = title.ToLowerInvariant();
        string[] qualifiers = Qualifiers(title);
        string[] owners = OwnerWords(owner);
        foreach ((string phrase, string[] titles) in TitleSynonyms)
        {
            if (lowerTitle.Contains(phrase, StringComparison.Ordinal))
            {
                // "the head of state" names whoever holds one of these titles
                foreach (string synonym in titles)
                {
                    if (PersonByTitleWords(synonym.Split(' '), position, qualifiers, owners) is { } holder)
                    {
                        return holder;
                    }
                }

                return null;
            }
        }

        string[] wanted = lowerTitle.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => NameWords.TitleWords.Contains(w) && !NameWords.OrganisationWords.Contains(w) && !NameWords.TitleModifiers.Contains(w)).ToArray();
        return wanted.Length == 0 ? null : PersonByTitleWords(wanted, position, qualifiers, owners, title);
    }

    /// <summary>Words that make an office another one ("the prime minister" is no "shadow security minister", nor the
    /// other way round), though the title words they go with are the same.</summary>
    private static readonly string[][] OfficeMarks = [["prime"], ["shadow"]];

    /// <summary>Whether every title the article gives <paramref name="person"/> differs from <paramref name="description"/>
    /// in one of <see cref="OfficeMarks"/>.</summary>
    /// <param name="person">A person the article names.</param>
    /// <param name="description">A title or description ("the prime minister").</param>
    /// <returns><see langword="true"/> when the person holds no such office.</returns>
    public bool DiffersInOffice(PersonEntry person, string description)
    {
        bool any = false;
        foreach (string title in TitlesOf(person))
        {
            if (SameOffice(title, description))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>Whether a title and a description agree in every one of <see cref="OfficeMarks"/>.</summary>
    private static bool SameOffice(string title, string description)
    {
        foreach (string[] mark in OfficeMarks)
        {
            if (HasEveryWord(title, mark) != HasEveryWord(description, mark))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The capitalised words of a title that say whose it is ("Rovers" in "Rovers boss", "City" in "City boss
    /// Andre Silva", "Interior" in "Interior Minister"), lower case: no title noun, determiner or word of rank or time.</summary>
    private static string[] Qualifiers(string title)
    {
        List<string>? found = null;
        foreach (string word in title.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            // a possessive says whose the post is ("Serbia’s top diplomat"), not which post: it rules out no holder
            string bare = word.TrimEnd('.', ',');
            string lower = bare.ToLowerInvariant();
            if (char.IsUpper(word[0]) && lower.Length > 1 && !EndsPossessive(bare) && (!NameWords.TitleWords.Contains(lower) || NameWords.TitleModifiers.Contains(lower)) &&
                lower is not ("the" or "a" or "an" or "his" or "her" or "its" or "their" or "our" or "my" or "your" or "this" or "that" or "former" or
                    "senior" or "acting" or "top" or "interim" or "incoming" or "outgoing" or "veteran"))
            {
                (found ??= []).Add(lower);
            }
        }

        return found is null ? [] : [.. found];
    }

    /// <summary>Whether a holder's title can be the one asked for: when both name whose title it is ("Rovers boss",
    /// "City boss"), they must agree.</summary>
    private static bool SameQualifiers(string title, string[] qualifiers)
    {
        string[] own = Qualifiers(title);
        return own.Length == 0 || Array.TrueForAll(qualifiers, q => Array.IndexOf(own, q) >= 0);
    }

    /// <summary>Whether a holder's mention can belong to the owner another mention names after its title: a mention
    /// with no owner words before its name can ("Councillor Ann Bell"); one with them ("Green group leader Ola Finch")
    /// must share one with it ("of the Green group", not "of Harrowby Council").</summary>
    private bool SharesAnOwner(EntityMention holder, string[] owners)
    {
        string s = Text.Text;
        int from = holder.Start, words = 0;
        while (from > 0 && words < 4 && s[from - 1] is not (',' or '.' or ';' or ':' or '!' or '?' or '\n' or '(' or '"' or '“' or '”'))
        {
            from--;
            if (s[from] == ' ' && from > 0 && s[from - 1] != ' ')
            {
                words++;
            }
        }

        var own = new List<string>(OwnerWords(s[from..holder.Start]));
        own.AddRange(OwnerWords(holder.Title));
        return own.Count == 0 || Array.Exists(owners, own.Contains);
    }

    /// <summary>The words of a phrase that can say whose a title is (lower case): no function word, title word or part
    /// of a number.</summary>
    private static string[] OwnerWords(string? phrase)
    {
        if (phrase is null)
        {
            return [];
        }

        List<string>? found = null;
        foreach (string word in phrase.Split([' ', '-', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            string bare = StripPossessive(word.Trim('.', ',', ';', ':', '(', ')').ToLowerInvariant());
            if (bare.Length > 1 && bare.All(char.IsLetter) && !OwnerStopWords.Contains(bare) && !NameWords.TitleWords.Contains(bare))
            {
                (found ??= []).Add(bare);
            }
        }

        return found is null ? [] : [.. found];
    }

    private PersonEntry? PersonByTitleWords(string[] wanted, int position, string[] qualifiers, string[] owners, string? office = null)
    {
        // The titled mentions that hold these words, in document order, found once per set of words: an article asks
        // for "the minister" once per tag, and scanning every mention each time made a long article quadratic.
        string key = string.Join(' ', wanted);
        if (!_titled.TryGetValue(key, out List<EntityMention>? holders))
        {
            holders = [];
            foreach (EntityMention m in _mentions)
            {
                if (m.Person is not null && m.Title is { } mentionTitle && HasEveryWord(mentionTitle, wanted))
                {
                    holders.Add(m);
                }
            }

            _titled.Add(key, holders);
        }

        if (qualifiers.Length > 0)
        {
            holders = holders.FindAll(m => SameQualifiers(m.Title!, qualifiers));
        }

        if (owners.Length > 0)
        {
            holders = holders.FindAll(m => SharesAnOwner(m, owners));
        }

        // "the prime minister" is held by neither "shadow security minister Dan Carden" nor "Health Minister Ana Ruiz"
        if (office is not null && holders.Exists(m => !SameOffice(m.Title!, office)))
        {
            holders = holders.FindAll(m => SameOffice(m.Title!, office));
        }

        // The last holder mentioned before the position, else the first one at or after it.
        int lo = FirstMention(holders, m => m.Start >= position);
        return lo > 0 ? holders[lo - 1].Person : lo < holders.Count ? holders[lo].Person : null;
    }

    /// <summary>Whether every wanted word is a whole word of a title ("MP" in "the local MP", not in "campaigner").</summary>
    private static bool HasEveryWord(string title, string[] wanted)
    {
        string[] words = title.ToLowerInvariant().Split([' ', '-', ','], StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            words[i] = StripPossessive(words[i].TrimEnd('.'));
        }

        foreach (string w in wanted)
        {
            if (Array.IndexOf(words, w) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Records that a mention marked as its sentence's subject is not ("the judge told Pettifer").</summary>
    /// <param name="mention">The mention.</param>
    public void DemoteSubject(EntityMention mention)
    {
        int i = _mentions.IndexOf(mention);
        if (i >= 0)
        {
            _mentions[i] = mention with { IsSubject = false };
        }
    }

    /// <summary>Records that a person is referred to as he or she.</summary>
    /// <param name="person">The person.</param>
    /// <param name="gender">The gender the pronoun implies.</param>
    public static void NoteGender(PersonEntry person, Gender gender)
    {
        if (gender != Gender.Unknown && person.Gender == Gender.Unknown)
        {
            person.Gender = gender;
        }
    }

    private static bool[] QuotedTokens(AnalyzedText text)
    {
        var quoted = new bool[text.Tokens.Count];
        int t = 0;
        foreach (var quote in text.Quotes)
        {
            if (quote.Depth != 0)
            {
                continue;
            }

            while (t < quoted.Length && text.Tokens[t].Start < quote.Span.Start)
            {
                t++;
            }

            int k = t;
            while (k < quoted.Length && text.Tokens[k].Start < quote.Span.End)
            {
                quoted[k++] = true;
            }
        }

        return quoted;
    }

    private static void FindRuns(AnalyzedText text, Sentence sentence, bool[] quoted, List<NameRun> runs)
    {
        string s = text.Text;
        int first = sentence.FirstToken, end = first + sentence.TokenCount;
        bool titleCase = sentence.Section == SectionKind.Headline && IsTitleCase(text, first, end);
        int i = first;

        // a wire dateline that opens the sentence ("SAN JOSE, Calif. (Wire) — Shares of …") names a place and an agency,
        // neither of them a speaker nor the sentence's subject
        int datelineEnd = sentence.Span.Start + LineClassifier.WireDatelinePrefixLength(s.AsSpan(sentence.Span.Start, sentence.Span.Length));
        while (i < end && text.Tokens[i].Start < datelineEnd)
        {
            i++;
        }

        while (i < end)
        {
            Token token = text.Tokens[i];
            if (!IsCapitalisedWord(s, token))
            {
                i++;
                continue;
            }

            int j = i + 1;
            while (j < end && Continues(s, text, i, j, end))
            {
                j++;
            }

            if (j > i + 1 && NameWords.WeatherNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s.AsSpan(token.Start, token.Length)))
            {
                // "Hurricane Delia", "Storm Ilsa": a named storm, not a person
                i = j;
                continue;
            }

            if (j < end && IsPlaceAfterPossessive(s, text.Tokens[j - 1], text.Tokens[j]))
            {
                // "St Peter's Basilica", "Guy's Hospital", "St Patrick's Day": a place or a day, not a person
                i = j + 1;
                continue;
            }

            // "(AIU)" right after an organisation's name is its acronym.
            // "Verdane Bio, Inc.": a company suffix after the name marks an organisation
            int suffixAt = j < end && s[text.Tokens[j].Start] == ',' ? j + 1 : j;
            bool companySuffix = suffixAt < end && text.Tokens[suffixAt].Kind == TokenKind.Word &&
                NameWords.CompanySuffixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s.AsSpan(text.Tokens[suffixAt].Start, text.Tokens[suffixAt].Length));
            string? acronym = null;
            if (j + 2 < end && s[text.Tokens[j].Start] == '(' && text.Tokens[j + 2].Length == 1 && s[text.Tokens[j + 2].Start] == ')' &&
                text.Tokens[j + 1].Has(TokenFlags.AllCaps) && text.Tokens[j + 1].Length >= 2)
            {
                acronym = s.Substring(text.Tokens[j + 1].Start, text.Tokens[j + 1].Length);
            }

            // "Chipmaker Veltra warns …": a noun for a business opening the sentence stands before the name
            bool leadingDescriptor = i == first && j > i + 1 && char.IsUpper(s[text.Tokens[i + 1].Start]) &&
                NameWords.LeadingOrgDescriptors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s.AsSpan(token.Start, token.Length));
            Token descriptor = leadingDescriptor ? token : i > first ? text.Tokens[i - 1] : default;
            if (leadingDescriptor)
            {
                token = text.Tokens[++i];
            }

            // "Britain's second-largest pharmacy chain, Wellhouse, will …": the name between commas after a noun for a
            // business (a business noun only: "his rival, Okafor," and "the owner, Hale," are people), or between a comma
            // and the sentence's end ("…, according to the mining company, Andes Copper.")
            bool commaSet = !leadingDescriptor && i > first + 1 && j < end && IsComma(s, text.Tokens[i - 1]) &&
                (IsComma(s, text.Tokens[j]) || IsMark(s, text.Tokens[j], '.')) &&
                NameWords.CompanyNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s.AsSpan(text.Tokens[i - 2].Start, text.Tokens[i - 2].Length));
            if (commaSet)
            {
                descriptor = text.Tokens[i - 2];
            }

            // "rail operator Westline", "ferry operator Norland Lines": a name right after a lower-case noun for a
            // business; a longer run only when it does not open with a given name ("film producer Jane Okoro")
            bool afterCompanyNoun = (j == i + 1 || (j <= i + 3 && FirstNames.GenderOf(s.Substring(token.Start, token.Length)) == Gender.Unknown)) &&
                (leadingDescriptor || (i > first && descriptor.Kind == TokenKind.Word && !char.IsUpper(s[descriptor.Start]) &&
                NameWords.OrgDescriptors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s.AsSpan(descriptor.Start, descriptor.Length))));
            bool afterThe = i > first && s.AsSpan(text.Tokens[i - 1].Start, text.Tokens[i - 1].Length).Equals("the", StringComparison.OrdinalIgnoreCase);

            // "Apple cut the price of its cheapest phone": a one-word subject that the sentence goes on to call "its";
            // "Skylane, Europe's third-largest budget carrier, cancelled …": one described as a business
            // (not a state or its capital: "Brussels has fined Apple … for abusing its dominance")
            bool itsSubject = !afterCompanyNoun && j == i + 1 && i == first && NameParser.IsNameWord(s.AsSpan(token.Start, token.Length)) &&
                FirstNames.GenderOf(s.Substring(token.Start, token.Length)) == Gender.Unknown && !CountryNames.Contains(s.Substring(token.Start, token.Length)) &&
                (NextPossessiveIsIts(s, text, j, end) || AppositiveIsBusiness(s, text, j, end));
            runs.Add(new NameRun(new TextSpan(token.Start, text.Tokens[j - 1].End), sentence.Index, sentence.Paragraph, quoted[i], acronym)
            {
                AfterCompanyNoun = afterCompanyNoun,

                // "rail operator Westline" is a business; "postal regulator Ofcom", "the charity Shelterline" are not
                DescriptorIsBusiness = afterCompanyNoun &&
                    NameWords.CompanyNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s.AsSpan(descriptor.Start, descriptor.Length).ToString().ToLowerInvariant()),
                ItsSubject = itsSubject,
                InTitleCaseHeadline = titleCase,
                AfterThe = afterThe,
                CompanySuffix = companySuffix,
            });
            i = j;
        }
    }

    /// <summary>Returns the regnal or religious title at the end of <paramref name="title"/> as written ("Pope",
    /// "King"), under which a single name is a person's whole name, or <see langword="null"/>.</summary>
    private static string? RegnalTitle(string title)
    {
        int space = title.LastIndexOf(' ');
        string last = space < 0 ? title : title[(space + 1)..];
        return NameWords.RegnalTitles.Contains(last.ToLowerInvariant()) ? last : null;
    }

    /// <summary>Whether a run ending in a possessive is followed by a noun that makes the whole a place's or a day's
    /// name ("St Peter's Basilica", "Guy's Hospital", "St Patrick's Day").</summary>
    private static bool IsPlaceAfterPossessive(string s, in Token last, in Token next)
    {
        ReadOnlySpan<char> word = s.AsSpan(last.Start, last.Length);
        return next.Kind == TokenKind.Word && char.IsUpper(s[next.Start]) &&
            (EndsPossessive(word) || IsApostrophe(word[^1])) &&
            NameWords.PlaceNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s.AsSpan(next.Start, next.Length));
    }

    private static bool IsTitleCase(AnalyzedText text, int first, int end)
    {
        int words = 0, capitalised = 0;
        for (int t = first; t < end; t++)
        {
            Token token = text.Tokens[t];
            if (token.Kind == TokenKind.Word && token.Length > 3)
            {
                words++;
                if (char.IsUpper(text.Text[token.Start]))
                {
                    capitalised++;
                }
            }
        }

        return words >= 3 && capitalised * 4 >= words * 3;
    }

    private static bool IsCapitalisedWord(string s, in Token token) =>
        token.Kind == TokenKind.Word && char.IsUpper(s[token.Start]) && !(token.Has(TokenFlags.AllCaps) && token.Length > 1 && token.Length > 5);

    private static bool Continues(string s, AnalyzedText text, int runStart, int j, int end)
    {
        Token token = text.Tokens[j];
        Token previous = text.Tokens[j - 1];
        if (token.Start - previous.End > 1)
        {
            return false; // a line break or a wide gap ends a name
        }

        ReadOnlySpan<char> word = s.AsSpan(token.Start, token.Length);
        if (EndsPossessive(s.AsSpan(previous.Start, previous.Length)))
        {
            return false; // "Lindqvist’s Tax Grab": a possessive ends the name
        }

        if (token.Kind == TokenKind.Word)
        {
            if (token.Has(TokenFlags.AllCaps) && token.Length > 3 && !text.Tokens[runStart].Has(TokenFlags.AllCaps))
            {
                return false; // "Brooke Tennant KICKED OFF": capitals for emphasis are not part of the name
            }

            if (char.IsUpper(word[0]))
            {
                return true;
            }

            // particles and organisation connectors inside a name: "van Wyk", "University and College Staff Union"
            bool nextCapitalised = j + 1 < end && text.Tokens[j + 1].Kind == TokenKind.Word && char.IsUpper(s[text.Tokens[j + 1].Start]);
            return nextCapitalised && (NameWords.NameParticles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) ||
                word is "of" or "for" or "and" or "on" ||
                (word is "to" && NameParser.IsOrganisationWord(s.Substring(previous.Start, previous.Length)))); // "Committee to Protect Journalists"
        }

        if (word is "&" && j + 1 < end && char.IsUpper(s[text.Tokens[j + 1].Start]))
        {
            return true;
        }

        // the full stop of an initial ("J. R. Smith")
        return token.Length == 1 && word[0] == '.' && previous.Length == 1 && j + 1 < end && j > runStart;
    }

    /// <summary>Whether a comma-set description of a business follows ("Skylane, Europe's third-largest budget carrier,"):
    /// at most eight words, the last a noun for a business.</summary>
    private static bool AppositiveIsBusiness(string s, AnalyzedText text, int from, int end)
    {
        if (from >= end || s[text.Tokens[from].Start] != ',')
        {
            return false;
        }

        for (int k = from + 1; k < end && k <= from + 9; k++)
        {
            if (s[text.Tokens[k].Start] == ',')
            {
                Token last = text.Tokens[k - 1];
                return k > from + 1 && NameWords.CompanyNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s.AsSpan(last.Start, last.Length));
            }
        }

        return false;
    }

    /// <summary>Whether the first possessive pronoun in the next dozen tokens of the sentence is "its".</summary>
    private static bool NextPossessiveIsIts(string s, AnalyzedText text, int from, int end)
    {
        for (int k = from; k < end && k < from + 12; k++)
        {
            ReadOnlySpan<char> word = s.AsSpan(text.Tokens[k].Start, text.Tokens[k].Length);
            if (word.Equals("its", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (word.Equals("his", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase) ||
                word.Equals("their", StringComparison.OrdinalIgnoreCase) || word.Equals("he", StringComparison.OrdinalIgnoreCase) ||
                word.Equals("she", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsComma(string s, in Token token) => IsMark(s, token, ',');

    private static bool IsMark(string s, in Token token, char mark) => token.Length == 1 && s[token.Start] == mark;

    private static bool EndsPossessive(ReadOnlySpan<char> word) =>
        word.Length > 2 && (word.EndsWith("'s") || word.EndsWith("’s") || word.EndsWith("'S") || word.EndsWith("’S"));

    private void Register(NameRun run)
    {
        string s = Text.Text;
        if (run.AfterCompanyNoun || (run.ItsSubject && PersonByWord(StripPossessive(run.Span.Slice(s)), run.Span.Start, Gender.Unknown) is null))
        {
            string single = StripPossessive(run.Span.Slice(s));
            if (_orgs.Find(o => o.Name == single) is null)
            {
                // "rail operator Westline"; "postal regulator Ofcom" is a body of another kind
                _orgs.Add(new OrgEntry(single, run.Span.Start, isCompany: run.DescriptorIsBusiness || !run.AfterCompanyNoun));
            }

            return;
        }

        if (IsOrganisation(run, out string? orgName))
        {
            OrgEntry? org = _orgs.Find(o => o.Name == orgName);
            if (org is null)
            {
                org = new OrgEntry(orgName!, run.Span.Start);
                _orgs.Add(org);
            }

            if (run.Acronym is not null)
            {
                _acronyms.TryAdd(run.Acronym, org);
            }

            return;
        }

        if (run.InTitleCaseHeadline || run.AfterThe)
        {
            // "Governor Lindqvist’s Tax Grab Will Cost Families": every word is capitalised, names cannot be told apart;
            // "the Continental Championships": a capitalised name after "the" is an event, a place or a body, not a person
            return;
        }

        RegisterSharedSurname(People(run));
        foreach ((TextSpan part, PersonName parsed) in People(run))
        {
            if (parsed is { Name: { } regnal, NameWordCount: 1, Title: { } title } && RegnalTitle(title) is { } style)
            {
                // "Pope Leo", "King Charles": the title and the one name are how the person is known
                string known = style + " " + regnal;
                if (_people.Find(p => p.FullName == known) is null)
                {
                    _people.Add(new PersonEntry(known, regnal, regnal, part.Start) { Gender = GenderOf(title) });
                }

                continue;
            }

            if (parsed.Name is null || parsed.NameWordCount < 2)
            {
                continue;
            }

            if (_people.Find(p => p.FullName == parsed.Name) is null)
            {
                string firstName = parsed.Name[..parsed.Name.IndexOf(' ', StringComparison.Ordinal)];
                Gender gender = GenderOf(parsed.Title);
                _people.Add(new PersonEntry(parsed.Name, firstName, parsed.Name[(parsed.Name.LastIndexOf(' ') + 1)..], part.Start)
                {
                    Gender = gender != Gender.Unknown ? gender : FirstNames.GenderOf(firstName),
                });
            }
        }
    }

    /// <summary>
    /// "Tom and Ruth Chalk": a first name alone, "and", then a first name and a surname name two people who share the
    /// surname; the first is registered under it ("Tom Chalk"), so "Mr Chalk" and "Tom" find him.
    /// </summary>
    private void RegisterSharedSurname((TextSpan Part, PersonName Parsed)[] people)
    {
        string s = Text.Text;
        for (int k = 0; k + 1 < people.Length; k++)
        {
            (TextSpan part, PersonName parsed) = people[k];
            (TextSpan nextPart, PersonName next) = people[k + 1];
            string word = part.Slice(s);
            if (parsed.Title is not null || word.Contains(' ', StringComparison.Ordinal) || FirstNames.GenderOf(word) == Gender.Unknown ||
                s.AsSpan(part.End, nextPart.Start - part.End) is not " and " ||
                next is not { Name: { } name, NameWordCount: 2, Title: null } ||
                FirstNames.GenderOf(name[..name.IndexOf(' ', StringComparison.Ordinal)]) == Gender.Unknown)
            {
                continue;
            }

            EnsurePerson(word + name[name.IndexOf(' ', StringComparison.Ordinal)..], part.Start);
        }
    }

    private void AddMention(NameRun run)
    {
        string s = Text.Text;
        string runText = StripPossessive(run.Span.Slice(s));
        int space = runText.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && space == runText.LastIndexOf(' ') && NameWords.NotNames.Contains(runText[..space].ToLowerInvariant()))
        {
            runText = runText[(space + 1)..]; // "The Trust" at the start of a sentence
        }

        if (run.AfterCompanyNoun || (!runText.Contains(' ', StringComparison.Ordinal) && NameWords.OrganisationWords.Contains(runText.ToLowerInvariant())))
        {
            // "rail operator Westline", or "the Trust" / "the Bank" standing for a named organisation
            string? name = run.AfterCompanyNoun ? runText : OrgByNoun(runText.ToLowerInvariant(), run.Span.Start);
            if (name is not null && _orgs.Find(o => o.Name == name) is { } known)
            {
                _mentions.Add(new EntityMention(run.Span.Start, run.Span.End, run.Sentence, run.Paragraph, run.InQuote, false, null, known, null));
            }

            return;
        }

        if (IsOrganisation(run, out string? orgName))
        {
            _mentions.Add(new EntityMention(run.Span.Start, run.Span.End, run.Sentence, run.Paragraph, run.InQuote, false, null, _orgs.Find(o => o.Name == orgName), null));
            return;
        }

        bool named = false;
        foreach ((TextSpan part, PersonName parsed) in People(run))
        {
            if (parsed.Name is null)
            {
                continue;
            }

            Gender titled = GenderOf(parsed.Title);
            PersonEntry? person = parsed.NameWordCount >= 2 ? Person(parsed.Name) : PersonByWord(parsed.Name, part.Start, titled);
            if (person is not null)
            {
                NoteGender(person, titled);

                // "Minister of Agriculture Leyla Haddad": the parts before the first name belong to its title
                int titleStart = named ? part.Start : run.Span.Start;
                string? title = parsed.NameSpan.Start > titleStart ? s[titleStart..parsed.NameSpan.Start].Trim() : null;
                _mentions.Add(new EntityMention(part.Start, part.End, run.Sentence, run.Paragraph, run.InQuote, false, person, null,
                    Describe(title, titleStart, part.End)));
                named = true;
                continue;
            }

            if (parsed.NameWordCount == 1 && CanonicalOrg(parsed.Name) is { } org)
            {
                _mentions.Add(new EntityMention(part.Start, part.End, run.Sentence, run.Paragraph, run.InQuote, false, null, _orgs.Find(o => o.Name == org), null));
            }
        }
    }

    /// <summary>
    /// The title of a person mention widened with the roles the sentence gives the person around the name, so that a
    /// later "the engineer", "the MP" or "the captain" finds them: lower-case role words before the name ("City
    /// engineer Arturo Medina", "Castleford captain Joe Whitlock"), a description set off by a comma before it ("the
    /// local MP, Gareth Pryce") and one after it ("Delia Marchetti, president of the guild"; "Brannigan, a former
    /// shipping executive,").
    /// </summary>
    private string? Describe(string? title, int start, int end)
    {
        string s = Text.Text;
        var words = new List<string>();
        if (title is not null)
        {
            words.Add(title);
        }

        // role words right before the name: "City engineer", "Rovers manager"
        int i = start;
        for (int n = 0; n < 4; n++)
        {
            (int wordStart, string word) = WordBefore(s, i);
            if (wordStart < 0 || !IsRoleWord(word, premodifier: true))
            {
                break;
            }

            words.Add(word);
            i = wordStart;
        }

        // "the local MP, Gareth Pryce": a description, a comma, then the name
        int comma = i - 1;
        while (comma >= 0 && s[comma] == ' ')
        {
            comma--;
        }

        if (comma > 0 && s[comma] == ',' && DescriptionBefore(s, comma) is { } before)
        {
            words.Add(before);
        }

        // "Delia Marchetti, president of the guild,": the name, a comma, then a description
        int after = end;
        if (after + 2 < s.Length && s[after] == ',' && s[after + 1] == ' ' && DescriptionAfter(s, after + 2) is { } described)
        {
            words.Add(described);
        }

        return words.Count == 0 ? null : string.Join(' ', words);
    }

    private static readonly string[] Determiners = ["the", "a", "an", "its", "his", "her", "their", "our"];

    private static readonly string[] ObjectPrepositions = ["of", "for", "at", "from", "with", "by", "to", "in", "on"];

    /// <summary>Verbs that make the words after a name's comma a clause of their own rather than a description of the
    /// person.</summary>
    private static readonly string[] ClauseVerbs =
    [
        "said", "says", "claimed", "claims", "told", "tells", "warned", "warns", "insisted", "insists", "argued", "argues", "added",
        "wrote", "writes", "denied", "denies", "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could",
    ];

    /// <summary>Returns whether a lower-case word opens a description ("the", "its", "their").</summary>
    /// <param name="lower">The word, in lower case.</param>
    /// <returns><see langword="true"/> for a determiner.</returns>
    public static bool IsDeterminer(string lower) => Array.IndexOf(Determiners, lower) >= 0;

    private static readonly string[] AppositiveBreaks = ["and", "or", "but", "who", "which", "whose", "whom", "where", "when", "that", "said", "says", "told", "adding", "according", "as", "while"];

    /// <summary>A role word that can stand before a name: a title word, or a capitalised word that is not a function word ("Castleford captain").</summary>
    private static bool IsRoleWord(string word, bool premodifier)
    {
        string lower = StripPossessive(word).ToLowerInvariant();
        if (NameWords.TitleWords.Contains(lower))
        {
            return true;
        }

        return premodifier && word.Length > 1 && char.IsUpper(word[0]) && !NameWords.NotNames.Contains(lower) && !EndsPossessive(word);
    }

    /// <summary>The word that ends right before <paramref name="position"/> (one space between), or -1 when punctuation intervenes.</summary>
    private static (int Start, string Word) WordBefore(string s, int position)
    {
        int e = position - 1;
        return e < 1 || s[e] != ' ' ? (-1, string.Empty) : WordEndingAt(s, e);
    }

    /// <summary>The word that ends at <paramref name="end"/> (exclusive), or -1 when there is none.</summary>
    private static (int Start, string Word) WordEndingAt(string s, int end)
    {
        int e = end;
        int b = e;
        while (b > 0 && (char.IsLetterOrDigit(s[b - 1]) || s[b - 1] is '-' or '\'' or '’'))
        {
            b--;
        }

        return b == e ? (-1, string.Empty) : (b, s[b..e]);
    }

    /// <summary>"the local MP" before ", Name": up to eight words back to a determiner or possessive, holding a role word.</summary>
    private static string? DescriptionBefore(string s, int comma)
    {
        var words = new List<string>();
        int i = comma;
        bool closed = false;
        while (words.Count < 8)
        {
            (int wordStart, string word) = i == comma ? WordEndingAt(s, comma) : WordBefore(s, i);
            if (wordStart < 0)
            {
                break;
            }

            words.Insert(0, word);
            i = wordStart;
            string lower = word.ToLowerInvariant();
            if (Array.IndexOf(Determiners, lower) >= 0 || EndsPossessive(word) || word.EndsWith("s’", StringComparison.Ordinal) || word.EndsWith("s'", StringComparison.Ordinal))
            {
                // "A spokesman for the ministry": go on past a determiner that follows "for" or "of"
                (int _, string previous) = WordBefore(s, i);
                closed = previous is not ("for" or "of" or "at");
                if (closed)
                {
                    break;
                }
            }
        }

        return closed && HasRoleNoun(words) ? string.Join(' ', words) : null;
    }

    /// <summary>"president of the guild" or "a former shipping executive" after "Name, ": up to the next comma or full stop.</summary>
    private static string? DescriptionAfter(string s, int start)
    {
        int end = start;
        while (end < s.Length && s[end] is not (',' or '.' or ';' or ':' or '\n' or '"' or '“' or '”' or '‘' or '(' or '—' or '–'))
        {
            end++;
        }

        string[] words = s[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > 8 || Array.IndexOf(AppositiveBreaks, words[0].ToLowerInvariant()) >= 0)
        {
            return null;
        }

        string first = words[0].ToLowerInvariant();
        bool opensDescription = Array.IndexOf(Determiners, first) >= 0 || EndsPossessive(words[0]) || NameWords.TitleWords.Contains(first);

        // a clause, not a description: "On Truth Social, the former president claimed the ruling was unfair"
        bool clause = Array.Exists(words, w => Array.IndexOf(ClauseVerbs, w.ToLowerInvariant()) >= 0);
        return opensDescription && !clause && HasRoleNoun(words) ? string.Join(' ', words) : null;
    }

    private static bool HasRoleNoun(IEnumerable<string> words)
    {
        foreach (string word in words)
        {
            string lower = StripPossessive(word).ToLowerInvariant();
            if (NameWords.TitleWords.Contains(lower) && !NameWords.TitleModifiers.Contains(lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Marks, in each sentence, the first person and the first organisation named outside quotation marks and not
    /// as a possessive ("Calder’s striker Ruud Vermeer": the striker, not the club, is the subject).
    /// </summary>
    private void MarkSubjects()
    {
        int personSentence = -1, orgSentence = -1;
        string s = Text.Text;
        for (int i = 0; i < _mentions.Count; i++)
        {
            EntityMention m = _mentions[i];
            bool possessive = EndsPossessive(s.AsSpan(m.Start, m.End - m.Start)) || (m.End < s.Length && IsApostrophe(s[m.End]));
            if (possessive && m.Person is not null && !m.InQuote && m.Sentence != personSentence && PossessiveOpensAboutThem(i))
            {
                // "Holm's office did not respond. He has previously said …": the sentence is about Holm
                personSentence = m.Sentence;
                _mentions[i] = m with { IsSubject = true };
                continue;
            }

            if (m.InQuote || possessive || AfterPreposition(s, m.Start) || OpensWithPreposition(s, m))
            {
                continue;
            }

            if (m.Person is not null && m.Sentence != personSentence && !OpensWithPronoun(m.Sentence))
            {
                personSentence = m.Sentence;
                _mentions[i] = m with { IsSubject = true };
            }
            else if (m.Org is not null && m.Sentence != orgSentence)
            {
                orgSentence = m.Sentence;
                _mentions[i] = m with { IsSubject = true };
            }
        }
    }

    /// <summary>Whether mention <paramref name="i"/>, a person's possessive, opens its sentence before a thing or a
    /// body of theirs ("Holm's office", "Holm's family"), not a person named or described after it ("Calder's striker
    /// Ruud Vermeer", "Holm's lawyer"), and no other person is named in the sentence.</summary>
    private bool PossessiveOpensAboutThem(int i)
    {
        EntityMention m = _mentions[i];
        string s = Text.Text;
        Sentence sentence = Text.Sentences[m.Sentence];
        if (TextWords.After(s, sentence.Span.Start, sentence.Span.End).Start != m.Start)
        {
            return false;
        }

        int after = m.End < s.Length && IsApostrophe(s[m.End]) ? m.End + 2 : m.End;
        TextSpan noun = TextWords.After(s, after, sentence.Span.End);
        string lower = noun.Slice(s).ToLowerInvariant();
        if (noun.IsEmpty || NameWords.PersonRoleNouns.Contains(lower) || NameWords.TitleWords.Contains(lower))
        {
            return false;
        }

        for (int k = i + 1; k < _mentions.Count && _mentions[k].Sentence == m.Sentence; k++)
        {
            if (_mentions[k].Person is not null)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    /// <summary>Whether a mention's run took in the capitalised preposition that opens its sentence ("On Truth Social,
    /// he claimed …"): the name is the preposition's object, not the subject.</summary>
    private static bool OpensWithPreposition(string s, EntityMention m)
    {
        int space = s.IndexOf(' ', m.Start, m.End - m.Start);
        return space > m.Start && IsObjectPreposition(s.AsSpan(m.Start, space - m.Start), capitalised: true);
    }

    /// <summary>Whether <paramref name="word"/> is a preposition whose object names no sentence subject, in lower case or,
    /// when <paramref name="capitalised"/>, with a capital as a sentence opens ("On").</summary>
    private static bool IsObjectPreposition(ReadOnlySpan<char> word, bool capitalised)
    {
        foreach (string p in ObjectPrepositions)
        {
            if (word.Length == p.Length && (capitalised
                ? word[0] == char.ToUpperInvariant(p[0]) && word[1..].SequenceEqual(p.AsSpan(1))
                : word.SequenceEqual(p)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a preposition (and perhaps "the") stands right before <paramref name="start"/>: "the head of the
    /// Belarusian diplomacy" names no subject in "Belarusian".</summary>
    private static bool AfterPreposition(string s, int start)
    {
        // a few words back at most, so a long run without spaces costs no more than a short one
        int from = Math.Max(0, start - 24);
        ReadOnlySpan<char> before = s.AsSpan(from, start - from).TrimEnd();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase))
        {
            before = before[..^4].TrimEnd();
        }

        int space = before.LastIndexOfAny(' ', '\n');
        ReadOnlySpan<char> word = before[(space + 1)..];
        return IsObjectPreposition(word, capitalised: false);
    }

    /// <summary>
    /// Whether a sentence's subject is a pronoun ("She is now working with her sister, Fiona Marsh"): the people it
    /// names are then objects, and the pronoun's person stays the one a later "she said" refers to.
    /// </summary>
    private bool OpensWithPronoun(int sentence)
    {
        Sentence s = Text.Sentences[sentence];
        if (s.TokenCount == 0)
        {
            return false;
        }

        Token first = Text.Tokens[s.FirstToken];
        ReadOnlySpan<char> word = Text.Text.AsSpan(first.Start, first.Length);
        return first.Kind == TokenKind.Word && (word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase) ||
            word.Equals("they", StringComparison.OrdinalIgnoreCase) || word.Equals("we", StringComparison.OrdinalIgnoreCase));
    }

    private bool IsOrganisation(NameRun run, out string? name)
    {
        if (!run.Organisation.Known)
        {
            run.Organisation = (true, OrganisationName(run.Span.Slice(Text.Text), run.Acronym is not null || run.CompanySuffix));
        }

        name = run.Organisation.Name;
        return name is not null;
    }

    /// <summary>The parts of a run that may each name a person, with their parsed names.</summary>
    private (TextSpan Part, PersonName Parsed)[] People(NameRun run)
    {
        string s = Text.Text;
        return run.People ??= [.. PersonParts(s, run.Span).Select(part => (part, NameParser.Parse(s, part)))];
    }

    /// <summary>
    /// The organisation a run of capitalised words names, without leading function words and titles and without
    /// words after its last organisation word ("Chief Executive Officer of Sunfield Energy Opens" → "Sunfield
    /// Energy"), or <see langword="null"/> when it names none.
    /// </summary>
    /// <param name="run">The words.</param>
    /// <param name="hasAcronym">Whether "(ACRONYM)" follows them, which marks an organisation.</param>
    /// <returns>The name, or <see langword="null"/>.</returns>
    public static string? OrganisationName(string run, bool hasAcronym)
    {
        string[] words = run.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int start = 0;
        while (start < words.Length && (!char.IsUpper(words[start][0]) || NameWords.NotNames.Contains(words[start].ToLowerInvariant()) ||
               (NameWords.TitleWords.Contains(words[start].ToLowerInvariant()) && !NameWords.OrganisationWords.Contains(words[start].ToLowerInvariant()))))
        {
            if (char.IsUpper(words[start][0]) && NameWords.TitleWords.Contains(words[start].ToLowerInvariant()) && ModifiesOrganisation(words, start))
            {
                // "the National Meteorological Service", "the Federal Reserve", "the Labour Party", "the Health Department":
                // a title word that leads capitalised words into an organisation word is part of the name
                break;
            }

            start++;
        }

        // "Paul Grady of North Yorkshire Police": a person's name before "of" is no part of the organisation's
        int of = Array.IndexOf(words, "of", start);
        if (of - start is 2 or 3 && FirstNames.GenderOf(words[start]) != Gender.Unknown &&
            !words[start..of].Any(w => NameParser.IsOrganisationWord(StripPossessive(w))))
        {
            start = of + 1;
        }

        int lastOrg = -1;
        for (int i = start; i < words.Length; i++)
        {
            if (!char.IsUpper(words[i][0]) && words[i] is not ("of" or "for" or "and" or "on" or "&" or "to"))
            {
                break; // "The Prosecutor General's office": a lower-case noun is no part of a name
            }

            if (NameParser.IsOrganisationWord(StripPossessive(words[i])))
            {
                lastOrg = i;
            }
        }

        int end = lastOrg + 1;
        for (int i = start; i <= lastOrg; i++)
        {
            // "Ministry of Foreign Affairs", "Department for Education", "Committee to Protect Journalists", and "Office
            // of Water Regulation", where an organisation word ("water") inside the "of" phrase must not end the name
            if (i + 2 < words.Length && words[i + 1] is "of" or "for" or "to" && char.IsUpper(words[i + 2][0]) &&
                NameParser.IsOrganisationWord(StripPossessive(words[i])))
            {
                int extended = i + 2;
                while (extended < words.Length && (char.IsUpper(words[extended][0]) || words[extended] is "and" or "&"))
                {
                    extended++;
                }

                end = Math.Max(end, extended);
                break;
            }
        }

        if (lastOrg < 0)
        {
            return hasAcronym && words.Length - start >= 2 ? StripPossessive(string.Join(' ', words[start..])) : null;
        }

        if (end - start == 1 && NameWords.OrganisationWords.Contains(StripPossessive(words[start]).ToLowerInvariant()))
        {
            return null; // "Union", "the Trust": a common noun, resolved by the organisation it stands for
        }

        return StripPossessive(string.Join(' ', words[start..end]).TrimEnd(',', '.'));
    }

    /// <summary>
    /// Whether a capitalised title modifier ("National", "Federal", "State") opens an organisation's name: the
    /// capitalised words after it reach an organisation word before any title noun ("National Meteorological
    /// Service", but not "National Security Adviser" or "Interior Minister").
    /// </summary>
    private static bool ModifiesOrganisation(string[] words, int start)
    {
        for (int k = start + 1; k < words.Length && char.IsUpper(words[k][0]); k++)
        {
            string lower = StripPossessive(words[k]).ToLowerInvariant();
            if (NameWords.OrganisationWords.Contains(lower))
            {
                return true;
            }

            if (NameWords.TitleWords.Contains(lower) && !NameWords.TitleModifiers.Contains(lower) && !NameWords.Portfolios.Contains(lower))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Removes a possessive ending: "Marlex’s" → "Marlex".</summary>
    /// <param name="word">A word or name.</param>
    /// <returns>The word without its possessive ending.</returns>
    public static string StripPossessive(string word) =>
        word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)) ? word[..^2] :
        word.Length > 1 && (word[^1] == '’' || word[^1] == '\'') ? word[..^1] : word;

    /// <summary>Splits a run of capitalised words at "and", "of", "for" and "&amp;": "Kai Brennan and Jade Morrow" names two people.</summary>
    private static List<TextSpan> PersonParts(string s, TextSpan run)
    {
        var parts = new List<TextSpan>();
        int partStart = run.Start;
        int i = run.Start;
        while (i < run.End)
        {
            int wordStart = i;
            while (i < run.End && s[i] != ' ')
            {
                i++;
            }

            ReadOnlySpan<char> word = s.AsSpan(wordStart, i - wordStart);
            if (word is "and" or "of" or "for" or "&" or "on")
            {
                if (wordStart - 1 > partStart)
                {
                    parts.Add(new TextSpan(partStart, wordStart - 1));
                }

                partStart = i + 1;
            }

            i++;
        }

        if (run.End > partStart)
        {
            parts.Add(new TextSpan(partStart, run.End));
        }

        return parts;
    }

    /// <summary>Whether a word describes one person by role ("star", "woman", "lawyer"): someone other than the named
    /// person a following pronoun might refer to.</summary>
    private static bool IsOtherPerson(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || !char.IsLower(word[0]))
        {
            return false;
        }

        Span<char> lower = stackalloc char[Math.Min(word.Length, 32)];
        return word.Length <= 32 && word.ToLowerInvariant(lower) == word.Length &&
            NameWords.PersonNouns.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(lower);
    }

    /// <summary>A lone person in a sentence followed by he/his or she/her (outside quotation marks) has that gender,
    /// unless another person's description stands between them.</summary>
    private void InferGenders(bool[] quoted)
    {
        string s = Text.Text;
        int m = 0;
        foreach (Sentence sentence in Text.Sentences)
        {
            int sentenceEnd = sentence.Span.End;
            PersonEntry? lone = null;
            int people = 0, loneEnd = 0;
            while (m < _mentions.Count && _mentions[m].Start < sentenceEnd)
            {
                if (_mentions[m].Person is { } person && !_mentions[m].InQuote && _mentions[m].Start >= sentence.Span.Start)
                {
                    if (lone != person)
                    {
                        people++;
                    }

                    lone = person;
                    loneEnd = _mentions[m].End;
                }

                m++;
            }

            if (people != 1 || lone!.Gender != Gender.Unknown)
            {
                continue;
            }

            for (int t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
            {
                Token token = Text.Tokens[t];
                if (token.Start < loneEnd || quoted[t] || token.Kind != TokenKind.Word)
                {
                    continue;
                }

                ReadOnlySpan<char> word = s.AsSpan(token.Start, token.Length);
                if (IsOtherPerson(word))
                {
                    // "Jordan Reeve … accused the star of using the appeal to boost her profile": a pronoun after
                    // another person's description may be that person's
                    break;
                }

                Gender g = word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("his", StringComparison.OrdinalIgnoreCase) || word.Equals("him", StringComparison.OrdinalIgnoreCase) ? Gender.Male
                    : word.Equals("she", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase) ? Gender.Female : Gender.Unknown;
                if (g != Gender.Unknown)
                {
                    NoteGender(lone, g);
                    break;
                }
            }
        }
    }

    /// <summary>Returns the gender a title implies ("Mr", "spokeswoman").</summary>
    /// <param name="title">The title, or <see langword="null"/>.</param>
    /// <returns>The gender, or <see cref="Gender.Unknown"/>.</returns>
    public static Gender GenderOf(string? title)
    {
        if (title is null)
        {
            return Gender.Unknown;
        }

        foreach (string word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (NameWords.GenderedTitles.TryGetValue(word.TrimEnd('.').ToLowerInvariant(), out Gender g))
            {
                return g;
            }
        }

        return Gender.Unknown;
    }

    /// <summary>A run of capitalised words in one sentence.</summary>
    private sealed record NameRun(TextSpan Span, int Sentence, int Paragraph, bool InQuote, string? Acronym)
    {
        public bool AfterCompanyNoun { get; init; }

        /// <summary>Gets a value indicating whether the noun before the run names a business ("rail operator"), not another
        /// kind of body ("postal regulator", "the charity").</summary>
        public bool DescriptorIsBusiness { get; init; }

        /// <summary>Gets a value indicating whether the run is a one-word subject that its sentence calls "its" or describes
        /// as a business.</summary>
        public bool ItsSubject { get; init; }

        public bool InTitleCaseHeadline { get; init; }

        public bool AfterThe { get; init; }

        public bool CompanySuffix { get; init; }

        /// <summary>Gets or sets the organisation the run names, once worked out (registering and indexing mentions
        /// both ask).</summary>
        public (bool Known, string? Name) Organisation { get; set; }

        /// <summary>Gets or sets the run's person parts with their parsed names, once worked out.</summary>
        public (TextSpan Part, PersonName Parsed)[]? People { get; set; }
    }
}
