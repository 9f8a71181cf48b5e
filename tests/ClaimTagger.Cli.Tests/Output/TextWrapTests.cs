using ClaimTagger.Cli.Output;

namespace ClaimTagger.Cli.Tests.Output;

public class TextWrapTests
{
    [Test]
    public void Wrap_LongLine_BreaksAtSpacesWithHangingIndent()
    {
        const string Line = "   1  body        one two three four five six seven eight nine ten";

        string wrapped = TextWrap.Wrap(Line, 30, 18);

        string[] rows = wrapped.Split('\n');
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows, Has.All.Length.LessThanOrEqualTo(30));
            Assert.That(rows.Skip(1), Has.All.StartWith(new string(' ', 18)));
            Assert.That(wrapped.Replace("\n" + new string(' ', 18), " ", StringComparison.Ordinal), Is.EqualTo(Line), "only spaces become breaks");
        }
    }

    [Test]
    public void Wrap_AnsiEscapes_DoNotCountAsColumns()
    {
        const string line = "\u001b[36mabcd\u001b[0m efgh \u001b[35mijkl\u001b[0m";

        string wrapped = TextWrap.Wrap(line, 14, 2);

        Assert.That(wrapped, Is.EqualTo(line), "14 visible columns fit");
    }

    [Test]
    public void Wrap_NoWidth_LeavesLineAlone()
    {
        string line = new string('x', 500) + " y";

        Assert.That(TextWrap.Wrap(line, 0, 4), Is.SameAs(line));
    }
}
