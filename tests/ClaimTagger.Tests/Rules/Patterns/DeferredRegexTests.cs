using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using ClaimTagger.Rules;
using ClaimTagger.Rules.Patterns;

namespace ClaimTagger.Tests.Rules.Patterns;

public class DeferredRegexTests
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    [Test]
    public void IsBuilt_BeforeFirstMatch_IsFalse()
    {
        var regex = new DeferredRegex(@"\A(?:[a-z]+ward)\z", Options, TimeSpan.FromSeconds(1));

        Assert.That(regex.IsBuilt, Is.False);
    }

    [TestCase("Eastward", true)]
    [TestCase("eastwards", false)]
    [TestCase("ward", false)]
    public void IsMatch_FirstUse_BuildsAndMatchesTheWholeText(string text, bool expected)
    {
        var regex = new DeferredRegex(@"\A(?:[a-z]+ward)\z", Options, TimeSpan.FromSeconds(1));

        bool matched = regex.IsMatch(text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(matched, Is.EqualTo(expected));
            Assert.That(regex.IsBuilt, Is.True);
            Assert.That(regex.Value.Options, Is.EqualTo(Options));
        }
    }

    [Test]
    public void Value_ManyThreadsAtOnce_AllGetTheSameRegex()
    {
        var regex = new DeferredRegex(@"\A(?:\p{Lu}{2,}-\d+)\z", Options, TimeSpan.FromSeconds(1));
        var seen = new ConcurrentBag<Regex>();
        using var start = new Barrier(8);

        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            start.SignalAndWait();
            seen.Add(regex.Value);
        });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(seen, Has.Count.EqualTo(8));
            Assert.That(seen.Distinct(), Has.Exactly(1).Items);
            Assert.That(regex.IsMatch("AB-12"), Is.True);
        }
    }

    [Test]
    public void Constructor_WithBuiltRegex_IsBuiltAndUsesIt()
    {
        var built = new Regex(@"\A(?:x+)\z", Options);

        var regex = new DeferredRegex(built);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(regex.IsBuilt, Is.True);
            Assert.That(regex.Value, Is.SameAs(built));
        }
    }

    [Test]
    public void Parse_RuleWithSimpleRegex_LeavesItUnbuiltUntilTagging()
    {
        // A pattern of its own, so no other test has built it through the process-wide cache.
        string pattern = "^[a-z]+-deferred-" + Guid.NewGuid().ToString("N")[..8] + "$";
        string yaml = "version: 1\nrules:\n  - id: t.deferred\n    label: Marker\n    pattern: [ { regex: '" + pattern + "' } ]\n";

        RuleSet rules = RuleSetParser.Parse(yaml, "deferred.yaml").GetRuleSetOrThrow();
        DeferredRegex regex = RegexesOf(rules).Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(regex.IsBuilt, Is.False);
            Assert.That(regex.IsMatch("x-deferred-" + pattern[17..^1]), Is.True);
            Assert.That(regex.IsBuilt, Is.True);
        }
    }

    [Test]
    public void Value_EveryRegexOfAUserFile_NestedOnesIncluded_Builds()
    {
        const string yaml = """
            version: 1
            rules:
              - id: t.nested-regexes
                label: Marker
                pattern:
                  - { regex: '^[A-Z]{2,}$' }
                  - group: [ { regex: '^\d+(?:\.\d+)?$' } ]
                  - one-of:
                      - [ { regex: '^per(?:cent)?$' } ]
                      - [ { lower: points } ]
            """;

        RuleSet rules = RuleSetParser.Parse(yaml, "nested.yaml").GetRuleSetOrThrow();
        List<DeferredRegex> regexes = RegexesOf(rules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(regexes, Has.Count.EqualTo(3));
            Assert.That(() => regexes.ForEach(r => _ = r.Value), Throws.Nothing);
            Assert.That(regexes.Select(r => r.IsMatch("12.5")), Is.EqualTo(new[] { false, true, false }));
        }
    }

    /// <summary>Every regex element of every rule, nested groups and alternatives included.</summary>
    internal static List<DeferredRegex> RegexesOf(RuleSet rules)
    {
        var found = new List<DeferredRegex>();
        foreach (Rule rule in rules.Rules)
        {
            rule.Condition.VisitSequences(s => Collect(s, found));
        }

        return found;
    }

    private static void Collect(SequenceNode sequence, List<DeferredRegex> found)
    {
        foreach (ElementNode element in sequence.Elements)
        {
            if (element.Regex is not null)
            {
                found.Add(element.Regex);
            }

            if (element.Group is not null)
            {
                Collect(element.Group, found);
            }

            foreach (SequenceNode branch in element.OneOf ?? [])
            {
                Collect(branch, found);
            }
        }
    }
}
