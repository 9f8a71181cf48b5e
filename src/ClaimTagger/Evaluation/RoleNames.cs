namespace ClaimTagger.Evaluation;

/// <summary>The role names the built-in labels use, as written in rule files, JSON output and gold sets.</summary>
public static class RoleNames
{
    /// <summary>Who says it: the mention as written, with the canonical name in <see cref="RoleSpan.Resolved"/>.</summary>
    public const string Source = "source";

    /// <summary>The verb, phrase or mark that introduces what is said (<c>said</c>, <c>according to</c>, a colon), or the hedge word.</summary>
    public const string Cue = "cue";

    /// <summary>What is said: the quoted words without their marks, or the reported proposition.</summary>
    public const string Content = "content";

    /// <summary>What a hedge qualifies (<c>espionage</c> in <c>alleged espionage</c>).</summary>
    public const string Target = "target";
}
