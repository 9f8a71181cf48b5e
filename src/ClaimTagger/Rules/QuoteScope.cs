namespace ClaimTagger.Rules;

/// <summary>Where a rule's match may lie with respect to quotation marks (<c>scope.quotes</c>).</summary>
public enum QuoteScope
{
    /// <summary>Anywhere.</summary>
    Any,

    /// <summary>No token of the match is quoted (a quotation mark counts as quoted).</summary>
    Outside,

    /// <summary>Every token of the match is quoted.</summary>
    Inside,
}
