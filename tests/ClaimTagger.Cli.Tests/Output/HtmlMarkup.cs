using System.Net;
using System.Text.RegularExpressions;

namespace ClaimTagger.Cli.Tests.Output;

/// <summary>Small structural checks on the report's HTML, without an HTML parser: element nesting, marks, text.</summary>
internal static partial class HtmlMarkup
{
    /// <summary>Returns the elements that fail to nest (an end tag that does not close the innermost open element), or none.</summary>
    public static List<string> NestingErrors(string html)
    {
        var errors = new List<string>();
        var open = new Stack<string>();
        foreach (Match match in ElementTag().Matches(Body(html)))
        {
            string name = match.Groups["name"].Value.ToLowerInvariant();
            if (match.Groups["close"].Success)
            {
                if (open.Count == 0 || open.Peek() != name)
                {
                    errors.Add($"</{name}> at {match.Index} closes {(open.Count == 0 ? "nothing" : "<" + open.Peek() + ">")}");
                }
                else
                {
                    open.Pop();
                }
            }
            else
            {
                open.Push(name);
            }
        }

        errors.AddRange(open.Select(name => $"<{name}> never closed"));
        return errors;
    }

    /// <summary>Returns each <c>&lt;mark&gt;</c> start tag's attributes, decoded, in document order.</summary>
    public static List<Dictionary<string, string>> Marks(string html)
        => [.. MarkTag().Matches(html).Select(m => Attributes(m.Groups["attributes"].Value))];

    /// <summary>Returns the decoded text of the first element with <paramref name="cssClass"/> (tags stripped).</summary>
    public static string TextOf(string html, string element, string cssClass)
    {
        Match start = new Regex($"<{element} class=\"{cssClass}\"[^>]*>").Match(html);
        int end = html.IndexOf($"</{element}>", start.Index, StringComparison.Ordinal);
        return WebUtility.HtmlDecode(AnyTag().Replace(html[(start.Index + start.Length)..end], string.Empty));
    }

    /// <summary>Returns the decoded text of every paragraph and heading in the article text, tags stripped.</summary>
    public static List<string> Paragraphs(string html)
        => [.. Block().Matches(html).Select(m => WebUtility.HtmlDecode(AnyTag().Replace(m.Groups["inner"].Value, string.Empty)))];

    private static Dictionary<string, string> Attributes(string text)
        => Attribute().Matches(text).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value), StringComparer.Ordinal);

    /// <summary>The part of the page between body start and the first script (the report's own markup).</summary>
    private static string Body(string html)
    {
        int start = html.IndexOf("<body>", StringComparison.Ordinal) + "<body>".Length;
        int end = html.IndexOf("<script>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    [GeneratedRegex("<(?<close>/)?(?<name>mark|p|h[1-6]|details|summary|article|div|aside|section|header|nav|table|tr|td|th|ul|ol|li|label|fieldset|main|span|button|em|footer)\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ElementTag();

    [GeneratedRegex("<mark (?<attributes>[^>]*)>")]
    private static partial Regex MarkTag();

    [GeneratedRegex("(?<name>[a-z-]+)=\"(?<value>[^\"]*)\"")]
    private static partial Regex Attribute();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex AnyTag();

    [GeneratedRegex("<(?<name>p|h3) data-section=\"[a-z]+\"[^>]*>(?<inner>.*?)</\\k<name>>|<(?<name>p|h3) class=\"[^\"]*\" data-section=\"[a-z]+\"[^>]*>(?<inner>.*?)</\\k<name>>", RegexOptions.Singleline)]
    private static partial Regex Block();
}
