using System.Text;
using System.Text.RegularExpressions;

namespace ClaimTagger.Package.Tests;

/// <summary>The C# blocks of README.md's "Using the library" section, compiled and run as one program against the
/// packed ClaimTagger package, so the quick start cannot go stale.</summary>
[CancelAfter(600_000)]
public partial class ReadmeTests
{
    private const string SectionHeading = "## Using the library";

    private const string HouseRules = """
        version: 1
        rules:
          - id: house.denial
            label: Denial
            confidence: 0.8
            pattern:
              - { entity: source, as: source }
              - { lower: [denied, denies], as: cue }
              - { token: any, op: "+", as: content }
            examples:
              - text: "The minister denied the report."
                expect: { source: The minister, cue: denied }
              - text: "The minister confirmed the report."
                expect: none
        """;

    /// <summary>Returns the section's C# blocks, in order.</summary>
    internal static List<string> LibraryBlocks(string readme)
    {
        int start = readme.IndexOf(SectionHeading + "\n", StringComparison.Ordinal);
        Assert.That(start, Is.Not.Negative, $"README.md has a '{SectionHeading}' section");
        int end = readme.IndexOf("\n## ", start + SectionHeading.Length, StringComparison.Ordinal);
        string section = end < 0 ? readme[start..] : readme[start..end];
        return [.. CSharpBlock().Matches(section).Select(m => m.Groups[1].Value)];
    }

    /// <summary>Joins blocks into one top-level program, moving their <c>using</c> directives to the top.</summary>
    internal static string Program(IEnumerable<string> blocks)
    {
        var usings = new List<string>();
        var body = new StringBuilder();
        foreach (string block in blocks)
        {
            foreach (string line in block.Split('\n'))
            {
                if (UsingDirective().IsMatch(line))
                {
                    if (!usings.Contains(line.Trim()))
                    {
                        usings.Add(line.Trim());
                    }
                }
                else
                {
                    body.Append(line).Append('\n');
                }
            }
        }

        return string.Join("\n", usings) + "\n\n" + body;
    }

    [Test]
    public void LibraryBlocks_ReadmeSection_CoversTagReadResultsCustomRulesAndDependencyInjection()
    {
        string program = Program(LibraryBlocks(File.ReadAllText(Path.Combine(PackedFeed.RepositoryRoot, "README.md"))));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(program, Does.Contain("Tagger.CreateDefault()"));
            Assert.That(program, Does.Contain(".Tags"));
            Assert.That(program, Does.Contain(".AddRuleFile("));
            Assert.That(program, Does.Contain(".AddClaimTagger("));
        }
    }

    [Test]
    public void Program_UsingDirectivesInLaterBlocks_MovedToTop()
    {
        string program = Program(["using A;\nint x = 1;\n", "using B.C;\nusing var d = new D();\n"]);
        Assert.That(program, Does.StartWith("using A;\nusing B.C;\n\n").And.Contain("using var d = new D();"));
    }

    [Test]
    public void LibraryBlocks_CompiledAgainstPackageAndRun_ExitZeroWithResults()
    {
        PackedFeed.State state = PackedFeed.Get();
        string app = Path.Combine(state.WorkFolder, "readme");
        string consumer = Path.Combine(state.WorkFolder, "consumer");
        Directory.CreateDirectory(Path.Combine(app, "articles"));
        File.Copy(Path.Combine(consumer, "nuget.config"), Path.Combine(app, "nuget.config"));
        File.Copy(Path.Combine(consumer, "Consumer.csproj"), Path.Combine(app, "Readme.csproj"));
        File.WriteAllText(Path.Combine(app, "Program.cs"), Program(LibraryBlocks(File.ReadAllText(Path.Combine(PackedFeed.RepositoryRoot, "README.md")))));
        string sample = Path.Combine(PackedFeed.RepositoryRoot, "samples", "harbour-strike.txt");
        File.Copy(sample, Path.Combine(app, "article.txt"));
        File.Copy(sample, Path.Combine(app, "articles", "one.txt"));
        File.WriteAllText(Path.Combine(app, "articles", "two.txt"), "“The bridge will reopen on Friday,” engineer Maya Lund said.\n");
        File.WriteAllText(Path.Combine(app, "house-rules.yaml"), HouseRules);

        ProcessRunner.Result build = ProcessRunner.Run("dotnet", ["build", "-c", "Release", "-nologo", "--artifacts-path", Path.Combine(state.WorkFolder, "artifacts-readme")],
            app, TimeSpan.FromMinutes(5));
        Assert.That(build.ExitCode, Is.Zero, "README code did not build:\n" + build.Output + "\n" + File.ReadAllText(Path.Combine(app, "Program.cs")));

        string dll = Directory.GetFiles(Path.Combine(state.WorkFolder, "artifacts-readme", "bin"), "Readme.dll", SearchOption.AllDirectories).Single();
        ProcessRunner.Result run = ProcessRunner.Run("dotnet", [dll], app, TimeSpan.FromMinutes(2));
        string[] jsonLines = [.. run.Output.Split('\n').Where(l => l.StartsWith("{\"offsetUnit\"", StringComparison.Ordinal))];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(run.Output, Does.Contain("DirectQuote"));
            Assert.That(run.Output, Does.Match(@"house labels: .*\bDenial\b"), "the house rule file was loaded");
            Assert.That(run.Output, Does.Match(@"injected: [1-9]\d* tag"));
            Assert.That(jsonLines, Has.Length.EqualTo(2), "one JSON line per article of the batch");
        }
    }

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex(@"^\s*using\s+[A-Za-z_][\w.]*\s*;\s*$")]
    private static partial Regex UsingDirective();
}
