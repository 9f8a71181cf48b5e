using System.Collections.Frozen;

namespace ClaimTagger.Resolution;

/// <summary>
/// Common given names, from many languages, that are used overwhelmingly for one gender; a person's first name
/// tells a pronoun whom it can stand for ("Alan Ford … she said" is not Ford). Names used for both are left out.
/// </summary>
internal static class FirstNames
{
    private static readonly FrozenSet<string> Male = FrozenSet.ToFrozenSet(
    [
        // English and Celtic
        "aaron", "adam", "adrian", "aidan", "alan", "albert", "alexander", "alfie", "alfred", "alistair", "andrew", "angus", "anthony",
        "arthur", "barry", "ben", "benjamin", "bernard", "bill", "billy", "bob", "brandon", "brendan", "brett", "brian", "bruce", "bryan",
        "callum", "calvin", "carl", "charles", "christopher", "clive", "colin", "connor", "craig", "curtis", "dale",
        "damian", "damien", "dan", "daniel", "darren", "darnell", "dave", "david", "dean", "declan", "dennis", "derek", "dominic", "donald",
        "douglas", "duncan", "dylan", "eddie", "edward", "eric", "ethan", "eugene", "frank", "fraser", "gareth", "gary", "gavin",
        "geoffrey", "george", "gerald", "gordon", "graham", "grant", "greg", "gregory", "harry", "harvey", "henry", "howard", "hugh",
        "iain", "ian", "isaac", "jack", "jacob", "jake", "james", "jason", "jeff", "jeffrey", "jeremy", "jim", "jimmy", "joe",
        "john", "jonathan", "joseph", "josh", "joshua", "keith", "kenneth", "kevin", "kieran", "kyle", "lawrence", "leo",
        "leon", "liam", "luke", "malcolm", "mark", "martin", "matthew", "michael", "mike", "nathan", "neil", "nicholas", "nick", "nigel",
        "noah", "oliver", "oscar", "owen", "patrick", "paul", "peter", "philip", "phillip", "ralph", "raymond", "reece", "richard", "rick",
        "robert", "rob", "roger", "ronald", "ross", "roy", "russell", "ryan", "samuel", "scott", "sean", "seamus", "simon",
        "stephen", "steve", "steven", "stuart", "terry", "theo", "thomas", "tim", "timothy", "toby", "tom", "tony", "trevor", "tyler",
        "tyrone", "victor", "vincent", "walter", "wayne", "william", "wendell", "roy", "kurt", "travis", "troy", "wade", "marcus",
        // Romance, German, Dutch, Nordic
        "alejandro", "andres", "andrés", "antonio", "carlos", "diego", "eduardo", "enrique", "fernando", "francisco", "javier", "jorge",
        "jose", "josé", "juan", "luis", "manuel", "miguel", "pablo", "pedro", "rafael", "ramon", "ricardo", "roberto", "santiago",
        "sergio", "tomas", "tomás", "joao", "joão", "paulo", "marco", "matteo", "giovanni", "giuseppe", "luca", "lorenzo", "alessandro",
        "francesco", "stefano", "pierre", "jacques", "louis", "michel", "philippe", "francois", "françois", "olivier", "nicolas",
        "hans", "jürgen", "jurgen", "klaus", "stefan", "wolfgang", "dieter", "matthias", "lukas", "pieter", "ruud", "henk",
        "joost", "lars", "anders", "erik", "henrik", "johan", "magnus", "nils", "olaf", "sven", "bjorn", "björn", "mikael", "jonas",
        "arturo", "alberto", "alfonso", "alvaro", "álvaro", "armando", "cesar", "césar", "emilio", "ernesto", "esteban",
        "felipe", "gonzalo", "guillermo", "gustavo", "hector", "héctor", "ignacio", "jaime", "joaquin", "joaquín", "julio",
        "leonardo", "marcos", "mario", "mateo", "óscar", "raul", "raúl", "rodrigo", "ruben", "rubén", "salvador", "víctor",
        "vicente", "fabio", "massimo", "paolo", "sandro", "vittorio",
        // Slavic, Greek, Turkish, Arabic, Persian, South Asian
        "aleksandr", "alexei", "andrei", "boris", "dmitri", "dmitry", "igor", "ivan", "mikhail", "nikolai", "oleg", "pavel", "sergei",
        "sergey", "vladimir", "viktor", "yuri", "piotr", "tomasz", "marek", "petr", "ivo", "olek", "lev", "dimitris", "nikos", "georgios", "yiannis",
        "mehmet", "mustafa", "ahmet", "emre", "ahmed", "ali", "hassan", "hussein", "ibrahim", "khalid", "mahmoud", "mohammed",
        "mohammad", "muhammad", "naveed", "omar", "yusuf", "youssef", "karim", "farouk", "tariq", "reza", "hamid", "abdou", "amir", "idris",
        "rajesh", "rahul", "arjun", "vikram", "sanjay", "amit", "ravi", "suresh", "anil", "sunil", "imran", "nikhil", "rohan",
        // African
        "kwame", "kofi", "kojo", "yaw", "kwesi", "oluwaseun", "olumide", "chinedu", "emeka", "obinna", "tunde", "segun", "babatunde",
        "darnell", "jomo", "kamau", "otieno", "thabo", "sipho", "themba", "mandla", "jabulani",
        // East Asian
        "hiroshi", "takeshi", "kenji", "haruto", 
    ]);

