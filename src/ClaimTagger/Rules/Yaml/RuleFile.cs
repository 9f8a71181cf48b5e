using ClaimTagger.Rules.Patterns;
using ClaimTagger.Sections;

namespace ClaimTagger.Rules.Yaml;

/// <summary>One rule file as read from YAML, before it is linked with the other files of a rule set.</summary>
internal sealed class RuleFile
{
    public required string Source { get; init; }

    public List<LexiconDefinition> Lexicons { get; } = [];

    public List<ConflictDefinition> Conflicts { get; } = [];

    public List<(string Id, SourceLocation Location)> Disable { get; } = [];

    public List<OverrideDefinition> Overrides { get; } = [];

    public List<RuleDefinition> Rules { get; } = [];
}

/// <summary>A lexicon as written.</summary>
internal sealed record LexiconDefinition(string Name, List<string> Entries, List<string> Forms, LexiconInflection Inflection, bool CaseSensitive, SourceLocation Location);

/// <summary>A conflict group as written.</summary>
internal sealed record ConflictDefinition(List<Label> Labels, ConflictPolicy Policy, SourceLocation Location);

/// <summary>An override of an earlier rule's priority or confidence.</summary>
internal sealed record OverrideDefinition(string Id, int? Priority, double? Confidence, SourceLocation Location);

/// <summary>A rule as written.</summary>
internal sealed class RuleDefinition
{
    public required string Id { get; init; }

    public required SourceLocation Location { get; init; }

    public required SourceLocation IdLocation { get; init; }

    public Label Label { get; set; }

    public string? Kind { get; set; }

    public string? Message { get; set; }

    public SourceLocation? MessageLocation { get; set; }

    public int Priority { get; set; }

    public double Confidence { get; set; } = 0.5;

    public List<SectionKind>? Sections { get; set; }

    public QuoteScope Quotes { get; set; }

    public RuleWindow Window { get; set; }

    public ConditionNode? Condition { get; set; }

    public List<RuleExample> Examples { get; } = [];

    public List<(string Role, SourceLocation Location)> ExpectedRoleLocations { get; } = [];
}
