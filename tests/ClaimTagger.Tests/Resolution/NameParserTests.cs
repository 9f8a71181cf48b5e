using ClaimTagger.Resolution;
using ClaimTagger.Text;

namespace ClaimTagger.Tests.Resolution;

public class NameParserTests
{
    [TestCase("Spanish Foreign Minister Ana Ruiz", "Spanish Foreign Minister", "Ana Ruiz")]
    [TestCase("Ana Ruiz", null, "Ana Ruiz")]
    [TestCase("Ruiz", null, "Ruiz")]
    [TestCase("Mr Mensah", "Mr", "Mensah")]
    [TestCase("Mother-of-three Kirsty Wade", "Mother-of-three", "Kirsty Wade")]
    [TestCase("Mr. Mensah", "Mr.", "Mensah")]
    [TestCase("Dr. J. R. Amadi", "Dr.", "J. R. Amadi")]
    [TestCase("dock workers’ union leader Jane Okafor", "dock workers’ union leader", "Jane Okafor")]
    [TestCase("Port authority spokesman Daniel Mensah", "Port authority spokesman", "Daniel Mensah")]
    [TestCase("Brazilian FM Luiz Carvalho", "Brazilian FM", "Luiz Carvalho")]
    [TestCase("Interior Minister Holt", "Interior Minister", "Holt")]
    [TestCase("Ursula von der Berg", null, "Ursula von der Berg")]
    [TestCase("Okafor’s", null, "Okafor")]
    [TestCase("the mayor", "the mayor", null)]
    [TestCase("officials", "officials", null)]
    [TestCase("Simon Hale KC", null, "Simon Hale")]
    [TestCase("Minister of Construction Farouk Aziz", "Minister of Construction", "Farouk Aziz")]
    [TestCase("Pensioner Halima Yusuf", "Pensioner", "Halima Yusuf")]
    [TestCase("Councillors Nia Brook", "Councillors", "Nia Brook")]
    [TestCase("Howard Deans", null, "Howard Deans")]
    [TestCase("Dean Marlow", null, "Dean Marlow")]
    [TestCase("Law school dean Marlow", "Law school dean", "Marlow")]
    public void Parse_Mention_SplitsTitleAndName(string mention, string? title, string? name)
    {
        string text = "  " + mention + " said.";
        PersonName parsed = NameParser.Parse(text, new TextSpan(2, 2 + mention.Length));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(parsed.Title, Is.EqualTo(title));
            Assert.That(parsed.Name, Is.EqualTo(name));
            Assert.That(parsed.Mention, Is.EqualTo(mention));
        }

        if (name is not null)
        {
            Assert.That(parsed.NameSpan.Slice(text), Does.StartWith(name));
        }
    }

    [TestCase("Okafor", true)]
    [TestCase("J.", true)]
    [TestCase("Minister", false)]
    [TestCase("However", false)]
    [TestCase("ministry", false)]
    [TestCase("Council", false)]
    public void IsNameWord_Word_TellsNamesFromOtherWords(string word, bool expected)
    {
        Assert.That(NameParser.IsNameWord(word), Is.EqualTo(expected));
    }

    [TestCase("Lockkeeper Ingrid Solheim said the lockkeeper’s cottage was flooded.", "Lockkeeper", "Ingrid Solheim")]
    [TestCase("Lockkeeper Ingrid Solheim said the cottage was flooded.", null, "Lockkeeper Ingrid Solheim")]
    [TestCase("Save Marsh Meadows said that save and meadows were its words.", null, "Save Marsh Meadows")]
    public void Parse_FirstWordWrittenInLowerCaseElsewhere_IsATitle(string text, string? title, string name)
    {
        int end = text.IndexOf(" said", StringComparison.Ordinal);
        PersonName parsed = NameParser.Parse(text, new TextSpan(0, end));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(parsed.Title, Is.EqualTo(title));
            Assert.That(parsed.Name, Is.EqualTo(name));
        }
    }
}
