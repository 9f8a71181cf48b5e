using ClaimTagger.Resolution;

namespace ClaimTagger.Tests.Resolution;

public class SpeechScopeTests
{
    private static Tag Make(string label, string? kind, string text, string span, Dictionary<string, RoleSpan>? roles = null)
    {
        int at = text.IndexOf(span, StringComparison.Ordinal);
        return new Tag(new Label(label), "test.rule", kind, at, at + span.Length, span, [0], 1.0, roles ?? []);
    }

    private static Dictionary<string, RoleSpan> Content(string text, string content)
    {
        int at = text.IndexOf(content, StringComparison.Ordinal);
        return new Dictionary<string, RoleSpan> { ["content"] = new RoleSpan(at, at + content.Length, content) };
    }

    [Test]
    public void Filter_FramingInsideQuotationWords_IsDropped()
    {
        const string text = "“They slammed the door on us,” she said, and the union slammed the plan.";
        var tags = new List<Tag>
        {
            Make("DirectQuote", null, text, "“They slammed the door on us,” she said", Content(text, "They slammed the door on us,")),
            Make("ReporterFraming", "loaded-verb", text, "slammed"),
            Make("ReporterFraming", "loaded-verb", text, "slammed the plan"),
        };

        List<Tag> kept = SpeechScope.Filter(text, tags);

        Assert.That(kept.Select(t => t.Text), Is.EqualTo(new[] { "“They slammed the door on us,” she said", "slammed the plan" }));
    }

    [Test]
    public void Filter_QuotedFragmentInsideClaim_IsPartialQuoteNotScareQuote()
    {
        const string text = "He called the hike ‘a tax on the poor’ and the so-called ‘reform’ a fraud.";
        var tags = new List<Tag>
        {
            Make("Claim", null, text, text[..^1], Content(text, "the hike ‘a tax on the poor’ and the so-called ‘reform’ a fraud")),
            Make("ReporterFraming", "scare-quote", text, "‘a tax on the poor’"),
            Make("ReporterFraming", "scare-quote", text, "‘reform’"),
            Make("ReporterFraming", "loaded-label", text, "so-called"),
        };

        List<Tag> kept = SpeechScope.Filter(text, tags);

        Assert.That(kept.Where(t => t.Label == Label.ReporterFraming).Select(t => t.Text), Is.EqualTo(new[] { "‘reform’", "so-called" }));
    }
}
