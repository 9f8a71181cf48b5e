using ClaimTagger.Rules;

namespace ClaimTagger;

/// <summary>Options for the <see cref="ITagger"/> registered by <see cref="ClaimTaggerServiceCollectionExtensions.AddClaimTagger"/>.</summary>
public sealed class ClaimTaggerOptions
{
    /// <summary>Gets or sets a value indicating whether the built-in default rules form the first layer. Defaults to <see langword="true"/>.</summary>
    public bool IncludeDefaultRules { get; set; } = true;

    /// <summary>Gets the rule files and folders (their <c>*.yaml</c> and <c>*.yml</c> files, sorted by name) layered on the defaults, in order.</summary>
    public IList<string> RuleFiles { get; } = [];

    /// <summary>Gets the ids of rules to switch off, from any layer.</summary>
    public IList<string> DisabledRules { get; } = [];

    /// <summary>
    /// Gets or sets a value indicating whether the tagger reloads its rules when a rule file changes. A new rule
    /// set that has errors is not used: the old rules stay in force and every diagnostic is logged.
    /// Defaults to <see langword="false"/>.
    /// </summary>
    public bool ReloadOnChange { get; set; }

    /// <summary>
    /// Gets or sets the limits that protect the rule loader from hostile or runaway rule files (document size,
    /// nesting, node count, rule count, lexicon size, pattern size, regex timeout). Defaults to
    /// <see cref="RuleSetLimits.Default"/>; <see langword="null"/> also means the defaults.
    /// </summary>
    public RuleSetLimits? RuleLimits { get; set; } = RuleSetLimits.Default;
}
