namespace ClaimTagger.Resolution;

/// <summary>
/// The names of countries, and of capitals that news uses for their governments ("Moscow said", "Beijing warned"): a
/// source so named is a state, never a person a later "he" or "the senator" could refer back to.
/// </summary>
/// <remarks>
/// Names that are as often a person's or a region's (Jordan, Chad, Georgia, Washington, Victoria) are left out. The set
/// is built the first time a source is resolved, not when the library loads.
/// </remarks>
internal static class CountryNames
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia", "Austria", "Azerbaijan",
        "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia",
        "Botswana", "Brazil", "Britain", "Brunei", "Bulgaria", "Burkina Faso", "Burundi", "Cambodia", "Cameroon", "Canada",
        "Chile", "China", "Colombia", "Comoros", "Congo", "Costa Rica", "Croatia", "Cuba", "Cyprus", "Czechia",
        "Czech Republic", "Denmark", "Djibouti", "Dominican Republic", "DR Congo", "Ecuador", "Egypt", "El Salvador",
        "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia",
        "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Honduras",
        "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Ivory Coast", "Jamaica",
        "Japan", "Kazakhstan", "Kenya", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia",
        "Libya", "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta",
        "Mauritania", "Mauritius", "Mexico", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique",
        "Myanmar", "Namibia", "Nepal", "Netherlands", "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Korea",
        "North Macedonia", "Norway", "Oman", "Pakistan", "Palestine", "Panama", "Papua New Guinea", "Paraguay", "Peru",
        "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Saudi Arabia", "Senegal", "Serbia",
        "Seychelles", "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Somalia", "South Africa", "South Korea",
        "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan",
        "Tanzania", "Thailand", "Togo", "Tunisia", "Turkey", "Türkiye", "Turkmenistan", "Uganda", "Ukraine",
        "United Arab Emirates", "United Kingdom", "United States", "Uruguay", "Uzbekistan", "Venezuela", "Vietnam", "Yemen",
        "Zambia", "Zimbabwe",

        // capitals that stand for their governments
        "Moscow", "Beijing", "Kyiv", "Kiev", "Tehran", "Pyongyang", "Seoul", "Tokyo", "Ankara", "Damascus", "Baghdad",
        "Riyadh", "Cairo", "Islamabad", "New Delhi", "Kabul", "Minsk", "Tbilisi", "Yerevan", "Baku", "Caracas", "Havana",
        "Brasilia", "Canberra", "Ottawa", "Berlin", "Paris", "Rome", "Madrid", "Warsaw", "Budapest", "Brussels", "Taipei",
        "Manila", "Jakarta", "Hanoi", "Bangkok", "Nairobi", "Addis Ababa", "Pretoria", "Abuja", "Doha", "Abu Dhabi",
    };

    /// <summary>Returns whether <paramref name="name"/> names a country or a capital standing for its government.</summary>
    /// <param name="name">A mention's words, without a leading "the" ("Netherlands", "United States").</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public static bool Contains(string name) => Names.Contains(name);
}
