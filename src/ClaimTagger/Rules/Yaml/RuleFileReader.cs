using System.Globalization;
using System.Text.RegularExpressions;
using ClaimTagger.Matching;
using ClaimTagger.Rules.Patterns;
using ClaimTagger.Sections;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ClaimTagger.Rules.Yaml;

/// <summary>
/// Reads one rule file with YamlDotNet's node model into a <see cref="RuleFile"/>, reporting every schema and
/// pattern problem with the position of the node at fault. Never throws on content.
/// </summary>
internal sealed class RuleFileReader
{
    private static readonly string[] TopKeys = ["version", "lexicons", "conflicts", "disable", "override", "rules"];
    private static readonly string[] LexiconKeys = ["entries", "inflect", "case", "description"];
    private static readonly string[] OverrideKeys = ["id", "priority", "confidence"];
    private static readonly string[] PrimaryKeys = ["pattern", "any", "all"];
    private static readonly string[] FilterKeys = ["not", "inside", "not-inside", "before", "after", "not-before", "not-after"];
    private static readonly string[] RuleOwnKeys = ["id", "label", "kind", "message", "description", "priority", "confidence", "scope", "examples"];
    private static readonly string[] RuleKeys = [.. RuleOwnKeys, .. PrimaryKeys, .. FilterKeys];
    private static readonly string[] ConditionKeys = [.. PrimaryKeys, .. FilterKeys];
    private static readonly string[] ScopeKeys = ["sections", "quotes", "window"];
    private static readonly string[] TokenTestKeys = ["text", "lower", "regex", "shape", "suffix", "min-length", "max-length", "flags", "token"];
    private static readonly string[] SpanKeys = ["lexicon", "quote", "entity", "anchor", "group", "one-of"];
    private static readonly string[] ElementKeys = [.. TokenTestKeys, .. SpanKeys, "negate", "case", "min-words", "max-words", "depth", "op", "as"];
    private static readonly string[] ExampleKeys = ["text", "expect", "section", "todo"];
    private static readonly string[] SectionNames = ["headline", "dateline", "caption", "byline", "body", "boilerplate"];
    private static readonly string[] PolicyNames = ["longest-then-priority", "priority-then-longest", "keep-all"];

    private static readonly Dictionary<string, TokenFeatures> FlagNames = new(StringComparer.Ordinal)
    {
        ["capitalized"] = TokenFeatures.Capitalized, ["capitalised"] = TokenFeatures.Capitalized,
        ["all-caps"] = TokenFeatures.AllCaps, ["lower"] = TokenFeatures.Lower, ["pronoun"] = TokenFeatures.Pronoun,
        ["open-quote"] = TokenFeatures.OpenQuote, ["close-quote"] = TokenFeatures.CloseQuote,
        ["quote-mark"] = TokenFeatures.QuoteMark, ["punctuation"] = TokenFeatures.Punctuation,
        ["number"] = TokenFeatures.Number, ["hyphenated"] = TokenFeatures.Hyphenated,
        ["apostrophe"] = TokenFeatures.Apostrophe, ["sentence-start"] = TokenFeatures.SentenceStart,
        ["dash"] = TokenFeatures.Dash, ["word"] = TokenFeatures.Word, ["quoted"] = TokenFeatures.Quoted,
    };

    private readonly string _source;
    private readonly (int Line, int Column) _end;
    private readonly RuleSetLimits _limits;
    private readonly List<RuleDiagnostic> _diagnostics;
    private string? _ruleId;
    private bool _lastMapHadUnknownKey;

    private RuleFileReader(string source, RuleSetLimits limits, List<RuleDiagnostic> diagnostics, (int Line, int Column) end)
    {
        _source = source;
        _end = end;
        _limits = limits;
        _diagnostics = diagnostics;
    }

