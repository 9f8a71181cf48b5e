namespace ClaimTagger.Cli.Tests;

/// <summary>Finds the shared seed articles beside the repository (<c>&lt;repo root&gt;/../shared/seeds/</c>).</summary>
internal static class SeedArticles
{
    /// <summary>Returns the seed folder, or calls <see cref="Assert.Inconclusive(string)"/> when it is absent.</summary>
    public static string Folder()
    {
        DirectoryInfo? folder = new(TestContext.CurrentContext.TestDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ClaimTagger.sln")))
        {
            folder = folder.Parent;
        }

        string? seeds = folder?.Parent is { } parent ? Path.Combine(parent.FullName, "shared", "seeds") : null;
        if (seeds is null || !Directory.Exists(seeds) || Directory.GetFiles(seeds, "*.txt").Length == 0)
        {
            Assert.Inconclusive("The shared seed folder (<repo root>/../shared/seeds/) is not available.");
        }

        return seeds!;
    }
}
