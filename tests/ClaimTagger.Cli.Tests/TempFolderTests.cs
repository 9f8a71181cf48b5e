namespace ClaimTagger.Cli.Tests;

/// <summary>A base for tests that write files: a fresh temporary folder for each test, deleted after it.</summary>
public abstract class TempFolderTests
{
    private TempFolder? _temp;

    /// <summary>Gets the current test's temporary folder.</summary>
    internal TempFolder Temp => _temp ?? throw new InvalidOperationException("The temporary folder is made in SetUp.");

    [SetUp]
    public void CreateTempFolder() => _temp = new TempFolder();

    [TearDown]
    public void DeleteTempFolder() => _temp?.Dispose();
}
