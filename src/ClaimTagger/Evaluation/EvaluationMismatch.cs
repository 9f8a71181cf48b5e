namespace ClaimTagger.Evaluation;

/// <summary>One difference between a tagger's output and the gold set, for error analysis.</summary>
/// <param name="DocumentId">The id of the gold document.</param>
/// <param name="Mismatch">What went wrong.</param>
/// <param name="Label">The label of the tag concerned.</param>
/// <param name="Kind">The tag's kind, or <see langword="null"/>.</param>
/// <param name="Start">The start of the tag concerned: the gold tag for a miss or a wrong role, the prediction for a spurious tag.</param>
/// <param name="End">The end of that tag.</param>
/// <param name="Text">The text of that tag.</param>
/// <param name="Detail">For a wrong role, what was expected and what was found; otherwise <see langword="null"/>.</param>
public sealed record EvaluationMismatch(
    string DocumentId,
    MismatchKind Mismatch,
    Label Label,
    string? Kind,
    int Start,
    int End,
    string Text,
    string? Detail);
