using System.Text.RegularExpressions;

namespace ClaimTagger.Package.Tests;

/// <summary>
/// Runs tests/package/run-package-test.sh once per test run, in a temporary folder that <see cref="PackageTestsCleanup"/>
/// removes: it packs both packages into <c>feed/</c>, builds and runs a consumer app, and installs and runs the tool.
/// </summary>
internal static partial class PackedFeed
{
    private static readonly Lazy<State> Shared = new(Pack, LazyThreadSafetyMode.ExecutionAndPublication);

    public sealed record State(string WorkFolder, string Version, ProcessRunner.Result Script)
    {
        public string Feed => Path.Combine(WorkFolder, "feed");

        public string LibraryPackage => Path.Combine(Feed, $"ClaimTagger.{Version}.nupkg");

        public string SymbolsPackage => Path.Combine(Feed, $"ClaimTagger.{Version}.snupkg");

        public string ToolPackage => Path.Combine(Feed, $"ClaimTagger.Tool.{Version}.nupkg");
    }

    public static bool Started => Shared.IsValueCreated;

    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Returns the run's state; the script's failure fails the caller with its output.</summary>
    public static State Get()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            Assert.Ignore("The packaging script needs bash.");
        }

        State state = Shared.Value;
        Assert.That(state.Script.ExitCode, Is.Zero, state.Script.ToString());
        return state;
    }

    private static State Pack()
    {
        string work = Path.Combine(Path.GetTempPath(), "claimtagger-package-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(work);
        ProcessRunner.Result result = ProcessRunner.Run("bash", [Path.Combine(RepositoryRoot, "tests", "package", "run-package-test.sh"), work],
            RepositoryRoot, TimeSpan.FromMinutes(8));
        Match ok = OkLine().Match(result.Output);
        return new State(work, ok.Success ? ok.Groups[1].Value : string.Empty, result);
    }

    /// <summary>Deletes the work folder and the run's package version from the NuGet global packages folder
    /// (the README test restores it there again after the script has cleaned up).</summary>
    public static void Delete()
    {
        if (!Shared.IsValueCreated)
        {
            return;
        }

        State state = Shared.Value;
        if (Directory.Exists(state.WorkFolder))
        {
            Directory.Delete(state.WorkFolder, recursive: true);
        }

        if (state.Version.Length == 0)
        {
            return;
        }

        string cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (string id in new[] { "claimtagger", "claimtagger.tool" })
        {
            string folder = Path.Combine(cache, id, state.Version);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            string parent = Path.Combine(cache, id);
            if (Directory.Exists(parent) && !Directory.EnumerateFileSystemEntries(parent).Any())
            {
                Directory.Delete(parent);
            }
        }
    }

    private static string FindRoot()
    {
        DirectoryInfo? folder = new(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ClaimTagger.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The tests must run from inside the repository (no ClaimTagger.sln above " + AppContext.BaseDirectory + ").");
    }

    [GeneratedRegex(@"^package test: OK \((\S+)\)\s*$", RegexOptions.Multiline)]
    private static partial Regex OkLine();
}