    /// <summary>Reads one rule file.</summary>
    /// <param name="yaml">The file's text.</param>
    /// <param name="source">The file's name, for diagnostics.</param>
    /// <param name="limits">The limits.</param>
    /// <param name="diagnostics">Receives every problem found.</param>
    /// <param name="builtIn">Whether the file is a built-in default (<see cref="RuleSource.IsBuiltIn"/>), whose YAML skips
    /// <see cref="YamlGuard"/>: it is not hostile, and the guard's pass over the event stream costs as much as building
    /// the node tree.</param>
    /// <returns>The file, or <see langword="null"/> when it could not be read at all (syntax, limits, duplicate keys).</returns>
    public static RuleFile? Read(string yaml, string source, RuleSetLimits limits, List<RuleDiagnostic> diagnostics, bool builtIn = false)
    {
        if (!builtIn && !YamlGuard.Check(yaml, source, limits, diagnostics))
        {
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            (int line, int column) = YamlGuard.InText(yaml, (int)Math.Max(1, ex.Start.Line), (int)Math.Max(1, ex.Start.Column));
            diagnostics.Add(new RuleDiagnostic(RuleErrorMessages.YamlSyntaxCode, RuleDiagnosticSeverity.Error,
                RuleErrorMessages.Format(RuleErrorMessages.YamlSyntax, ex.Message), new SourceLocation(source, line, column)));
            return null;
        }
#pragma warning disable CA1031 // A rule file never makes the loader throw.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            diagnostics.Add(new RuleDiagnostic(RuleErrorMessages.YamlSyntaxCode, RuleDiagnosticSeverity.Error,
                RuleErrorMessages.Format(RuleErrorMessages.YamlSyntax, ex.Message), new SourceLocation(source, 1, 1)));
            return null;
        }

        var reader = new RuleFileReader(source, limits, diagnostics, YamlGuard.End(yaml));
        var file = new RuleFile { Source = source };
        reader.ReadFile(stream.Documents[0].RootNode, file);
        return file;
    }

    private void ReadFile(YamlNode root, RuleFile file)
    {
        var map = Map(root, "the file", TopKeys);
        if (map is null)
        {
            return;
        }

        if (!map.TryGetValue("version", out Entry version))
        {
            Error(RuleErrorMessages.VersionCode, RuleErrorMessages.VersionMissing, root);
        }
        else if (version.Value is not YamlScalarNode { Style: ScalarStyle.Plain, Value: { } v } ||
            !int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number) || number != 1)
        {
            Error(RuleErrorMessages.VersionCode, RuleErrorMessages.Format(RuleErrorMessages.VersionUnsupported, Describe(version.Value)), version.Value);
        }

        if (map.TryGetValue("lexicons", out Entry lexicons))
        {
            ReadLexicons(lexicons.Value, file);
        }

        if (map.TryGetValue("conflicts", out Entry conflicts))
        {
            ReadConflicts(conflicts.Value, file);
        }

        if (map.TryGetValue("disable", out Entry disable))
        {
            foreach ((string id, YamlNode node) in StringList(disable.Value, "disable"))
            {
                if (CheckRuleId(id, node))
                {
                    file.Disable.Add((id, At(node)));
                }
            }
        }

        if (map.TryGetValue("override", out Entry overrides))
        {
            ReadOverrides(overrides.Value, file);
        }

        if (map.TryGetValue("rules", out Entry rules))
        {
            if (rules.Value is YamlSequenceNode seq)
            {
                foreach (YamlNode item in seq.Children)
                {
                    RuleDefinition? rule = ReadRule(item);
                    if (rule is not null)
                    {
                        file.Rules.Add(rule);
                    }
                }
            }
            else
            {
                WrongType("a list of rules", "rules", rules.Value);
            }
        }
    }

    private void ReadLexicons(YamlNode node, RuleFile file)
    {
        if (node is not YamlMappingNode mapping)
        {
            WrongType("a mapping of lexicon names to entries", "lexicons", node);
            return;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } name })
            {
                WrongType("a lexicon name", "lexicons", keyNode);
                continue;
            }

            if (!IsKebabName(name))
            {
                Error(RuleErrorMessages.InvalidNameCode, RuleErrorMessages.Format(RuleErrorMessages.InvalidName, "lexicon", name, "speech-verbs"), keyNode);
                continue;
            }

            YamlNode entriesNode = value;
            var inflection = LexiconInflection.None;
            bool caseSensitive = false;
            if (value is YamlMappingNode)
            {
                var lex = Map(value, $"lexicon '{name}'", LexiconKeys);
                if (lex is null)
                {
                    continue;
                }

                if (!lex.TryGetValue("entries", out Entry entries))
                {
                    Error(RuleErrorMessages.MissingKeyCode, RuleErrorMessages.Format(RuleErrorMessages.MissingKey, "entries", $"lexicon '{name}'"), value);
                    continue;
                }

                entriesNode = entries.Value;
                if (lex.TryGetValue("inflect", out Entry inflect))
                {
                    inflection = Enum(inflect.Value, "inflect", ["none", "verb", "noun"]) switch
                    {
                        "verb" => LexiconInflection.Verb,
                        "noun" => LexiconInflection.Noun,
                        _ => LexiconInflection.None,
                    };
                }

                if (lex.TryGetValue("case", out Entry caseNode))
                {
                    caseSensitive = Enum(caseNode.Value, "case", ["insensitive", "sensitive"]) == "sensitive";
                }

                if (lex.TryGetValue("description", out Entry description))
                {
                    Text(description.Value, "description");
                }
            }
            else if (value is not YamlSequenceNode)
            {
                WrongType("a list of entries or a mapping with 'entries'", name, value);
                continue;
            }

            var list = new List<string>();
            var forms = new List<string>();
            var seen = new HashSet<string>(caseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
            foreach ((string entry, YamlNode entryNode) in StringList(entriesNode, "entries"))
            {
                string normal = string.Join(' ', entry.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                if (normal.Length == 0)
                {
                    Error(RuleErrorMessages.EmptyValueCode, RuleErrorMessages.Format(RuleErrorMessages.EmptyValue, "lexicon entry"), entryNode);
                    continue;
                }

                list.Add(normal);
                foreach (string form in Inflect(normal, inflection))
                {
                    if (seen.Add(form))
                    {
                        forms.Add(form);
                    }
                }
            }

            if (forms.Count > _limits.MaxLexiconEntries)
            {
                // Still defined (without its forms), so rules that use it do not also report it as unknown.
                Error(RuleErrorMessages.LexiconTooLargeCode, RuleErrorMessages.Format(RuleErrorMessages.LexiconTooLarge, name, forms.Count, _limits.MaxLexiconEntries), keyNode);
                forms.Clear();
            }

            file.Lexicons.Add(new LexiconDefinition(name, list, forms, inflection, caseSensitive, At(keyNode)));
        }
    }

    private static IEnumerable<string> Inflect(string entry, LexiconInflection inflection)
    {
        if (inflection == LexiconInflection.None)
        {
            return [entry];
        }

        string[] words = entry.Split(' ');
        if (inflection == LexiconInflection.Verb)
        {
            string rest = words.Length > 1 ? " " + string.Join(' ', words, 1, words.Length - 1) : string.Empty;
            return EnglishInflector.VerbForms(words[0].ToLowerInvariant()).Select(f => (words[0] == words[0].ToLowerInvariant() ? f : Recase(f, words[0])) + rest);
        }

        string head = string.Join(' ', words, 0, words.Length - 1);
        string prefix = head.Length > 0 ? head + " " : string.Empty;
        string last = words[^1];
        return EnglishInflector.NounForms(last.ToLowerInvariant()).Select(f => prefix + (last == last.ToLowerInvariant() ? f : Recase(f, last)));
    }

    private static string Recase(string form, string model) =>
        char.IsUpper(model[0]) && form.Length > 0 ? char.ToUpperInvariant(form[0]) + form[1..] : form;

    private void ReadConflicts(YamlNode node, RuleFile file)
    {
        if (node is not YamlMappingNode mapping)
        {
            WrongType("a mapping of labels to a policy", "conflicts", node);
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                WrongType("labels joined by '+'", "conflicts", keyNode);
                continue;
            }

            var labels = new List<Label>();
            bool ok = true;
            foreach (string part in key.Split('+'))
            {
                string name = part.Trim();
                if (!IsLabel(name))
                {
                    Error(RuleErrorMessages.InvalidLabelCode, RuleErrorMessages.Format(RuleErrorMessages.InvalidLabel, name), keyNode);
                    ok = false;
                    continue;
                }

                if (!seen.Add(name))
                {
                    Error(RuleErrorMessages.ConflictLabelTwiceCode, RuleErrorMessages.Format(RuleErrorMessages.ConflictLabelTwice, name), keyNode);
                    ok = false;
                }

                labels.Add(new Label(name));
            }

            string? policy = Enum(value, $"the conflict policy of {key}", PolicyNames);
            if (ok && policy is not null)
            {
                file.Conflicts.Add(new ConflictDefinition(labels, policy switch
                {
                    "priority-then-longest" => ConflictPolicy.PriorityThenLongest,
                    "keep-all" => ConflictPolicy.KeepAll,
                    _ => ConflictPolicy.LongestThenPriority,
                }, At(keyNode)));
            }
        }
    }

    private void ReadOverrides(YamlNode node, RuleFile file)
    {
        if (node is not YamlSequenceNode seq)
        {
            WrongType("a list of overrides", "override", node);
            return;
        }

        foreach (YamlNode item in seq.Children)
        {
            var map = Map(item, "an override", OverrideKeys);
            if (map is null)
            {
                continue;
            }

            if (!map.TryGetValue("id", out Entry idEntry))
            {
                Error(RuleErrorMessages.MissingKeyCode, RuleErrorMessages.Format(RuleErrorMessages.MissingKey, "id", "an override"), item);
                continue;
            }

            string? id = Text(idEntry.Value, "id");
            if (id is null || !CheckRuleId(id, idEntry.Value))
            {
                continue;
            }

            int? priority = map.TryGetValue("priority", out Entry p) ? Integer(p.Value, "priority") : null;
            double? confidence = map.TryGetValue("confidence", out Entry c) ? Confidence(c.Value) : null;
            if (!map.ContainsKey("priority") && !map.ContainsKey("confidence"))
            {
                Error(RuleErrorMessages.MissingKeyCode, RuleErrorMessages.Format(RuleErrorMessages.MissingKey, "priority' or 'confidence", $"the override of '{id}'"), item);
                continue;
            }

            file.Overrides.Add(new OverrideDefinition(id, priority, confidence, At(idEntry.Value)));
        }
    }

    private RuleDefinition? ReadRule(YamlNode node)
    {
        _ruleId = null;
        var map = Map(node, "a rule", RuleKeys);
        if (map is null)
        {
            return null;
        }

        bool misspelt = _lastMapHadUnknownKey;

        string? id = null;
        if (map.TryGetValue("id", out Entry idEntry))
        {
            id = Text(idEntry.Value, "id");
            if (id is not null && !CheckRuleId(id, idEntry.Value))
            {
                id = null;
            }
        }
        else
        {
            Error(RuleErrorMessages.MissingKeyCode, RuleErrorMessages.Format(RuleErrorMessages.MissingKey, "id", "a rule"), node);
        }

        _ruleId = id;
        var rule = new RuleDefinition { Id = id ?? string.Empty, Location = At(node), IdLocation = At(map.TryGetValue("id", out Entry ie) ? ie.Value : node) };
        bool ok = id is not null;
        if (map.TryGetValue("label", out Entry labelEntry))
        {
            string? label = Text(labelEntry.Value, "label");
            if (label is not null && IsLabel(label))
            {
                rule.Label = new Label(label);
                string[] builtIn = [Label.DirectQuote.Name, Label.Claim.Name, Label.Attribution.Name, Label.ReporterFraming.Name];
                string? near = Suggestions.Closest(label, builtIn);
                if (near is not null && near != label)
                {
                    Warning(RuleErrorMessages.LabelNearBuiltInCode, RuleErrorMessages.Format(RuleErrorMessages.LabelNearBuiltIn, label, near), labelEntry.Value);
                }
            }
            else
            {
                if (label is not null)
                {
                    Error(RuleErrorMessages.InvalidLabelCode, RuleErrorMessages.Format(RuleErrorMessages.InvalidLabel, label), labelEntry.Value);
                }

                ok = false;
            }
        }
        else
        {
            Error(RuleErrorMessages.MissingKeyCode, RuleErrorMessages.Format(RuleErrorMessages.MissingKey, "label", "a rule"), node);
            ok = false;
        }

        if (map.TryGetValue("kind", out Entry kind) && !IsNull(kind.Value))
        {
            rule.Kind = Text(kind.Value, "kind");
        }

        if (map.TryGetValue("message", out Entry message))
        {
            rule.Message = Text(message.Value, "message");
            rule.MessageLocation = At(message.Value);
        }

        if (map.TryGetValue("description", out Entry description))
        {
            Text(description.Value, "description");
        }

        if (map.TryGetValue("priority", out Entry priority))
        {
            rule.Priority = Integer(priority.Value, "priority") ?? 0;
        }

        if (map.TryGetValue("confidence", out Entry confidence))
        {
            rule.Confidence = Confidence(confidence.Value) ?? 0.5;
        }

        if (map.TryGetValue("scope", out Entry scope))
        {
            ReadScope(scope.Value, rule);
        }

        rule.Condition = ReadConditionBody(node, map, "rule", misspelt);
        if (map.TryGetValue("examples", out Entry examples))
        {
            ReadExamples(examples.Value, rule);
        }

        return ok ? rule : null;
    }

    private void ReadScope(YamlNode node, RuleDefinition rule)
    {
        var map = Map(node, "scope", ScopeKeys);
        if (map is null)
        {
            return;
        }

        if (map.TryGetValue("sections", out Entry sections))
        {
            var list = new List<SectionKind>();
            foreach ((string name, YamlNode n) in StringList(sections.Value, "sections"))
            {
                string? value = EnumValue(name, n, "sections", SectionNames);
                if (value is not null)
                {
                    list.Add(System.Enum.Parse<SectionKind>(value, ignoreCase: true));
                }
            }

            rule.Sections = list;
        }

        if (map.TryGetValue("quotes", out Entry quotes))
        {
            rule.Quotes = Enum(quotes.Value, "quotes", ["any", "inside", "outside"]) switch
            {
                "inside" => QuoteScope.Inside,
                "outside" => QuoteScope.Outside,
                _ => QuoteScope.Any,
            };
        }

        if (map.TryGetValue("window", out Entry window))
        {
            rule.Window = Enum(window.Value, "window", ["sentence", "paragraph"]) == "paragraph" ? RuleWindow.Paragraph : RuleWindow.Sentence;
        }
    }

    private ConditionNode? ReadCondition(YamlNode node, string what)
    {
        if (node is YamlSequenceNode)
        {
            // A bare list is a pattern.
            SequenceNode? seq = ReadSequence(node, what);
            return seq is null ? null : new ConditionNode { Location = At(node), Kind = ConditionKind.Pattern, Pattern = seq };
        }

        var map = Map(node, $"a condition ({what})", ConditionKeys);
        return map is null ? null : ReadConditionBody(node, map, "condition", _lastMapHadUnknownKey);
    }

    private ConditionNode? ReadConditionBody(YamlNode node, Dictionary<string, Entry> map, string what, bool misspelt)
    {
        var condition = new ConditionNode { Location = At(node) };
        string? primary = null;
        bool ok = true;
        foreach (string key in PrimaryKeys)
        {
            if (!map.TryGetValue(key, out Entry entry))
            {
                continue;
            }

            if (primary is not null)
            {
                Error(RuleErrorMessages.MultiplePrimaryCode, RuleErrorMessages.Format(RuleErrorMessages.MultiplePrimary, primary, key), entry.Key);
                ok = false;
                continue;
            }

            primary = key;
            switch (key)
            {
                case "pattern":
                    condition.Kind = ConditionKind.Pattern;
                    condition.Pattern = ReadSequence(entry.Value, "pattern");
                    if (condition.Pattern is null)
                    {
                        ok = false;
                    }
                    else if (condition.Pattern.Elements.Count > 0 && condition.Pattern.IsNullable)
                    {
                        Error(RuleErrorMessages.MatchesEmptyCode, RuleErrorMessages.Format(RuleErrorMessages.MatchesEmpty, "pattern"), entry.Value);
                        ok = false;
                    }

                    break;
                default:
                    condition.Kind = key == "any" ? ConditionKind.Any : ConditionKind.All;
                    if (entry.Value is not YamlSequenceNode branches || branches.Children.Count == 0)
                    {
                        if (entry.Value is YamlSequenceNode)
                        {
                            Error(RuleErrorMessages.EmptyValueCode, RuleErrorMessages.Format(RuleErrorMessages.EmptyValue, key), entry.Value);
                        }
                        else
                        {
                            WrongType("a list of conditions", key, entry.Value);
                        }

                        ok = false;
                        break;
                    }

                    foreach (YamlNode b in branches.Children)
                    {
                        ConditionNode? branch = ReadCondition(b, key);
                        if (branch is null)
                        {
                            ok = false;
                        }
                        else
                        {
                            condition.Branches.Add(branch);
                        }
                    }

                    break;
            }
        }

        if (primary is null)
        {
            // After a misspelt key ("patern"), the unknown-key error already says what is wrong.
            if (!misspelt)
            {
                Error(RuleErrorMessages.NoPrimaryCode, RuleErrorMessages.Format(RuleErrorMessages.NoPrimary, what), node);
            }

            ok = false;
        }

        ok &= ReadConditionList(map, "not", condition.Not);
        ok &= ReadConditionList(map, "inside", condition.Inside);
        ok &= ReadConditionList(map, "not-inside", condition.NotInside);
        ok &= ReadContext(map, "before", condition.Before);
        ok &= ReadContext(map, "after", condition.After);
        ok &= ReadContext(map, "not-before", condition.NotBefore);
        ok &= ReadContext(map, "not-after", condition.NotAfter);
        return ok ? condition : null;
    }

    private bool ReadConditionList(Dictionary<string, Entry> map, string key, List<ConditionNode> into)
    {
        if (!map.TryGetValue(key, out Entry entry))
        {
            return true;
        }

        bool ok = true;
        if (entry.Value is YamlSequenceNode seq && seq.Children.Count > 0 && seq.Children[0] is not YamlSequenceNode && IsConditionMapping(seq.Children[0]))
        {
            foreach (YamlNode item in seq.Children)
            {
                ConditionNode? c = ReadCondition(item, key);
                ok &= c is not null;
                if (c is not null)
                {
                    into.Add(c);
                }
            }

            return ok;
        }

        ConditionNode? single = ReadCondition(entry.Value, key);
        if (single is not null)
        {
            into.Add(single);
        }

        return single is not null;
    }

    private static bool IsConditionMapping(YamlNode node) =>
        node is YamlMappingNode m && m.Children.Keys.Any(k => k is YamlScalarNode { Value: { } v } && (Array.IndexOf(PrimaryKeys, v) >= 0 || Array.IndexOf(FilterKeys, v) >= 0));

    private bool ReadContext(Dictionary<string, Entry> map, string key, List<SequenceNode> into)
    {
        if (!map.TryGetValue(key, out Entry entry))
        {
            return true;
        }

        SequenceNode? seq = ReadSequence(entry.Value, key);
        if (seq is null)
        {
            return false;
        }

        if (seq.Elements.Count > 0 && seq.IsVacuous)
        {
            Error(RuleErrorMessages.MatchesEmptyCode, RuleErrorMessages.Format(RuleErrorMessages.MatchesEmpty, $"'{key}' context"), entry.Value);
            return false;
        }

        into.Add(seq);
        return true;
    }

    private SequenceNode? ReadSequence(YamlNode node, string what)
    {
        if (node is not YamlSequenceNode seq)
        {
            WrongType("a list of elements", what, node);
            return null;
        }

        var result = new SequenceNode { Location = At(node) };
        if (seq.Children.Count == 0)
        {
            Error(RuleErrorMessages.MatchesEmptyCode, RuleErrorMessages.Format(RuleErrorMessages.MatchesEmpty, $"empty '{what}'"), node);
            return null;
        }

        bool ok = true;
        foreach (YamlNode item in seq.Children)
        {
            ElementNode? element = ReadElement(item);
            if (element is null)
            {
                ok = false;
            }
            else
            {
                result.Elements.Add(element);
            }
        }

        return ok ? result : null;
    }

    private ElementNode? ReadElement(YamlNode node)
    {
        var map = Map(node, "an element", ElementKeys);
        if (map is null)
        {
            return null;
        }

        bool unknownKey = _lastMapHadUnknownKey;
        var element = new ElementNode { Location = At(node) };
        bool ok = true;
        string? spanKey = null;
        string? tokenKey = null;
        foreach (var (key, entry) in map)
        {
            bool isSpan = Array.IndexOf(SpanKeys, key) >= 0;
            bool isToken = Array.IndexOf(TokenTestKeys, key) >= 0;
            if (isSpan)
            {
                if (spanKey is not null || tokenKey is not null)
                {
                    Error(RuleErrorMessages.ElementConflictCode, RuleErrorMessages.Format(RuleErrorMessages.ElementConflict, spanKey ?? tokenKey, key), entry.Key);
                    ok = false;
                    continue;
                }

                spanKey = key;
            }
            else if (isToken)
            {
                if (spanKey is not null)
                {
                    Error(RuleErrorMessages.ElementConflictCode, RuleErrorMessages.Format(RuleErrorMessages.ElementConflict, spanKey, key), entry.Key);
                    ok = false;
                    continue;
                }

                tokenKey ??= key;
            }
        }

        if (spanKey is null && tokenKey is null)
        {
            // A misspelt key has been reported already; saying the element tests nothing would repeat it.
            if (!unknownKey)
            {
                Error(RuleErrorMessages.ElementEmptyCode, RuleErrorMessages.ElementEmpty, node);
            }

            return null;
        }

        if (!ok)
        {
            return null;
        }

        if (map.TryGetValue("case", out Entry caseEntry))
        {
            element.CaseSensitive = Enum(caseEntry.Value, "case", ["insensitive", "sensitive"]) == "sensitive";
        }

        if (spanKey is not null)
        {
            ok &= ReadSpanElement(element, spanKey, map[spanKey], map);
        }
        else
        {
            ok &= ReadTokenTests(element, map);
        }

        foreach (string onlyQuote in new[] { "min-words", "max-words", "depth" })
        {
            if (map.TryGetValue(onlyQuote, out Entry e) && element.Kind != ElementKind.Quote)
            {
                Error(RuleErrorMessages.ElementConflictCode, RuleErrorMessages.Format(RuleErrorMessages.ElementConflict, spanKey ?? tokenKey, onlyQuote), e.Key);
                ok = false;
            }
        }

        if (map.TryGetValue("negate", out Entry negate))
        {
            bool? value = Boolean(negate.Value, "negate");
            if (value == true && element.Kind is not (ElementKind.Token or ElementKind.Anchor))
            {
                Error(RuleErrorMessages.NegateSpanCode, RuleErrorMessages.Format(RuleErrorMessages.NegateSpan, spanKey), negate.Key);
                ok = false;
            }

            element.Negate = value == true;
        }

        if (map.TryGetValue("op", out Entry op))
        {
            if (element.Kind == ElementKind.Anchor)
            {
                Error(RuleErrorMessages.ElementConflictCode, RuleErrorMessages.Format(RuleErrorMessages.ElementConflict, "anchor", "op"), op.Key);
                ok = false;
            }
            else
            {
                ok &= ReadOp(op.Value, element);
            }
        }

        if (map.TryGetValue("as", out Entry role))
        {
            string? name = Text(role.Value, "as");
            if (name is not null && !IsKebabName(name))
            {
                Error(RuleErrorMessages.InvalidNameCode, RuleErrorMessages.Format(RuleErrorMessages.InvalidName, "role", name, "source"), role.Value);
                ok = false;
            }
            else if (element.Kind == ElementKind.Anchor)
            {
                Error(RuleErrorMessages.ElementConflictCode, RuleErrorMessages.Format(RuleErrorMessages.ElementConflict, "anchor", "as"), role.Key);
                ok = false;
            }

            element.Role = name;
        }

        return ok ? element : null;
    }

    private bool ReadSpanElement(ElementNode element, string key, Entry entry, Dictionary<string, Entry> map)
    {
        switch (key)
        {
            case "lexicon":
                element.Kind = ElementKind.Lexicon;
                element.Lexicons = [];
                foreach ((string name, YamlNode n) in StringList(entry.Value, "lexicon"))
                {
                    if (!IsKebabName(name))
                    {
                        Error(RuleErrorMessages.InvalidNameCode, RuleErrorMessages.Format(RuleErrorMessages.InvalidName, "lexicon", name, "speech-verbs"), n);
                        return false;
                    }

                    element.Lexicons.Add((name, At(n)));
                }

                return element.Lexicons.Count > 0;
            case "quote":
                element.Kind = ElementKind.Quote;
                string? mode = Enum(entry.Value, "quote", ["any", "closed", "unclosed"]);
                element.Quote = mode switch { "closed" => QuoteMode.Closed, "unclosed" => QuoteMode.Unclosed, _ => QuoteMode.Any };
                if (map.TryGetValue("min-words", out Entry min))
                {
                    element.MinWords = Integer(min.Value, "min-words", 0) ?? 0;
                }

                if (map.TryGetValue("depth", out Entry depth))
                {
                    element.QuoteDepth = Integer(depth.Value, "depth", 0);
                }

                if (map.TryGetValue("max-words", out Entry max))
                {
                    element.MaxWords = Integer(max.Value, "max-words", 0) ?? int.MaxValue;
                    if (element.MaxWords < element.MinWords)
                    {
                        Error(RuleErrorMessages.NeverMatchesCode, RuleErrorMessages.Format(RuleErrorMessages.NeverMatches, RuleErrorMessages.Format(RuleErrorMessages.MaxWordsBelowMin, element.MaxWords, element.MinWords)), max.Value);
                        return false;
                    }
                }

                return mode is not null;
            case "entity":
                element.Kind = ElementKind.Entity;
                string? entity = Enum(entry.Value, "entity", ["source", "name", "pronoun", "group"]);
                element.Entity = entity switch
                {
                    "name" => EntityMode.Name,
                    "pronoun" => EntityMode.Pronoun,
                    "group" => EntityMode.Group,
                    _ => EntityMode.Source,
                };
                return entity is not null;
            case "anchor":
                element.Kind = ElementKind.Anchor;
                string? anchor = Enum(entry.Value, "anchor", ["start", "end", "sentence-start", "sentence-end"]);
                element.Anchor = anchor switch
                {
                    "end" => AnchorKind.End,
                    "sentence-start" => AnchorKind.SentenceStart,
                    "sentence-end" => AnchorKind.SentenceEnd,
                    _ => AnchorKind.Start,
                };
                return anchor is not null;
            case "group":
                element.Kind = ElementKind.Group;
                element.Group = ReadSequence(entry.Value, "group");
                return element.Group is not null;
            default:
                element.Kind = ElementKind.OneOf;
                if (entry.Value is not YamlSequenceNode branches || branches.Children.Count == 0)
                {
                    WrongType("a list of element lists", "one-of", entry.Value);
                    return false;
                }

                element.OneOf = [];
                bool ok = true;
                foreach (YamlNode branch in branches.Children)
                {
                    SequenceNode? seq = ReadSequence(branch, "one-of");
                    if (seq is null)
                    {
                        ok = false;
                    }
                    else
                    {
                        element.OneOf.Add(seq);
                    }
                }

                return ok;
        }
    }

    private bool ReadTokenTests(ElementNode element, Dictionary<string, Entry> map)
    {
        bool ok = true;
        element.Kind = ElementKind.Token;
        if (map.TryGetValue("text", out Entry text))
        {
            element.Text = [];
            foreach ((string value, YamlNode n) in StringList(text.Value, "text", nested: true))
            {
                if (value.Length == 0 || HasWhiteSpace(value))
                {
                    Error(RuleErrorMessages.NeverMatchesCode, RuleErrorMessages.Format(RuleErrorMessages.NeverMatches,
                        value.Length == 0 ? RuleErrorMessages.TextEmpty : RuleErrorMessages.Format(RuleErrorMessages.TextWithSpace, value)), n);
                    ok = false;
                    continue;
                }

                element.Text.Add(value);
            }
        }

        if (map.TryGetValue("lower", out Entry lower))
        {
            element.Lower = [];
            foreach ((string value, YamlNode n) in StringList(lower.Value, "lower", nested: true))
            {
                bool capitals = !IsLowerInvariant(value);
                if (value.Length == 0 || HasWhiteSpace(value) || capitals)
                {
                    Error(RuleErrorMessages.NeverMatchesCode, RuleErrorMessages.Format(RuleErrorMessages.NeverMatches,
                        RuleErrorMessages.Format(capitals ? RuleErrorMessages.LowerWithCapitals : RuleErrorMessages.LowerEmptyOrSpaced, value)), n);
                    ok = false;
                    continue;
                }

                element.Lower.Add(value);
            }
        }

        if (map.TryGetValue("regex", out Entry regex))
        {
            string? pattern = Text(regex.Value, "regex");
            if (pattern is null)
            {
                ok = false;
            }
            else
            {
                element.RegexSource = pattern;
                element.Regex = CompileRegex(pattern, regex.Value, element.CaseSensitive);
                ok &= element.Regex is not null;
            }
        }

        if (map.TryGetValue("shape", out Entry shape))
        {
            element.Shapes = [];
            foreach ((string value, YamlNode n) in StringList(shape.Value, "shape", nested: true))
            {
                if (value.Length == 0 || value.Any(c => char.IsWhiteSpace(c) || char.IsDigit(c) || (char.IsLetter(c) && c is not ('X' or 'x' or 'd'))))
                {
                    Error(RuleErrorMessages.InvalidShapeCode, RuleErrorMessages.Format(RuleErrorMessages.InvalidShape, value), n);
                    ok = false;
                    continue;
                }

                element.Shapes.Add(value);
            }
        }

        if (map.TryGetValue("suffix", out Entry suffix))
        {
            element.Suffixes = [];
            foreach ((string value, YamlNode n) in StringList(suffix.Value, "suffix", nested: true))
            {
                if (!IsValidSuffix(value))
                {
                    Error(RuleErrorMessages.InvalidSuffixCode, RuleErrorMessages.Format(RuleErrorMessages.InvalidSuffix, value), n);
                    ok = false;
                    continue;
                }

                element.Suffixes.Add(value);
            }
        }

        if (map.TryGetValue("min-length", out Entry minLength))
        {
            int? value = Integer(minLength.Value, "min-length", 1);
            ok &= value is not null;
            element.MinLength = value ?? 0;
        }

        if (map.TryGetValue("max-length", out Entry maxLength))
        {
            int? value = Integer(maxLength.Value, "max-length", 1);
            ok &= value is not null;
            element.MaxLength = value ?? int.MaxValue;
            if (element.MaxLength < element.MinLength)
            {
                Error(RuleErrorMessages.NeverMatchesCode, RuleErrorMessages.Format(RuleErrorMessages.NeverMatches, RuleErrorMessages.Format(RuleErrorMessages.MaxLengthBelowMin, element.MaxLength, element.MinLength)), maxLength.Value);
                ok = false;
            }
        }

        if (map.TryGetValue("flags", out Entry flags))
        {
            foreach ((string name, YamlNode n) in StringList(flags.Value, "flags"))
            {
                if (FlagNames.TryGetValue(name, out TokenFeatures f))
                {
                    element.Flags |= f;
                }
                else
                {
                    Error(RuleErrorMessages.UnknownFlagCode, RuleErrorMessages.Format(RuleErrorMessages.UnknownFlag, name, RuleErrorMessages.DidYouMean(name, FlagNames.Keys)), n);
                    ok = false;
                }
            }

            TokenFeatures[][] contradictions =
            [
                [TokenFeatures.Lower, TokenFeatures.Capitalized], [TokenFeatures.Lower, TokenFeatures.AllCaps],
                [TokenFeatures.Word, TokenFeatures.Punctuation], [TokenFeatures.Word, TokenFeatures.QuoteMark],
            ];
            foreach (TokenFeatures[] pair in contradictions)
            {
                if ((element.Flags & (pair[0] | pair[1])) == (pair[0] | pair[1]))
                {
                    Error(RuleErrorMessages.NeverMatchesCode, RuleErrorMessages.Format(RuleErrorMessages.NeverMatches,
                        RuleErrorMessages.Format(RuleErrorMessages.ContradictoryFlags, FlagName(pair[0]), FlagName(pair[1]))), flags.Value);
                    ok = false;
                }
            }
        }

        if (map.TryGetValue("token", out Entry token))
        {
            element.AnyToken = Enum(token.Value, "token", ["any"]) is not null;
            ok &= element.AnyToken;
        }

        return ok;
    }

    private static bool HasWhiteSpace(string value)
    {
        foreach (char c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns whether <paramref name="value"/> equals its <see cref="string.ToLowerInvariant()"/>, without building that copy.</summary>
    private static bool IsLowerInvariant(string value)
    {
        Span<char> lower = value.Length <= 256 ? stackalloc char[value.Length] : new char[value.Length];
        return value.AsSpan().ToLowerInvariant(lower) == value.Length && lower.SequenceEqual(value);
    }

    private static string FlagName(TokenFeatures f) => FlagNames.First(kv => kv.Value == f).Key;

    /// <summary>Whether <paramref name="value"/> is a valid <c>suffix</c>: letters (<c>ing</c>), or a joined ending, a
    /// hyphen or apostrophe then letters with single hyphens between them (<c>-led</c>, <c>-year-old</c>, <c>'s</c>).</summary>
    private static bool IsValidSuffix(string value)
    {
        if (value.Length == 0)
        {
            return false;
        }

        bool joined = value[0] is '-' or '\'' or '\u2019';
        ReadOnlySpan<char> letters = joined ? value.AsSpan(1) : value;
        if (letters.Length == 0 || !char.IsLetter(letters[0]) || !char.IsLetter(letters[^1]))
        {
            return false;
        }

        for (int i = 1; i < letters.Length; i++)
        {
            if (!(char.IsLetter(letters[i]) || (joined && letters[i] == '-' && letters[i - 1] != '-')))
            {
                return false;
            }
        }

        return true;
    }

    private DeferredRegex? CompileRegex(string pattern, YamlNode node, bool caseSensitive)
    {
        try
        {
            return RegexFor(pattern, caseSensitive, _limits.RegexTimeout, parseFirst: true);
        }
        catch (RegexParseException ex)
        {
            int offset = Math.Clamp(ex.Offset, 0, pattern.Length);
            Error(RuleErrorMessages.RegexInvalidCode, RuleErrorMessages.Format(RuleErrorMessages.RegexInvalid, ex.Message), node, offset);
        }
        catch (NotSupportedException ex)
        {
            (string construct, int offset) = FindUnsupported(pattern);
            string message = offset == 0 && construct == UnknownConstruct
                ? RuleErrorMessages.Format(RuleErrorMessages.RegexTooLarge, ex.Message)
                : RuleErrorMessages.Format(RuleErrorMessages.RegexUnsupported, construct);
            Error(RuleErrorMessages.RegexUnsupportedCode, message, node, offset);
        }
        catch (ArgumentException ex)
        {
            Error(RuleErrorMessages.RegexInvalidCode, RuleErrorMessages.Format(RuleErrorMessages.RegexInvalid, ex.Message), node);
        }

        return null;
    }

    /// <summary>
    /// Returns the regex element for <paramref name="pattern"/>, from <see cref="CompiledRegexes"/> when it was read
    /// before. A pattern that <see cref="CanDefer"/> is built on first use; any other is built now, so the
    /// non-backtracking engine's own refusal is thrown here.
    /// </summary>
    /// <param name="pattern">The pattern as written.</param>
    /// <param name="caseSensitive">Whether the match is case-sensitive.</param>
    /// <param name="timeout">The match timeout.</param>
    /// <param name="parseFirst">Whether to parse the pattern as written first (cheap: the parser alone), so that
    /// error offsets point into what the author wrote; a pattern already known to be valid skips it.</param>
    /// <returns>The regex.</returns>
    /// <exception cref="RegexParseException">The pattern does not parse.</exception>
    /// <exception cref="NotSupportedException">The non-backtracking engine refuses the pattern.</exception>
    internal static DeferredRegex RegexFor(string pattern, bool caseSensitive, TimeSpan timeout, bool parseFirst)
    {
        const string Prefix = @"\A(?:";
        RegexOptions options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | (caseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase);
        var key = (pattern, options, timeout);
        if (CompiledRegexes.TryGetValue(key, out DeferredRegex? cached))
        {
            return cached;
        }

        if (parseFirst)
        {
            _ = new Regex(pattern, options & ~RegexOptions.NonBacktracking, timeout);
        }

        string anchored = Prefix + pattern + @")\z";
        DeferredRegex regex = CanDefer(pattern)
            ? new DeferredRegex(anchored, options, timeout)
            : new DeferredRegex(DeferredRegex.Warm(new Regex(anchored, options, timeout)));
        if (CompiledRegexes.Count < MaxCompiledRegexes)
        {
            regex = CompiledRegexes.GetOrAdd(key, regex);
        }

        return regex;
    }

    /// <summary>The most regexes <see cref="CompiledRegexes"/> keeps.</summary>
    private const int MaxCompiledRegexes = 1024;

    /// <summary>The largest product of a pattern's repetition counts for which its build may be deferred.</summary>
    private const long MaxDeferredRepetition = 256;

    /// <summary>
    /// Regexes already read, by pattern, options and timeout. Building a non-backtracking regex is the dearest step of
    /// loading a rule set, and the same pattern recurs (YAML aliases repeat an element in many rules, and a rule set is
    /// often loaded more than once); a <see cref="DeferredRegex"/> builds its regex once, and a <see cref="Regex"/> is
    /// immutable and safe to share between threads.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Pattern, RegexOptions Options, TimeSpan Timeout), DeferredRegex> CompiledRegexes = new();

    /// <summary>
    /// Returns whether building the non-backtracking regex for <paramref name="pattern"/> (which the parser accepted)
    /// can be left to its first use: it holds no construct that engine refuses (<see cref="FindUnsupported"/>, and
    /// <c>\G</c>), and the product of its repetition counts (<c>{n}</c>, <c>{n,}</c>, <c>{n,m}</c>: the larger bound)
    /// is at most <see cref="MaxDeferredRepetition"/>, so its automaton cannot be too large.
    /// </summary>
    /// <param name="pattern">A pattern the regex parser accepted.</param>
    /// <returns><see langword="true"/> when the build may be deferred.</returns>
    internal static bool CanDefer(string pattern)
    {
        PatternScan scan = ScanPattern(pattern);
        return scan.Construct == UnknownConstruct && !scan.HasContiguityAnchor && scan.RepetitionProduct <= MaxDeferredRepetition;
    }

    /// <summary>Reads the larger bound of a repetition <c>{n}</c>, <c>{n,}</c> or <c>{n,m}</c> whose digits start at
    /// <paramref name="start"/>; <see langword="null"/> when the text there is no repetition (a literal brace).</summary>
    private static long? RepetitionBound(string pattern, int start)
    {
        long low = 0, high = 0;
        int i = start, digits = 0;
        for (; i < pattern.Length && char.IsAsciiDigit(pattern[i]); i++, digits++)
        {
            low = Math.Min(low * 10 + (pattern[i] - '0'), int.MaxValue);
        }

        if (digits == 0 || i >= pattern.Length)
        {
            return null;
        }

        if (pattern[i] == '}')
        {
            return low;
        }

        if (pattern[i] != ',')
        {
            return null;
        }

        i++;
        digits = 0;
        for (; i < pattern.Length && char.IsAsciiDigit(pattern[i]); i++, digits++)
        {
            high = Math.Min(high * 10 + (pattern[i] - '0'), int.MaxValue);
        }

        return i < pattern.Length && pattern[i] == '}' ? (digits == 0 ? low : Math.Max(low, high)) : null;
    }

    /// <summary>Finds the first construct the non-backtracking engine refuses, and its offset in the pattern.</summary>
    /// <param name="pattern">The regex.</param>
    /// <returns>A description of the construct and its offset.</returns>
    internal static (string Construct, int Offset) FindUnsupported(string pattern)
    {
        PatternScan scan = ScanPattern(pattern);
        return (scan.Construct, scan.Offset);
    }

    /// <summary>
    /// What one walk over a pattern (escapes and character classes skipped) found: the first construct the
    /// non-backtracking engine refuses and its offset (<see cref="UnknownConstruct"/> when there is none), whether a
    /// <c>\G</c> came before it, and the product of the repetition bounds read so far (capped just above
    /// <see cref="MaxDeferredRepetition"/>).
    /// </summary>
    private readonly record struct PatternScan(string Construct, int Offset, bool HasContiguityAnchor, long RepetitionProduct);

    private static PatternScan ScanPattern(string pattern)
    {
        bool inClass = false, contiguity = false;
        long product = 1;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                char n = pattern[i + 1];
                if (!inClass && n is >= '1' and <= '9')
                {
                    return new("a backreference", i, contiguity, product);
                }

                if (!inClass && n == 'k' && i + 2 < pattern.Length && pattern[i + 2] is '<' or '\'' or '{')
                {
                    return new("a named backreference", i, contiguity, product);
                }

                contiguity |= n == 'G' && !inClass;
                if (n is 'p' or 'P' && i + 2 < pattern.Length && pattern[i + 2] == '{')
                {
                    // A Unicode category, \p{Lu}: its braces are no repetition.
                    int close = pattern.IndexOf('}', i + 3);
                    i = close < 0 ? pattern.Length : close;
                    continue;
                }

                i++;
                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
                continue;
            }

            if (c == '[')
            {
                inClass = true;
                if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                {
                    i++;
                }

                continue;
            }

            if (c == '{' && RepetitionBound(pattern, i + 1) is long bound)
            {
                product = Math.Min(product * Math.Max(1, bound), MaxDeferredRepetition + 1);
                continue;
            }

            if (c == '(' && i + 2 < pattern.Length && pattern[i + 1] == '?')
            {
                string rest = pattern[(i + 2)..];
                if (rest.StartsWith('=') || rest.StartsWith('!') || rest.StartsWith("<=", StringComparison.Ordinal) || rest.StartsWith("<!", StringComparison.Ordinal))
                {
                    return new("a lookaround", i, contiguity, product);
                }

                if (rest.StartsWith('>'))
                {
                    return new("an atomic group", i, contiguity, product);
                }

                if (rest.StartsWith('('))
                {
                    return new("a conditional", i, contiguity, product);
                }

                if ((rest.StartsWith('<') || rest.StartsWith('\'')) && rest.IndexOf('-') is int dash && dash > 0 && dash < rest.IndexOfAny(['>', '\'', ')'], 1))
                {
                    return new("a balancing group", i, contiguity, product);
                }
            }
        }

        return new(UnknownConstruct, 0, contiguity, product);
    }

    private const string UnknownConstruct = "a construct";

    private bool ReadOp(YamlNode node, ElementNode element)
    {
        string? op = Text(node, "op");
        if (op is null)
        {
            return false;
        }

        string body = op;
        bool lazy = false;
        if (body.Length > 1 && body.EndsWith('?'))
        {
            lazy = true;
            body = body[..^1];
        }

        element.Lazy = lazy;
        switch (body)
        {
            case "?":
                element.Min = 0;
                element.Max = 1;
                return true;
            case "*":
                element.Min = 0;
                element.Unbounded = true;
                return true;
            case "+":
                element.Min = 1;
                element.Unbounded = true;
                return true;
        }

        if (body.Length < 3 || body[0] != '{' || body[^1] != '}')
        {
            Error(RuleErrorMessages.InvalidRepetitionCode, RuleErrorMessages.Format(RuleErrorMessages.InvalidRepetition, op, RuleErrorMessages.RepetitionSyntax), node);
            return false;
        }

        string[] parts = body[1..^1].Split(',');
        if (parts.Length > 2)
        {
            Error(RuleErrorMessages.InvalidRepetitionCode, RuleErrorMessages.Format(RuleErrorMessages.InvalidRepetition, op, RuleErrorMessages.RepetitionSyntax), node);
            return false;
        }

        string minText = parts[0].Trim();
        string maxText = parts.Length == 2 ? parts[1].Trim() : minText;
        if (parts.Length == 2 && maxText.Length == 0)
        {
            Error(RuleErrorMessages.UnboundedRepetitionCode, RuleErrorMessages.Format(RuleErrorMessages.UnboundedRepetition, op), node);
            return false;
        }

        int min = 0;
        if ((minText.Length > 0 && !int.TryParse(minText, NumberStyles.None, CultureInfo.InvariantCulture, out min)) ||
            !int.TryParse(maxText, NumberStyles.None, CultureInfo.InvariantCulture, out int max))
        {
            Error(RuleErrorMessages.InvalidRepetitionCode, RuleErrorMessages.Format(RuleErrorMessages.InvalidRepetition, op, RuleErrorMessages.RepetitionNotNumbers), node);
            return false;
        }

        string? problem = max == 0 ? RuleErrorMessages.RepetitionZero :
            min > max ? RuleErrorMessages.Format(RuleErrorMessages.RepetitionMinAboveMax, min, max) :
            max > _limits.MaxRepetition ? RuleErrorMessages.Format(RuleErrorMessages.RepetitionAboveLimit, max, _limits.MaxRepetition) : null;
        if (problem is not null)
        {
            Error(RuleErrorMessages.InvalidRepetitionCode, RuleErrorMessages.Format(RuleErrorMessages.InvalidRepetition, op, problem), node);
            return false;
        }

        element.Min = min;
        element.Max = max;
        return true;
    }

    private void ReadExamples(YamlNode node, RuleDefinition rule)
    {
        if (node is not YamlSequenceNode seq)
        {
            WrongType("a list of examples", "examples", node);
            return;
        }

        foreach (YamlNode item in seq.Children)
        {
            var map = Map(item, "an example", ExampleKeys);
            if (map is null)
            {
                continue;
            }

            string? text = null;
            if (!map.TryGetValue("text", out Entry textEntry))
            {
                Error(RuleErrorMessages.MissingKeyCode, RuleErrorMessages.Format(RuleErrorMessages.MissingKey, "text", "an example"), item);
            }
            else
            {
                text = Text(textEntry.Value, "text");
                if (text is not null && text.Trim().Length == 0)
                {
                    Error(RuleErrorMessages.EmptyValueCode, RuleErrorMessages.Format(RuleErrorMessages.EmptyValue, "text"), textEntry.Value);
                    text = null;
                }
            }

            SectionKind? section = null;
            if (map.TryGetValue("section", out Entry sectionEntry))
            {
                string? s = Enum(sectionEntry.Value, "section", SectionNames);
                if (s is not null)
                {
                    section = System.Enum.Parse<SectionKind>(s, ignoreCase: true);
                }
            }

            string? todo = map.TryGetValue("todo", out Entry todoEntry) ? Text(todoEntry.Value, "todo") : null;
            if (!map.TryGetValue("expect", out Entry expect))
            {
                Error(RuleErrorMessages.MissingKeyCode, RuleErrorMessages.Format(RuleErrorMessages.MissingKey, "expect", "an example"), item);
                continue;
            }

            if (expect.Value is YamlScalarNode expectScalar)
            {
                if (expectScalar.Value != "none" || expectScalar.Style != ScalarStyle.Plain)
                {
                    Error(RuleErrorMessages.InvalidValueCode, RuleErrorMessages.Format(RuleErrorMessages.InvalidValue, expectScalar.Value, "expect", "'none' or a mapping of roles to text", string.Empty), expect.Value);
                    continue;
                }

                if (text is not null)
                {
                    rule.Examples.Add(new RuleExample(text, section, false, new Dictionary<string, string>(), null, null, todo, At(item)));
                }

                continue;
            }

            if (expect.Value is not YamlMappingNode expectMap)
            {
                WrongType("'none' or a mapping of roles to text", "expect", expect.Value);
                continue;
            }

            if (expectMap.Children.Count == 0)
            {
                Error(RuleErrorMessages.ExpectEmptyCode, RuleErrorMessages.ExpectEmpty, expect.Value);
                continue;
            }

            var roles = new Dictionary<string, string>(StringComparer.Ordinal);
            string? expectedText = null, expectedLabel = null;
            bool ok = true;
            foreach (var (keyNode, valueNode) in expectMap.Children)
            {
                string? key = (keyNode as YamlScalarNode)?.Value;
                string? value = Text(valueNode, key ?? "expect");
                if (key is null || value is null)
                {
                    ok = false;
                    continue;
                }

                switch (key)
                {
                    case "text":
                        expectedText = value;
                        break;
                    case "label":
                        expectedLabel = value;
                        break;
                    default:
                        if (!IsKebabName(key))
                        {
                            Error(RuleErrorMessages.InvalidNameCode, RuleErrorMessages.Format(RuleErrorMessages.InvalidName, "role", key, "source"), keyNode);
                            ok = false;
                            continue;
                        }

                        roles[key] = value;
                        rule.ExpectedRoleLocations.Add((key, At(keyNode)));
                        break;
                }
            }

            if (ok && text is not null)
            {
                rule.Examples.Add(new RuleExample(text, section, true, roles, expectedText, expectedLabel, todo, At(item)));
            }
        }
    }

    // ---- node helpers ----

    private Dictionary<string, Entry>? Map(YamlNode node, string what, string[] allowed)
    {
        if (node is not YamlMappingNode mapping)
        {
            WrongType("a mapping", what, node);
            return null;
        }

        var result = new Dictionary<string, Entry>(StringComparer.Ordinal);
        _lastMapHadUnknownKey = false;
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                WrongType("a key", what, keyNode);
                continue;
            }

            if (Array.IndexOf(allowed, key) < 0)
            {
                string hint = RuleErrorMessages.DidYouMean(key, allowed);
                if (hint.Length == 0)
                {
                    hint = " Expected one of: " + string.Join(", ", allowed) + ".";
                }

                Error(RuleErrorMessages.UnknownKeyCode, RuleErrorMessages.Format(RuleErrorMessages.UnknownKey, key, what, hint), keyNode);
                _lastMapHadUnknownKey = true;
                continue;
            }

            result[key] = new Entry(keyNode, value);
        }

        return result;
    }

    private string? Text(YamlNode node, string key)
    {
        if (node is YamlScalarNode scalar && !IsNull(scalar))
        {
            return scalar.Value;
        }

        WrongType("a text value", key, node);
        return null;
    }

    /// <summary>Reads a text value or a list of them.</summary>
    /// <param name="node">The node.</param>
    /// <param name="key">The key, for messages.</param>
    /// <param name="nested">Whether an item may itself be a list of texts, whose items count as the list's own: YAML
    /// cannot join two lists, so <c>lower: [*participles, though]</c> adds words to a list written elsewhere.</param>
    /// <returns>Each text with its node.</returns>
    private List<(string Value, YamlNode Node)> StringList(YamlNode node, string key, bool nested = false)
    {
        var result = new List<(string, YamlNode)>();
        if (node is YamlScalarNode)
        {
            string? single = Text(node, key);
            if (single is not null)
            {
                result.Add((single, node));
            }

            return result;
        }

        if (node is not YamlSequenceNode seq)
        {
            WrongType("a text value or a list of them", key, node);
            return result;
        }

        if (seq.Children.Count == 0)
        {
            Error(RuleErrorMessages.EmptyValueCode, RuleErrorMessages.Format(RuleErrorMessages.EmptyValue, key), node);
        }

        foreach (YamlNode item in seq.Children)
        {
            if (nested && item is YamlSequenceNode inner)
            {
                result.AddRange(StringList(inner, key));
                continue;
            }

            string? value = Text(item, key);
            if (value is not null)
            {
                result.Add((value, item));
            }
        }

        return result;
    }

    private string? Enum(YamlNode node, string key, string[] values)
    {
        string? text = Text(node, key);
        return text is null ? null : EnumValue(text, node, key, values);
    }

    private string? EnumValue(string text, YamlNode node, string key, string[] values)
    {
        if (Array.IndexOf(values, text) >= 0)
        {
            return text;
        }

        Error(RuleErrorMessages.InvalidValueCode, RuleErrorMessages.Format(RuleErrorMessages.InvalidValue, text, key,
            string.Join(", ", values), RuleErrorMessages.DidYouMean(text, values)), node);
        return null;
    }

    private int? Integer(YamlNode node, string key, int min = int.MinValue)
    {
        if (node is YamlScalarNode { Style: ScalarStyle.Plain } scalar && !IsNull(scalar) &&
            int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
        {
            if (value < min)
            {
                Error(RuleErrorMessages.OutOfRangeCode, RuleErrorMessages.Format(RuleErrorMessages.OutOfRange, key, $"{min} or more", value), node);
                return null;
            }

            return value;
        }

        WrongType("a whole number", key, node);
        return null;
    }

    private double? Confidence(YamlNode node)
    {
        if (node is YamlScalarNode { Style: ScalarStyle.Plain } scalar && !IsNull(scalar) &&
            double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            if (!(value >= 0 && value <= 1))
            {
                Error(RuleErrorMessages.OutOfRangeCode, RuleErrorMessages.Format(RuleErrorMessages.OutOfRange, "confidence", "between 0 and 1", scalar.Value), node);
                return null;
            }

            return value;
        }

        WrongType("a number between 0 and 1", "confidence", node);
        return null;
    }

    private bool? Boolean(YamlNode node, string key)
    {
        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } v })
        {
            switch (v)
            {
                case "true" or "True" or "TRUE":
                    return true;
                case "false" or "False" or "FALSE":
                    return false;
            }
        }

        WrongType("true or false", key, node);
        return null;
    }

    private bool CheckRuleId(string id, YamlNode node)
    {
        if (IsRuleId(id))
        {
            return true;
        }

        Error(RuleErrorMessages.InvalidRuleIdCode, RuleErrorMessages.Format(RuleErrorMessages.InvalidRuleId, id), node);
        return false;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    /// <summary>Returns whether <paramref name="id"/> is a package-qualified rule id (<c>quote.trailing-source</c>).</summary>
    /// <param name="id">A candidate id.</param>
    /// <returns><see langword="true"/> for lower-case kebab words joined by at least one dot.</returns>
    internal static bool IsRuleId(string id)
    {
        string[] parts = id.Split('.');
        return parts.Length >= 2 && Array.TrueForAll(parts, IsKebabName);
    }

    /// <summary>Returns whether <paramref name="name"/> is lower-case letters and digits joined by single hyphens.</summary>
    /// <param name="name">A candidate name.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    internal static bool IsKebabName(string name)
    {
        if (name.Length == 0 || !char.IsAsciiLetterLower(name[0]) || name[^1] == '-')
        {
            return false;
        }

        for (int i = 1; i < name.Length; i++)
        {
            char c = name[i];
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (c == '-' && name[i - 1] != '-')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns whether <paramref name="name"/> is a PascalCase label.</summary>
    /// <param name="name">A candidate label.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    internal static bool IsLabel(string name) =>
        name.Length > 0 && char.IsAsciiLetterUpper(name[0]) && name.All(char.IsAsciiLetterOrDigit);

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s when IsNull(s) => "nothing",
        YamlScalarNode { Style: ScalarStyle.Plain } s => $"'{s.Value}'",
        YamlScalarNode s => $"quoted text '{s.Value}'",
        _ => "an alias",
    };

    private void WrongType(string expected, string key, YamlNode node) =>
        Error(RuleErrorMessages.WrongTypeCode, RuleErrorMessages.Format(RuleErrorMessages.WrongType, expected, key, Describe(node)), node);

    private SourceLocation At(YamlNode node)
    {
        // An empty node at the end of the text (a document of "---" alone) is placed after the last line by the parser.
        (int line, int column) = YamlGuard.InText(_end, (int)Math.Max(1, node.Start.Line), (int)Math.Max(1, node.Start.Column));
        return new(_source, line, column);
    }

    private void Error(string code, string message, YamlNode node, int? offsetInScalar = null)
    {
        SourceLocation at = At(node);
        if (offsetInScalar is int offset && node is YamlScalarNode s && node.Start.Line == node.End.Line)
        {
            int quote = s.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
            at = at with { Column = at.Column + quote + offset };
        }

        _diagnostics.Add(new RuleDiagnostic(code, RuleDiagnosticSeverity.Error, message, at, _ruleId));
    }

    private void Warning(string code, string message, YamlNode node) =>
        _diagnostics.Add(new RuleDiagnostic(code, RuleDiagnosticSeverity.Warning, message, At(node), _ruleId));

    private readonly record struct Entry(YamlNode Key, YamlNode Value);
}
