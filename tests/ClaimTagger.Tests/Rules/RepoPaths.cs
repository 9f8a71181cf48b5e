namespace ClaimTagger.Tests.Rules;

/// <summary>Finds the repository root (the folder holding ClaimTagger.sln) from the test's output folder.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ClaimTagger.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ClaimTagger.sln not found above the test folder.");
    });

    public static string Root => RootPath.Value;
}
