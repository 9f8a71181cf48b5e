namespace ClaimTagger;

/// <summary>Expands rule paths: a file stands for itself, a folder for its rule files.</summary>
internal static class RuleFileLocator
{
    /// <summary>Returns the rule files <paramref name="paths"/> stand for, in order.</summary>
    /// <param name="paths">Files and folders.</param>
    /// <returns>Files: given files as they are, then each folder's <c>*.yaml</c>/<c>*.yml</c> files (recursively, ordinal order).</returns>
    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (string file in Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }
}
