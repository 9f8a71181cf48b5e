namespace ClaimTagger.Rules;

/// <summary>The stretch of text a rule's pattern runs over at once (<c>scope.window</c>).</summary>
public enum RuleWindow
{
    /// <summary>One sentence.</summary>
    Sentence,

    /// <summary>All the sentences of one paragraph, so a match may cross sentence ends (a multi-sentence quote and its attribution).</summary>
    Paragraph,
}
