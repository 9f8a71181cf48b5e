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
        "environment", "culture", "labour", "labor", "agriculture", "europe", "housing", "development", "tourism",
        "industry", "science", "technology", "sport", "immigration", "employment", "fisheries", "infrastructure",
        "planning", "equality", "communications", "innovation", "commerce", "pensions", "chancellor", "senator", "sen", "governor", "gov",
        "mayor", "judge", "justice", "attorney", "general", "gen", "lieutenant", "lt", "colonel", "col", "major",
        "det", "insp", "supt", "dci", "dsu", "pc", "cllr", "cmdr", "cdr", "brig", "maj", "cpl", "pte",
        "councilmember", "councilman", "councilwoman", "assemblymember", "alderwoman", "selectman", "selectwoman",
        "captain", "capt", "commander", "admiral", "sergeant", "sgt", "chief", "executive", "officer", "ceo", "cfo",
        "coo", "chair", "chairman", "chairwoman", "chairperson", "director", "head", "leader", "spokesman",
        "spokeswoman", "spokesperson", "representative", "rep", "ambassador", "envoy", "commissioner", "inspector",
        "superintendent", "detective", "constable", "sheriff", "prosecutor", "counsel", "lawyer", "professor", "prof",
        "dr", "doctor", "rev", "reverend", "bishop", "archbishop", "pope", "pontiff", "cardinal", "imam", "rabbi", "king", "queen",
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
        "pensioner", "parent", "forecaster", "sprinter", "athlete", "runner", "swimmer", "cyclist", "boxer", "player",
        "defender", "forward", "winger", "champion", "palaeontologist", "paleontologist", "archaeologist", "biologist",
        "geologist", "physicist", "chemist", "epidemiologist", "virologist", "psychologist", "sociologist",
        "anthropologist", "climatologist", "seismologist", "specialist", "strategist", "pollster", "novelist", "writer",
        "poet", "filmmaker", "director", "musician", "composer", "designer", "architect", "chancellor",
        "vice-chancellor", "dean", "provost", "registrar", "superintendent", "trustee", "governor", "boss", "star",
        "ace", "legend", "veteran", "rookie", "teenager", "pupil", "mum", "dad", "grandmother", "grandfather",
        "neighbour", "neighbor", "landlord", "tenant", "owner", "shopkeeper", "publican", "barrister", "solicitor",
        "magistrate", "juror", "coroner", "pathologist", "surgeon", "consultant", "midwife", "carer", "volunteer",
        "councilwoman", "councilman", "alderwoman", "selectman", "delegate", "lawmaker", "legislator", "senator-elect",
        "governor-elect", "mayor-elect", "ex-president", "ex-minister", "deputy-mayor", "whistleblower", "insider",
        "contestant", "finalist", "winner", "runner-up", "referee", "umpire", "skipper", "captain", "chairwoman",
        "spokesperson", "press", "secretary-general", "director-general", "attorney-general", "solicitor-general",
        "construction", "housing", "industry", "tourism", "communications", "infrastructure", "sport", "sports",
        "science", "technology", "water", "mines", "fisheries", "commerce", "works", "planning", "development",
        "welfare", "immigration", "veterans", "youth", "women", "affairs", "information", "telecommunications",
        "protester", "protestor", "demonstrator", "passenger", "commuter", "patient", "customer", "voter", "supporter",
        "employee", "colleague", "investigator", "academic", "journalist", "contractor", "holidaymaker", "shopper",
        "motorist", "victim", "relative", "auditor", "auditor-general", "comptroller", "treasurer", "controller", "clerk",
        "inspector-general", "surveyor", "assessor",
    ]);

    /// <summary>Titles under which one name is a person's whole name ("Pope Leo", "King Charles", "Sheikh Mohammed").</summary>
    public static readonly FrozenSet<string> RegnalTitles = FrozenSet.ToFrozenSet(
    [
        "pope", "king", "queen", "prince", "princess", "emperor", "empress", "sultan", "emir", "sheikh", "tsar", "czar",
        "patriarch", "ayatollah", "archduke", "duke", "duchess",
    ]);

    /// <summary>Capitalised nouns that, after a possessive, make a place's, an institution's or a day's name ("St
    /// Peter's Basilica", "Guy's Hospital", "St Patrick's Day"), as written.</summary>
    public static readonly FrozenSet<string> PlaceNouns = FrozenSet.ToFrozenSet(
    [
        "Basilica", "Cathedral", "Church", "Chapel", "Abbey", "Hospital", "College", "School", "Academy", "University",
        "Square", "Street", "Road", "Lane", "Park", "Bridge", "Palace", "Hall", "Gate", "Market", "Garden", "Gardens",
        "Island", "Bay", "Place", "Stadium", "Arena", "Field", "Wharf", "Quay", "Station", "Tower", "House", "Castle",
        "Inn", "Day", "Eve", "Parade", "Centre", "Center", "Museum", "Gallery", "Theatre", "Theater", "Hill", "Wood",
    ]);

    /// <summary>The portfolio a title or a body is for ("Education Secretary", "National Education Union"): part of an
    /// organisation's name when an organisation word follows.</summary>
    public static readonly FrozenSet<string> Portfolios = FrozenSet.ToFrozenSet(
    [
        "foreign", "interior", "home", "defence", "defense", "finance", "health", "justice", "trade", "economy", "energy",
        "education", "transport", "environment", "culture", "labour", "labor", "agriculture", "housing", "development",
        "tourism", "industry", "science", "technology", "sport", "immigration", "employment", "fisheries",
        "infrastructure", "planning", "equality", "communications", "innovation", "commerce", "pensions", "security",
    ]);

    /// <summary>Title words that only qualify a title ("former", "senior", "foreign"); a mention made of them alone names no one.</summary>
    public static readonly FrozenSet<string> TitleModifiers = FrozenSet.ToFrozenSet(
    [
        "former", "senior", "acting", "top", "interim", "incoming", "outgoing", "junior", "assistant", "associate", "vice",
        "deputy", "foreign", "interior", "home", "state", "national", "regional", "federal", "provincial", "county", "city",
        "district", "central", "governing", "ruling", "presidential", "minority", "majority", "security", "press",
        "prime", "veteran",
    ]);

    /// <summary>Words written after a name that are not part of it ("Simon Hale KC", "John Doe Jr").</summary>
    public static readonly FrozenSet<string> NameSuffixes = FrozenSet.ToFrozenSet(
        ["kc", "qc", "mp", "mep", "msp", "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "obe", "mbe", "cbe", "kbe", "dbe", "phd", "md", "esq", "rn"]);

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

    /// <summary>Words that make an organisation's name a public body's, whatever business it oversees ("Office of Rail
    /// and Road", "Civil Aviation Authority").</summary>
    public static readonly FrozenSet<string> PublicBodyWords = FrozenSet.ToFrozenSet(
    [
        "office", "ministry", "department", "agency", "authority", "commission", "council", "inspectorate", "tribunal",
        "court", "directorate", "regulator", "ombudsman",
    ]);

    /// <summary>Kinds of business that mark a name as a company's ("Northline Trains", "Brookvale Ferries"): in both
    /// <see cref="OrganisationWords"/> and <see cref="CompanyWords"/>. Declared first: static fields start in text order.</summary>
    private static readonly string[] BusinessWords =
    [
        "trains", "buses", "coaches", "ferries", "shipping", "telecom", "telecoms", "communications", "brewing", "breweries",
        "stores", "retail", "hotels", "resorts", "chemicals", "automotive", "electronics", "semiconductor", "software",
        "rail", "freight", "aviation", "transport", "lines",
    ];

    /// <summary>Words that make a capitalised phrase an organisation rather than a person ("Ministry", "Council").</summary>
    public static readonly FrozenSet<string> OrganisationWords = FrozenSet.ToFrozenSet(
    [
        "ministry", "department", "office", "council", "committee", "commission", "parliament", "assembly", "senate",
        "congress", "court", "tribunal", "government", "administration", "cabinet", "agency", "authority", "bureau",
        "service", "services", "police", "army", "navy", "force", "forces", "university", "college", "school", "institute",
        "hospital", "company", "corporation", "corp", "inc", "ltd", "plc", "group", "bank", "fund", "foundation",
        "association", "federation", "league", "club", "union", "party", "movement", "front", "alliance", "coalition",
        "organisation", "organization", "news", "times", "post", "press", "herald", "journal", "tribune", "gazette",
        "courier", "telegraph", "guardian", "chronicle", "ledger", "observer", "examiner", "inquirer", "dispatch", "bulletin",
        "network", "channel", "radio", "tv", "television", "kremlin", "pentagon", "palace", "embassy", "consulate", "mission",
        "board", "centre", "center", .. BusinessWords,
        "club", "airlines", "airways", "railways", "port", "ports", "exchange", "reserve", "treasury", "secretariat",
        "trust", "unit", "energy", "mining", "metals", "securities", "partners", "capital", "holdings", "industries",
        "systems", "technologies", "motors", "pharma", "pharmaceuticals", "foods", "media", "water", "power", "oil",
        "gas", "resources", "homes", "logistics", "insurance", "solutions", "labs", "ventures", "enterprises",
        "co", "llc", "llp", "gmbh", "ag", "sa", "nv", "wire", "agency", "rovers", "united", "fc", "observatory",
        "monitor", "watch", "institution", "society", "charity", "council", "brigade", "regiment", "command",
        "directorate", "inspectorate", "ombudsman", "regulator", "commissioner's", "authority's", "bureau",
        "studios", "records", "publishing", "books", "press", "broadcasting", "airport", "railway", "transit",
        "town", "athletic", "wanderers", "albion", "rangers", "hotspur", "villa", "city", "county", "fc", "afc", "sc",
        "bio", "biotech", "therapeutics", "pharmaceutical", "motors", "software", "networks", "telecom", "airways",
        "guild", "syndicate", "cooperative", "co-operative", "consortium", "chamber", "grid", "rail", "electric",
        "electricity", "utilities", "telecoms", "shipping", "freight", "aviation", "lines", "buses", "trains",
    ]);

    /// <summary>
    /// Organisation words that name a kind of business; "the company" or "the firm" refers back to the last
    /// organisation whose name holds one of them ("Sunfield Energy", "Kestrel Mining").
    /// </summary>
    public static readonly FrozenSet<string> CompanyWords = FrozenSet.ToFrozenSet(
    [
        "company", "corporation", "corp", "inc", "ltd", "plc", "group", "bank", "airlines", "airways", "energy", "mining",
        "metals", "securities", "partners", "capital", "holdings", "industries", "systems", "technologies", "motors",
        "pharma", "pharmaceuticals", "foods", "media", "water", "power", "oil", "gas", "resources", "homes", "logistics",
        "insurance", "solutions", "labs", "ventures", "enterprises", "co", "llc", "llp", "gmbh", "ag", "sa", "nv",
        "studios", "records", "publishing", "broadcasting", "railways", .. BusinessWords,
    ]);

    /// <summary>Words before the given name of a storm ("Hurricane Delia", "Storm Ilsa"), which names no person.</summary>
    public static readonly FrozenSet<string> WeatherNames = FrozenSet.ToFrozenSet(
        ["Hurricane", "Storm", "Typhoon", "Cyclone", "Tropical", "Tempest", "Superstorm"], StringComparer.Ordinal);

    /// <summary>Nouns for a business by its trade ("chipmaker Veltra", "the carmaker said").</summary>
    public static readonly FrozenSet<string> IndustryNouns = FrozenSet.ToFrozenSet(
    [
        "carmaker", "automaker", "chipmaker", "drugmaker", "toymaker", "planemaker", "steelmaker", "truckmaker", "brewer",
        "refiner", "shipbuilder", "grocer", "supermarket", "wholesaler", "distributor", "exporter", "importer", "housebuilder",
    ]);

    /// <summary>Lower-case nouns that introduce an organisation's one-word name ("rail operator Westline", "the charity Shelterline").</summary>
    public static readonly FrozenSet<string> OrgDescriptors = FrozenSet.ToFrozenSet(
    [
        "company", "firm", "group", "business", "developer", "operator", "carrier", "airline", "lender", "retailer",
        "maker", "manufacturer", "insurer", "utility", "miner", "producer", "supplier", "provider", "startup", "giant",
        "conglomerate", "bank", "broadcaster", "publisher", "chain", "brand", "charity", "organisation", "organization",
        "agency", "watchdog", "regulator", "campaign", "think-tank", "newspaper", "outlet", "network", "platform", "app",
        "website", "site", "club", "band", "label", "studio", "fund", "investor", "rival", "owner", "consultancy", .. IndustryNouns,
    ]);

    /// <summary>Capitalised nouns for a business that, opening a sentence, stand before its name and are not part of it
    /// ("Chipmaker Veltra warns …", "Retailer Brightmart said …"); words that also open names ("Bank of …", "Network
    /// Rail", "Charity Commission") are left out.</summary>
    public static readonly FrozenSet<string> LeadingOrgDescriptors = FrozenSet.ToFrozenSet(
    [
        "retailer", "lender", "insurer", "airline", "carrier", "miner", "broadcaster", "publisher", "conglomerate", "startup",
        "regulator", "watchdog", "developer", "supplier", "manufacturer", "rival", "giant", .. IndustryNouns,
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words written after a company's name, often after a comma ("Verdane Bio, Inc.").</summary>
    public static readonly FrozenSet<string> CompanySuffixes = FrozenSet.ToFrozenSet(
        ["Inc", "Ltd", "LLC", "LLP", "plc", "PLC", "Corp", "Co", "GmbH", "AG", "SA", "NV", "BV", "Limited", "Holdings", "Group", "SE", "AB", "ASA", "Oyj"]);

    /// <summary>Nouns for documents whose author speaks through them ("a report by the charity", "the study found").</summary>
    public static readonly FrozenSet<string> DocumentNouns = FrozenSet.ToFrozenSet(
    [
        "report", "study", "analysis", "survey", "review", "audit", "poll", "paper", "filing", "filings", "document",
        "documents", "data", "figures", "research", "findings", "investigation", "inquiry", "assessment", "statement",
        "letter", "memo", "estimate", "estimates", "forecast", "model", "census", "index", "ranking", "rankings", "note",
        "summary", "release", "briefing", "dossier", "submission", "complaint", "lawsuit", "indictment", "ruling", "judgment",
    ]);

    /// <summary>
    /// Nouns for one person that a definite description uses to refer back to someone named ("the star", "the
    /// 26-year-old"), with the gender they imply; words ending in "-man" or "-woman" and "N-year-old" count too.
    /// </summary>
    public static readonly FrozenDictionary<string, Gender> PersonNouns = new Dictionary<string, Gender>
    {
        ["woman"] = Gender.Female, ["girl"] = Gender.Female, ["mother"] = Gender.Female, ["mum"] = Gender.Female, ["wife"] = Gender.Female,
        ["daughter"] = Gender.Female, ["sister"] = Gender.Female, ["grandmother"] = Gender.Female, ["actress"] = Gender.Female,
        ["widow"] = Gender.Female, ["aunt"] = Gender.Female, ["niece"] = Gender.Female, ["queen"] = Gender.Female,
        ["man"] = Gender.Male, ["boy"] = Gender.Male, ["father"] = Gender.Male, ["dad"] = Gender.Male, ["husband"] = Gender.Male,
        ["son"] = Gender.Male, ["brother"] = Gender.Male, ["grandfather"] = Gender.Male, ["actor"] = Gender.Male,
        ["widower"] = Gender.Male, ["uncle"] = Gender.Male, ["nephew"] = Gender.Male, ["king"] = Gender.Male,
        ["star"] = Gender.Unknown, ["veteran"] = Gender.Unknown, ["teenager"] = Gender.Unknown, ["chef"] = Gender.Unknown,
        ["singer"] = Gender.Unknown, ["player"] = Gender.Unknown, ["striker"] = Gender.Unknown, ["champion"] = Gender.Unknown,
        ["sprinter"] = Gender.Unknown, ["athlete"] = Gender.Unknown, ["politician"] = Gender.Unknown, ["billionaire"] = Gender.Unknown,
        ["tycoon"] = Gender.Unknown, ["entrepreneur"] = Gender.Unknown, ["mogul"] = Gender.Unknown, ["presenter"] = Gender.Unknown,
        ["host"] = Gender.Unknown, ["favourite"] = Gender.Unknown, ["favorite"] = Gender.Unknown, ["winner"] = Gender.Unknown,
        ["rapper"] = Gender.Unknown, ["comedian"] = Gender.Unknown, ["novelist"] = Gender.Unknown, ["author"] = Gender.Unknown,
        ["writer"] = Gender.Unknown, ["artist"] = Gender.Unknown, ["director"] = Gender.Unknown, ["coach"] = Gender.Unknown,
        ["manager"] = Gender.Unknown, ["boss"] = Gender.Unknown, ["pensioner"] = Gender.Unknown, ["grandparent"] = Gender.Unknown,
        ["parent"] = Gender.Unknown, ["victim"] = Gender.Unknown, ["survivor"] = Gender.Unknown, ["defendant"] = Gender.Unknown,
        ["accused"] = Gender.Unknown, ["suspect"] = Gender.Unknown, ["witness"] = Gender.Unknown, ["lawmaker"] = Gender.Unknown,
        ["senator"] = Gender.Unknown, ["democrat"] = Gender.Unknown, ["republican"] = Gender.Unknown, ["incumbent"] = Gender.Unknown,
        ["challenger"] = Gender.Unknown, ["candidate"] = Gender.Unknown,
        ["economist"] = Gender.Unknown, ["scientist"] = Gender.Unknown, ["researcher"] = Gender.Unknown, ["academic"] = Gender.Unknown,
        ["professor"] = Gender.Unknown, ["doctor"] = Gender.Unknown, ["lawyer"] = Gender.Unknown, ["barrister"] = Gender.Unknown,
        ["official"] = Gender.Unknown, ["diplomat"] = Gender.Unknown, ["veteran"] = Gender.Unknown, ["founder"] = Gender.Unknown,
        ["owner"] = Gender.Unknown, ["resident"] = Gender.Unknown, ["voter"] = Gender.Unknown, ["fan"] = Gender.Unknown,
        ["source"] = Gender.Unknown, ["insider"] = Gender.Unknown, ["pal"] = Gender.Unknown, ["friend"] = Gender.Unknown,
        ["spokesperson"] = Gender.Unknown, ["spokesman"] = Gender.Male, ["spokeswoman"] = Gender.Female, ["person"] = Gender.Unknown,
        ["neighbour"] = Gender.Unknown, ["neighbor"] = Gender.Unknown, ["colleague"] = Gender.Unknown, ["relative"] = Gender.Unknown,
        ["teacher"] = Gender.Unknown, ["nurse"] = Gender.Unknown, ["student"] = Gender.Unknown, ["worker"] = Gender.Unknown,
        ["trader"] = Gender.Unknown, ["farmer"] = Gender.Unknown, ["driver"] = Gender.Unknown, ["passenger"] = Gender.Unknown,
        ["customer"] = Gender.Unknown, ["tenant"] = Gender.Unknown, ["employee"] = Gender.Unknown, ["executive"] = Gender.Unknown,
        ["aide"] = Gender.Unknown, ["adviser"] = Gender.Unknown, ["advisor"] = Gender.Unknown, ["analyst"] = Gender.Unknown,
        ["midfielder"] = Gender.Unknown, ["goalkeeper"] = Gender.Unknown, ["keeper"] = Gender.Unknown, ["forward"] = Gender.Unknown,
        ["winger"] = Gender.Unknown, ["defender"] = Gender.Unknown, ["rookie"] = Gender.Unknown, ["batsman"] = Gender.Male,
        ["bowler"] = Gender.Unknown, ["jockey"] = Gender.Unknown, ["skipper"] = Gender.Unknown, ["boxer"] = Gender.Unknown,
        ["fighter"] = Gender.Unknown, ["golfer"] = Gender.Unknown, ["cyclist"] = Gender.Unknown, ["runner"] = Gender.Unknown,
        ["swimmer"] = Gender.Unknown, ["youngster"] = Gender.Unknown, ["newcomer"] = Gender.Unknown, ["mother-of-two"] = Gender.Female,
        ["father-of-two"] = Gender.Male, ["mum-of-two"] = Gender.Female, ["dad-of-two"] = Gender.Male, ["grandmother-of-three"] = Gender.Female,
        ["businessman"] = Gender.Male, ["businesswoman"] = Gender.Female, ["socialite"] = Gender.Unknown, ["influencer"] = Gender.Unknown,
        ["personality"] = Gender.Unknown, ["beauty"] = Gender.Female, ["hunk"] = Gender.Male, ["lad"] = Gender.Male, ["lass"] = Gender.Female,
    }.ToFrozenDictionary();

    /// <summary>Common nouns that refer back to a business named earlier ("the company said").</summary>
    public static readonly FrozenSet<string> CompanyNouns = FrozenSet.ToFrozenSet(
    [
        "company", "firm", "group", "business", "developer", "operator", "carrier", "airline", "lender", "retailer",
        "maker", "manufacturer", "insurer", "utility", "miner", "producer", "supplier", "provider", "startup", "giant",
        "conglomerate", "bank", "broadcaster", "publisher", "chain", "brand", "corporation", .. IndustryNouns,
    ]);

    /// <summary>Nouns that head a description of one person by role ("another resident", "his lawyer"), used when a
    /// name set off by commas follows the description.</summary>
    public static readonly FrozenSet<string> PersonRoleNouns = FrozenSet.ToFrozenSet(
    [
        "resident", "neighbour", "neighbor", "friend", "colleague", "witness", "voter", "relative", "aide", "adviser",
        "advisor", "teacher", "nurse", "student", "pupil", "worker", "employee", "official", "analyst", "expert",
        "economist", "researcher", "scientist", "owner", "founder", "manager", "coach", "defender", "midfielder",
        "goalkeeper", "forward", "winger", "partner", "agent", "campaigner", "activist", "protester", "protestor",
        "organiser", "organizer", "survivor", "victim", "supporter", "fan", "critic", "opponent", "rival", "member",
        "customer", "passenger", "tenant", "landlord", "shopkeeper", "trader", "farmer", "driver", "pilot", "soldier",
        "investigator", "councillor", "councilor", "lawmaker", "legislator", "historian", "academic",
        "engineer", "paramedic", "firefighter", "volunteer", "parent", "pensioner", "commuter", "patient",
        "consultant", "contractor", "journalist", "reporter", "editor", "author", "writer", "artist", "musician",
        "guest", "visitor", "attendee", "spectator", "onlooker", "bystander", "diner", "tourist", "holidaymaker",
        "shopper", "motorist", "cyclist", "pedestrian", "traveller", "traveler", "homeowner", "local", "villager",
    ]);
}
