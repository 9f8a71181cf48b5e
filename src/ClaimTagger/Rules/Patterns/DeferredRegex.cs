using System.Text.RegularExpressions;

namespace ClaimTagger.Rules.Patterns;

/// <summary>
/// A rule's anchored, non-backtracking regex, built on its first use instead of when the rule file is loaded.
/// Building a non-backtracking regex is the dearest step of loading a rule (its character classes become decision
/// diagrams and minterms), and a short run (one article) often never reaches most regex elements. The loader checks
/// the pattern before it defers it (see <c>RuleFileReader</c>), so building it later cannot fail.
/// </summary>
/// <remarks>Thread safety: the regex is built once, under a lock, by whichever thread needs it first; a built
/// <see cref="System.Text.RegularExpressions.Regex"/> is immutable and safe to share between threads.</remarks>
internal sealed class DeferredRegex
{
    private readonly string _anchored;
    private readonly RegexOptions _options;
    private readonly TimeSpan _timeout;
    private Regex? _regex;
    private object? _lock;

    /// <summary>Initializes a regex that is built on first use.</summary>
    /// <param name="anchored">The pattern, already anchored at both ends.</param>
    /// <param name="options">The options (non-backtracking among them).</param>
    /// <param name="timeout">The match timeout.</param>
    public DeferredRegex(string anchored, RegexOptions options, TimeSpan timeout)
    {
        _anchored = anchored;
        _options = options;
        _timeout = timeout;
    }

    /// <summary>Initializes a regex that is already built.</summary>
    /// <param name="regex">The regex.</param>
    public DeferredRegex(Regex regex)
    {
        _regex = regex;
        _anchored = regex.ToString();
        _options = regex.Options;
        _timeout = regex.MatchTimeout;
    }

    /// <summary>Gets whether the regex has been built.</summary>
    public bool IsBuilt => Volatile.Read(ref _regex) is not null;

    /// <summary>Gets the regex, building it first if no thread has yet.</summary>
    public Regex Value => Volatile.Read(ref _regex) ?? LazyInitializer.EnsureInitialized(ref _regex, ref _lock, Build);

    /// <summary>Returns whether the whole of <paramref name="text"/> matches.</summary>
    /// <param name="text">A token's text.</param>
    /// <returns><see langword="true"/> on a match.</returns>
    /// <exception cref="RegexMatchTimeoutException">The match ran out of time.</exception>
    public bool IsMatch(ReadOnlySpan<char> text) => Value.IsMatch(text);

    /// <summary>Builds the regex and its engine's first states (so the first match does not pay for them under the timeout).</summary>
    /// <returns>The regex.</returns>
    private Regex Build() => Warm(new Regex(_anchored, _options, _timeout));

    /// <summary>Runs <paramref name="regex"/> once on a short text, which builds the engine's first states.</summary>
    /// <param name="regex">A regex just built.</param>
    /// <returns><paramref name="regex"/>.</returns>
    internal static Regex Warm(Regex regex)
    {
        try
        {
            regex.IsMatch("a");
        }
        catch (RegexMatchTimeoutException)
        {
            // Only a warm-up: a real timeout is reported when tagging.
        }

        return regex;
    }
}
