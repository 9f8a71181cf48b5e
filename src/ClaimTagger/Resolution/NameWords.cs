using System.Collections.Frozen;

namespace ClaimTagger.Resolution;

/// <summary>Word lists that tell titles, honorifics and pronouns apart from names.</summary>
internal static class NameWords
{
    /// <summary>Words that make up titles and roles, lower case ("foreign minister", "spokeswoman", "fm").</summary>
    public static readonly FrozenSet<string> TitleWords = FrozenSet.ToFrozenSet(
    [
        "president", "vice", "prime", "minister", "ministers", "secretary", "deputy", "foreign", "interior", "home",
        "defence", "defense", "finance", "health", "justice", "trade", "economy", "energy", "education", "transport",
        "environment", "culture", "labour", "labor", "agriculture", "chancellor", "senator", "sen", "governor", "gov",
        "mayor", "judge", "justice", "attorney", "general", "gen", "lieutenant", "lt", "colonel", "col", "major",
        "captain", "capt", "commander", "admiral", "sergeant", "sgt", "chief", "executive", "officer", "ceo", "cfo",
        "coo", "chair", "chairman", "chairwoman", "chairperson", "director", "head", "leader", "spokesman",
        "spokeswoman", "spokesperson", "representative", "rep", "ambassador", "envoy", "commissioner", "inspector",
        "superintendent", "detective", "constable", "sheriff", "prosecutor", "counsel", "lawyer", "professor", "prof",
        "dr", "doctor", "rev", "reverend", "bishop", "archbishop", "pope", "cardinal", "imam", "rabbi", "king", "queen",
        "prince", "princess", "sheikh", "emir", "sultan", "premier", "pm", "fm", "mp", "mep", "mr", "mrs", "ms", "miss",
        "mx", "sir", "dame", "lord", "lady", "coach", "manager", "striker", "midfielder", "goalkeeper", "captain",
        "founder", "co-founder", "owner", "analyst", "economist", "researcher", "scientist", "author", "editor",
        "correspondent", "reporter", "official", "officials", "adviser", "advisor", "aide", "councillor", "councilor",
        "assemblyman", "assemblywoman", "congressman", "congresswoman", "speaker", "whip", "minority", "majority",
        "state", "national", "security", "union", "party", "opposition", "presidential", "press", "board", "member",
        "former", "acting", "interim", "incoming", "outgoing", "senior", "junior", "assistant", "associate", "top",
        "regional", "federal", "provincial", "county", "city", "district", "police", "army", "military", "navy",
        "central", "bank", "governing", "ruling", "veteran", "activist", "campaigner", "organiser", "organizer",
        "farmer", "teacher", "resident", "residents", "student", "nurse", "driver", "worker", "workers", "fisherman",
        "pilot", "engineer", "shopkeeper", "trader", "pastor", "priest", "witness", "survivor", "villager", "mother",
        "father", "widow", "vendor", "miner", "doctors", "nurses", "historian", "playwright", "novelist", "singer",
        "actor", "actress", "artist", "photographer", "producer", "presenter", "host", "broadcaster", "commentator",
        "lecturer", "principal", "headteacher", "chef", "banker", "investor", "entrepreneur", "consultant", "expert",
        "diplomat", "negotiator", "mediator", "president-elect", "candidate", "nominee", "challenger", "incumbent",
        "businessman", "businesswoman", "medic", "paramedic", "firefighter", "officer", "soldier", "guard",
    ]);

    /// <summary>Honorifics that mark a man ("Mr") or a woman ("Mrs", "Ms") without being part of the name.</summary>
    public static readonly FrozenDictionary<string, Gender> GenderedTitles = new Dictionary<string, Gender>
    {
        ["mr"] = Gender.Male, ["sir"] = Gender.Male, ["lord"] = Gender.Male, ["king"] = Gender.Male, ["prince"] = Gender.Male,
        ["spokesman"] = Gender.Male, ["chairman"] = Gender.Male, ["congressman"] = Gender.Male, ["assemblyman"] = Gender.Male,
        ["businessman"] = Gender.Male, ["sheikh"] = Gender.Male, ["emir"] = Gender.Male, ["sultan"] = Gender.Male,
        ["mrs"] = Gender.Female, ["ms"] = Gender.Female, ["miss"] = Gender.Female, ["dame"] = Gender.Female,
        ["lady"] = Gender.Female, ["queen"] = Gender.Female, ["princess"] = Gender.Female,
        ["spokeswoman"] = Gender.Female, ["chairwoman"] = Gender.Female, ["congresswoman"] = Gender.Female,
        ["assemblywoman"] = Gender.Female, ["businesswoman"] = Gender.Female,
    }.ToFrozenDictionary();

    /// <summary>Pronouns that can stand for a speaker, with the gender they imply.</summary>
    public static readonly FrozenDictionary<string, Gender> SpeakerPronouns = new Dictionary<string, Gender>
    {
        ["he"] = Gender.Male, ["him"] = Gender.Male, ["his"] = Gender.Male,
        ["she"] = Gender.Female, ["her"] = Gender.Female,
        ["i"] = Gender.Unknown, ["we"] = Gender.Unknown, ["they"] = Gender.Unknown, ["it"] = Gender.Unknown,
    }.ToFrozenDictionary();

    /// <summary>Lower-case name particles that may sit inside a name ("de", "van", "bin").</summary>
    public static readonly FrozenSet<string> NameParticles = FrozenSet.ToFrozenSet(
        ["de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den", "ter", "bin", "bint", "ibn", "al", "el", "abu", "mac"]);

    /// <summary>Capitalised words that begin sentences or phrases and are never names.</summary>
    public static readonly FrozenSet<string> NotNames = FrozenSet.ToFrozenSet(
    [
        "the", "a", "an", "this", "that", "these", "those", "but", "and", "or", "however", "meanwhile", "on", "in", "at",
        "by", "for", "from", "after", "before", "during", "when", "while", "speaking", "according", "last", "next", "earlier",
        "later", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "it", "he",
        "she", "they", "we", "i", "you", "his", "her", "their", "our", "its", "there", "here", "what", "why", "how", "who",
        "asked", "despite", "although", "as", "if", "yet", "still", "also", "now", "then", "so", "not", "no", "yes",
    ]);

    /// <summary>Words that make a capitalised phrase an organisation rather than a person ("Ministry", "Council").</summary>
    public static readonly FrozenSet<string> OrganisationWords = FrozenSet.ToFrozenSet(
    [
        "ministry", "department", "office", "council", "committee", "commission", "parliament", "assembly", "senate",
        "congress", "court", "tribunal", "government", "administration", "cabinet", "agency", "authority", "bureau",
        "service", "services", "police", "army", "navy", "force", "forces", "university", "college", "school", "institute",
        "hospital", "company", "corporation", "corp", "inc", "ltd", "plc", "group", "bank", "fund", "foundation",
        "association", "federation", "league", "club", "union", "party", "movement", "front", "alliance", "coalition",
        "organisation", "organization", "news", "times", "post", "press", "herald", "journal", "tribune", "gazette",
        "courier", "telegraph", "guardian", "network", "channel", "radio", "tv", "television", "kremlin", "pentagon",
        "palace", "embassy", "consulate", "mission", "board", "centre", "center",
        "club", "airlines", "airways", "railways", "port", "ports", "exchange", "reserve", "treasury", "secretariat",
    ]);
}
