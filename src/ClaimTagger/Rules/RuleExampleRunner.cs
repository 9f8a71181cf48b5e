using System.Globalization;
using System.Text;
using ClaimTagger.Analysis;
using ClaimTagger.Matching;
using ClaimTagger.Sections;
using ClaimTagger.Sentences;

namespace ClaimTagger.Rules;

/// <summary>
/// Runs the inline examples of rules like unit tests: each example's text is analysed, the example's rule runs
/// on its own, and the result is compared with <c>expect</c> (the roles it must capture, or <c>none</c>).
/// </summary>
/// <remarks>Thread-safe; each call works on its own data.</remarks>
public static class RuleExampleRunner
{
    /// <summary>Runs the examples of every rule (or of one rule) with the default text analyzer.</summary>
    /// <param name="rules">The rule set.</param>
    /// <param name="ruleId">When set, only this rule's examples run.</param>
    /// <returns>One result per example.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is <see langword="null"/>.</exception>
    public static RuleExampleReport Run(RuleSet rules, string? ruleId = null) => Run(rules, TextAnalyzer.Default, ruleId);

    /// <summary>Runs the examples of every rule (or of one rule) with the given text analyzer.</summary>
    /// <param name="rules">The rule set.</param>
    /// <param name="analyzer">The analyzer that cuts example texts into sentences and tokens.</param>
    /// <param name="ruleId">When set, only this rule's examples run.</param>
    /// <returns>One result per example.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or <paramref name="analyzer"/> is <see langword="null"/>.</exception>
    public static RuleExampleReport Run(RuleSet rules, TextAnalyzer analyzer, string? ruleId = null)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        return Run(rules, analyzer.Analyze, ruleId);
    }

    /// <summary>Runs the examples with any analysis function (tests feed hand-made tokens).</summary>
    /// <param name="rules">The rule set.</param>
    /// <param name="analyze">Turns an example text into its analysed form.</param>
    /// <param name="ruleId">When set, only this rule's examples run.</param>
    /// <returns>One result per example.</returns>
    internal static RuleExampleReport Run(RuleSet rules, Func<string, AnalyzedText> analyze, string? ruleId = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var results = new List<RuleExampleResult>();
        foreach (Rule rule in rules.Rules)
        {
            if (ruleId is not null && rule.Id != ruleId)
            {
                continue;
            }

            foreach (RuleExample example in rule.Examples)
            {
                results.Add(RunOne(rules, rule, example, analyze));
            }
        }

        return new RuleExampleReport(results);
    }

    private static RuleExampleResult RunOne(RuleSet rules, Rule rule, RuleExample example, Func<string, AnalyzedText> analyze)
    {
        SectionKind section = example.Section ??
            (rule.Scope.Sections.Contains(SectionKind.Body) || rule.Scope.Sections.Count == 0 ? SectionKind.Body : rule.Scope.Sections[0]);
        AnalyzedText analyzed = InSection(analyze(example.Text), section);
        EngineRun run = rules.Engine.Run(analyzed, new EngineOptions(UsePrefilter: true, Explain: false, OnlyRule: rule.Id));
        string? failure = example.ExpectsMatch ? CheckPositive(rule, example, run, analyzed.Text) : CheckNegative(run, analyzed.Text);
        if (failure is not null && example.ExpectsMatch && run.Matches.Count == 0)
        {
            failure += Hint(rules, rule, analyzed);
        }

        if (run.Diagnostics.Count > 0)
        {
            failure ??= "expected no runtime problem, got " + run.Diagnostics[0];
        }

        RuleExampleOutcome outcome = (failure is null, example.Todo is null) switch
        {
            (true, true) => RuleExampleOutcome.Passed,
            (true, false) => RuleExampleOutcome.TodoPassed,
            (false, true) => RuleExampleOutcome.Failed,
            _ => RuleExampleOutcome.Todo,
        };
        string message = outcome switch
        {
            RuleExampleOutcome.Passed => "passed",
            RuleExampleOutcome.TodoPassed => $"todo example passes now; remove 'todo: {example.Todo}'",
            RuleExampleOutcome.Todo => $"todo ({example.Todo}): {failure}",
            _ => failure!,
        };
        return new RuleExampleResult(rule.Id, example, outcome, message);
    }

    private static string? CheckNegative(EngineRun run, string text)
    {
        if (run.Matches.Count == 0)
        {
            return null;
        }

        return "expected none, got " + Describe(run.Matches[0], text);
    }

    private static string? CheckPositive(Rule rule, RuleExample example, EngineRun run, string text)
    {
        foreach (RuleMatch m in run.Matches)
        {
            if (Satisfies(rule, example, m, text))
            {
                return null;
            }
        }

        var expected = new StringBuilder("expected ");
        AppendExpectation(expected, rule, example);
        return run.Matches.Count == 0
            ? expected + ", got no match"
            : expected + ", got " + string.Join("; ", run.Matches.Select(m => Describe(m, text)));
    }

    private static bool Satisfies(Rule rule, RuleExample example, RuleMatch m, string text)
    {
        if (example.ExpectedLabel is not null && example.ExpectedLabel != rule.Label.Name)
        {
            return false;
        }

        if (example.ExpectedText is not null && example.ExpectedText != text[m.Start..m.End])
        {
            return false;
        }

        foreach ((string role, string value) in example.ExpectedRoles)
        {
            if (!m.Roles.TryGetValue(role, out var span) || text[span.Start..span.End] != value)
            {
                return false;
            }
        }

        return true;
    }

    private static void AppendExpectation(StringBuilder b, Rule rule, RuleExample example)
    {
        var parts = new List<string>();
        if (example.ExpectedLabel is not null)
        {
            parts.Add($"label={example.ExpectedLabel}");
        }

        if (example.ExpectedText is not null)
        {
            parts.Add($"text=\"{example.ExpectedText}\"");
        }

        parts.AddRange(example.ExpectedRoles.Select(r => $"{r.Key}=\"{r.Value}\""));
        b.Append(parts.Count == 0 ? $"a {rule.Label} match" : string.Join(", ", parts));
    }

    private static string Describe(RuleMatch m, string text)
    {
        var parts = new List<string> { $"text=\"{text[m.Start..m.End]}\"" };
        parts.AddRange(m.Roles.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}=\"{text[r.Value.Start..r.Value.End]}\""));
        return string.Join(", ", parts);
    }

    private static string Hint(RuleSet rules, Rule rule, AnalyzedText analyzed)
    {
        EngineRun explained = rules.Engine.Run(analyzed, new EngineOptions(UsePrefilter: true, Explain: true, OnlyRule: rule.Id));
        PatternProbe? best = null;
        foreach (WindowTrace trace in explained.Traces)
        {
            foreach (PatternProbe probe in trace.Probes)
            {
                if (best is null || probe.FurthestElement > best.FurthestElement)
                {
                    best = probe;
                }
            }
        }

        if (best is null || best.FurthestElement < 0)
        {
            return explained.Traces.Count == 0 ? " (the rule did not run: check its scope)" : string.Empty;
        }

        if (best.HasMatch)
        {
            return " (the pattern matched, but a filter or the quote scope removed the match)";
        }

        string element = best.FurthestElement < best.Nfa.ElementNames.Length ? best.Nfa.ElementNames[best.FurthestElement] : "end";
        string at = best.FurthestToken < analyzed.Tokens.Count
            ? $"'{analyzed.Text.Substring(analyzed.Tokens[best.FurthestToken].Start, analyzed.Tokens[best.FurthestToken].Length)}'"
            : "the end of the sentence";
        return string.Create(CultureInfo.InvariantCulture, $" (furthest: {best.Path} element {best.FurthestElement + 1} of {best.Nfa.ElementCount}, {element}, failed at {at})");
    }

    /// <summary>Returns a copy of <paramref name="analyzed"/> with every paragraph and sentence in <paramref name="section"/>.</summary>
    /// <param name="analyzed">The analysed text.</param>
    /// <param name="section">The section to use.</param>
    /// <returns>The re-sectioned text.</returns>
    internal static AnalyzedText InSection(AnalyzedText analyzed, SectionKind section)
    {
        var paragraphs = analyzed.Paragraphs.Select(p => p with { Section = section }).ToArray();
        Sentence[] sentences = analyzed.Sentences.Select(s => s with { Section = section }).ToArray();
        return new AnalyzedText(analyzed.Text, paragraphs, sentences, [.. analyzed.Tokens], [.. analyzed.Quotes]);
    }
}
