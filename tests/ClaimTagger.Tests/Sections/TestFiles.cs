namespace ClaimTagger.Tests.Sections;

/// <summary>Finds the repository's test data and the shared seed folder beside it.</summary>
internal static class TestFiles
{
    /// <summary>Gets the folder holding ClaimTagger.sln, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Gets the folder of section golden files.</summary>
    public static string SectionSpecs => Path.Combine(RepositoryRoot, "tests", "ClaimTagger.Tests", "Specs", "sections");

    /// <summary>Gets the shared seed folder (<c>&lt;repo root&gt;/../shared/seeds</c>), which may be absent.</summary>
    public static string SeedFolder => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "seeds"));

    /// <summary>Returns the spec articles (input files without the <c>.expected</c> suffix), sorted by name.</summary>
    public static IEnumerable<string> SectionArticles() =>
        Directory.EnumerateFiles(SectionSpecs, "*.txt")
            .Where(f => !f.EndsWith(".expected.txt", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal);

    /// <summary>Reads a file as text with its line breaks turned into LF.</summary>
    public static string ReadWithLf(string path) => File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClaimTagger.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("ClaimTagger.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
