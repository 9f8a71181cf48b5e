namespace ClaimTagger.Tests.Gold;

/// <summary>Where the gold set lives in the source tree.</summary>
internal static class GoldSetPaths
{
    /// <summary>Gets the folder holding ClaimTagger.sln, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Gets tests/ClaimTagger.Tests/Gold.</summary>
    public static string GoldFolder => Path.Combine(RepositoryRoot, "tests", "ClaimTagger.Tests", "Gold");

    /// <summary>Gets the folder of article sources (.txt + .ann.yaml).</summary>
    public static string ArticlesFolder => Path.Combine(GoldFolder, "articles");

    /// <summary>Returns the committed JSON Lines file of a split.</summary>
    public static string JsonlOf(string split) => Path.Combine(GoldFolder, split + ".jsonl");

    /// <summary>Gets the folder of the user's seed articles, beside the repository root.</summary>
    public static string SeedFolder => Path.Combine(RepositoryRoot, "..", "shared", "seeds");

    private static string FindRoot()
    {
        string? folder = TestContext.CurrentContext.TestDirectory;
        while (folder is not null && !File.Exists(Path.Combine(folder, "ClaimTagger.sln")))
        {
            folder = Path.GetDirectoryName(folder);
        }

        return folder ?? throw new InvalidOperationException("ClaimTagger.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
