using ClaimTagger.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimTagger.Tests.DependencyInjection;

public class ClaimTaggerServiceCollectionExtensionsTests
{
    private const string DenialRules = """
        version: 1
        rules:
          - id: house.denial
            label: Denial
            confidence: 0.8
            pattern:
              - { entity: source, as: source }
              - { lower: [denied, denies, deny], as: cue }
            examples:
              - text: "The minister denied the report."
                expect: { source: The minister, cue: denied }
              - text: "The minister confirmed the report."
                expect: none
        """;

    private string _folder = "";

    [SetUp]
    public void SetUp()
    {
        _folder = Path.Combine(Path.GetTempPath(), "ct-di-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void AddClaimTagger_NoConfiguration_ResolvesDefaultTaggerAsSingleton()
    {
        using ServiceProvider provider = new ServiceCollection().AddClaimTagger().BuildServiceProvider();
        ITagger first = provider.GetRequiredService<ITagger>();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.SameAs(provider.GetRequiredService<ITagger>()));
            Assert.That(provider.GetRequiredService<IOptions<ClaimTaggerOptions>>().Value.IncludeDefaultRules, Is.True);
            Assert.That(first.Tag("“We will not back down,” the mayor said.").Tags, Is.Not.Empty);
        }
    }

    [Test]
    public void AddClaimTagger_RuleFileOption_AddsItsRules()
    {
        string file = Path.Combine(_folder, "house.yaml");
        File.WriteAllText(file, DenialRules);
        using ServiceProvider provider = new ServiceCollection()
            .AddClaimTagger(o => o.RuleFiles.Add(file))
            .BuildServiceProvider();

        TaggedArticle article = provider.GetRequiredService<ITagger>().Tag("The minister denied the report.");
        Assert.That(article.Tags.Select(t => t.Label.Name), Does.Contain("Denial"));
    }

    [Test]
    public void AddClaimTagger_RuleFolderWithoutDefaults_UsesOnlyTheFolder()
    {
        File.WriteAllText(Path.Combine(_folder, "house.yaml"), DenialRules);
        using ServiceProvider provider = new ServiceCollection()
            .AddClaimTagger(o =>
            {
                o.IncludeDefaultRules = false;
                o.RuleFiles.Add(_folder);
            })
            .BuildServiceProvider();

        TaggedArticle article = provider.GetRequiredService<ITagger>().Tag("The minister denied the report. “Go,” she said.");
        Assert.That(article.Tags.Select(t => t.Label.Name).Distinct(), Is.EqualTo(new[] { "Denial" }));
    }

    [Test]
    public void AddClaimTagger_DisabledRule_IsNotApplied()
    {
        File.WriteAllText(Path.Combine(_folder, "house.yaml"), DenialRules);
        using ServiceProvider provider = new ServiceCollection()
            .AddClaimTagger(o =>
            {
                o.RuleFiles.Add(_folder);
                o.DisabledRules.Add("house.denial");
            })
            .BuildServiceProvider();

        TaggedArticle article = provider.GetRequiredService<ITagger>().Tag("The minister denied the report.");
        Assert.That(article.Tags.Select(t => t.Label.Name), Does.Not.Contain("Denial"));
    }

    [Test]
    public void AddClaimTagger_BrokenRuleFile_ThrowsRuleSetExceptionOnResolve()
    {
        string file = Path.Combine(_folder, "broken.yaml");
        File.WriteAllText(file, "version: 1\nrules:\n  - id: x\n    lable: Claim\n");
        using ServiceProvider provider = new ServiceCollection().AddClaimTagger(o => o.RuleFiles.Add(file)).BuildServiceProvider();

        var ex = Assert.Throws<RuleSetException>(() => provider.GetRequiredService<ITagger>());
        Assert.That(ex!.Diagnostics.Select(d => d.Location.Source), Has.All.EqualTo(file));
    }

    [Test]
    public void AddClaimTagger_TaggerRegisteredBefore_IsKept()
    {
        var mine = new ClaimTaggerBuilder().Build();
        using ServiceProvider provider = new ServiceCollection()
            .AddSingleton<ITagger>(mine)
            .AddClaimTagger()
            .BuildServiceProvider();
        Assert.That(provider.GetRequiredService<ITagger>(), Is.SameAs(mine));
    }

    [Test]
    public void AddClaimTagger_Warnings_AreLoggedToTheTaggerCategory()
    {
        string file = Path.Combine(_folder, "noexamples.yaml");
        File.WriteAllText(file, "version: 1\nrules:\n  - id: house.bare\n    label: Claim\n    pattern:\n      - { lower: proclaimed, as: cue }\n");
        var sink = new ListLoggerProvider();
        using ServiceProvider provider = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(new LoggerFactory([sink]))
            .AddClaimTagger(o => o.RuleFiles.Add(file))
            .BuildServiceProvider();

        provider.GetRequiredService<ITagger>();
        Assert.That(sink.Entries, Has.Some.Matches<(string Category, LogLevel Level, string Message)>(
            e => e.Category == typeof(Tagger).FullName && e.Level == LogLevel.Warning && e.Message.Contains("house.bare", StringComparison.Ordinal)));
    }

    [Test]
    public void ReloadOnChange_ValidThenBrokenFile_TakesValidKeepsItOnBroken()
    {
        string file = Path.Combine(_folder, "house.yaml");
        File.WriteAllText(file, DenialRules);
        var options = new ClaimTaggerOptions { IncludeDefaultRules = false, ReloadOnChange = true };
        options.RuleFiles.Add(file);
        var sink = new ListLoggerProvider();
        using var tagger = new ReloadingTagger(options, new LoggerFactory([sink]).CreateLogger<Tagger>());
        const string text = "The minister denied the report. The minister rejected the report.";
        Assert.That(tagger.Tag(text).Tags, Has.Count.EqualTo(1));

        File.WriteAllText(file, DenialRules.Replace("[denied, denies, deny]", "[denied, rejected]", StringComparison.Ordinal));
        Assert.That(tagger.TryReload(), Is.True);
        Assert.That(tagger.Tag(text).Tags, Has.Count.EqualTo(2));

        File.WriteAllText(file, "version: 1\nrules:\n  - id: x\n    lable: Claim\n");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(tagger.TryReload(), Is.False);
            Assert.That(tagger.Tag(text).Tags, Has.Count.EqualTo(2));
            Assert.That(sink.Entries, Has.Some.Matches<(string Category, LogLevel Level, string Message)>(e => e.Level == LogLevel.Error && e.Message.Contains("CT01", StringComparison.Ordinal)));
        }
    }

    private sealed class ListLoggerProvider : ILoggerProvider
    {
        public List<(string Category, LogLevel Level, string Message)> Entries { get; } = [];

        public ILogger CreateLogger(string categoryName) => new ListLogger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class ListLogger(ListLoggerProvider owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (owner.Entries)
                {
                    owner.Entries.Add((category, logLevel, formatter(state, exception)));
                }
            }
        }
    }
}
