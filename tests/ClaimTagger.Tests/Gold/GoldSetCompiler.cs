using System.Globalization;
using System.Text;
using ClaimTagger.Evaluation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ClaimTagger.Tests.Gold;

/// <summary>
/// Turns the readable gold-set sources (<c>articles/NN-slug.txt</c> + <c>articles/NN-slug.ann.yaml</c>) into
/// <see cref="GoldDocument"/>s with UTF-16 offsets. The format is described in docs/gold-set.md.
/// </summary>
internal static class GoldSetCompiler
{
    public const string ArticleExtension = ".txt";
    public const string AnnotationExtension = ".ann.yaml";

    private static readonly string[] KnownLabels = ["DirectQuote", "Claim", "Attribution", "ReporterFraming"];

    private static readonly string[] FramingKinds = ["loaded-verb", "loaded-label", "scare-quote", "emphasis", "intensifier", "loaded-idiom"];

    private static readonly string[] AttributionKinds = ["unnamed-source"];

    private static readonly string[] Pronouns = ["he", "she", "they", "we", "i", "it", "him", "her", "them", "us", "you"];

    private static readonly string[] TagKeys = ["occurrence", "after", "source", "cue", "content", "target", "note"];

    private static readonly string[] RoleKeys = ["text", "from", "to", "occurrence", "resolved"];

    /// <summary>Gets the styles an article may declare.</summary>
    public static readonly string[] Styles =
    [
        "wire", "uk-broadsheet", "us-newspaper", "tabloid", "partisan", "state-media", "press-release", "interview",
        "live-blog", "sports", "court", "business", "science", "editorial",
    ];

