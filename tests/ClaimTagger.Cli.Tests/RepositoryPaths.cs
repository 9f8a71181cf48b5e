namespace ClaimTagger.Cli.Tests;

/// <summary>Finds folders of the repository the tests were built from.</summary>
internal static class RepositoryPaths
{
    /// <summary>Returns the folder holding ClaimTagger.sln, or <see langword="null"/> when the tests run elsewhere.</summary>
    public static string? Root()
    {
        DirectoryInfo? folder = new(TestContext.CurrentContext.TestDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ClaimTagger.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName;
    }
}
