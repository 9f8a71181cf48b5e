using ClaimTagger.Rules;

namespace ClaimTagger.Matching;

/// <summary>A rule ready to run: its condition and the words its prefilter needs.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Condition">The compiled condition.</param>
/// <param name="RequiredWords">Word ids one of which must occur in a window for the rule to match there, or <see langword="null"/> when the rule always runs.</param>
internal sealed record CompiledRule(Rule Rule, CompiledCondition Condition, int[]? RequiredWords)
{
    /// <summary>Gets, by <see cref="Sections.SectionKind"/> value, whether the rule runs in that section.</summary>
    public bool[] InSection { get; } = BuildSections(Rule);

    /// <summary>Gets sets of word ids (sorted) that must each have a word in a window for the rule to match there (a
    /// stronger test than <see cref="RequiredWords"/>, which is one of them), or <see langword="null"/> when none.</summary>
    public int[][]? WordGroups { get; init; }

    private static bool[] BuildSections(Rule rule)
    {
        var mask = new bool[Enum.GetValues<Sections.SectionKind>().Length];
        foreach (var section in rule.Scope.Sections)
        {
            mask[(int)section] = true;
        }

        return mask;
    }
}