    /// <summary>Returns the split of an article from its number: every fourth article (04, 08, …) is held out.</summary>
    public static string SplitOf(string id)
    {
        int dash = id.IndexOf('-', StringComparison.Ordinal);
        string digits = dash < 0 ? id : id[..dash];
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int number))
        {
            throw new InvalidDataException($"article id '{id}' does not start with its number (NN-slug)");
        }

        return number % 4 == 0 ? GoldSetSplits.Test : GoldSetSplits.Dev;
    }

    /// <summary>Compiles every article of a folder, in file-name order. Throws with every error at once.</summary>
    public static IReadOnlyList<GoldDocument> CompileFolder(string folder)
    {
        var errors = new List<string>();
        var documents = new List<GoldDocument>();
        string[] articles = Directory.GetFiles(folder, "*" + ArticleExtension);
        Array.Sort(articles, StringComparer.Ordinal);
        foreach (string article in articles)
        {
            string id = Path.GetFileNameWithoutExtension(article);
            string annotation = Path.Combine(folder, id + AnnotationExtension);
            if (!File.Exists(annotation))
            {
                errors.Add($"{article}: no {AnnotationExtension} beside it");
                continue;
            }

            GoldDocument? document = Compile(id, File.ReadAllText(article), File.ReadAllText(annotation), annotation, errors);
            if (document is not null)
            {
                documents.Add(document);
            }
        }

        foreach (string annotation in Directory.GetFiles(folder, "*" + AnnotationExtension))
        {
            string stem = Path.GetFileName(annotation)[..^AnnotationExtension.Length];
            if (!File.Exists(Path.Combine(folder, stem + ArticleExtension)))
            {
                errors.Add($"{annotation}: no {ArticleExtension} beside it");
            }
        }

        if (errors.Count > 0)
        {
            throw new InvalidDataException("The gold set has errors:\n" + string.Join('\n', errors));
        }

        return documents;
    }

    /// <summary>Compiles one article. Errors are appended to <paramref name="errors"/> as <c>file(line,col): message</c>.</summary>
    public static GoldDocument? Compile(string id, string text, string yaml, string sourceName, List<string> errors)
    {
        int errorCount = errors.Count;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            errors.Add($"{sourceName}({ex.Start.Line},{ex.Start.Column}): {ex.Message}");
            return null;
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add($"{sourceName}(1,1): expected one mapping with style, names and tags");
            return null;
        }

        var context = new Context(sourceName, text, errors);
        string style = context.RequiredScalar(root, "style") ?? string.Empty;
        if (style.Length > 0 && Array.IndexOf(Styles, style) < 0)
        {
            context.Error(root, $"unknown style '{style}'; expected one of {string.Join(", ", Styles)}");
        }

        var names = new List<string>();
        foreach (KeyValuePair<YamlNode, YamlNode> entry in root.Children)
        {
            string key = ((YamlScalarNode)entry.Key).Value ?? string.Empty;
            if (key is not ("style" or "names" or "tags" or "note"))
            {
                context.Error(entry.Key, $"unknown key '{key}'; expected style, names, tags or note");
            }
        }

        if (root.Children.TryGetValue(new YamlScalarNode("names"), out YamlNode? nameNode))
        {
            if (nameNode is not YamlSequenceNode nameList)
            {
                context.Error(nameNode, "names must be a list of canonical names");
            }
            else
            {
                foreach (YamlNode item in nameList)
                {
                    string name = ((YamlScalarNode)item).Value ?? string.Empty;
                    if (FindAll(text, name, 0, text.Length).Count == 0)
                    {
                        context.Error(item, $"name '{name}' does not occur in the article");
                    }

                    names.Add(name);
                }
            }
        }

        var tags = new List<GoldTag>();
        if (!root.Children.TryGetValue(new YamlScalarNode("tags"), out YamlNode? tagsNode) || tagsNode is not YamlSequenceNode tagList)
        {
            context.Error(root, "missing list 'tags'");
            return null;
        }

        foreach (YamlNode item in tagList)
        {
            if (item is not YamlMappingNode tagNode)
            {
                context.Error(item, "a tag must be a mapping");
                continue;
            }

            GoldTag? tag = CompileTag(tagNode, names, context);
            if (tag is not null)
            {
                tags.Add(tag);
            }
        }

        tags.Sort((a, b) =>
        {
            int c = a.Start.CompareTo(b.Start);
            if (c == 0)
            {
                c = a.End.CompareTo(b.End);
            }

            if (c == 0)
            {
                c = string.CompareOrdinal(a.Label.Name, b.Label.Name);
            }

            return c != 0 ? c : string.CompareOrdinal(a.Kind, b.Kind);
        });
        for (int i = 1; i < tags.Count; i++)
        {
            if (tags[i].Start == tags[i - 1].Start && tags[i].End == tags[i - 1].End && tags[i].Label == tags[i - 1].Label && tags[i].Kind == tags[i - 1].Kind)
            {
                errors.Add($"{sourceName}: duplicate {tags[i].Label} tag '{tags[i].Text}'");
            }
        }

        var document = new GoldDocument(id, SplitOf(id), style, text, tags.AsReadOnly());
        foreach (string problem in GoldSetValidator.Validate(document))
        {
            errors.Add($"{sourceName}: {problem}");
        }

        return errors.Count == errorCount ? document : null;
    }

    private static GoldTag? CompileTag(YamlMappingNode node, List<string> names, Context context)
    {
        string? labelKey = null;
        YamlNode? spanNode = null;
        foreach (KeyValuePair<YamlNode, YamlNode> entry in node.Children)
        {
            string key = ((YamlScalarNode)entry.Key).Value ?? string.Empty;
            string bare = key.Split('/')[0];
            if (Array.IndexOf(KnownLabels, bare) >= 0)
            {
                if (labelKey is not null)
                {
                    context.Error(entry.Key, "a tag has exactly one label key");
                    return null;
                }

                labelKey = key;
                spanNode = entry.Value;
            }
            else if (Array.IndexOf(TagKeys, key) < 0)
            {
                context.Error(entry.Key, $"unknown key '{key}'; expected a label ({string.Join(", ", KnownLabels)}, optionally /kind) or {string.Join(", ", TagKeys)}");
                return null;
            }
        }

        if (labelKey is null || spanNode is null)
        {
            context.Error(node, "a tag needs a label key (DirectQuote, Claim, Attribution or ReporterFraming)");
            return null;
        }

        string label = labelKey.Split('/')[0];
        string? kind = labelKey.Contains('/', StringComparison.Ordinal) ? labelKey[(labelKey.IndexOf('/', StringComparison.Ordinal) + 1)..] : null;
        string[] allowedKinds = label switch
        {
            "ReporterFraming" => FramingKinds,
            "Attribution" => AttributionKinds,
            _ => [],
        };
        if (kind is not null && Array.IndexOf(allowedKinds, kind) < 0)
        {
            context.Error(spanNode, $"unknown kind '{kind}' for {label}; expected {(allowedKinds.Length == 0 ? "none" : string.Join(", ", allowedKinds))}");
            return null;
        }

        if (label == "ReporterFraming" && kind is null)
        {
            context.Error(spanNode, $"a ReporterFraming tag needs a kind: {string.Join(", ", FramingKinds)}");
            return null;
        }

        int searchFrom = 0;
        if (context.OptionalScalar(node, "after") is { } anchor)
        {
            List<int> anchors = FindAll(context.Text, anchor, 0, context.Text.Length);
            if (anchors.Count != 1)
            {
                context.Error(node, $"anchor 'after: {anchor}' occurs {anchors.Count} times; it must occur once");
                return null;
            }

            searchFrom = anchors[0] + anchor.Length;
        }

        int occurrence = context.OptionalInt(node, "occurrence") ?? 0;
        (int Start, int End)? span = context.Locate(spanNode, searchFrom, context.Text.Length, occurrence, label);
        if (span is not { } tagSpan)
        {
            return null;
        }

        var roles = new Dictionary<string, RoleSpan>(StringComparer.Ordinal);
        foreach (string role in new[] { RoleNames.Source, RoleNames.Cue, RoleNames.Content, RoleNames.Target })
        {
            if (!node.Children.TryGetValue(new YamlScalarNode(role), out YamlNode? roleNode))
            {
                continue;
            }

            if (label == "ReporterFraming" || (role == RoleNames.Target && label != "Attribution") || (role is RoleNames.Source or RoleNames.Content && label == "Attribution"))
            {
                context.Error(roleNode, $"a {label} tag has no {role} role");
                continue;
            }

            RoleSpan? compiled = role == RoleNames.Source
                ? CompileSource(roleNode, tagSpan, names, context)
                : CompileRole(roleNode, tagSpan, context, role);
            if (compiled is not null)
            {
                roles[role] = compiled;
            }
        }

        if (label == "DirectQuote" && !roles.ContainsKey(RoleNames.Content))
        {
            if (DefaultQuoteContent(context.Text, tagSpan.Start, tagSpan.End) is { } content)
            {
                roles[RoleNames.Content] = new RoleSpan(content.Start, content.End, context.Text[content.Start..content.End]);
            }
            else
            {
                context.Error(spanNode, "cannot find the quotation marks of this DirectQuote; give its content");
            }
        }

        if (label == "Claim" && !roles.ContainsKey(RoleNames.Content))
        {
            context.Error(spanNode, "a Claim needs its content");
        }

        if (label == "Attribution" && !roles.ContainsKey(RoleNames.Cue))
        {
            roles[RoleNames.Cue] = new RoleSpan(tagSpan.Start, tagSpan.End, context.Text[tagSpan.Start..tagSpan.End]);
        }

        return new GoldTag(new Label(label), kind, tagSpan.Start, tagSpan.End, context.Text[tagSpan.Start..tagSpan.End], roles.AsReadOnly());
    }

    private static RoleSpan? CompileRole(YamlNode node, (int Start, int End) tag, Context context, string role)
    {
        int occurrence = node is YamlMappingNode map ? context.OptionalInt(map, "occurrence") ?? 0 : 0;
        (int Start, int End)? span = context.Locate(node, tag.Start, tag.End, occurrence, role);
        return span is { } s ? new RoleSpan(s.Start, s.End, context.Text[s.Start..s.End]) : null;
    }

    private static RoleSpan? CompileSource(YamlNode node, (int Start, int End) tag, List<string> names, Context context)
    {
        string? mention;
        string? resolved = null;
        bool explicitResolution = false;
        int occurrence = 0;
        if (node is YamlScalarNode scalar)
        {
            string value = scalar.Value ?? string.Empty;
            int arrow = value.IndexOf("=>", StringComparison.Ordinal);
            if (arrow >= 0)
            {
                explicitResolution = true;
                mention = value[..arrow].Trim();
                string target = value[(arrow + 2)..].Trim();
                resolved = target.Length == 0 ? null : target;
            }
            else
            {
                mention = value.Trim();
            }
        }
        else if (node is YamlMappingNode map)
        {
            mention = context.RequiredScalar(map, "text");
            if (map.Children.ContainsKey(new YamlScalarNode("resolved")))
            {
                explicitResolution = true;
                resolved = context.OptionalScalar(map, "resolved") is { Length: > 0 } r ? r : null;
            }

            occurrence = context.OptionalInt(map, "occurrence") ?? 0;
        }
        else
        {
            context.Error(node, "a source is 'mention', 'mention => Canonical Name', 'mention =>' (unnamed) or a mapping");
            return null;
        }

        if (string.IsNullOrEmpty(mention))
        {
            context.Error(node, "empty source");
            return null;
        }

        if (!explicitResolution)
        {
            if (Array.IndexOf(Pronouns, mention.ToLowerInvariant()) >= 0)
            {
                context.Error(node, $"pronoun source '{mention}' needs '=> Canonical Name' (or '=>' when the article names no one)");
                return null;
            }

            resolved = ResolveByNames(mention, names);
            if (resolved is null)
            {
                context.Error(node, $"source '{mention}' matches no entry of names; add the name, write '{mention} => Name', or '{mention} =>' for an unnamed source");
                return null;
            }
        }

        List<int> inside = FindAll(context.Text, mention, tag.Start, tag.End);
        int start;
        if (inside.Count > 0)
        {
            if (occurrence == 0 && inside.Count > 1)
            {
                context.Error(node, $"source '{mention}' occurs {inside.Count} times in its tag; add occurrence");
                return null;
            }

            int index = occurrence == 0 ? 0 : occurrence - 1;
            if (index >= inside.Count)
            {
                context.Error(node, $"source '{mention}' has no occurrence {occurrence} in its tag");
                return null;
            }

            start = inside[index];
        }
        else
        {
            List<int> before = FindAll(context.Text, mention, 0, tag.Start);
            if (before.Count == 0)
            {
                context.Error(node, $"source '{mention}' occurs neither in its tag nor before it");
                return null;
            }

            start = before[^1];
        }

        return new RoleSpan(start, start + mention.Length, mention, resolved);
    }

    /// <summary>
    /// Finds the canonical name a mention refers to: the longest name the mention contains, or else the one name
    /// having a word equal to the mention's last word (a surname, "Mr Tanaka" → "Kenji Tanaka").
    /// </summary>
    internal static string? ResolveByNames(string mention, IReadOnlyList<string> names)
    {
        string? best = null;
        foreach (string name in names)
        {
            if (FindAll(mention, name, 0, mention.Length).Count > 0 && (best is null || name.Length > best.Length))
            {
                best = name;
            }
        }

        if (best is not null)
        {
            return best;
        }

        string[] words = mention.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string last = words.Length == 0 ? string.Empty : words[^1];
        string? found = null;
        foreach (string name in names)
        {
            if (Array.IndexOf(name.Split(' '), last) >= 0)
            {
                if (found is not null)
                {
                    return null;
                }

                found = name;
            }
        }

        return found;
    }

    /// <summary>Returns the quoted words of a DirectQuote span: after its first opening mark, before its last closing mark.</summary>
    internal static (int Start, int End)? DefaultQuoteContent(string text, int start, int end)
    {
        int open = -1;
        char openMark = '\0';
        for (int i = start; i < end; i++)
        {
            if (IsOpeningMark(text, i))
            {
                open = i;
                openMark = text[i];
                break;
            }
        }

        if (open < 0)
        {
            return null;
        }

        char closeMark = openMark switch
        {
            '“' => '”',
            '‘' => '’',
            '«' => '»',
            _ => openMark,
        };
        int close = -1;
        for (int i = end - 1; i > open; i--)
        {
            if (text[i] == closeMark && !IsApostrophe(text, i))
            {
                close = i;
                break;
            }
        }

        if (close < 0)
        {
            return null;
        }

        int s = open + 1, e = close;
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        return e > s ? (s, e) : null;
    }

    private static bool IsOpeningMark(string text, int i)
    {
        char c = text[i];
        if (c is '“' or '‘' or '«')
        {
            return true;
        }

        return c is '"' or '\'' && (i == 0 || !char.IsLetterOrDigit(text[i - 1]));
    }

    private static bool IsApostrophe(string text, int i) =>
        text[i] is '’' or '\'' && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);

    /// <summary>Finds every whole-word occurrence of <paramref name="needle"/> within <c>[from, to)</c>.</summary>
    internal static List<int> FindAll(string text, string needle, int from, int to)
    {
        var result = new List<int>();
        if (needle.Length == 0)
        {
            return result;
        }

        int i = from;
        while (i <= to - needle.Length)
        {
            int at = text.IndexOf(needle, i, to - i, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            bool startOk = !char.IsLetterOrDigit(needle[0]) || at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            int after = at + needle.Length;
            bool endOk = !char.IsLetterOrDigit(needle[^1]) || after >= text.Length || !char.IsLetterOrDigit(text[after]);
            if (startOk && endOk)
            {
                result.Add(at);
            }

            i = at + 1;
        }

        return result;
    }

    private sealed class Context(string sourceName, string text, List<string> errors)
    {
        public string Text { get; } = text;

        public void Error(YamlNode node, string message)
        {
            errors.Add($"{sourceName}({node.Start.Line},{node.Start.Column}): {message}");
        }

        public string? RequiredScalar(YamlMappingNode map, string key)
        {
            string? value = OptionalScalar(map, key);
            if (value is null)
            {
                Error(map, $"missing '{key}'");
            }

            return value;
        }

        public string? OptionalScalar(YamlMappingNode map, string key)
        {
            if (!map.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? node))
            {
                return null;
            }

            if (node is YamlScalarNode scalar)
            {
                return scalar.Value;
            }

            Error(node, $"'{key}' must be a single value");
            return null;
        }

        public int? OptionalInt(YamlMappingNode map, string key)
        {
            string? value = OptionalScalar(map, key);
            if (value is null)
            {
                return null;
            }

            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number > 0)
            {
                return number;
            }

            Error(map, $"'{key}' must be a positive whole number");
            return null;
        }

        /// <summary>
        /// Finds a span given as an exact string, or as a mapping with <c>text</c>, or <c>from</c> and <c>to</c>
        /// (from the start of <c>from</c> to the end of the first <c>to</c> after it), within <c>[start, end)</c>.
        /// Without <paramref name="occurrence"/> the string must occur once there.
        /// </summary>
        public (int Start, int End)? Locate(YamlNode node, int start, int end, int occurrence, string what)
        {
            string? exact = null, from = null, to = null;
            if (node is YamlScalarNode scalar)
            {
                exact = scalar.Value;
            }
            else if (node is YamlMappingNode map)
            {
                foreach (KeyValuePair<YamlNode, YamlNode> entry in map.Children)
                {
                    string key = ((YamlScalarNode)entry.Key).Value ?? string.Empty;
                    if (Array.IndexOf(RoleKeys, key) < 0)
                    {
                        Error(entry.Key, $"unknown key '{key}'; expected {string.Join(", ", RoleKeys)}");
                        return null;
                    }
                }

                exact = OptionalScalar(map, "text");
                from = OptionalScalar(map, "from");
                to = OptionalScalar(map, "to");
                occurrence = OptionalInt(map, "occurrence") ?? occurrence;
            }

            if (exact is null && (from is null || to is null))
            {
                Error(node, $"{what}: give the exact text, or 'from' and 'to'");
                return null;
            }

            string first = exact ?? from!;
            List<int> starts = FindAll(Text, first, start, end);
            if (starts.Count == 0)
            {
                Error(node, $"{what}: '{Shorten(first)}' not found{(start > 0 || end < Text.Length ? " in its range" : string.Empty)}");
                return null;
            }

            if (occurrence == 0 && starts.Count > 1)
            {
                Error(node, $"{what}: '{Shorten(first)}' occurs {starts.Count} times; add occurrence or after");
                return null;
            }

            int index = occurrence == 0 ? 0 : occurrence - 1;
            if (index >= starts.Count)
            {
                Error(node, $"{what}: '{Shorten(first)}' has no occurrence {occurrence}");
                return null;
            }

            int s = starts[index];
            if (exact is not null)
            {
                return (s, s + exact.Length);
            }

            List<int> ends = FindAll(Text, to!, s + from!.Length, end);
            if (ends.Count == 0)
            {
                Error(node, $"{what}: 'to: {Shorten(to!)}' not found after 'from'");
                return null;
            }

            return (s, ends[0] + to!.Length);
        }

        private static string Shorten(string value)
        {
            string flat = value.Replace('\n', ' ');
            return flat.Length <= 60 ? flat : new StringBuilder(flat, 0, 57, 60).Append("...").ToString();
        }
    }
}
