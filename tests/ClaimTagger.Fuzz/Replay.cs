namespace ClaimTagger.Fuzz;

/// <summary>Runs a target on saved inputs outside the fuzzer, to reproduce and report crashes.</summary>
internal static class Replay
{
    /// <summary>Runs <paramref name="target"/> on every file named or held (recursively) in a folder named.</summary>
    /// <returns>0 when every input passed, 1 when any failed.</returns>
    public static int Run(Action<byte[]> target, IEnumerable<string> paths)
    {
        int inputs = 0, failures = 0;
        foreach (string path in paths)
        {
            IEnumerable<string> files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
                : [path];
            foreach (string file in files)
            {
                inputs++;
                try
                {
                    target(File.ReadAllBytes(file));
                }
                catch (Exception ex)
                {
                    failures++;
                    Console.WriteLine($"FAIL {file}");
                    Console.WriteLine(ex);
                }
            }
        }

        Console.WriteLine($"{inputs} inputs, {failures} failed");
        return failures == 0 ? 0 : 1;
    }
}
