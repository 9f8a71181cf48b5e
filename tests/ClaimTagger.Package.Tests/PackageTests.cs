using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace ClaimTagger.Package.Tests;

/// <summary>The packages as users get them: what they hold, and that they work when referenced and installed.</summary>
[CancelAfter(600_000)]
public class PackageTests
{
    private static string Entry(string package, string name)
    {
        using ZipArchive zip = ZipFile.OpenRead(package);
        ZipArchiveEntry entry = zip.GetEntry(name) ?? throw new AssertionException($"{Path.GetFileName(package)} has no {name}");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private static byte[] Bytes(string package, string name)
    {
        using ZipArchive zip = ZipFile.OpenRead(package);
        ZipArchiveEntry entry = zip.GetEntry(name) ?? throw new AssertionException($"{Path.GetFileName(package)} has no {name}");
        using var memory = new MemoryStream();
        using (Stream stream = entry.Open())
        {
            stream.CopyTo(memory);
        }

        return memory.ToArray();
    }

    private static List<string> Names(string package)
    {
        using ZipArchive zip = ZipFile.OpenRead(package);
        return [.. zip.Entries.Select(e => e.FullName)];
    }

    private static XElement Metadata(string package, string nuspec)
    {
        XElement root = XElement.Parse(Entry(package, nuspec));
        return root.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static XElement? Child(XElement element, string name) => element.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    [Test]
    public void Script_PackConsumerAppAndTool_AllChecksPass()
    {
        PackedFeed.State state = PackedFeed.Get();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(state.Script.Output, Does.Contain("package test: OK"));
            Assert.That(state.Script.Output, Does.Match(@"rules-resources=[1-9]\d* sentences=[1-9]\d* tags=[1-9]\d* quotes=[1-9]\d* claims=[1-9]\d*"));
            Assert.That(state.Version, Does.StartWith("0.0.0-pkgtest."));
        }
    }

    [Test]
    public void LibraryPackage_Files_ReadmeDllAndXmlDocs()
    {
        PackedFeed.State state = PackedFeed.Get();
        List<string> names = Names(state.LibraryPackage);
        string readme = Entry(state.LibraryPackage, "README.md");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(names, Is.SupersetOf(new[] { "README.md", "lib/net10.0/ClaimTagger.dll", "lib/net10.0/ClaimTagger.xml" }));
            Assert.That(names.Count(n => n.StartsWith("lib/", StringComparison.Ordinal)), Is.EqualTo(2), "only the dll and its docs");
            Assert.That(readme, Is.EqualTo(File.ReadAllText(Path.Combine(PackedFeed.RepositoryRoot, "README.md"))));
            Assert.That(Entry(state.LibraryPackage, "lib/net10.0/ClaimTagger.xml"), Does.Contain("M:ClaimTagger.Tagger.CreateDefault"));
        }
    }

    [Test]
    public void LibraryPackage_Nuspec_LicenceReadmeRepositoryAndOnlyRuntimeDependencies()
    {
        PackedFeed.State state = PackedFeed.Get();
        XElement metadata = Metadata(state.LibraryPackage, "ClaimTagger.nuspec");
        XElement? license = Child(metadata, "license");
        XElement? repository = Child(metadata, "repository");
        var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string)e.Attribute("id")!).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That((string?)Child(metadata, "id"), Is.EqualTo("ClaimTagger"));
            Assert.That((string?)Child(metadata, "version"), Is.EqualTo(state.Version));
            Assert.That((string?)license?.Attribute("type"), Is.EqualTo("expression"));
            Assert.That(license?.Value, Is.EqualTo("MIT"));
            Assert.That((string?)Child(metadata, "readme"), Is.EqualTo("README.md"));
            Assert.That((string?)Child(metadata, "description"), Is.Not.Empty);
            Assert.That((string?)repository?.Attribute("type"), Is.EqualTo("git"));
            Assert.That((string?)repository?.Attribute("commit"), Does.Match("^[0-9a-f]{40}$"));
            Assert.That(dependencies, Is.EquivalentTo(new[]
            {
                "Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Extensions.Logging.Abstractions",
                "Microsoft.Extensions.Options", "System.IO.Hashing", "YamlDotNet",
            }));
            Assert.That(dependencies, Has.None.StartsWith("Microsoft.CodeAnalysis"));
        }
    }

    [Test]
    public void LibraryDll_ManifestResources_EmbedEveryDefaultRuleFile()
    {
        PackedFeed.State state = PackedFeed.Get();
        using var pe = new PEReader(new MemoryStream(Bytes(state.LibraryPackage, "lib/net10.0/ClaimTagger.dll")));
        MetadataReader metadata = pe.GetMetadataReader();
        var resources = metadata.ManifestResources.Select(h => metadata.GetString(metadata.GetManifestResource(h).Name)).ToList();
        var ruleFiles = Directory.GetFiles(Path.Combine(PackedFeed.RepositoryRoot, "rules"), "*.yaml").Select(f => "ClaimTagger.Rules.Defaults." + Path.GetFileName(f));
        Assert.That(resources, Is.SupersetOf(ruleFiles).And.Not.Empty);
    }

    [Test]
    public void SymbolsPackage_PortablePdb_HasSourceDocuments()
    {
        PackedFeed.State state = PackedFeed.Get();
        using MetadataReaderProvider provider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(Bytes(state.SymbolsPackage, "lib/net10.0/ClaimTagger.pdb")));
        MetadataReader pdb = provider.GetMetadataReader();
        var documents = pdb.Documents.Select(h => pdb.GetString(pdb.GetDocument(h).Name)).ToList();
        Assert.That(documents, Has.Some.EndsWith("Tagger.cs"));
    }

    [Test]
    public void ToolPackage_Settings_CommandClaimtagger()
    {
        PackedFeed.State state = PackedFeed.Get();
        XElement settings = XElement.Parse(Entry(state.ToolPackage, "tools/net10.0/any/DotnetToolSettings.xml"));
        XElement metadata = Metadata(state.ToolPackage, "ClaimTagger.Tool.nuspec");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(settings.Descendants().Where(e => e.Name.LocalName == "Command").Select(e => (string?)e.Attribute("Name")), Is.EqualTo(new[] { "claimtagger" }));
            Assert.That(metadata.Descendants().Where(e => e.Name.LocalName == "packageType").Select(e => (string?)e.Attribute("name")), Does.Contain("DotnetTool"));
            Assert.That((string?)Child(metadata, "readme"), Is.EqualTo("README.md"));
            Assert.That(Child(metadata, "license")?.Value, Is.EqualTo("MIT"));
        }
    }
}
