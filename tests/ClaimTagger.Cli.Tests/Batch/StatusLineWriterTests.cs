using ClaimTagger.Cli.Batch;

namespace ClaimTagger.Cli.Tests.Batch;

public class StatusLineWriterTests
{
    [Test]
    public void WriteLine_WhileStatusShown_ErasesItWritesMessageAndRedrawsIt()
    {
        var inner = new StringWriter();
        var writer = new StatusLineWriter(inner);
        writer.SetStatus("3 docs");

        writer.WriteLine("a.txt: error: cannot read the file");

        Assert.That(inner.ToString(), Is.EqualTo("\r\u001b[K3 docs\r\u001b[Ka.txt: error: cannot read the file\n3 docs"));
    }

    [Test]
    public void SetStatus_InMiddleOfMessageLine_WaitsForTheLineToEnd()
    {
        var inner = new StringWriter();
        var writer = new StatusLineWriter(inner);

        writer.Write("partial ");
        writer.SetStatus("1 docs");
        writer.Write("message\n");

        Assert.That(inner.ToString(), Is.EqualTo("partial message\n1 docs"));
    }

    [Test]
    public void KeepStatus_EndsTheStatusLine()
    {
        var inner = new StringWriter();
        var writer = new StatusLineWriter(inner);
        writer.SetStatus("done");

        writer.KeepStatus();
        writer.WriteLine("after");

        Assert.That(inner.ToString(), Is.EqualTo("\r\u001b[Kdone\nafter\n"));
    }
}
