namespace ClaimTagger.Evaluation;

/// <summary>How many of the cases checked were right.</summary>
/// <param name="Correct">The number of cases that were right.</param>
/// <param name="Total">The number of cases checked.</param>
public readonly record struct AccuracyScore(int Correct, int Total)
{
    /// <summary>Gets <c>Correct / Total</c>, or <see cref="double.NaN"/> when nothing was checked.</summary>
    public double Value => Total == 0 ? double.NaN : (double)Correct / Total;

    /// <summary>Returns the sum of two scores' counts.</summary>
    /// <param name="left">A score.</param>
    /// <param name="right">Another score.</param>
    /// <returns>A score whose counts are the sums.</returns>
    public static AccuracyScore operator +(AccuracyScore left, AccuracyScore right) =>
        new(left.Correct + right.Correct, left.Total + right.Total);

    /// <summary>Returns the sum of two scores' counts.</summary>
    /// <param name="left">A score.</param>
    /// <param name="right">Another score.</param>
    /// <returns>A score whose counts are the sums.</returns>
    public static AccuracyScore Add(AccuracyScore left, AccuracyScore right) => left + right;
}