    private static readonly FrozenSet<string> Female = FrozenSet.ToFrozenSet(
    [
        // English and Celtic
        "abigail", "alice", "alison", "amanda", "amber", "amy", "angela", "ann", "anna", "anne", "barbara", "beatrice",
        "becky", "bethany", "brenda", "bridget", "brooke", "carol", "caroline", "catherine", "charlotte", "chloe", "christine", "claire",
        "clare", "danielle", "deborah", "debbie", "diana", "diane", "denise", "donna", "sue", "tracey", "theresa", "vanessa",
        "jacqueline", "jill", "gillian", "gail", "anita", "margrethe", "dorothy", "eileen", "eleanor", "elizabeth", "ellen", "ellie",
        "emily", "emma", "evelyn", "fiona", "frances", "gemma", "georgia", "grace", "hannah", "harriet", "hayley", "heather", "helen",
        "holly", "isabel", "isabella", "jade", "jane", "janet", "jennifer", "jenny", "jessica", "joan", "joanne", "josephine", "joyce",
        "judith", "julia", "julie", "karen", "kate", "katherine", "kathleen", "katie", "kelly", "kirsty", "laura", "lauren",
        "leah", "linda", "lisa", "lorraine", "louise", "lucy", "lydia", "lynn", "margaret", "maria", "marie", "mary", "megan", "melanie",
        "melissa", "michelle", "molly", "nancy", "natalie", "olivia", "pamela", "patricia", "paula", "pauline", "rachel",
        "rebecca", "rose", "ruth", "sally", "samantha", "sandra", "sarah", "sharon", "shirley", "sophie", "stephanie", "susan", "tanya",
        "teresa", "tracy", "valerie", "victoria", "wendy", "yvonne", "zoe", "keisha", "tamika", "dolores", "darla", "jolene",
        "morwenna", "siobhan", "niamh", "aoife", "ciara", "sinead", "megan", "carys", "bethan",
        // Romance, German, Dutch, Nordic
        "alejandra", "ana", "beatriz", "carmen", "cristina", "elena", "isabel", "lucía", "lucia", "luisa", "marta", "mercedes", "paloma",
        "pilar", "rosa", "sofía", "sofia", "ines", "inês", "francesca", "giulia", "chiara", "valentina", "alessandra", "camille",
        "chantal", "claudine", "élodie", "elodie", "isabelle", "juliette", "marion", "nathalie", "sylvie", "véronique", "anke", "birgit",
        "greta", "heike", "ingrid", "katrin", "petra", "sabine", "ursula", "annika", "astrid", "freya", "ingeborg", "karin", "lena",
        "linnea", "sigrid", "solveig", "anniken", "marisol", "delia", "lucía", "irina",
        "adriana", "alicia", "camila", "carla", "carolina", "catalina", "clara", "daniela", "elisa", "eva", "gabriela",
        "gloria", "graciela", "jimena", "josefina", "lorena", "lourdes", "manuela", "margarita", "maría", "mariana", "marina",
        "monica", "mónica", "raquel", "rocio", "rocío", "silvia", "susana", "valeria", "veronica", "verónica", "ximena",
        "yolanda", "federica", "giovanna", "silvana", "simona", "martina",
        // Slavic, Greek, Turkish, Arabic, Persian, South Asian
        "anastasia", "ekaterina", "natalia", "natasha", "olga", "svetlana", "tatiana", "yelena", "ludmila", "lyudmila", "agnieszka",
        "katarzyna", "magdalena", "mirela", "milena", "anja", "eleni", "maria", "ayşe", "ayse", "elif", "selin", "zeynep", "fatima",
        "aisha", "amina", "leila", "layla", "mariam", "maryam", "nadia", "noor", "rania", "samira", "yasmin", "zainab", "farida",
        "shirin", "parisa", "priya", "priyanka", "anjali", "deepa", "kavita", "lakshmi", "meera", "neha", "pooja", "sunita", "halima",
        // African
        "ngozi", "chiamaka", "adaeze", "nkechi", "ifeoma", "amaka", "folake", "funmilayo", "yetunde", "abena", "akosua", "ama", "efua",
        "esi", "thandiwe", "nomvula", "zanele", "wanjiru", "achieng", "beatrice", "grace",
        // East Asian
        "sakura", "mei", "xiu", "hana",
    ]);

    /// <summary>Returns the gender a given name suggests.</summary>
    /// <param name="name">A given name, any case.</param>
    /// <returns>The gender, or <see cref="Gender.Unknown"/> for a name used for both or not listed.</returns>
    public static Gender GenderOf(string name)
    {
        string lower = name.ToLowerInvariant();
        bool male = Male.Contains(lower), female = Female.Contains(lower);
        return male == female ? Gender.Unknown : male ? Gender.Male : Gender.Female;
    }
}
