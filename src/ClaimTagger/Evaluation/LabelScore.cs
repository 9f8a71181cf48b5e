namespace ClaimTagger.Evaluation;

/// <summary>The scores of one label, or of one kind within a label.</summary>
/// <param name="Label">The label.</param>
/// <param name="Kind">The kind within the label, or <see langword="null"/> for the label as a whole (every kind, and none).</param>
/// <param name="Overlap">Matching on overlapping spans: same label (and kind, for a kind row), spans sharing at least one
/// character, paired one-to-one greedily by largest overlap.</param>
/// <param name="Exact">Matching on exact spans: same label (and kind), same start and same end.</param>
public sealed record LabelScore(Label Label, string? Kind, SpanScore Overlap, SpanScore Exact)
{
    /// <summary>Gets the row name: the label, or <c>label/kind</c> for a kind row.</summary>
    public string Name => Kind is null ? Label.Name : $"{Label.Name}/{Kind}";
}
