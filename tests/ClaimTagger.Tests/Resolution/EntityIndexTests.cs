using ClaimTagger.Analysis;
using ClaimTagger.Resolution;

namespace ClaimTagger.Tests.Resolution;

public class EntityIndexTests
{
    [TestCase("The National Weather Bureau", "National Weather Bureau")]
    [TestCase("the National Education Union", "National Education Union")]
    [TestCase("the State Health Agency", "State Health Agency")]
    [TestCase("the State Lottery Commission", "State Lottery Commission")]
    [TestCase("Federal Roads Agency", "Federal Roads Agency")]
    [TestCase("Chief Executive Officer of Marden Energy", "Marden Energy")]
    public void OrganisationName_LeadingModifierBeforeOrganisationWord_KeepsTheModifier(string run, string expected)
    {
        Assert.That(EntityIndex.OrganisationName(run, false), Is.EqualTo(expected));
    }

    [TestCase("Det Insp Paul Grady of North Yorkshire Police", "North Yorkshire Police")]
    [TestCase("Dr Mei Lin of Kingsway University", "Kingsway University")]
    public void OrganisationName_PersonBeforeOf_IsLeftOut(string run, string expected)
    {
        Assert.That(EntityIndex.OrganisationName(run, false), Is.EqualTo(expected));
    }

    [TestCase("the Office of Water Regulation", "Office of Water Regulation")]
    [TestCase("Department of Energy and Climate Change", "Department of Energy and Climate Change")]
    [TestCase("Ministry of Foreign Affairs", "Ministry of Foreign Affairs")]
    public void OrganisationName_OrganisationWordInsideItsOfPhrase_KeepsTheWholeName(string run, string expected)
    {
        Assert.That(EntityIndex.OrganisationName(run, false), Is.EqualTo(expected));
    }

    [TestCase("Mr Okoro", "Daniel Okoro")]
    [TestCase("Mrs Okoro", "Grace Okoro")]
    [TestCase("Daniel", "Daniel Okoro")]
    public void PersonByWord_TwoPeopleSharingASurname_TheTitlesGenderPicksOne(string mention, string expected)
    {
        AnalyzedText text = new TextAnalyzer().Analyze("The owners, Daniel and Grace Okoro, opened the cafe in 2009.");
        EntityIndex index = EntityIndex.Build(text);
        string[] words = mention.Split(' ');
        Gender gender = words.Length > 1 ? EntityIndex.GenderOf(words[0]) : Gender.Unknown;
        Assert.That(index.PersonByWord(words[^1], text.Text.Length, gender)?.FullName, Is.EqualTo(expected));
    }

    [TestCase("Interior Minister Lotte Brink")]
    [TestCase("National Security Adviser Ravi Osei")]
    public void OrganisationName_ModifierOfAPersonsTitle_NamesNoOrganisation(string run)
    {
        Assert.That(EntityIndex.OrganisationName(run, false), Is.Null);
    }

    [TestCase("Chipmaker Arvane cut its forecast on Tuesday.", "Chipmaker Arvane", "Arvane")]
    [TestCase("Chipmaker Arvane cut its forecast on Tuesday.", "the company", "Arvane")]
    [TestCase("Carmaker Stellor Motors will close a plant.", "the carmaker", "Stellor Motors")]
    [TestCase("Retailer Brightmart reported higher sales.", "Brightmart", "Brightmart")]
    public void CanonicalOrg_BusinessNounOpeningTheSentence_StaysOutOfTheName(string sentence, string mention, string expected)
    {
        AnalyzedText text = new TextAnalyzer().Analyze(sentence);
        EntityIndex index = EntityIndex.Build(text);
        string? resolved = mention.StartsWith("the ", StringComparison.Ordinal)
            ? index.OrgByNoun(mention[4..], text.Text.Length)
            : index.CanonicalOrg(mention);
        Assert.That(resolved, Is.EqualTo(expected));
    }

    [TestCase("Bank of Carrow staff walked out.", "Bank of Carrow")]
    [TestCase("Network Vale said trains would run.", "Network Vale")]
    public void CanonicalOrg_NounThatOpensNames_StaysInTheName(string sentence, string expected)
    {
        AnalyzedText text = new TextAnalyzer().Analyze(sentence);
        EntityIndex index = EntityIndex.Build(text);
        Assert.That(index.CanonicalOrg(expected), Is.Not.EqualTo(expected.Split(' ')[^1]));
    }

    private const string Managers = "Rovers manager Gary Whitlock hit out at the referee.\n\nCity boss Andre Silva admitted his side had been lucky.\n\nThe game ended 2-1.";

    private const string Ministers = "Interior Minister Lotte Brink met Foreign Minister Ana Ruiz on Monday.\n\nThe talks lasted an hour.";

    [TestCase(Managers, "Rovers boss", "Gary Whitlock")]
    [TestCase(Managers, "City boss", "Andre Silva")]
    [TestCase(Managers, "the boss", "Andre Silva")]
    [TestCase(Ministers, "Interior Minister", "Lotte Brink")]
    [TestCase(Ministers, "Foreign Minister", "Ana Ruiz")]
    public void PersonByTitle_TitleSayingWhoseOrWhichPostItIs_PicksTheHolderItAgreesWith(string article, string title, string expected)
    {
        AnalyzedText text = new TextAnalyzer().Analyze(article);
        EntityIndex index = EntityIndex.Build(text);
        Assert.That(index.PersonByTitle(title, text.Text.Length)?.FullName, Is.EqualTo(expected));
    }

    [TestCase("Hurricane Delia hit the coast on Monday.", "Delia")]
    [TestCase("Storm Ilsa brought gusts of 100mph.", "Ilsa")]
    public void Build_NamedStorm_IsNoPerson(string sentence, string name)
    {
        AnalyzedText text = new TextAnalyzer().Analyze(sentence);
        EntityIndex index = EntityIndex.Build(text);
        Assert.That(index.PersonByWord(name, text.Text.Length, Gender.Unknown), Is.Null);
    }
}
