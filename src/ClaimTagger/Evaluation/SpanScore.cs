namespace ClaimTagger.Evaluation;

/// <summary>Counts of gold, predicted and matched tags, with the precision, recall and F1 they give.</summary>
/// <param name="Gold">The number of gold tags.</param>
/// <param name="Predicted">The number of predicted tags.</param>
/// <param name="TruePositives">The number of one-to-one matched pairs.</param>
/// <remarks>A ratio whose denominator is zero is <see cref="double.NaN"/> (undefined), not 0 or 1.</remarks>
public readonly record struct SpanScore(int Gold, int Predicted, int TruePositives)
{
    /// <summary>Gets the share of predicted tags that match a gold tag: <c>TruePositives / Predicted</c>.</summary>
    public double Precision => Predicted == 0 ? double.NaN : (double)TruePositives / Predicted;

    /// <summary>Gets the share of gold tags that a prediction matches: <c>TruePositives / Gold</c>.</summary>
    public double Recall => Gold == 0 ? double.NaN : (double)TruePositives / Gold;

    /// <summary>Gets the harmonic mean of precision and recall: <c>2 · TruePositives / (Gold + Predicted)</c>.</summary>
    public double F1 => Gold + Predicted == 0 ? double.NaN : 2.0 * TruePositives / (Gold + Predicted);

    /// <summary>Returns the sum of two scores' counts.</summary>
    /// <param name="left">A score.</param>
    /// <param name="right">Another score.</param>
    /// <returns>A score whose counts are the sums.</returns>
    public static SpanScore operator +(SpanScore left, SpanScore right) =>
        new(left.Gold + right.Gold, left.Predicted + right.Predicted, left.TruePositives + right.TruePositives);

    /// <summary>Returns the sum of two scores' counts.</summary>
    /// <param name="left">A score.</param>
    /// <param name="right">Another score.</param>
    /// <returns>A score whose counts are the sums.</returns>
    public static SpanScore Add(SpanScore left, SpanScore right) => left + right;
}
