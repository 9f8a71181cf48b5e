namespace ClaimTagger.Benchmarks;

/// <summary>The machine's load, for the reports: figures from a shared machine mean little without it.</summary>
internal static class Load
{
    /// <summary>Returns the 1-, 5- and 15-minute load averages from <c>/proc/loadavg</c>, or "unknown".</summary>
    /// <returns>The three averages, separated by spaces.</returns>
    public static string Average()
    {
        try
        {
            string[] fields = File.ReadAllText("/proc/loadavg").Split(' ');
            return fields.Length >= 3 ? $"{fields[0]} {fields[1]} {fields[2]}" : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
        catch (UnauthorizedAccessException)
        {
            return "unknown";
        }
    }
}
