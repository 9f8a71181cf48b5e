using System.Numerics;

namespace ClaimTagger.Benchmarks;

/// <summary>The summary figures the harnesses report.</summary>
internal static class Statistics
{
    /// <summary>The median of <paramref name="values"/>: the middle value, or the mean of the two middle values for an
    /// even count (rounded toward zero for integers).</summary>
    /// <typeparam name="T">A number type.</typeparam>
    /// <param name="values">The values, in any order; not changed.</param>
    /// <returns>The median.</returns>
    public static T Median<T>(IEnumerable<T> values)
        where T : INumber<T>
    {
        T[] sorted = [.. values.Order()];
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / T.CreateChecked(2);
    }
}
