using System.Text.RegularExpressions;
using ClaimTagger.Rules.Patterns;
using ClaimTagger.Rules.Yaml;

namespace ClaimTagger.Rules;

/// <summary>
/// Layers rule files in order (defaults first, then users' files) and checks what no single file can:
/// duplicate ids and lexicons, <c>disable</c>/<c>override</c> targets, lexicon references, example roles.
/// </summary>
internal static partial class RuleSetLinker
{
    /// <summary>The source name used for diagnostics about <see cref="ClaimTaggerBuilder.DisableRule"/> calls.</summary>
    public const string BuilderSource = "ClaimTaggerBuilder";

    /// <summary>Links the files into a rule set model.</summary>
    /// <param name="files">The files, in layer order.</param>
    /// <param name="disabledByCaller">Rule ids switched off by the caller.</param>
    /// <param name="limits">The limits.</param>
    /// <param name="diagnostics">Receives the problems found.</param>
    /// <param name="checkedFiles">How many of the first files were read from the built-in rules' pack, whose rules were
    /// checked (lexicons, roles, examples) when the pack was written: their rules are not walked again.</param>
    /// <returns>The rule set, or <see langword="null"/> when there are errors.</returns>
    public static RuleSet? Link(IReadOnlyList<RuleFile> files, IEnumerable<string> disabledByCaller, RuleSetLimits limits, List<RuleDiagnostic> diagnostics, int checkedFiles = 0)
    {
        var lexicons = new Dictionary<string, LexiconDefinition>(StringComparer.Ordinal);
        var rules = new Dictionary<string, RuleDefinition>(StringComparer.Ordinal);
        var order = new List<RuleDefinition>();
        var disabled = new List<string>();
        var overrides = new Dictionary<string, OverrideDefinition>(StringComparer.Ordinal);
        var conflicts = new List<ConflictDefinition>();
        int count = 0;
        foreach (RuleFile file in files)
        {
            foreach (LexiconDefinition lex in file.Lexicons)
            {
                if (lexicons.TryGetValue(lex.Name, out LexiconDefinition? first))
                {
                    diagnostics.Add(Error(RuleErrorMessages.DuplicateLexiconCode, RuleErrorMessages.Format(RuleErrorMessages.DuplicateLexicon, lex.Name, first.Location), lex.Location));
                    continue;
                }

                lexicons.Add(lex.Name, lex);
            }

            foreach (RuleDefinition rule in file.Rules)
            {
                if (++count == limits.MaxRules + 1)
                {
                    diagnostics.Add(Error(RuleErrorMessages.TooManyRulesCode, RuleErrorMessages.Format(RuleErrorMessages.TooManyRules, limits.MaxRules), rule.Location));
                }

                if (rules.TryGetValue(rule.Id, out RuleDefinition? first))
                {
                    diagnostics.Add(Error(RuleErrorMessages.DuplicateRuleIdCode, RuleErrorMessages.Format(RuleErrorMessages.DuplicateRuleId, rule.Id, first.IdLocation), rule.IdLocation, rule.Id));
                    continue;
                }

                rules.Add(rule.Id, rule);
                order.Add(rule);
            }

            foreach ((string id, SourceLocation at) in file.Disable)
            {
                if (CheckKnown(id, at, rules, diagnostics) && !disabled.Contains(id))
                {
                    disabled.Add(id);
                }
            }

            foreach (OverrideDefinition o in file.Overrides)
            {
                if (CheckKnown(o.Id, o.Location, rules, diagnostics))
                {
                    overrides[o.Id] = overrides.TryGetValue(o.Id, out OverrideDefinition? earlier)
                        ? o with { Priority = o.Priority ?? earlier.Priority, Confidence = o.Confidence ?? earlier.Confidence }
                        : o;
                }
            }

            foreach (ConflictDefinition group in file.Conflicts)
            {
                // A later declaration takes its labels out of any earlier group.
                for (int i = conflicts.Count - 1; i >= 0; i--)
                {
                    List<Label> rest = conflicts[i].Labels.Where(l => !group.Labels.Contains(l)).ToList();
                    if (rest.Count == 0)
                    {
                        conflicts.RemoveAt(i);
                    }
                    else if (rest.Count != conflicts[i].Labels.Count)
                    {
                        conflicts[i] = conflicts[i] with { Labels = rest };
                    }
                }

                conflicts.Add(group);
            }
        }

        foreach (string id in disabledByCaller)
        {
            if (CheckKnown(id, new SourceLocation(BuilderSource, 1, 1), rules, diagnostics) && !disabled.Contains(id))
            {
                disabled.Add(id);
            }
        }

        var alreadyChecked = new HashSet<RuleDefinition>(files.Take(checkedFiles).SelectMany(f => f.Rules), ReferenceEqualityComparer.Instance);
        foreach (RuleDefinition rule in order)
        {
            if (!alreadyChecked.Contains(rule))
            {
                CheckRule(rule, lexicons, diagnostics);
            }
        }

        if (diagnostics.Exists(d => d.IsError))
        {
            return null;
        }

        var built = new List<Rule>();
        foreach (RuleDefinition def in order)
        {
            if (disabled.Contains(def.Id))
            {
                continue;
            }

            overrides.TryGetValue(def.Id, out OverrideDefinition? o);
            var roles = new SortedSet<string>(StringComparer.Ordinal);
            def.Condition!.CollectRoles(roles);
            built.Add(new Rule(def.Id, def.Label, def.Location, def.Condition)
            {
                Kind = def.Kind,
                Message = def.Message,
                Priority = o?.Priority ?? def.Priority,
                Confidence = o?.Confidence ?? def.Confidence,
                Scope = new RuleScope(def.Sections ?? RuleScope.DefaultSections(def.Label), def.Quotes, def.Window),
                Examples = def.Examples,
                Roles = [.. roles],
                Order = built.Count,
            });
        }

        var lexiconList = lexicons.Values
            .Select(l => new Lexicon(l.Name, l.Entries, l.Forms, l.Inflection, l.CaseSensitive, l.Location))
            .ToList();
        var groups = conflicts.Select(c => new ConflictGroup(c.Labels, c.Policy, c.Location)).ToList();
        return new RuleSet(built, lexiconList, groups, disabled, files.Select(f => f.Source).ToList());
    }

