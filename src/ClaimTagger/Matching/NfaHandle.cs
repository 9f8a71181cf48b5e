namespace ClaimTagger.Matching;

/// <summary>
/// A compiled pattern's automaton, built when the rule set is compiled or, for the built-in rules alone, on its first
/// use: a one-page article runs fewer than half of the default pack's automata (102 to 119 of 268), so a command that
/// tags one article does not build the rest.
/// </summary>
/// <remarks>Thread-safe: a deferred automaton is built once, under the lock its compiler shares with every other
/// deferred automaton of the rule set (building writes the compiler's caches of token tests).</remarks>
internal sealed class NfaHandle
{
    private readonly object? _gate;
    private Func<Nfa>? _build;
    private Nfa? _nfa;

    /// <summary>Initializes a new instance of the <see cref="NfaHandle"/> class for an automaton already built.</summary>
    /// <param name="nfa">The automaton.</param>
    public NfaHandle(Nfa nfa) => _nfa = nfa;

    /// <summary>Initializes a new instance of the <see cref="NfaHandle"/> class that builds its automaton on first use.</summary>
    /// <param name="build">Builds the automaton.</param>
    /// <param name="gate">The lock every deferred build of the same compiler takes.</param>
    public NfaHandle(Func<Nfa> build, object gate)
    {
        _build = build;
        _gate = gate;
    }

    /// <summary>Gets whether the automaton has been built.</summary>
    public bool IsBuilt => Volatile.Read(ref _nfa) is not null;

    /// <summary>Gets the automaton, building it on first use.</summary>
    public Nfa Value => Volatile.Read(ref _nfa) ?? Build();

    private Nfa Build()
    {
        lock (_gate!)
        {
            if (_nfa is null)
            {
                Volatile.Write(ref _nfa, _build!());
                _build = null;
            }

            return _nfa;
        }
    }
}
