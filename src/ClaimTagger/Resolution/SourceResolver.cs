using ClaimTagger.Analysis;
using ClaimTagger.Sections;
using ClaimTagger.Sentences;
using ClaimTagger.Text;

namespace ClaimTagger.Resolution;

/// <summary>
/// Resolves the <c>source</c> role of tags to canonical names within one article (LABELS.md, Sources):
/// pronouns to the person they most likely stand for, surnames and first names to the full name the article
/// introduces, titles split off ("Spanish Foreign Minister Ana Ruiz" → "Ana Ruiz"), title-only mentions to the
/// person with that title ("the mayor"), organisations to their full name ("the AIU", "the company", "Marlex").
/// Quotes with no source of their own take the speaker of the quote or claim just before them (same or previous
/// paragraph), and a claim that continues a sentence (", adding that …") takes the speaker of that sentence.
/// </summary>
/// <remarks>Stateless and thread-safe; every call works on one article.</remarks>
internal static class SourceResolver
{
    /// <summary>The role that names who speaks.</summary>
    public const string SourceRole = "source";

    /// <summary>How many paragraphs back a pronoun looks for the person it stands for.</summary>
    private const int PronounReach = 2;

    /// <summary>Words that open a clause, not an apposition ("…, who starred in …,").</summary>
    private static readonly string[] ClauseOpeners = ["who", "whom", "whose", "which", "where", "when", "while", "that", "as", "after", "before", "since", "because", "although", "though", "if"];

    /// <summary>Prepositions that make the name after them another's ("a friend of Ana Ruiz").</summary>
    private static readonly string[] NamePrepositions = ["of", "on", "in", "at", "from", "with", "for", "by", "to", "about", "like", "than", "against", "alongside"];

    /// <summary>Capitalised words that join a sentence to the one before, ahead of its subject ("Yet City Hall …").</summary>
    private static readonly string[] SentenceJoiners = ["Yet", "But", "And", "So", "Still", "However", "Meanwhile", "Instead", "Now", "Then", "Nonetheless", "Nevertheless"];

    private static readonly string[] HeadBreaks =
        ["of", "at", "in", "for", "from", "with", "inside", "within", "familiar", "close", "on", "by", "who", "which", "whose", "representing", "near", "based", "outside", "behind", "fighting", "involved"];

    /// <summary>Parts people play in the events a story reports, by which it refers back to them ("the witness").</summary>
    private static readonly HashSet<string> EventRoles = new(StringComparer.Ordinal)
    {
        "witness", "victim", "defendant", "survivor", "passenger", "driver", "juror", "claimant", "complainant", "suspect", "patient",
    };

    /// <summary>Words that open a phrase of time, place or manner before a sentence's subject ("In a statement, she …").</summary>
    private static readonly HashSet<string> IntroductoryOpeners = new(StringComparer.Ordinal)
    {
        "In", "On", "At", "After", "Before", "During", "Later", "Earlier", "Last", "This", "Since", "Speaking", "Writing", "Asked",
    };

    /// <summary>Verbs of stance in the present, after an adverb ("rarely confirms", "publicly denies").</summary>
    private static readonly string[] PresentStanceVerbs =
    [
        "confirms", "denies", "says", "insists", "maintains", "argues", "claims", "rejects", "accepts", "admits", "acknowledges",
        "comments", "discusses", "disputes",
    ];

    /// <summary>Words a story calls someone by whatever their office ("the Yorkshire star", "the telly favourite").</summary>
    private static readonly HashSet<string> Epithets = new(StringComparer.Ordinal)
    {
        "star", "favourite", "favorite", "ace", "legend", "veteran", "youngster", "winner", "champion", "hero", "icon", "idol",
        "boss", "chief", "head", "leader", "founder", "owner", "man", "woman", "mum", "dad", "father", "mother",
        // words for anyone in public life, whatever the office: "the official" after "Ministry spokeswoman Irina Volk"
        "official", "officer", "diplomat", "politician", "lawmaker", "legislator", "executive",
    };

