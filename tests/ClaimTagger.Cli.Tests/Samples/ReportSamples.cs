using ClaimTagger.Sections;

namespace ClaimTagger.Cli.Tests.Samples;

/// <summary>Invented articles with hand-placed tags, for the table, the HTML report and the summary.</summary>
internal static class ReportSamples
{
    /// <summary>
    /// A port strike story with every built-in label, nested and overlapping tags, a quote over two sentences,
    /// resolved pronouns and surnames, and every section kind.
    /// </summary>
    public static TaggedArticle Harbour() => new ArticleBuilder()
        .Paragraph(SectionKind.Boilerplate, "Home | News | Business | Sport")
        .Paragraph(SectionKind.Headline, "Harbour workers walk out over pay – union leader Maria Santos")
        .Paragraph(SectionKind.Dateline, "14 Mar, 2026 09:40")
        .Paragraph(SectionKind.Caption, "Dock cranes stand idle at the Eastport terminal on Friday. © Coastal Photo Agency")
        .Paragraph(SectionKind.Byline, "By Lena Fischer")
        .Paragraph(SectionKind.Body, "Union leader Maria Santos has slammed the port authority's latest offer as \"an insult to every crane driver\".")
        .Paragraph(
            SectionKind.Body,
            "Santos said that the strike would continue until the authority returned to talks.",
            "\"We are not asking for the moon,\" she told reporters outside the gates.",
            "\"We are asking for what was promised.\"")
        .Paragraph(SectionKind.Body, "The port authority reportedly plans to hire temporary crews, a move the union described as ‘provocation’.")
        .Paragraph(
            SectionKind.Body,
            "Chief executive Owen Marsh insisted that the offer was fair and final.",
            "\"Our door remains open,\" Marsh said.")
        .Paragraph(SectionKind.Boilerplate, "Share this story: Facebook Twitter Email")
        .Tag(Label.Claim, "claim.headline-dash", "Harbour workers walk out over pay – union leader Maria Santos", 0.8,
            roles: [("content", "Harbour workers walk out over pay", null), ("cue", "–", null), ("source", "union leader Maria Santos", "Maria Santos")])
        .Tag(Label.Claim, "claim.verb-as", "Union leader Maria Santos has slammed the port authority's latest offer as \"an insult to every crane driver\"", 0.85,
            roles: [("source", "Union leader Maria Santos", "Maria Santos"), ("cue", "slammed", null), ("content", "the port authority's latest offer as \"an insult to every crane driver\"", null)])
        .Tag(Label.ReporterFraming, "framing.loaded-verb", "slammed", 0.7, kind: "loaded-verb", roles: [("cue", "slammed", null)])
        .Tag(Label.Claim, "claim.said-that", "Santos said that the strike would continue until the authority returned to talks", 0.9,
            roles: [("source", "Santos", "Maria Santos"), ("cue", "said", null), ("content", "the strike would continue until the authority returned to talks", null)])
        .Tag(Label.DirectQuote, "quote.trailing-source", "\"We are not asking for the moon,\" she told reporters outside the gates. \"We are asking for what was promised.\"", 0.95,
            roles: [("content", "We are not asking for the moon,\" she told reporters outside the gates. \"We are asking for what was promised.", null), ("source", "she", "Maria Santos"), ("cue", "told reporters", null)])
        .Tag(Label.Attribution, "attribution.hedge", "reportedly", 0.75, kind: "hedge", roles: [("cue", "reportedly", null)])
        .Tag(Label.Claim, "claim.described-as", "the union described as ‘provocation’", 0.7,
            roles: [("source", "the union", null), ("cue", "described as", null), ("content", "‘provocation’", null)])
        .Tag(Label.ReporterFraming, "framing.scare-quote", "‘provocation’", 0.6, kind: "scare-quote", roles: [("cue", "‘provocation’", null)])
        .Tag(Label.Claim, "claim.said-that", "Chief executive Owen Marsh insisted that the offer was fair and final", 0.9,
            roles: [("source", "Chief executive Owen Marsh", "Owen Marsh"), ("cue", "insisted", null), ("content", "the offer was fair and final", null)])
        .Tag(Label.ReporterFraming, "framing.loaded-verb", "insisted", 0.7, kind: "loaded-verb", roles: [("cue", "insisted", null)])
        .Tag(Label.DirectQuote, "quote.trailing-source", "\"Our door remains open,\" Marsh said", 0.95,
            roles: [("content", "Our door remains open,", null), ("source", "Marsh", "Owen Marsh"), ("cue", "said", null)])
        .Build();

    /// <summary>An article whose text is an attack on an HTML report: markup, script, attribute breakers, entities.</summary>
    public static TaggedArticle Hostile() => new ArticleBuilder()
        .Paragraph(SectionKind.Headline, "<script>alert('headline')</script> & friends")
        .Paragraph(
            SectionKind.Body,
            "\"<img src=x onerror=alert(1)>\" said \"Eve\" <b>Mallory</b>.",
            "A &amp; B reportedly wrote </p></article><script>document.title='pwned'</script>.")
        .Tag(Label.DirectQuote, "quote.<b>rule</b>\"'", "\"<img src=x onerror=alert(1)>\" said \"Eve\" <b>Mallory</b>", 0.9,
            roles: [("source", "\"Eve\" <b>Mallory</b>", "Eve \"<script>\" Mallory"), ("cue", "said", null), ("content", "<img src=x onerror=alert(1)>", null)])
        .Tag(Label.Attribution, "attribution.hedge", "reportedly", 0.5, kind: "\"><script>alert(2)</script>", roles: [("cue", "reportedly", null)])
        .Tag(new Label("Custom<Label>"), "custom.rule", "</p></article><script>document.title='pwned'</script>", 0.4)
        .Build();
}
