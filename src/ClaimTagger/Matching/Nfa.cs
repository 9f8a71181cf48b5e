using ClaimTagger.Rules.Patterns;

namespace ClaimTagger.Matching;

/// <summary>What an automaton state does.</summary>
internal enum NfaOp : byte
{
    /// <summary>Try <c>Out</c>, then <c>Out1</c> (in that priority).</summary>
    Split,

    /// <summary>Go to <c>Out</c>.</summary>
    Jump,

    /// <summary>Record the position in capture slot <c>Arg</c>, then go to <c>Out</c>.</summary>
    Save,

    /// <summary>Consume one token passing test <c>Arg</c>.</summary>
    Token,

    /// <summary>Consume the tokens of span test <c>Arg</c> (one or more).</summary>
    Span,

    /// <summary>Pass only where anchor <c>Arg</c> holds: bits 0-1 the <see cref="Rules.Patterns.AnchorKind"/>, bit 2 negation.</summary>
    Anchor,

    /// <summary>Accept.</summary>
    Match,
}

/// <summary>A role capture: the role's name, and whether it captures a quote's content (without its marks).</summary>
/// <param name="Role">The role name.</param>
/// <param name="QuoteContent">Whether the capture is a quote element's content.</param>
internal readonly record struct CaptureInfo(string Role, bool QuoteContent);

/// <summary>A Thompson automaton over tokens, stored as parallel arrays; immutable once built.</summary>
internal sealed class Nfa
{
    private string[]? _elementNames;
    private NfaClosures? _closures;
    private readonly NfaOp[] _ops = [];

    public required NfaOp[] Ops
    {
        get => _ops;
        init
        {
            _ops = value;
            StateCount = value.Length;
        }
    }

    public required int[] Out { get; init; }

    public required int[] Out1 { get; init; }

    public required int[] Arg { get; init; }

    /// <summary>Gets, for each state, the index of the top-level pattern element it belongs to.</summary>
    public required int[] Element { get; init; }

    public required int Start { get; init; }

    public required TokenTest[] Tests { get; init; }

    public required SpanTest[] Spans { get; init; }

    /// <summary>Gets the captures; capture <c>k</c> uses slots <c>2k</c> (start) and <c>2k+1</c> (end).</summary>
    public required CaptureInfo[] Captures { get; init; }

    /// <summary>Gets the number of top-level elements.</summary>
    public required int ElementCount { get; init; }

    /// <summary>Gets the pattern the automaton was built from.</summary>
    public required SequenceNode Pattern { get; init; }

    /// <summary>Gets a short description of each top-level element, for explain output (made on first use: tagging
    /// never asks for it).</summary>
    public string[] ElementNames => _elementNames ??= [.. Pattern.Elements.Select(NfaBuilder.Describe)];

    /// <summary>Gets the consuming states reachable from the start without consuming, or <see langword="null"/> when an
    /// anchor or an accepting state is among them (then every position must be tried in full).</summary>
    public int[]? StartLeaves { get; init; }

    /// <summary>Gets the closures of the thread states, worked out on first use (thread-safe: a race makes the same
    /// closures twice and keeps one).</summary>
    public NfaClosures Closures => _closures ?? Interlocked.CompareExchange(ref _closures, NfaClosures.Compute(this), null) ?? _closures!;

    /// <summary>Gets a cheaper form of the <see cref="StartLeaves"/> test, or <see langword="null"/>.</summary>
    public StartFilter? StartFilter { get; init; }

    /// <summary>Gets the index of the first checkpoint bound to words that every match reaches within a bounded number
    /// of tokens from its start, or -1: a match can only start where that checkpoint's words occur within
    /// <see cref="LeadReach"/> tokens.</summary>
    public int LeadCheckpoint { get; init; } = -1;

    /// <summary>Gets the most tokens a match consumes before it reaches <see cref="LeadCheckpoint"/>.</summary>
    public int LeadReach { get; init; }

    /// <summary>Gets the states every match passes through, or <see langword="null"/> when none was found.</summary>
    public NfaCheckpoints? Checkpoints { get; init; }

    /// <summary>Gets, for each checkpoint, the words one of which a token must have to start it (a filter with no
    /// <see cref="StartFilter.Others"/>), or <see langword="null"/> for a checkpoint that can start at any word.</summary>
    public StartFilter?[]? CheckpointFilters { get; init; }

    /// <summary>Gets the number of states (kept here, so a run reads it without touching <see cref="Ops"/>).</summary>
    public int StateCount { get; private init; }
}

/// <summary>
/// The start leaves of an automaton split by whether they need particular words: a token whose word id is not in
/// <see cref="Words"/> can only start a match through one of <see cref="Others"/>.
/// </summary>
/// <param name="Words">A bit set over word ids: the union of what the word-bound start leaves accept.</param>
/// <param name="Others">The start leaves that can pass a token of any word.</param>
internal sealed record StartFilter(ulong[] Words, int[] Others)
{
    private readonly WordBits _words = new(Words);

    /// <summary>Gets whether every start leaf needs particular words (<see cref="Others"/> is empty), read without
    /// touching that array.</summary>
    public bool WordsOnly { get; } = Others.Length == 0;

    /// <summary>Returns whether word id <paramref name="id"/> is in <see cref="Words"/>.</summary>
    /// <param name="id">A word id, or -1.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool Holds(int id) => _words.Holds(id);
}
