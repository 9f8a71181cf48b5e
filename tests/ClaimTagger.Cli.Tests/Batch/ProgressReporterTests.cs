using ClaimTagger.Cli.Batch;

namespace ClaimTagger.Cli.Tests.Batch;

public class ProgressReporterTests
{
    [Test]
    public void Format_KnownTotals_ShowsBarCountsRateAndTimeLeft()
    {
        var status = new StatusLineWriter(new StringWriter());
        TimeSpan now = TimeSpan.Zero;
        var progress = new ProgressReporter(status, new InputTotals(4 * 1024 * 1024, 8), () => now);
        now = TimeSpan.FromSeconds(2);
        progress.Advance(1024 * 1024);
        progress.Advance(1024 * 1024);

        string line = progress.Format(TimeSpan.FromSeconds(2));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(line, Does.StartWith("[##########..........]  50%"));
            Assert.That(line, Does.Contain("2/8 docs"));
            Assert.That(line, Does.Contain("2.0/4.0 MB"));
            Assert.That(line, Does.Contain("1.0 MB/s"));
            Assert.That(line, Does.EndWith("0:02 left"));
        }
    }

    [Test]
    public void Format_UnknownTotals_ShowsCountsAndElapsedWithoutBar()
    {
        var progress = new ProgressReporter(new StatusLineWriter(new StringWriter()), totals: null, () => TimeSpan.Zero);
        progress.Advance(512 * 1024);

        string line = progress.Format(TimeSpan.FromSeconds(65));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(line, Does.Not.Contain("["));
            Assert.That(line, Does.StartWith("1 docs  0.5 MB"));
            Assert.That(line, Does.Not.Contain("left"));
            Assert.That(line, Does.EndWith("1:05"));
        }
    }

    [Test]
    public void Advance_WithinInterval_DrawsOnce()
    {
        var output = new StringWriter();
        var progress = new ProgressReporter(new StatusLineWriter(output), totals: null, () => TimeSpan.FromSeconds(1));

        progress.Advance(10);
        progress.Advance(10);
        progress.Advance(10);

        Assert.That(output.ToString().Split('\r', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1));
    }
}
