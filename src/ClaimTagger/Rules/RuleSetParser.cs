using ClaimTagger.Matching;
using ClaimTagger.Rules.Packed;
using ClaimTagger.Rules.Yaml;

namespace ClaimTagger.Rules;

/// <summary>Loads rule files into a <see cref="RuleSet"/>, collecting every diagnostic; never throws on content.</summary>
public static class RuleSetParser
{
    /// <summary>Loads one rule file on its own.</summary>
    /// <param name="yaml">The file's YAML text.</param>
    /// <param name="sourceName">The name diagnostics use for the file (normally its path).</param>
    /// <returns>The rule set, or the diagnostics that prevent it.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static RuleSetParseResult Parse(string yaml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(sourceName);
        return Parse([new RuleSource(sourceName, yaml)]);
    }

    /// <summary>Loads several rule files as layers: each may add rules, and disable or override rules of earlier files.</summary>
    /// <param name="sources">The files, in layer order (defaults first).</param>
    /// <param name="limits">The limits, or <see langword="null"/> for <see cref="RuleSetLimits.Default"/>.</param>
    /// <param name="disabledRules">Rule ids to switch off after every file is read, or <see langword="null"/>.</param>
    /// <returns>The rule set, or the diagnostics that prevent it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> is <see langword="null"/>.</exception>
    public static RuleSetParseResult Parse(IEnumerable<RuleSource> sources, RuleSetLimits? limits = null, IEnumerable<string>? disabledRules = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        limits ??= RuleSetLimits.Default;
        var diagnostics = new List<RuleDiagnostic>();
        var files = new List<RuleFile>();
        IReadOnlyList<RuleSource> all = [.. sources];
        int builtIn = BuiltInCount(all, limits);
        List<RuleFile>? packed = builtIn > 0 ? DefaultRulePack.TryLoad([.. all.Take(builtIn)], diagnostics) : null;
        if (packed is not null)
        {
            files.AddRange(packed);
        }

        foreach (RuleSource source in packed is null ? all : all.Skip(builtIn))
        {
            ArgumentNullException.ThrowIfNull(source);
            RuleFile? file = RuleFileReader.Read(source.Yaml ?? string.Empty, source.Name ?? string.Empty, limits, diagnostics, source.IsBuiltIn);
            if (file is not null)
            {
                files.Add(file);
            }
        }

        RuleSet? set = RuleSetLinker.Link(files, disabledRules ?? [], limits, diagnostics, packed?.Count ?? 0);
        if (set is not null)
        {
            // The built-in rules alone (read from the pack, so unchanged since the tests compiled every pattern of
            // them) build each automaton on its first use; any other file's patterns are checked now.
            bool onlyBuiltIn = packed is not null && builtIn == all.Count;
            RuleEngine? engine = RuleCompiler.Compile(set, limits, diagnostics, deferAutomata: onlyBuiltIn);
            if (engine is null)
            {
                set = null;
            }
            else
            {
                set.Engine = engine;
            }
        }

        return new RuleSetParseResult(diagnostics.Exists(d => d.IsError) ? null : set, diagnostics);
    }

    /// <summary>Returns how many of the first sources are built-in files the embedded pack may stand for: none under
    /// limits other than the defaults, which may make the same YAML read differently.</summary>
    private static int BuiltInCount(IReadOnlyList<RuleSource> sources, RuleSetLimits limits)
    {
        if (limits != RuleSetLimits.Default)
        {
            return 0;
        }

        int count = 0;
        while (count < sources.Count && sources[count] is { IsBuiltIn: true })
        {
            count++;
        }

        return count;
    }
}