    private static bool CheckKnown(string id, SourceLocation at, Dictionary<string, RuleDefinition> rules, List<RuleDiagnostic> diagnostics)
    {
        if (rules.ContainsKey(id))
        {
            return true;
        }

        diagnostics.Add(Error(RuleErrorMessages.UnknownRuleIdCode, RuleErrorMessages.Format(RuleErrorMessages.UnknownRuleId, id, RuleErrorMessages.DidYouMean(id, rules.Keys)), at, id));
        return false;
    }

    private static void CheckRule(RuleDefinition rule, Dictionary<string, LexiconDefinition> lexicons, List<RuleDiagnostic> diagnostics)
    {
        if (rule.Condition is null)
        {
            return;
        }

        rule.Condition.VisitSequences(seq => CheckLexicons(seq, rule.Id, lexicons, diagnostics));
        var roles = new HashSet<string>(StringComparer.Ordinal);
        rule.Condition.CollectRoles(roles);
        foreach ((string role, SourceLocation at) in rule.ExpectedRoleLocations)
        {
            if (!roles.Contains(role))
            {
                diagnostics.Add(Error(RuleErrorMessages.ExpectUnknownRoleCode,
                    RuleErrorMessages.Format(RuleErrorMessages.ExpectUnknownRole, role, RuleErrorMessages.DidYouMean(role, roles)), at, rule.Id));
            }
        }

        if (rule.Message is not null && rule.MessageLocation is not null)
        {
            foreach (Match m in Placeholder().Matches(rule.Message))
            {
                if (!roles.Contains(m.Groups[1].Value))
                {
                    diagnostics.Add(new RuleDiagnostic(RuleErrorMessages.MessageUnknownRoleCode, RuleDiagnosticSeverity.Warning,
                        RuleErrorMessages.Format(RuleErrorMessages.MessageUnknownRole, m.Groups[1].Value), rule.MessageLocation, rule.Id));
                }
            }
        }

        if (rule.Examples.Count == 0)
        {
            diagnostics.Add(Warning(RuleErrorMessages.NoExamplesCode, RuleErrorMessages.NoExamples, rule.Location, rule.Id));
        }
        else if (!rule.Examples.Exists(e => e.ExpectsMatch))
        {
            diagnostics.Add(Warning(RuleErrorMessages.NoPositiveExampleCode, RuleErrorMessages.NoPositiveExample, rule.Location, rule.Id));
        }
        else if (!rule.Examples.Exists(e => !e.ExpectsMatch))
        {
            diagnostics.Add(Warning(RuleErrorMessages.NoNegativeExampleCode, RuleErrorMessages.NoNegativeExample, rule.Location, rule.Id));
        }
    }

    private static void CheckLexicons(SequenceNode seq, string ruleId, Dictionary<string, LexiconDefinition> lexicons, List<RuleDiagnostic> diagnostics)
    {
        foreach (ElementNode e in seq.Elements)
        {
            if (e.Lexicons is not null)
            {
                foreach ((string name, SourceLocation at) in e.Lexicons)
                {
                    if (!lexicons.ContainsKey(name))
                    {
                        diagnostics.Add(Error(RuleErrorMessages.UnknownLexiconCode,
                            RuleErrorMessages.Format(RuleErrorMessages.UnknownLexicon, name, RuleErrorMessages.DidYouMean(name, lexicons.Keys)), at, ruleId));
                    }
                }
            }

            if (e.Group is not null)
            {
                CheckLexicons(e.Group, ruleId, lexicons, diagnostics);
            }

            foreach (SequenceNode branch in e.OneOf ?? [])
            {
                CheckLexicons(branch, ruleId, lexicons, diagnostics);
            }
        }
    }

    private static RuleDiagnostic Error(string code, string message, SourceLocation at, string? ruleId = null) =>
        new(code, RuleDiagnosticSeverity.Error, message, at, ruleId);

    private static RuleDiagnostic Warning(string code, string message, SourceLocation at, string? ruleId) =>
        new(code, RuleDiagnosticSeverity.Warning, message, at, ruleId);

    [GeneratedRegex(@"\{([a-z][a-z0-9-]*)\}")]
    private static partial Regex Placeholder();
}