    /// <summary>Titles that only a person carries before a name.</summary>
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "prof", "professor",
    };

    /// <summary>Nouns for people who speak on someone else's behalf ("the spokesman for …", "a lawyer for …").</summary>
    private static readonly HashSet<string> RepresentativeNouns = new(StringComparer.Ordinal)
    {
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative", "aide", "adviser", "advisor",
        "lawyer", "lawyers", "attorney", "attorneys", "solicitor", "barrister", "counsel", "agent", "publicist",
    };

    /// <summary>Plural nouns for people that a capitalised word before them only qualifies ("Union leaders", "Airport staff"):
    /// the group nouns that are a mention on their own, a few more, and the plurals of <see cref="NameWords.PersonRoleNouns"/>.</summary>
    private static readonly HashSet<string> PeopleNouns = new(
        [.. Matching.MentionRecognizer.GroupList, "staff", "crew", "crews", "bosses", "chiefs", "executives", "directors", "medics", "mps", "families", "people"],
        StringComparer.Ordinal);

    /// <summary>Nouns for an office that a description of an unnamed person ends in ("Ukraine's foreign minister", "the
    /// city's police chief").</summary>
    private static readonly HashSet<string> OfficeNouns = new(StringComparer.Ordinal)
    {
        "minister", "secretary", "ambassador", "envoy", "governor", "mayor", "president", "chancellor", "premier",
        "commissioner", "prosecutor", "judge", "negotiator", "commander", "detective", "inspector", "councillor",
        "councilor", "representative", "chairman", "chairwoman", "chair", "chief", "leader", "sheriff", "coroner",
    };

    private static readonly string[] ContinuationWords = ["and", "but", "while", "also", "before", "after", "then"];

    /// <summary>Returns <paramref name="tags"/> with their sources resolved.</summary>
    /// <param name="text">The analyzed article.</param>
    /// <param name="tags">The tags, ordered by start.</param>
    /// <returns>New tags where a source could be resolved or inherited; the others unchanged.</returns>
    public static Tag[] Resolve(AnalyzedText text, IReadOnlyList<Tag> tags)
    {
        var result = new Tag[tags.Count];
        if (tags.Count == 0)
        {
            return result;
        }

        // Only quotations and claims have sources to resolve; a pack of other labels never pays for the index.
        EntityIndex? index = null;
        var speakers = new List<Speaker>();
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < tags.Count; i++)
        {
            Tag tag = tags[i];
            if (tag.Label != Label.DirectQuote && tag.Label != Label.Claim)
            {
                result[i] = tag;
                continue;
            }

            index ??= EntityIndex.Build(text);
            int sentence = tag.Sentences.Count > 0 ? tag.Sentences[0] : -1;
            int paragraph = sentence >= 0 && sentence < text.Sentences.Count ? text.Sentences[sentence].Paragraph : -1;
            RoleSpan? source = tag.Role(SourceRole);

            // a claim joined to its sentence, or a quotation introduced by a verb of its own joined to it, is spoken by
            // the sentence's subject when it has no source of its own
            bool bySentence = source is null && (tag.Label == Label.Claim ? ContinuesSentence(text.Text, tag.Start) : JoinedQuote(text.Text, tag));
            if (source is not null)
            {
                RoleSpan? quoted = tag.Label == Label.DirectQuote ? tag.Role("content") : null;
                bool afterQuote = quoted is not null && quoted.End <= source.Start;
                TextSpan words = quoted is null ? default : new TextSpan(quoted.Start, quoted.End);
                Speaker speaker = ResolveMention(index, speakers, documents, source, sentence, paragraph, ContinuesSpeaking(tag), afterQuote, words) with { Since = tag.Start };
                speakers.Add(speaker);
                DemoteAddressee(index, tag, source);
                if (source.Resolved != speaker.Mention.Resolved)
                {
                    tag = WithSource(tag, speaker.Mention);
                }
            }
            else if (tag.Label == Label.DirectQuote && !bySentence && FloatingSpeaker(index, speakers, tag.Start, paragraph) is { } previous)
            {
                tag = WithSource(tag, previous.Mention);
                speakers.Add(previous with { Sentence = sentence, Paragraph = paragraph, Since = tag.Start });
            }
            else if (tag.Label == Label.Claim && RelativeAntecedent(index, speakers, text.Text, tag.Start, sentence, paragraph) is { } antecedent)
            {
                tag = WithSource(tag, antecedent.Mention);
                speakers.Add(antecedent);
            }
            else if (bySentence && SpeakerOfSentence(index, speakers, sentence, tag.Start) is { } speaker)
            {
                tag = WithSource(tag, speaker.Mention);
                speakers.Add(speaker with { Sentence = sentence, Paragraph = paragraph });
            }
            else if (bySentence && (DescribedSubject(text, sentence, tag.Start) ?? PronounSubject(text, sentence, tag.Start)) is { } described)
            {
                // "The company disputed the figure, saying …": the organisation the description refers back to
                Speaker subject = ResolveMention(index, speakers, documents, described, sentence, paragraph, continuing: false, afterQuote: false, default) with { Since = tag.Start };
                tag = WithSource(tag, subject.Mention);
                speakers.Add(subject);
            }
            else if (tag.Label == Label.DirectQuote && bySentence && FloatingSpeaker(index, speakers, tag.Start, paragraph) is { } last)
            {
                // a joined quotation whose sentence names nobody: the last speaker, as for any other
                tag = WithSource(tag, last.Mention);
                speakers.Add(last with { Sentence = sentence, Paragraph = paragraph, Since = tag.Start });
            }

            result[i] = tag;
        }

        ResolveRepeatedQuotes(text, result);
        return result;
    }

    /// <summary>
    /// The person a speaker addresses right after the cue ("‘…,’ the judge told Pettifer", "Hale told Ruiz: ‘…’") is
    /// the object, not the subject, of the sentence: a quotation that follows still belongs to the speaker.
    /// </summary>
    private static void DemoteAddressee(EntityIndex index, Tag tag, RoleSpan source)
    {
        if (tag.Role("cue") is not { } cue || cue.Start < source.End)
        {
            return;
        }

        string text = index.Text.Text;
        foreach (EntityMention m in index.Mentions)
        {
            if (m.Start < cue.End)
            {
                continue;
            }

            if (m.Start - cue.End <= 1 && m.Person is not null && m.IsSubject && text.AsSpan(cue.End, m.Start - cue.End).IsWhiteSpace())
            {
                index.DemoteSubject(m);
            }

            break;
        }
    }

    /// <summary>
    /// A quotation with no speaker that the body repeats with one ("‘We will fight on’" in a headline, and later
    /// "“We will fight on,” she said") takes the speaker of the repetition.
    /// </summary>
    private static void ResolveRepeatedQuotes(AnalyzedText text, Tag[] tags)
    {
        for (int i = 0; i < tags.Length; i++)
        {
            Tag tag = tags[i];
            if (tag.Label != Label.DirectQuote || tag.Role(SourceRole) is not null || tag.Role("content") is not { } content)
            {
                continue;
            }

            string words = Normalise(content.Text);
            if (words.Length < 12)
            {
                continue;
            }

            for (int j = i + 1; j < tags.Length; j++)
            {
                if (tags[j].Label == Label.DirectQuote && tags[j].Role(SourceRole) is { } other && tags[j].Role("content") is { } said &&
                    Normalise(said.Text).Contains(words, StringComparison.Ordinal))
                {
                    tags[i] = WithSource(tag, other);
                    break;
                }
            }
        }
    }

    private static string Normalise(string quote)
    {
        var letters = new System.Text.StringBuilder(quote.Length);
        foreach (char c in quote)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters.Append(char.ToLowerInvariant(c));
            }
            else if (letters.Length > 0 && letters[^1] != ' ')
            {
                letters.Append(' ');
            }
        }

        return letters.ToString().Trim();
    }

    private static Speaker ResolveMention(EntityIndex index, List<Speaker> speakers, Dictionary<string, string> documents, RoleSpan source, int sentence, int paragraph, bool continuing, bool afterQuote, TextSpan quoted)
    {
        string text = index.Text.Text;
        string mention = source.Text.Trim();
        string lower = mention.ToLowerInvariant();
        Speaker Make(PersonEntry? person, string? name) => new(source with { Resolved = name }, person, sentence, paragraph);

        if (lower is "he" or "she" or "him" or "her")
        {
            Gender gender = lower is "he" or "him" ? Gender.Male : Gender.Female;
            if (continuing && LastSpeaker(speakers, paragraph, gender) is { } same && !AnswerSince(index, same, source.Start, paragraph, gender))
            {
                // "…,” he added": the speaker goes on
                return same with { Mention = source with { Resolved = same.Mention.Resolved }, Sentence = sentence, Paragraph = paragraph };
            }

            (PersonEntry? person, Speaker? unnamed) = ResolvePronoun(index, speakers, source.Start, paragraph, gender, afterQuote, quoted);
            person ??= unnamed is null ? HeadlinePronounReferent(index, sentence, gender) : null;
            if (person is not null)
            {
                EntityIndex.NoteGender(person, gender);
                return Make(person, person.FullName);
            }

            return unnamed is null ? Make(null, null) : Make(null, null) with { UnnamedGender = gender, IsUnnamedPerson = true };
        }

        if (lower == "it")
        {
            // "The report, published by the Ledger, cited three officials. It said …": the document the sentence before
            // opened with speaks (through its author, when the article gives one), not an organisation named earlier
            if (TryDocumentSubjectBefore(index, documents, sentence, out string? documentAuthor))
            {
                return Make(null, documentAuthor);
            }

            // "The regulator fined Skyway, in what it called …": the description of an organisation that opens the
            // sentence is what "it" stands for there, not the organisation named after it
            if (DescribedSubject(index.Text, sentence, source.Start) is { } opening)
            {
                return Make(null, ResolveMention(index, speakers, documents, opening, sentence, paragraph, false, false, default).Mention.Resolved);
            }

            // "The Trust rejects that criticism. It says …": the organisation that was just the subject
            return Make(null, index.RecentOrgSubject(source.Start, paragraph) ?? LastOrgSpeaker(speakers, paragraph));
        }

        if (lower == "they" && (LastGroupSpeaker(speakers, paragraph) ?? LastSpeakerIfOrganisation(speakers, paragraph)) is { } group)
        {
            // "Sutter and Kowal said …. “…,” they said": the people who last spoke together;
            // "Police said …. They added …": the organisation that spoke just before
            return Make(null, group);
        }

        if (NameWords.SpeakerPronouns.ContainsKey(lower))
        {
            return Make(null, null);
        }

        if (DocumentAuthor(index, documents, new TextSpan(source.Start, source.End)) is { } author)
        {
            return Make(null, author);
        }

        if (CoordinatedNames(index, new TextSpan(source.Start, source.End)) is { } pair)
        {
            return Make(null, pair); // "Phil Sutter and Brian Kowal said"
        }

        if (AppositiveGroup(index, source) is { } apposedGroup)
        {
            return Make(null, apposedGroup); // "The two members who voted against, Name and Name, said"
        }

        if (AppositiveName(text, source) is { } apposed)
        {
            // "another resident, Kofi Mensah, said": a description, then the name between commas
            PersonEntry named = index.Person(index.CanonicalPerson(apposed)) ?? index.EnsurePerson(apposed, source.Start);
            return Make(named, named.FullName);
        }

        if (AppositiveOrganisation(index, text, source) is { } body)
        {
            return Make(null, body); // "The pilots' union, SEPLA, said": a description of a body, then its name
        }

        TextSpan head = Head(text, new TextSpan(source.Start, source.End));
        string headText = head.Slice(text).Trim();
        string place = headText.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? headText[4..] : headText;
        if (CountryNames.Contains(place))
        {
            return Make(null, place); // "Germany said …", "Moscow warned …": a state, not a person pronouns refer back to
        }

        PersonName parsed = NameParser.Parse(text, head);
        if (parsed.Name is null && head.End < source.End && IsTitleOnly(head.Slice(text)) && !SpeaksForSomeoneElse(head.Slice(text)) &&
            TitleConnector(text, head, source.End))
        {
            // "Minister of Construction Farouk Aziz": the name sits after the connector (not "Residents in Porth Ceri",
            // "Workers at Harlow Mills": people of a place)
            PersonName whole = NameParser.Parse(text, new TextSpan(source.Start, source.End));
            if (whole.NameWordCount >= 2 && !ContainsOrganisationWord(whole.Name!))
            {
                parsed = whole;
            }
        }

        // "the Office for Budget Responsibility", "the Committee to Protect Journalists": an organisation's name joined by
        // "of", "for" or "to" names no person
        // (but "University of Leeds economist Ana Pires", "Bank of England governor Ian Hale": an office in lower case
        // between the organisation and a full name makes the mention a person of that organisation)
        string? joinedOrg = EntityIndex.OrganisationName(head.Slice(text), false) is { } headOrg &&
            (headOrg.Contains(" of ", StringComparison.Ordinal) || headOrg.Contains(" for ", StringComparison.Ordinal) || headOrg.Contains(" to ", StringComparison.Ordinal)) &&
            !(parsed.NameWordCount >= 2 && OfficeBeforeName(parsed.Title)) ? headOrg : null;
        // ("the Nebraska Democrat" names a lawmaker by state and party, not by name: a description, below)
        if (parsed.Name is not null && joinedOrg is null && !ContainsOrganisationWord(parsed.Name) && !NamesAPartyMember(parsed.Name))
        {
            Gender byTitle = EntityIndex.GenderOf(parsed.Title);
            PersonEntry? person = parsed.NameWordCount == 1
                ? index.PersonByWord(parsed.Name, source.Start, byTitle)
                : index.Person(index.CanonicalPerson(parsed.Name));
            if (person is not null)
            {
                EntityIndex.NoteGender(person, byTitle);
                return Make(person, person.FullName);
            }

            // (not people in the plural, capitalised to open a headline: "Teachers warn of …" is no "National Association of
            // Head Teachers")
            if (parsed.NameWordCount == 1 && !IsPluralOfPersonNoun(parsed.Name) && index.CanonicalOrg(parsed.Name) is { } shortOrg)
            {
                return Make(null, shortOrg);
            }

            if (parsed.NameWordCount >= 2 || (IsProperName(text, head) && index.IsCapitalisedMidSentence(parsed.Name)) || HasHonorific(parsed))
            {
                // a name the article never gives in full ("her sister Mia"): a person pronouns can refer back to
                PersonEntry named = index.EnsurePerson(parsed.Name, source.Start);
                EntityIndex.NoteGender(named, EntityIndex.GenderOf(parsed.Title));
                return Make(named, named.FullName);
            }
        }

        if (EntityIndex.OrganisationName(head.Slice(text), false) is { } orgName)
        {
            return Make(null, index.CanonicalOrg(orgName) ?? orgName);
        }

        string lastWord = LastWord(headText);
        if (index.CanonicalOrg(lastWord) is { } acronymOrg && lastWord.Length > 1 && lastWord.All(char.IsUpper))
        {
            return Make(null, acronymOrg); // "the AIU"
        }

        if (AcronymBeforeOrganisationNoun(headText) is { } acronym)
        {
            return Make(null, index.CanonicalOrg(acronym) ?? acronym); // "the RMT union", "the UAW union"
        }

        // "the head of state" is one description, which the head ("the head") would cut
        if (IsDefiniteTitle(headText) && NamesAnOffice(lastWord) && !IsGuardBody(headText) &&
            (EntityIndex.HoldsOfficeDescription(lower)
                ? index.PersonByTitle(mention, source.Start)
                : index.PersonByTitle(headText, source.Start, OwnerAfter(text, head, source.End))) is { } titled)
        {
            return Make(titled, titled.FullName);
        }

        if (IsBareNoun(headText) && headText.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && CourtSide(lastWord) is { } side &&
            PersonNamedForSide(index, side, source.Start) is { } advocate)
        {
            // "Opening the case for the prosecution, Simon Achterberg KC said …" … "the prosecutor said"
            return Make(advocate, advocate.FullName);
        }

        if (IsBareNoun(headText) && (NameWords.OrganisationWords.Contains(lastWord.ToLowerInvariant()) || NameWords.CompanyNouns.Contains(lastWord.ToLowerInvariant())))
        {
            // "the company": an organisation the article named, else the last named organisation that spoke
            // (not when the article brought in one it did not name: "a pro-Russian hacking group … The group has …",
            // "A Dutch appeals court … the court said" before "the Supreme Court" is named)
            string noun = lastWord.ToLowerInvariant();
            string? byNoun = IntroducedUnnamed(text, noun, source.Start) ? null :
                index.OrgByNoun(noun, source.Start) ?? (NameWords.CompanyNouns.Contains(noun) ? LastOrgSpeaker(speakers, paragraph) : null);
            if (byNoun is not null)
            {
                return Make(null, byNoun);
            }
        }

        if (IsBareNoun(headText) && lastWord.Length > 1 && char.IsUpper(lastWord[0]) && NameWords.OrganisationWords.Contains(lastWord.ToLowerInvariant()))
        {
            return Make(null, lastWord); // "the Kremlin", "the Pentagon": the article gives no longer name
        }

        if (IsDemonym(headText))
        {
            // "the Scot", "the Brazilian": a one-word description of a person named earlier
            (PersonEntry? person, Speaker? _) = ResolvePronoun(index, speakers, source.Start, paragraph, Gender.Unknown);
            return person is null ? Make(null, null) : Make(person, person.FullName);
        }

        if (OfficeNouns.Contains(lastWord.ToLowerInvariant()) && !char.IsUpper(lastWord[0]))
        {
            // "Ukraine's foreign minister said …": a person the article does not name, whom a later "he" stands for,
            // not someone named before; unlike "the 26-year-old", an office is not a way of referring back to a name
            // (those that do, "the minister" after "Health Minister Ana Ruiz", were resolved above)
            return Make(null, null) with { IsUnnamedPerson = true, UnnamedGender = Gender.Unknown };
        }

        if (PersonDescription(headText) is { } described)
        {
            // "the 26-year-old", "the Frenchwoman": a definite description refers back like a pronoun; "the source" and
            // "the insider" do not, since what makes them one is that they are not named
            if (headText.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && headText.Count(c => c == ' ') <= 3 &&
                lastWord.ToLowerInvariant() is not ("source" or "insider"))
            {
                // a part in the events or an office is not someone the article gives another one ("the witness" is not
                // "defence barrister Priya Nair", "the chief executive" not "Secretary General Mark Rutte"); an epithet
                // ("the Yorkshire star", "the 52-year-old") may be anyone
                string[] roles = RoleWords(headText);
                Func<PersonEntry, bool>? otherRole = roles.Length > 1 || (roles.Length == 1 && !Epithets.Contains(roles[0]))
                    ? p => HasOtherRole(index, p, roles) || index.DiffersInOffice(p, headText) : null;
                (PersonEntry? person, Speaker? _) = ResolvePronoun(index, speakers, source.Start, paragraph, described, otherRole: otherRole);
                if (person is not null)
                {
                    return Make(person, person.FullName);
                }
            }

            return Make(null, null) with { IsUnnamedPerson = true, UnnamedGender = described };
        }

        return Make(null, null);
    }

    /// <summary>
    /// The name set off by commas right after a mention that describes a person without naming them ("another
    /// resident, Kofi Mensah, said", "his lawyer, Ruth Abebe, told"), or <see langword="null"/>.
    /// </summary>
    private static string? AppositiveName(string text, RoleSpan source)
    {
        string mention = source.Text.Trim();
        // "One, retired teacher Helen Ward, said": "one" or "another" alone stands for a person of the group named before
        bool loneQuantifier = mention.Equals("one", StringComparison.OrdinalIgnoreCase) || mention.Equals("another", StringComparison.OrdinalIgnoreCase);
        if (mention.Length == 0 || !(char.IsLower(mention[0]) || OpensWithDeterminer(mention) || loneQuantifier) ||
            (PersonDescription(mention) is null && !IsPersonSourceNoun(LastWord(mention)) && !loneQuantifier))
        {
            return null;
        }

        if (CommaSetAfter(text, source.End, 60) is not { } span)
        {
            return null;
        }

        return WholeName(text, span)?.Name;
    }

    /// <summary>The person's name that <paramref name="span"/> holds whole, alone or after a title ("Kofi Mensah", "Sen.
    /// Marcus Bell"), in two words or more and with no organisation word, else <see langword="null"/>.</summary>
    private static PersonName? WholeName(string text, TextSpan span)
    {
        string candidate = span.Slice(text).Trim();
        PersonName parsed = NameParser.Parse(text, span);
        bool wholeName = parsed.Name is { } n && (n == candidate || (parsed.Title is not null && candidate.EndsWith(" " + n, StringComparison.Ordinal) &&
            !NamesSomeoneElse(text, span.Start, parsed.NameSpan.Start)));
        return wholeName && parsed.NameWordCount >= 2 && !ContainsOrganisationWord(parsed.Name!) ? parsed : null;
    }

    /// <summary>Whether the words before a name between commas make it someone or something other than the person
    /// described: a clause ("The 29-year-old, who found fame on Island Hearts,") or a preposition ("a friend of Ana
    /// Ruiz").</summary>
    private static bool NamesSomeoneElse(string text, int from, int nameStart)
    {
        TextSpan first = TextWords.After(text, from, nameStart);
        TextSpan last = TextWords.Before(text, nameStart);
        return TextWords.IsOneOf(first.Slice(text).AsSpan(), ClauseOpeners) || TextWords.IsOneOf(last.Slice(text).AsSpan(), NamePrepositions);
    }

    /// <summary>The words between the comma right after <paramref name="position"/> (spaces aside) and the next comma,
    /// when that comes within <paramref name="maxLength"/> characters ("another resident, Kofi Mensah, said").</summary>
    private static TextSpan? CommaSetAfter(string text, int position, int maxLength)
    {
        int i = position;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i >= text.Length || text[i] != ',')
        {
            return null;
        }

        int end = text.IndexOf(',', i + 1, Math.Min(maxLength, text.Length - i - 1));
        return end < 0 ? null : new TextSpan(i + 1, end);
    }

    /// <summary>The organisation named between commas after a description of one ("The pilots' union, SEPLA, said",
    /// "the airline, Skylane, said"): a noun for a body or business, then one to four capitalised words.</summary>
    private static string? AppositiveOrganisation(EntityIndex index, string text, RoleSpan source)
    {
        string mention = source.Text.Trim();
        string last = LastWord(mention).ToLowerInvariant();
        string[] mentionWords = mention.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // the noun for the body heads the mention: "A spokesperson for the broadcaster, NBS," is the spokesperson
        if (!OpensWithDeterminer(mention) || mentionWords.Length > 4 || Array.Exists(mentionWords, w => Array.IndexOf(HeadBreaks, w) >= 0) ||
            !(NameWords.CompanyNouns.Contains(last) || NameWords.OrganisationWords.Contains(last) || NameWords.OrgDescriptors.Contains(last)))
        {
            return null;
        }

        if (CommaSetAfter(text, source.End, 50) is not { } apposed)
        {
            return null;
        }

        // "The health watchdog, the Care Quality Commission, said": the name may keep its article
        string[] words = apposed.Slice(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && words[0] is "the")
        {
            words = words[1..];
        }

        if (words.Length is 0 or > 4 || !Array.TrueForAll(words, w => char.IsUpper(w[0]) || w is "of" or "for" or "and"))
        {
            return null;
        }

        string name = string.Join(' ', words);
        return index.CanonicalOrg(name) ?? name;
    }

    /// <summary>Whether a mention opens with a determiner or "one"/"another" ("Its author", "The coach", "One
    /// resident"), so a capital at its start is the sentence's, not a name's.</summary>
    private static bool OpensWithDeterminer(string mention)
    {
        int space = mention.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return false;
        }

        string first = mention[..space].ToLowerInvariant();
        return EntityIndex.IsDeterminer(first) || first is "one" or "another" or "this" or "that";
    }

    /// <summary>
    /// Two people named in full and joined by "and" ("Phil Sutter and Brian Kowal"), as their canonical names joined
    /// the same way, or <see langword="null"/>.
    /// </summary>
    private static string? CoordinatedNames(EntityIndex index, TextSpan span)
    {
        string text = index.Text.Text;
        string mention = span.Slice(text).Trim();
        int and = mention.IndexOf(" and ", StringComparison.Ordinal);
        if (and <= 0 || mention.IndexOf(" and ", and + 1, StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        int at = text.IndexOf(mention, span.Start, StringComparison.Ordinal);
        PersonName first = NameParser.Parse(text, new TextSpan(at, at + and));
        PersonName second = NameParser.Parse(text, new TextSpan(at + and + 5, at + mention.Length));
        if (first.Name is null || second.Name is null || first.NameWordCount < 2 || second.NameWordCount < 2 ||
            ContainsOrganisationWord(first.Name) || ContainsOrganisationWord(second.Name))
        {
            return null;
        }

        return index.CanonicalPerson(first.Name) + " and " + index.CanonicalPerson(second.Name);
    }

    /// <summary>
    /// Two people named between commas after a description of a group ("The two members who voted against, Phil
    /// Sutter and Brian Kowal, said"), or <see langword="null"/>.
    /// </summary>
    private static string? AppositiveGroup(EntityIndex index, RoleSpan source)
    {
        string text = index.Text.Text;
        string[] words = source.Text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || (!char.IsLower(words[0][0]) && !OpensWithDeterminer(source.Text.Trim())))
        {
            return null;
        }

        bool group = words.Any(IsPluralOfPersonNoun);

        int i = source.End;
        if (!group || i + 2 >= text.Length || text[i] != ',')
        {
            return null;
        }

        int end = text.IndexOf(',', i + 1, Math.Min(80, text.Length - i - 1));
        return end < 0 ? null : CoordinatedNames(index, Trimmed(text, new TextSpan(i + 2, end)));
    }

    /// <summary>The last speaker, in this or the previous paragraph, who is two people named together.</summary>
    private static string? LastGroupSpeaker(List<Speaker> speakers, int paragraph)
    {
        for (int i = speakers.Count - 1; i >= 0 && paragraph - speakers[i].Paragraph <= 1; i--)
        {
            if (speakers[i].Person is null && speakers[i].Mention.Resolved is { } name && name.Contains(" and ", StringComparison.Ordinal) &&
                !ContainsOrganisationWord(name))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>Whether a word is the plural of a noun for a person ("Teachers", "Nurses").</summary>
    private static bool IsPluralOfPersonNoun(string word)
    {
        string lower = word.ToLowerInvariant();
        return lower.Length > 3 && lower.EndsWith('s') && IsPersonSourceNoun(lower[..^1]);
    }

    /// <summary>A noun that heads a description of one person ("resident", "lawyer"), not of an organisation.</summary>
    private static bool IsPersonSourceNoun(string word)
    {
        string lower = word.ToLowerInvariant();
        return NameWords.PersonRoleNouns.Contains(lower) || NameWords.PersonNouns.ContainsKey(lower) || NameWords.TitleWords.Contains(lower);
    }

    /// <summary>Whether a mention describes one person without naming them ("One mother", "a spokesman", "the 26-year-old"), and the gender it implies.</summary>
    private static Gender? PersonDescription(string head)
    {
        string last = LastWord(head).ToLowerInvariant();
        if (IsYearOld(last))
        {
            return Gender.Unknown;
        }

        if (NameWords.PersonNouns.TryGetValue(last, out Gender gender))
        {
            return gender;
        }

        if (last.EndsWith("woman", StringComparison.Ordinal))
        {
            return Gender.Female;
        }

        return last.EndsWith("man", StringComparison.Ordinal) && last.Length > 4 ? Gender.Male : null;
    }

    /// <summary>Whether a capitalised phrase ends in a word for a member of a party ("Nebraska Democrat", "Texas Republican").</summary>
    private static bool NamesAPartyMember(string name) =>
        name.EndsWith(" Democrat", StringComparison.Ordinal) || name.EndsWith(" Republican", StringComparison.Ordinal);

    /// <summary>The words of a description that name a part or an office ("chief", "executive" in "the chief
    /// executive"; "witness"), lower case: title words, not modifiers or honorifics.</summary>
    private static string[] RoleWords(string description) =>
        [.. description.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.TrimEnd('.', ','))
            .Where(w => (NameWords.TitleWords.Contains(w) || EventRoles.Contains(w)) && !NameWords.TitleModifiers.Contains(w) && !Honorifics.Contains(w))];

    /// <summary>How far back <see cref="IntroducedUnnamed"/> looks, in characters.</summary>
    private const int LookBackChars = 4000;

    /// <summary>Whether the last <paramref name="noun"/> before <paramref name="position"/> is in an indefinite noun phrase
    /// with no name before the noun ("a pro-Russian hacking group"): the body a later "the group" refers to has no name.</summary>
    private static bool IntroducedUnnamed(string text, string noun, int position)
    {
        if (position <= 0 || position > text.Length)
        {
            return false;
        }

        // only the last few paragraphs: a description refers back to something near it, and a hostile article full of
        // the noun's letters must not make each look-up a scan of the whole text
        int from = Math.Max(0, position - LookBackChars);
        int at = position;
        while ((at = text.LastIndexOf(noun, at - 1, at - from, StringComparison.Ordinal)) > 0)
        {
            int end = at + noun.Length;
            bool whole = !char.IsLetter(text[at - 1]) && (end >= text.Length || !char.IsLetter(text[end]));
            if (!whole)
            {
                continue;
            }

            // up to four words before it, back to a determiner: "a" or "an" makes it indefinite; a capitalised word
            // right before it ("Acme Group") names it
            TextSpan word = TextWords.Before(text, at, joined: true);
            if (!word.IsEmpty && char.IsUpper(text[word.Start]))
            {
                return false;
            }

            for (int k = 0; k < 4 && !word.IsEmpty; k++, word = TextWords.Before(text, word.Start, joined: true))
            {
                ReadOnlySpan<char> w = text.AsSpan(word.Start, word.Length);
                if (w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase))
                {
                    // set off by a comma, it describes the name before it ("Verdane Bio, Inc., a biotechnology company,")
                    int before = TextWords.TrimEnd(text, word.Start);
                    return before == 0 || text[before - 1] != ',';
                }

                if (w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("its", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return false;
        }

        return false;
    }

    /// <summary>Whether the article names <paramref name="person"/> with a title that shares none of
    /// <paramref name="roles"/> ("defence barrister Priya Nair" for "the witness", "Secretary General Mark Rutte" for "the
    /// chief executive").</summary>
    private static bool HasOtherRole(EntityIndex index, PersonEntry person, string[] roles)
    {
        foreach (string title in index.TitlesOf(person))
        {
            string[] own = RoleWords(title);
            if (own.Length > 0 && !Array.Exists(own, w => Array.IndexOf(roles, w) >= 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the Scot", "the Dutchman": "the" and one capitalised word that names no organisation.</summary>
    private static bool IsDemonym(string head)
    {
        string[] words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 2 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase) && words[1].Length > 2 && char.IsUpper(words[1][0]) &&
            !char.IsUpper(words[1][1]) && !NameWords.OrganisationWords.Contains(words[1].ToLowerInvariant()) && !NameWords.TitleWords.Contains(words[1].ToLowerInvariant()) &&
            !words[1].EndsWith('s'); // "the Greens", "the Democrats": a party or a people, not one person
    }

    private static bool IsYearOld(string word) =>
        word.EndsWith("-year-old", StringComparison.OrdinalIgnoreCase) && word.Length > 9 && char.IsDigit(word[0]);

    /// <summary>
    /// The person a he or she stands for: the most recent person named first in a sentence, or speaking, in this or
    /// the two paragraphs before, whose gender fits; else any person named there; else the last speaker. When the
    /// most recent fitting speaker is someone the article does not name ("One mother said …"), the pronoun stands
    /// for that speaker and resolves to no name.
    /// </summary>
    private static (PersonEntry? Person, Speaker? Unnamed) ResolvePronoun(EntityIndex index, List<Speaker> speakers, int position, int paragraph, Gender gender, bool afterQuote = false, TextSpan quoted = default, Func<PersonEntry, bool>? otherRole = null)
    {
        // "“Lena was my hero,” she said": a speaker does not name herself in her own words
        List<PersonEntry>? named = null;
        IReadOnlyList<EntityMention> mentions = index.Mentions;
        for (int i = quoted.End > quoted.Start ? index.FirstMentionFrom(quoted.Start) : mentions.Count; i < mentions.Count && mentions[i].Start < quoted.End; i++)
        {
            if (mentions[i].Person is { } p && mentions[i].End <= quoted.End)
            {
                (named ??= []).Add(p);
            }
        }

        bool Excluded(PersonEntry p) => (named is not null && named.Contains(p)) || (otherRole is not null && otherRole(p));

        PersonEntry? subject = null, other = null;
        int subjectAt = -1, otherAt = -1;
        EntityMention? subjectMention = null;
        PersonEntry? confirmed = null;
        int confirmedAt = -1;

        // Mentions are in text order, so those more than PronounReach paragraphs back form a prefix: start after it.
        for (int i = index.FirstMentionInParagraph(paragraph - PronounReach); i < mentions.Count; i++)
        {
            EntityMention m = mentions[i];
            if (m.Start >= position)
            {
                break;
            }

            if (m.Person is not { } person || m.InQuote || paragraph - m.Paragraph > PronounReach || !Compatible(person.Gender, gender) || Excluded(person))
            {
                continue;
            }

            if (m.IsSubject)
            {
                (subject, subjectAt, subjectMention) = (person, m.Start, m);
                if (gender != Gender.Unknown && person.Gender == gender)
                {
                    (confirmed, confirmedAt) = (person, m.Start);
                }
            }
            else if (!AfterPlacePreposition(index.Text.Text, m.Start))
            {
                // (not a name after "on", "in" or "near": "kept the light on Sula Sgeir" names a place)
                (other, otherAt) = (person, m.Start);
            }
        }

        // "…,” he said" after a quotation: someone named only in an earlier paragraph does not displace the last
        // speaker, who is the one usually still talking ("Coach Vance said … Pike missed training … “…,” he said"),
        // unless the sentence naming them says they answer or take a side ("Health Secretary Claire Dunn disagreed.
        // “…,” she said"): that introduces the next speaker.
        if (afterQuote && (subjectMention?.Paragraph ?? -1) < paragraph && !(subjectMention is not null && TakesAStand(index.Text.Text, subjectMention, position)))
        {
            for (int i = speakers.Count - 1; i >= 0; i--)
            {
                Speaker s = speakers[i];
                if (s.Mention.Start >= position || paragraph - s.Paragraph > PronounReach)
                {
                    continue;
                }

                if (s.Person is { } quotedPerson && Excluded(quotedPerson))
                {
                    continue;
                }

                if (s.Person is { } p && Compatible(p.Gender, gender))
                {
                    if (p.Gender == Gender.Unknown && confirmed is not null && confirmedAt > s.Mention.Start)
                    {
                        // "Arturo Medina … Among them was Carla Nguyen. “…,” she said": a speaker whose gender is
                        // unknown does not outrank a person named since whom the pronoun is known to fit
                        break;
                    }

                    return (p, null);
                }

                if (s.Person is null && s.IsUnnamedPerson && Compatible(s.UnnamedGender, gender))
                {
                    return (null, s);
                }
            }
        }

        Speaker? unnamed = null;
        foreach (Speaker s in speakers)
        {
            if (s.Mention.Start >= position || paragraph - s.Paragraph > PronounReach)
            {
                continue;
            }

            if (s.Person is { } person && s.Mention.Start > subjectAt && Compatible(person.Gender, gender) && !Excluded(person))
            {
                (subject, subjectAt) = (person, s.Mention.Start);
                unnamed = null;
            }
            else if (s.Person is null && s.IsUnnamedPerson && s.Mention.Start > subjectAt && Compatible(s.UnnamedGender, gender))
            {
                unnamed = s;
                subjectAt = s.Mention.Start;
                subject = null;
            }
        }

        if (unnamed is not null)
        {
            return (null, unnamed);
        }

        if (subject is not null)
        {
            return (subject, null);
        }

        if (other is not null && otherAt >= 0)
        {
            return (other, null);
        }

        for (int i = speakers.Count - 1; i >= 0; i--)
        {
            if (speakers[i].Person is { } person && Compatible(person.Gender, gender) && !Excluded(person))
            {
                return (person, null);
            }
        }

        return (null, null);
    }

    /// <summary>
    /// The speaker of a quotation with no attribution of its own: the last speaker in this or the previous paragraph,
    /// unless a person named more recently there, first in their sentence, is the one who now speaks ("Vermeer was
    /// more cautious. ‘Three points is three points.’").
    /// </summary>
    private static Speaker? FloatingSpeaker(EntityIndex index, List<Speaker> speakers, int position, int paragraph)
    {
        Speaker? previous = speakers.Count > 0 && paragraph - speakers[^1].Paragraph is 0 or 1 ? speakers[^1] : null;
        EntityMention? subject = null;
        foreach (EntityMention m in index.Mentions)
        {
            if (m.Start >= position)
            {
                break;
            }

            if (m.Person is not null && m.IsSubject && !m.InQuote && paragraph - m.Paragraph is 0 or 1)
            {
                subject = m;
            }
        }

        int previousAt = previous is null ? -1 : Math.Max(previous.Mention.End, previous.Since);
        if (subject is not null && subject.Start > previousAt)
        {
            string text = index.Text.Text[subject.Start..subject.End];
            return new Speaker(new RoleSpan(subject.Start, subject.End, text, subject.Person!.FullName), subject.Person, subject.Sentence, subject.Paragraph);
        }

        return previous;
    }

    /// <summary>Whether a person the pronoun fits was named first in a sentence after <paramref name="speaker"/> last
    /// spoke, in this or the previous paragraph, and answers or takes a side there ("Barre accused ministers of ….
    /// Health Minister Helen Corvel rejected the criticism. She insisted …"): the pronoun then stands for that person,
    /// though its verb would otherwise say the last speaker goes on.</summary>
    private static bool AnswerSince(EntityIndex index, Speaker speaker, int position, int paragraph, Gender gender)
    {
        int since = Math.Max(speaker.Mention.End, speaker.Since);
        IReadOnlyList<EntityMention> mentions = index.Mentions;
        for (int i = index.FirstMentionFrom(since); i < mentions.Count && mentions[i].Start < position; i++)
        {
            EntityMention m = mentions[i];
            if (m.IsSubject && !m.InQuote && m.Person is { } person && person != speaker.Person && paragraph - m.Paragraph is 0 or 1 &&
                Compatible(person.Gender, gender) && TakesAStand(index.Text.Text, m, position))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many paragraphs after a headline a pronoun of the headline looks for the person it stands for.</summary>
    private const int HeadlineReach = 3;

    /// <summary>The person a he or she of a headline stands for ("‘We had to act’, she says"): the first person the story
    /// names, outside quotation marks and in its first paragraphs, whom the pronoun fits; else <see langword="null"/>.</summary>
    private static PersonEntry? HeadlinePronounReferent(EntityIndex index, int sentence, Gender gender)
    {
        IReadOnlyList<Sentence> sentences = index.Text.Sentences;
        if (sentence < 0 || sentence >= sentences.Count || sentences[sentence].Section != SectionKind.Headline)
        {
            return null;
        }

        int paragraph = sentences[sentence].Paragraph;
        IReadOnlyList<EntityMention> mentions = index.Mentions;
        for (int i = index.FirstMentionFrom(sentences[sentence].Span.End); i < mentions.Count && mentions[i].Paragraph - paragraph <= HeadlineReach; i++)
        {
            EntityMention m = mentions[i];
            if (m.Person is { } person && !m.InQuote && Compatible(person.Gender, gender) && sentences[m.Sentence].Section == SectionKind.Body)
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>Whether a tag's cue says the speaker goes on ("added", "continued", "went on").</summary>
    private static bool ContinuesSpeaking(Tag tag) =>
        tag.Role("cue")?.Text.ToLowerInvariant() is "added" or "adds" or "continued" or "continues" or "went on" or "goes on" or "concluded" or "insisted" or "repeated" or "stressed";

    /// <summary>The last speaker in this or the previous paragraph whom a he or she can stand for.</summary>
    private static Speaker? LastSpeaker(List<Speaker> speakers, int paragraph, Gender gender)
    {
        if (speakers.Count == 0 || paragraph - speakers[^1].Paragraph > 1)
        {
            return null;
        }

        Speaker last = speakers[^1];
        return (last.Person is { } person && Compatible(person.Gender, gender)) || (last.IsUnnamedPerson && Compatible(last.UnnamedGender, gender)) ? last : null;
    }

    /// <summary>The speaker a continuing claim takes: the last speaker in its sentence, else the sentence's subject.</summary>
    private static Speaker? SpeakerOfSentence(EntityIndex index, List<Speaker> speakers, int sentence, int position)
    {
        for (int i = speakers.Count - 1; i >= 0 && speakers[i].Sentence == sentence; i--)
        {
            if (speakers[i].Mention.Start < position)
            {
                return speakers[i];
            }
        }

        foreach (EntityMention subject in index.Mentions)
        {
            if (subject.Sentence == sentence && subject.IsSubject && subject.Start < position && !AfterVerbOfItsClause(index.Text, subject))
            {
                string all = index.Text.Text;

                // "Millbrook boss Karen Whitlow was furious …, insisting …": the club names the person's role; she speaks.
                EntityMention m = subject.Person is null ? PersonTitledBy(index, subject, position) ?? subject : subject;
                if (((m.Person is null ? RepresentativeAfter(all, m.End, position) : null) ?? PeopleAfter(all, m.End, position)) is int end)
                {
                    // "A Lumera spokesman declined to comment, saying …": the speaker is the spokesman, not the
                    // organisation that names him; "Port workers walked out, saying …", "Trump aides …": the workers
                    // or the aides, whom the capitalised word before them only qualifies.
                    return new Speaker(new RoleSpan(m.Start, end, all[m.Start..end], null), null, sentence, m.Paragraph);
                }

                // (a word joining the sentence to the one before is no part of the name: "But Mayor Ken Ito …")
                string? name = m.Person?.FullName ?? m.Org?.Name;
                TextSpan first = TextWords.After(all, m.Start, m.End);
                int start = TextWords.IsOneOf(first.Slice(all).AsSpan(), SentenceJoiners) && first.End < m.End ? TextWords.After(all, first.End, m.End).Start : m.Start;
                return new Speaker(new RoleSpan(start, m.End, all[start..m.End], name), m.Person, sentence, m.Paragraph);
            }
        }

        return null;
    }

    /// <summary>Whether a verb in the past stands between the start of a mention's clause (its sentence's start, or the
    /// last comma before it) and the mention, so that the mention is the verb's object ("the club thanked Keating for
    /// …"), not the sentence's subject.</summary>
    private static bool AfterVerbOfItsClause(AnalyzedText text, EntityMention mention)
    {
        string all = text.Text;
        int start = text.Sentences[mention.Sentence].Span.Start;
        int comma = all.LastIndexOf(',', Math.Max(start, mention.Start - 1), Math.Max(0, mention.Start - start));
        for (int i = Math.Max(start, comma + 1); i < mention.Start;)
        {
            TextSpan word = TextWords.After(all, i, mention.Start);
            if (word.IsEmpty)
            {
                i = Math.Max(word.End, i) + 1;
                continue;
            }

            if (char.IsLower(all[word.Start]) && PastTense.Is(all.AsSpan(word.Start, word.Length)))
            {
                return true;
            }

            i = word.End;
        }

        return false;
    }

    /// <summary>Returns the pronoun that opens a sentence ("He also brushed off questions …, insisting …"), before
    /// <paramref name="position"/>, or <see langword="null"/>.</summary>
    private static RoleSpan? PronounSubject(AnalyzedText text, int sentence, int position)
    {
        if (sentence < 0 || sentence >= text.Sentences.Count)
        {
            return null;
        }

        string all = text.Text;
        TextSpan first = TextWords.After(all, text.Sentences[sentence].Span.Start, position);
        string word = first.Slice(all);
        if (word is "He" or "She" or "They" or "It")
        {
            return new RoleSpan(first.Start, first.End, word);
        }

        // after an opening phrase of time or place: "In a follow-up post, he appeared to double down, writing …"
        if (!IntroductoryOpeners.Contains(word))
        {
            return null;
        }

        int comma = all.IndexOf(',', first.End, Math.Max(0, Math.Min(position, first.End + 80) - first.End));
        if (comma < 0)
        {
            return null;
        }

        TextSpan subject = TextWords.After(all, comma + 1, position);
        string pronoun = subject.Slice(all);
        return pronoun is "he" or "she" or "they" ? new RoleSpan(subject.Start, subject.End, pronoun) : null;
    }

    /// <summary>Returns the description of an organisation or a group of people that opens a sentence and is followed
    /// by a verb ("The company disputed …", "The regional water board has …", "Marovian officials rejected …"): "the" or
    /// a capitalised word, at most two more words, and a noun that refers back to an organisation or names people by
    /// role, before <paramref name="position"/>.</summary>
    private static RoleSpan? DescribedSubject(AnalyzedText text, int sentence, int position)
    {
        if (sentence < 0 || sentence >= text.Sentences.Count)
        {
            return null;
        }

        string all = text.Text;

        // after a wire dateline that opens the sentence: "MOSCOW, Nov 27 (Reuters) - The Kremlin rejected …"
        TextSpan span = text.Sentences[sentence].Span;
        TextSpan word = TextWords.After(all, span.Start + LineClassifier.WireDatelinePrefixLength(all.AsSpan(span.Start, span.Length)), position);

        // after a word that joins the sentence to the one before: "Yet City Hall has brushed off …, claiming …"
        bool joined = TextWords.IsOneOf(word.Slice(all).AsSpan(), SentenceJoiners);
        if (joined)
        {
            int next = word.End < position && all[word.End] == ',' ? word.End + 1 : word.End;
            word = TextWords.After(all, next, position);
        }
        else if (IntroductoryOpeners.Contains(word.Slice(all)) && all.IndexOf(',', word.End, Math.Max(0, Math.Min(position, word.End + 80) - word.End)) is int comma and >= 0)
        {
            // after an opening phrase: "In a statement, the club thanked …, but said …"
            joined = true;
            word = TextWords.After(all, comma + 1, position);
        }

        int start = word.Start;
        bool opensWithThe = word.Slice(all) is "The" || (joined && word.Slice(all) is "the");
        if (word.IsEmpty || !(char.IsUpper(all[word.Start]) || opensWithThe) || NameWords.SpeakerPronouns.ContainsKey(word.Slice(all).ToLowerInvariant()))
        {
            return null;
        }

        if (!opensWithThe && NameBeforePastVerb(all, word, position) is int nameEnd)
        {
            // "Labour seized on the letter, accusing …", "Human Rights Watch welcomed the ruling, saying …"
            return new RoleSpan(start, nameEnd, all[start..nameEnd]);
        }

        for (int n = 0; n < 3; n++)
        {
            if (n > 0 || opensWithThe)
            {
                word = TextWords.After(all, word.End, position);
            }

            // a possessive before the noun: "Carver's club welcomed …"
            if (!word.IsEmpty && word.End + 2 < position && TextChars.IsApostrophe(all[word.End]) && all[word.End + 1] == 's')
            {
                word = new TextSpan(word.Start, word.End + 2);
                if (all[word.End] != ' ')
                {
                    return null;
                }

                continue;
            }

            if (word.IsEmpty || word.End >= position || all[word.End] != ' ')
            {
                return null;
            }

            string lower = word.Slice(all).ToLowerInvariant();
            bool people = lower.Length > 1 && lower[^1] == 's' && NameWords.PersonRoleNouns.Contains(lower[..^1]);

            // one person by role: "The minister rejected the claim, saying …", "Serbia’s top diplomat lashed out, warning …"
            bool person = NameWords.PersonRoleNouns.Contains(lower) || (NameWords.TitleWords.Contains(lower) && !NameWords.TitleModifiers.Contains(lower));
            if (person && NameWords.Portfolios.Contains(lower) && !NameWords.PersonRoleNouns.Contains(lower))
            {
                continue; // "The agriculture minister caved in, …": the portfolio, then the office
            }

            if (person && NameInApposition(all, word.End, position) is { } apposed)
            {
                // "The head of the country's diplomacy, Sergei Lukin, went further, describing …": the name set off by commas
                return apposed;
            }

            if (NameWords.CompanyNouns.Contains(lower) || NameWords.OrganisationWords.Contains(lower) || people || person)
            {
                // people of the organisation or side: "Port workers walked out, saying …", "The hospital's staff …",
                // "Opposition councillors", "Union leaders" (a word that is also a title's, "opposition leader")
                if (!people && PeopleAfter(all, word.End, position) is int groupEnd)
                {
                    word = new TextSpan(word.Start, groupEnd);
                }

                // the verb after it: a lower-case word
                TextSpan verb = TextWords.After(all, word.End, position);
                return !verb.IsEmpty && char.IsLower(all[verb.Start]) ? new RoleSpan(start, word.End, all[start..word.End]) : null;
            }
        }

        return null;
    }

    /// <summary>The name set off by the first pair of commas in <c>[from, position)</c>, when the words between them are a
    /// person's whole name (with or without a title), else <see langword="null"/>.</summary>
    private static RoleSpan? NameInApposition(string text, int from, int position)
    {
        int open = text.IndexOf(',', from, Math.Min(80, Math.Max(0, position - from)));
        if (open < 0)
        {
            return null;
        }

        int close = text.IndexOf(',', open + 1, Math.Min(60, Math.Max(0, position - open - 1)));
        if (close < 0)
        {
            return null;
        }

        return WholeName(text, new TextSpan(open + 1, close)) is { } parsed
            ? new RoleSpan(parsed.NameSpan.Start, parsed.NameSpan.End, parsed.NameSpan.Slice(text))
            : null;
    }

    /// <summary>Verbs in the past whose subject takes a stand, so that a plural before them names people ("Conservatives
    /// criticised the deal, arguing …"), not things ("Prices rose …").</summary>
    private static readonly string[] StanceVerbs =
    [
        "criticised", "criticized", "welcomed", "rejected", "condemned", "denounced", "praised", "hailed", "slammed",
        "attacked", "accused", "blamed", "questioned", "disputed", "dismissed", "defended", "opposed", "protested",
        "objected", "responded", "reacted", "demanded", "urged", "called", "branded", "seized", "pounced", "backed",
        "applauded", "insisted", "argued", "warned", "vowed", "complained", "mocked", "ridiculed",
    ];

    /// <summary>Verbs in the past by which a person named as the subject answers someone or takes a side, so that the
    /// next quotation is theirs ("Dunn disagreed.", "Kerr replied."), besides <see cref="StanceVerbs"/> (and those that
    /// need the word after them, in <see cref="TakesAStand"/>: "hit back", "went further").</summary>
    private static readonly string[] ResponseVerbs =
    [
        "disagreed", "agreed", "replied", "retorted", "countered", "conceded", "added", "explained", "cautioned", "admitted",
        "acknowledged", "stressed", "maintained",
    ];

    /// <summary>Adjectives after "was" by which a person takes a side ("Marsh was unconvinced", "Okoro was more cautious").</summary>
    private static readonly string[] StanceAdjectives =
    [
        "unconvinced", "unimpressed", "unmoved", "sceptical", "skeptical", "cautious", "defiant", "adamant", "unrepentant",
        "scathing", "critical", "blunt", "emphatic", "furious", "angry", "optimistic", "upbeat", "downbeat", "more", "less",
    ];

    private static readonly string[] StanceAdverbs = ["also", "however", "though", "meanwhile", "too", "swiftly", "quickly", "later"];

    private static readonly string[] PlacePrepositions = ["in", "on", "at", "near", "off", "across", "outside", "inside", "around", "towards", "toward"];

    /// <summary>Returns whether the word before <paramref name="start"/> is a preposition of place, after which a name is
    /// more often a place than a person.</summary>
    private static bool AfterPlacePreposition(string text, int start)
    {
        TextSpan before = TextWords.Before(text, start);
        return !before.IsEmpty && TextWords.IsOneOf(text.AsSpan(before.Start, before.Length), PlacePrepositions);
    }

    /// <summary>Returns whether the verb right after a subject's mention, before <paramref name="limit"/>, says the person
    /// answers or takes a side: a verb of <see cref="StanceVerbs"/> or <see cref="ResponseVerbs"/>; "hit", "went", "took",
    /// "struck" or "sounded" with the word that makes them so ("hit back", "went further", "took a different view"); or
    /// "was" before one of <see cref="StanceAdjectives"/>.</summary>
    private static bool TakesAStand(string text, EntityMention subject, int limit)
    {
        TextSpan word = TextWords.After(text, subject.End, limit);
        if (!word.IsEmpty && TextWords.IsOneOf(text.AsSpan(word.Start, word.Length), StanceAdverbs))
        {
            word = TextWords.After(text, word.End, limit);
        }

        if (word.IsEmpty)
        {
            return false;
        }

        ReadOnlySpan<char> verb = text.AsSpan(word.Start, word.Length);
        TextSpan next = TextWords.After(text, word.End, limit);
        ReadOnlySpan<char> after = text.AsSpan(next.Start, next.Length);
        return verb switch
        {
            "hit" => after.SequenceEqual("back") || after.SequenceEqual("out"),
            "went" => after.SequenceEqual("further") || after.SequenceEqual("on"),
            "took" or "struck" or "sounded" => after.SequenceEqual("a") || after.SequenceEqual("an"),
            "was" or "is" => TextWords.IsOneOf(after, StanceAdjectives),
            _ => TextWords.IsOneOf(verb, StanceVerbs) || TextWords.IsOneOf(verb, ResponseVerbs),
        };
    }

    /// <summary>Returns the end of a run of one to three capitalised words, none a function word (and a single word in
    /// the plural only before a verb of taking a stand), that opens the sentence at <paramref name="first"/> and is followed by a verb in the past tense,
    /// or <see langword="null"/>.</summary>
    private static int? NameBeforePastVerb(string all, TextSpan first, int position)
    {
        TextSpan word = first;
        for (int n = 0; n < 3; n++)
        {
            if (word.IsEmpty || word.End >= position || all[word.End] != ' ' || !char.IsUpper(all[word.Start]) ||
                NameWords.NotNames.Contains(word.Slice(all).ToLowerInvariant()))
            {
                return null;
            }

            // one word in the plural is more often a common noun at the sentence's start ("Prices rose …"); people
            // named by role are groups, found before this
            TextSpan next = TextWords.After(all, word.End, position);
            ReadOnlySpan<char> verb = all.AsSpan(next.Start, next.Length);
            if (!next.IsEmpty && PastTense.Is(verb) && (n > 0 || all[word.End - 1] != 's' || TextWords.IsOneOf(verb, StanceVerbs)))
            {
                return word.End;
            }

            // a perfect: "City Hall has brushed off their concerns, claiming …"
            if (n > 0 && verb is "has" or "have" or "had" && next.End < position &&
                TextWords.After(all, next.End, position) is { IsEmpty: false } participle && PastTense.Is(all.AsSpan(participle.Start, participle.Length)))
            {
                return word.End;
            }

            // an adverb, then a verb of stance in the present: "Kyiv rarely confirms such attacks but has said …"
            if (!next.IsEmpty && verb.Length > 4 && verb.EndsWith("ly", StringComparison.Ordinal) && next.End < position)
            {
                TextSpan after = TextWords.After(all, next.End, position);
                if (!after.IsEmpty && TextWords.IsOneOf(all.AsSpan(after.Start, after.Length), PresentStanceVerbs))
                {
                    return word.End;
                }
            }

            word = next;
        }

        return null;
    }

    /// <summary>Returns the subject person whose mention follows <paramref name="org"/> with only title words between
    /// ("Millbrook boss Karen Whitlow", "Hanbit chief executive Lee Min-ho"), before <paramref name="position"/>.</summary>
    private static EntityMention? PersonTitledBy(EntityIndex index, EntityMention org, int position)
    {
        string text = index.Text.Text;
        foreach (EntityMention p in index.Mentions)
        {
            if (p.Sentence == org.Sentence && p.Person is not null && p.IsSubject && p.Start >= org.End && p.Start < position)
            {
                return OnlyTitleWords(text, org.End, p.Start) ? p : null;
            }
        }

        return null;
    }

    /// <summary>Whether <c>text[start..end)</c> holds nothing but spaces and at most four title words.</summary>
    private static bool OnlyTitleWords(string text, int start, int end)
    {
        int words = 0;
        int i = start;
        while (i < end)
        {
            TextSpan word = TextWords.After(text, i, end);
            if (word.IsEmpty)
            {
                // something other than a space or a letter (a comma, a verb's apostrophe) or the end
                return text.AsSpan(word.Start, end - word.Start).IsWhiteSpace();
            }

            if (++words > 4 || !NameWords.TitleWords.Contains(word.Slice(text).ToLowerInvariant()))
            {
                return false;
            }

            i = word.End;
        }

        return true;
    }

    /// <summary>
    /// Returns the speaker of a claim whose cue follows a relative pronoun after a comma ("…, according to Western Grid,
    /// which said …", "led by Ana Ruiz, who warned …"): the mention the comma closes. That is an earlier speaker or a
    /// name ending there, or else the noun phrase from its determiner ("the operator, which said …"). The words between
    /// the pronoun and the cue ("which has since said") are the rule's to check.
    /// </summary>
    private static Speaker? RelativeAntecedent(EntityIndex index, List<Speaker> speakers, string text, int cue, int sentence, int paragraph)
    {
        int i = cue;
        string word = string.Empty;
        for (int k = 0; k < 4 && word is not ("which" or "who"); k++)
        {
            i = WordStartBefore(text, i, out word);
            if (word.Length == 0)
            {
                return null;
            }
        }

        if (word is not ("which" or "who"))
        {
            return null;
        }

        // The mark that opens the clause: a comma right after the antecedent, or a dash after a space ("Haig — who …")
        int mark = TextWords.TrimEnd(text, i) - 1;
        if (mark <= 0 || text[mark] is not (',' or '—' or '–'))
        {
            return null;
        }

        int comma = text[mark] == ',' ? mark : TextWords.TrimEnd(text, mark);

        for (int s = speakers.Count - 1; s >= 0; s--)
        {
            if (speakers[s].Mention.End == comma)
            {
                return speakers[s] with { Sentence = sentence, Paragraph = paragraph, Since = cue };
            }
        }

        foreach (EntityMention m in index.Mentions)
        {
            if (m.End == comma && m.Sentence == sentence)
            {
                return new Speaker(new RoleSpan(m.Start, m.End, text[m.Start..m.End], m.Person?.FullName ?? m.Org?.Name), m.Person, sentence, paragraph) { Since = cue };
            }
        }

        // A noun phrase from its determiner ("the operator, which said …"), or a bare plural from the preposition
        // before it ("opposed by local traders, who said …").
        int start = comma, after = comma;
        bool words = true;
        for (int k = 0; k < 4 && start > 0; k++)
        {
            start = WordStartBefore(text, start, out word);
            if (EntityIndex.IsDeterminer(word))
            {
                return Phrase(start);
            }

            if (words && after < comma && word is "by" or "from" or "among" or "to" or "of" or "for" or "with")
            {
                return Phrase(after);
            }

            words &= word.Length > 0;
            after = start;
        }

        return null;

        Speaker Phrase(int from) => new(new RoleSpan(from, comma, text[from..comma], null), null, sentence, paragraph) { Since = cue };
    }

    /// <summary>Returns where the word ending before <paramref name="end"/> (spaces skipped) starts, and the word in lower
    /// case (empty when none, or when a non-letter comes first).</summary>
    private static int WordStartBefore(string text, int end, out string word)
    {
        TextSpan found = TextWords.Before(text, end);
        word = !found.IsEmpty && found.Length <= 20 ? found.Slice(text).ToLowerInvariant() : string.Empty;
        return found.Start;
    }

    /// <summary>Whether a title is joined to what follows it as a title is to its portfolio ("Minister of Construction",
    /// "Secretary for Health"): one word, not in the plural, then "of" or "for".</summary>
    private static bool TitleConnector(string text, TextSpan head, int limit)
    {
        TextSpan last = TextWords.Before(text, head.End);
        TextSpan next = TextWords.After(text, head.End, limit);
        return !(last.Length > 3 && text[last.End - 1] == 's' && text[last.End - 2] != 's') &&
            text.AsSpan(next.Start, next.Length) is "of" or "for";
    }

    /// <summary>Returns the end of a representative noun ("spokesman", "lawyer") written right after a mention, before
    /// <paramref name="limit"/>, or <see langword="null"/>.</summary>
    private static int? RepresentativeAfter(string text, int end, int limit) =>
        NounAfter(text, end, limit) is (TextSpan word, string noun) && RepresentativeNouns.Contains(noun.ToLowerInvariant()) ? word.End : null;

    /// <summary>Returns the end of a plural noun for people written right after a mention, so that the mention only
    /// says which ones ("Port workers", "Rail unions", "Government sources"), before <paramref name="limit"/>, or
    /// <see langword="null"/>.</summary>
    private static int? PeopleAfter(string text, int end, int limit)
    {
        if (NounAfter(text, end, limit) is not (TextSpan word, string noun) || (!char.IsLower(noun[0]) && noun != "MPs"))
        {
            return null;
        }

        string lower = noun.ToLowerInvariant();
        return PeopleNouns.Contains(lower) || (lower.Length > 3 && lower[^1] == 's' && NameWords.PersonRoleNouns.Contains(lower[..^1])) ? word.End : null;
    }

    /// <summary>Returns the word written right after a mention, before <paramref name="limit"/>, when it is short enough
    /// to be a noun of the lists it is looked up in, or <see langword="null"/>.</summary>
    private static (TextSpan Word, string Text)? NounAfter(string text, int end, int limit)
    {
        TextSpan word = TextWords.After(text, end, limit);
        return word.IsEmpty || word.Length > 16 ? null : (word, word.Slice(text));
    }

    /// <summary>Whether a tag starts after a comma or a conjunction, continuing a sentence begun by its speaker.</summary>
    /// <summary>Returns whether a quotation with no source is introduced by a verb of its own joined to the sentence
    /// ("The mayor thanked the crews, saying “…”"): its speaker is the sentence's subject, as for a joined claim, not
    /// the last one quoted.</summary>
    private static bool JoinedQuote(string text, Tag tag) => tag.Role("cue") is not null && ContinuesSentence(text, tag.Start);

    private static bool ContinuesSentence(string text, int start)
    {
        int i = start - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        if (i < 0)
        {
            return false;
        }

        if (text[i] is ',' or ';' or '–' or '—')
        {
            return true;
        }

        int end = i + 1;
        while (i >= 0 && char.IsLetter(text[i]))
        {
            i--;
        }

        ReadOnlySpan<char> word = text.AsSpan(i + 1, end - i - 1);
        foreach (string w in ContinuationWords)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // an auxiliary of the joined verb stands between: "… but has said …", "… and had warned …"
        return word is "has" or "have" or "had" or "would" or "will" && ContinuesSentence(text, i + 1);
    }

    /// <summary>One past the closing bracket of an acronym in brackets at <paramref name="open"/> that an office in lower
    /// case follows ("(ISRO) chairman"), or <see langword="null"/>.</summary>
    private static int? AcronymBeforeOffice(string text, int open, int end)
    {
        int close = text.IndexOf(')', open + 1, Math.Min(12, end - open - 1));
        if (close < open + 3 || close + 2 >= end || text[close + 1] != ' ' || !char.IsLower(text[close + 2]))
        {
            return null;
        }

        for (int k = open + 1; k < close; k++)
        {
            if (!char.IsUpper(text[k]))
            {
                return null;
            }
        }

        return close + 1;
    }

    /// <summary>The part of a mention before a post-modifier: "Forecaster Lena Brandt of the weather service" → "Forecaster Lena Brandt".</summary>
    private static TextSpan Head(string text, TextSpan mention)
    {
        int i = mention.Start;
        while (i < mention.End)
        {
            if (text[i] == '(' && AcronymBeforeOffice(text, i, mention.End) is int past)
            {
                i = past; // "Indian Space Research Organisation (ISRO) chairman S. Somanath": the body's acronym, then an office
                continue;
            }

            if (text[i] is ',' or '(')
            {
                return Trimmed(text, new TextSpan(mention.Start, i));
            }

            if (char.IsLetter(text[i]) && (i == mention.Start || text[i - 1] == ' '))
            {
                int j = i;
                while (j < mention.End && char.IsLetter(text[j]))
                {
                    j++;
                }

                if (i > mention.Start && j < mention.End && Array.IndexOf(HeadBreaks, text[i..j]) >= 0 && !JoinsOrganisationName(text, mention, i, j))
                {
                    return Trimmed(text, new TextSpan(mention.Start, i));
                }

                i = j;
                continue;
            }

            i++;
        }

        return mention;
    }

    /// <summary>The phrase after a title that says whose it is ("of Harrowby Council", "at the Lumen Bank", "for the
    /// union"), or <see langword="null"/> when the mention goes on some other way or not at all.</summary>
    private static string? OwnerAfter(string text, TextSpan head, int end)
    {
        string rest = text[head.End..end].TrimStart();
        return rest.StartsWith("of ", StringComparison.Ordinal) || rest.StartsWith("at ", StringComparison.Ordinal) ||
            rest.StartsWith("for ", StringComparison.Ordinal) ? rest : null;
    }

    /// <summary>Whether the "of" or "for" at <c>[i, j)</c> joins an organisation's name ("the Office for Budget
    /// Responsibility", "the Bank of Carrow"): an organisation word before it, a capitalised word after it.</summary>
    private static bool JoinsOrganisationName(string text, TextSpan mention, int i, int j)
    {
        if (text.AsSpan(i, j - i) is not ("of" or "for") || j + 1 >= mention.End || text[j] != ' ' || !char.IsUpper(text[j + 1]))
        {
            return false;
        }

        int end = i - 1, start = end;
        while (start > mention.Start && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return end > start && char.IsUpper(text[start]) && NameParser.IsOrganisationWord(text.AsSpan(start, end - start));
    }

    private static TextSpan Trimmed(string text, TextSpan span)
    {
        int s = span.Start, e = span.End;
        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        return new TextSpan(s, e);
    }

    /// <summary>
    /// Whether a head names someone other than the person or body after it: an indefinite one ("a spokeswoman for
    /// Norland Lines", "an official at the ministry") or a representative ("the spokesman for Mayor Lena Brandt").
    /// </summary>
    private static bool SpeaksForSomeoneElse(string head)
    {
        string[] words = head.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && (words[0] is "a" or "an" or "one" or "another" || RepresentativeNouns.Contains(words[^1]));
    }

    /// <summary>Whether a title ends in an office written in lower case ("University of Leeds economist").</summary>
    private static bool OfficeBeforeName(string? title)
    {
        string last = title is null ? string.Empty : LastWord(title.TrimEnd());
        return last.Length > 2 && char.IsLower(last[0]) && NameWords.TitleWords.Contains(last);
    }

    private static bool IsTitleOnly(string head)
    {
        foreach (string word in head.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string lower = word.ToLowerInvariant();
            if (!NameWords.TitleWords.Contains(lower) && !NameWords.NotNames.Contains(lower))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsProperName(string text, TextSpan head)
    {
        string h = head.Slice(text).Trim();
        return h.Length > 0 && char.IsUpper(h[0]) && !h.Contains(' ', StringComparison.Ordinal);
    }

    /// <summary>"the company", "its bank", "Union": a noun with at most a definite determiner, which refers back to a named organisation.</summary>
    private static bool IsBareNoun(string head)
    {
        string[] words = head.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 1 || (words.Length == 2 && words[0] is "the" or "its" or "their" or "this");
    }

    /// <summary>Whether a name comes after an honorific that only people carry ("Mrs Okafor", "Dr Haddad").</summary>
    private static bool HasHonorific(PersonName parsed) =>
        parsed.Title is { } title && Honorifics.Contains(LastWord(title).TrimEnd('.').ToLowerInvariant());

    /// <summary>The last speaker, when it is a named organisation in this paragraph or the one before, else <see langword="null"/>.</summary>
    private static string? LastSpeakerIfOrganisation(List<Speaker> speakers, int paragraph)
    {
        if (speakers.Count == 0)
        {
            return null;
        }

        Speaker last = speakers[^1];
        return paragraph - last.Paragraph <= 1 && last.Person is null && !last.IsUnnamedPerson && last.Mention.Resolved is { } name ? name : null;
    }

    private static string? LastOrgSpeaker(List<Speaker> speakers, int paragraph)
    {
        for (int i = speakers.Count - 1; i >= 0 && paragraph - speakers[i].Paragraph <= 4; i--)
        {
            if (speakers[i].Person is null && !speakers[i].IsUnnamedPerson && speakers[i].Mention.Resolved is { } name)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// The author behind a document that speaks: "a report by the housing charity Shelterline" → "Shelterline";
    /// "the report" later → the same author. A document merely obtained or seen by someone has no author here.
    /// </summary>
    private static string? DocumentAuthor(EntityIndex index, Dictionary<string, string> documents, TextSpan mention)
    {
        string text = index.Text.Text;
        string[] words = mention.Slice(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int noun = -1;
        for (int i = 0; i < words.Length; i++)
        {
            string w = words[i].TrimEnd(',', '.').ToLowerInvariant();
            if (NameWords.DocumentNouns.Contains(w))
            {
                noun = i;
                break;
            }

            if (w is "by" or "from" or "of")
            {
                break;
            }
        }

        if (noun < 0)
        {
            return null;
        }

        string key = words[noun].TrimEnd(',', '.').ToLowerInvariant();
        for (int i = noun + 1; i < words.Length; i++)
        {
            string w = words[i].ToLowerInvariant();
            if (w is "obtained" or "seen" or "leaked" or "reviewed" or "cited" or "quoted" or "viewed" or "examined" or "about" or "on" or "into")
            {
                return null;
            }

            if (w is "by" or "from" or "of")
            {
                string rest = string.Join(' ', words[(i + 1)..]);
                string? author = EntityIndex.OrganisationName(rest, false) is { } org ? index.CanonicalOrg(org) ?? org : NamedOrg(index, rest);
                if (author is not null)
                {
                    documents[key] = author;
                    documents[string.Empty] = author;
                }

                return author;
            }
        }

        if (words.Length - noun > 1)
        {
            return null;
        }

        return documents.TryGetValue(key, out string? known) ? known : documents.GetValueOrDefault(string.Empty);
    }

    /// <summary>
    /// When the sentence before <paramref name="sentence"/>, in the same paragraph, opens with a document as its subject
    /// ("The report, published by the Ledger, cited …", "The audit found …"), returns that document's author as far as
    /// the article gives one in <paramref name="author"/> (<see langword="null"/> when it does not).
    /// </summary>
    private static bool TryDocumentSubjectBefore(EntityIndex index, Dictionary<string, string> documents, int sentence, out string? author)
    {
        author = null;
        IReadOnlyList<Sentence> sentences = index.Text.Sentences;
        if (sentence < 1 || sentence >= sentences.Count || sentences[sentence - 1].Paragraph != sentences[sentence].Paragraph)
        {
            return false;
        }

        string text = index.Text.Text;
        TextSpan span = sentences[sentence - 1].Span;
        string[] words = span.Slice(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words[0].ToLowerInvariant() is not ("the" or "this" or "that" or "its" or "their" or "a" or "an"))
        {
            return false;
        }

        // the document noun right after the article, or after one modifier ("The annual report", "A leaked memo")
        int noun = -1;
        for (int i = 1; i <= 2 && i < words.Length && noun < 0; i++)
        {
            if (NameWords.DocumentNouns.Contains(words[i].TrimEnd(',').ToLowerInvariant()))
            {
                noun = i;
            }
            else if (words[i].EndsWith(',') || char.IsUpper(words[i][0]))
            {
                break;
            }
        }

        if (noun < 0)
        {
            return false;
        }

        // the subject phrase: up to the noun, or to the comma that closes an appositive after it
        int last = noun;
        if (words[noun].EndsWith(','))
        {
            last = Array.FindIndex(words, noun + 1, w => w.EndsWith(','));
            last = last < 0 ? noun : last;
        }

        int length = 0;
        for (int i = 0; i <= last; i++)
        {
            length += words[i].Length + (i > 0 ? 1 : 0);
        }

        int start = span.Start + span.Slice(text).IndexOf(words[0], StringComparison.Ordinal);
        author = DocumentAuthor(index, documents, new TextSpan(start, Math.Min(span.End, start + length)));
        return true;
    }

    /// <summary>The acronym in "the RMT union" or "GMB union": an organisation named by its letters and what it is.</summary>
    private static string? AcronymBeforeOrganisationNoun(string head)
    {
        string[] words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int first = words.Length > 0 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        if (words.Length - first != 2)
        {
            return null;
        }

        string acronym = words[first], noun = words[first + 1];
        return acronym.Length is >= 2 and <= 6 && acronym.All(char.IsUpper) && noun.All(char.IsLower) && NameWords.OrganisationWords.Contains(noun)
            ? acronym
            : null;
    }

    /// <summary>A one-word organisation the article knows, named at the end of a phrase ("the housing charity Shelterline").</summary>
    private static string? NamedOrg(EntityIndex index, string phrase)
    {
        string last = EntityIndex.StripPossessive(LastWord(phrase.Trim().TrimEnd(',', '.')));
        return last.Length > 0 && char.IsUpper(last[0]) ? index.CanonicalOrg(last) : null;
    }

    /// <summary>The stem of the words that name the side a court advocate speaks for ("the prosecutor": "prosecution",
    /// "prosecuting"), or <see langword="null"/>. ("The barrister" names no side: either may have one.)</summary>
    private static string? CourtSide(string lastWord) => lastWord.Equals("prosecutor", StringComparison.OrdinalIgnoreCase) ? "prosecut" : null;

    /// <summary>The last person named, first in their sentence and before <paramref name="position"/>, in a sentence
    /// that names the side they speak for ("Opening the case for the prosecution, Simon Achterberg KC …"), or
    /// <see langword="null"/>.</summary>
    private static PersonEntry? PersonNamedForSide(EntityIndex index, string side, int position)
    {
        IReadOnlyList<Sentence> sentences = index.Text.Sentences;
        PersonEntry? found = null;
        foreach (EntityMention m in index.Mentions)
        {
            if (m.Start >= position)
            {
                break;
            }

            if (m.Person is { } person && m.IsSubject && !m.InQuote &&
                index.Text.Text.AsSpan(sentences[m.Sentence].Span.Start, sentences[m.Sentence].Span.Length).Contains(side, StringComparison.OrdinalIgnoreCase))
            {
                found = person;
            }
        }

        return found;
    }

    /// <summary>Whether a description ending in "guard" names a body, not a person ("the coast guard", "the National
    /// Guard", "the border guard" as a service), so that it does not resolve to a holder of a title such as "coast
    /// guard spokesman".</summary>
    private static bool IsGuardBody(string head)
    {
        string[] words = head.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words[^1] == "guard" && words[^2] is "coast" or "national" or "border" or "republican" or "presidential";
    }

    /// <summary>Whether the last word of a description names an office a person holds ("the minister", "the club's
    /// chairman"), not a body of people ("the regional health protection team"), whose other words may be a
    /// portfolio's.</summary>
    private static bool NamesAnOffice(string lastWord)
    {
        string lower = lastWord.ToLowerInvariant();
        return NameWords.TitleWords.Contains(lower) && !NameWords.OrganisationWords.Contains(lower);
    }

    private static bool IsDefiniteTitle(string head)
    {
        string lower = head.ToLowerInvariant();
        return !(lower.StartsWith("a ", StringComparison.Ordinal) || lower.StartsWith("an ", StringComparison.Ordinal) || lower.StartsWith("one ", StringComparison.Ordinal) ||
                 lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal));
    }

    private static string LastWord(string text)
    {
        int space = text.LastIndexOf(' ');
        return space < 0 ? text : text[(space + 1)..];
    }

    private static bool ContainsOrganisationWord(string name)
    {
        foreach (string word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (NameParser.IsOrganisationWord(word))
            {
                return true;
            }
        }

        return false;
    }

    private static Tag WithSource(Tag tag, RoleSpan source)
    {
        var roles = new Matching.RoleTable<RoleSpan>(tag.Roles, 1);
        roles.Set(SourceRole, source);
        return tag with { Roles = roles };
    }

    private static bool Compatible(Gender known, Gender wanted) => known == Gender.Unknown || wanted == Gender.Unknown || known == wanted;

    /// <summary>A resolved speaker: the mention (with its canonical name), the person if it is one, and where.</summary>
    private sealed record Speaker(RoleSpan Mention, PersonEntry? Person, int Sentence, int Paragraph)
    {
        /// <summary>Gets a value indicating whether the speaker is one person the article does not name ("One mother").</summary>
        public bool IsUnnamedPerson { get; init; }

        /// <summary>Gets the gender such a speaker's description implies.</summary>
        public Gender UnnamedGender { get; init; }

        /// <summary>Gets where the speaker last spoke (the start of that tag).</summary>
        public int Since { get; init; }
    }
}
