using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClaimTagger.Tests.DependencyInjection;

/// <summary>Tagging while the rules are reloaded: never an exception, never a result made by two rule sets.</summary>
public class ReloadingTaggerTests
{
    private const int Threads = 8;
    private const int Reloads = 100;

    private string _folder = "";

    [SetUp]
    public void SetUp() => _folder = Directory.CreateTempSubdirectory("ct-reload-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_folder, recursive: true);

    /// <summary>
    /// Generation <c>g</c> of the rule file has two rules, one tagging the word <c>alpha{g}</c> and one <c>beta{g}</c>;
    /// the article holds both words of every generation. A result made wholly by one rule set has exactly those two
    /// tags of one generation; a result made half by the old rules and half by the new would mix generations.
    /// The file is replaced 100 times (as editors save: a new file moved over the old), every other time by a broken
    /// one, while 8 threads tag and the file watcher reloads too; at the end the last valid generation is in force.
    /// </summary>
    [Test]
    public void Tag_EightThreadsWhileRulesReloadAHundredTimesHalfBroken_EachResultFromOneRuleSet()
    {
        string file = Path.Combine(_folder, "house.yaml");
        File.WriteAllText(file, Generation(0));
        var options = new ClaimTaggerOptions { IncludeDefaultRules = false, ReloadOnChange = true };
        options.RuleFiles.Add(file);
        string article = Article();
        using var tagger = new ReloadingTagger(options, NullLogger.Instance);

        var failures = new ConcurrentQueue<string>();
        var seen = new ConcurrentDictionary<int, int>();
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, Threads).Select(_ => Task.Factory.StartNew(
            () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        int generation = GenerationOf(tagger.Tag(article), article);
                        seen.AddOrUpdate(generation, 1, (_, n) => n + 1);
                    }
                    catch (Exception ex)
                    {
                        failures.Enqueue(ex.ToString());
                    }
                }
            },
            TaskCreationOptions.LongRunning)).ToArray();

        int taken = 0, refused = 0, lastValid = 0;
        var watch = Stopwatch.StartNew();
        for (int i = 1; i <= Reloads; i++)
        {
            bool broken = i % 2 == 0;
            Replace(file, broken ? Broken(i) : Generation(i));
            lastValid = broken ? lastValid : i;
            if (tagger.TryReload())
            {
                taken++;
            }
            else
            {
                refused++;
            }

            Thread.Sleep(5);
        }

        // Let a reload scheduled by the file watcher (200 ms debounce) run, then stop the workers.
        Thread.Sleep(600);
        stop.Cancel();
        Task.WaitAll(workers);
        TestContext.Out.WriteLine($"timing: {Reloads} reloads in {watch.ElapsedMilliseconds} ms; {seen.Values.Sum()} articles tagged, {seen.Count} generations seen");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failures, Is.Empty, "exceptions or mixed results");
            Assert.That((taken, refused), Is.EqualTo((Reloads / 2, Reloads / 2)), "half the reloads taken, half refused");
            Assert.That(seen.Count, Is.GreaterThan(1), "the threads saw the rules change");
            Assert.That(seen.Keys, Is.All.Matches<int>(g => g % 2 == 1 || g == 0), "no broken generation ever tagged");
            Assert.That(GenerationOf(tagger.Tag(article), article), Is.EqualTo(lastValid), "the last valid rules are in force");
        }
    }

    /// <summary>The generation whose two words are tagged; throws when the result is not wholly one generation's.</summary>
    private static int GenerationOf(TaggedArticle result, string article)
    {
        if (result.Tags.Count != 2 || result.Diagnostics.Count != 0)
        {
            throw new InvalidOperationException($"expected two tags and no diagnostic, got {result.Tags.Count} tags: "
                + string.Join(", ", result.Tags.Select(t => t.Text)) + string.Join("; ", result.Diagnostics));
        }

        int alpha = int.Parse(result.Tags.Single(t => t.Text.StartsWith("alpha", StringComparison.Ordinal)).Text.AsSpan(5), provider: System.Globalization.CultureInfo.InvariantCulture);
        int beta = int.Parse(result.Tags.Single(t => t.Text.StartsWith("beta", StringComparison.Ordinal)).Text.AsSpan(4), provider: System.Globalization.CultureInfo.InvariantCulture);
        if (alpha != beta || result.Tags.Any(t => t.Text != article[t.Start..t.End]))
        {
            throw new InvalidOperationException($"a result mixes rule sets: alpha{alpha} with beta{beta}");
        }

        return alpha;
    }

    private static string Article()
    {
        var text = new StringBuilder("The council met on Tuesday.\n\n");
        for (int g = 0; g <= Reloads; g++)
        {
            text.Append("Item alpha").Append(g).Append(" was read before beta").Append(g).Append(" was signed.\n\n");
        }

        return text.ToString();
    }

    private static string Generation(int g) => $$"""
        version: 1
        rules:
          - id: gen.alpha
            label: Marker
            pattern: [ { lower: alpha{{g}} } ]
          - id: gen.beta
            label: Marker
            pattern: [ { lower: beta{{g}} } ]
        """;

    private static string Broken(int g) => g % 4 == 0
        ? $"version: 1\nrules:\n  - id: gen.alpha\n    label: Marker\n    pattern: [ {{ lower: alpha{g} }} ]\n  - {{ id: gen.beta, lable: Marker }}\n"
        : "version: 1\nrules: [ { id: gen.alpha, label: Marker, pattern: [ { lower: alpha";

    /// <summary>Replaces the file as editors save: a new file moved over the old, so no reader sees half of it.</summary>
    private static void Replace(string file, string content)
    {
        string temp = file + ".tmp";
        File.WriteAllText(temp, content);
        File.Move(temp, file, overwrite: true);
    }
}
