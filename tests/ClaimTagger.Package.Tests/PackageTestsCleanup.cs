namespace ClaimTagger.Package.Tests;

/// <summary>Removes the packages, apps and tools the tests made once every test has run.</summary>
[SetUpFixture]
public sealed class PackageTestsCleanup
{
    [OneTimeTearDown]
    public void DeleteWorkFolder() => PackedFeed.Delete();
}
