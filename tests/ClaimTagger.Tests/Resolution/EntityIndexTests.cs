using ClaimTagger.Resolution;

namespace ClaimTagger.Tests.Resolution;

public class EntityIndexTests
{
    [TestCase("The National Weather Bureau", "National Weather Bureau")]
    [TestCase("the State Lottery Commission", "State Lottery Commission")]
    [TestCase("Federal Roads Agency", "Federal Roads Agency")]
    [TestCase("Chief Executive Officer of Marden Energy", "Marden Energy")]
    public void OrganisationName_LeadingModifierBeforeOrganisationWord_KeepsTheModifier(string run, string expected)
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

    [TestCase("Interior Minister Lotte Brink")]
    [TestCase("National Security Adviser Ravi Osei")]
    public void OrganisationName_ModifierOfAPersonsTitle_NamesNoOrganisation(string run)
    {
        Assert.That(EntityIndex.OrganisationName(run, false), Is.Null);
    }
}
