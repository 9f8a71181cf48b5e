using System.Text;

namespace ClaimTagger.Tests.DefaultRules;

/// <summary>Renders tags as the stable one-line form the spec files use.</summary>
/// <remarks>
/// <c>Label[/kind] | tag text | source=mention =&gt; resolved | cue=… | content=…</c>; source, cue and content appear
/// only on DirectQuote and Claim (content only on Claim, where its bounds are a choice), an unresolved source shows
/// <c>=&gt; -</c>, and line breaks inside a span become spaces.
/// </remarks>
internal static class SpecLines
{
    public static List<string> Of(TaggedArticle article)
    {
        var lines = new List<string>();
        foreach (Tag tag in article.Tags)
        {
            var line = new StringBuilder(tag.Label.Name);
            if (tag.Kind is not null)
            {
                line.Append('/').Append(tag.Kind);
            }

            line.Append(" | ").Append(Flat(tag.Text));
            if (tag.Label == Label.DirectQuote || tag.Label == Label.Claim)
            {
                if (tag.Role("source") is { } source)
                {
                    line.Append(" | source=").Append(Flat(source.Text)).Append(" => ").Append(source.Resolved ?? "-");
                }

                if (tag.Role("cue") is { } cue)
                {
                    line.Append(" | cue=").Append(Flat(cue.Text));
                }

                if (tag.Label == Label.Claim && tag.Role("content") is { } content)
                {
                    line.Append(" | content=").Append(Flat(content.Text));
                }
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    public static List<string> Read(string path) =>
        File.ReadAllLines(path).Select(l => l.TrimEnd()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

    private static string Flat(string text) => string.Join(' ', text.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()));
}
