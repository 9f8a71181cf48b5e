using ClaimTagger.Rules.Patterns;

namespace ClaimTagger.Matching;

/// <summary>Builds an <see cref="Nfa"/> from a pattern by Thompson construction; <c>{n,m}</c> is unrolled.</summary>
internal sealed class NfaBuilder
{
    // The most states for which the builder looks for a lead (see Lead): its walk recurses once per state on a path.
    private const int MaxLeadStates = 4096;

    private readonly List<NfaOp> _ops = [];
    private readonly List<int> _out = [];
    private readonly List<int> _out1 = [];
    private readonly List<int> _arg = [];
    private readonly List<int> _element = [];
    private readonly List<TokenTest> _tests = [];
    private readonly List<SpanTest> _spans = [];
    private readonly List<CaptureInfo> _captures = [];
    private readonly Dictionary<ElementNode, int> _captureOf = [];
    private readonly Dictionary<ElementNode, int> _testOf = [];
    private readonly Dictionary<ElementNode, int> _spanOf = [];
    private readonly Func<ElementNode, TokenTest> _makeTest;
    private readonly Func<ElementNode, SpanTest> _makeSpan;
    private readonly int _maxStates;
    private int _currentElement;

    private NfaBuilder(Func<ElementNode, TokenTest> makeTest, Func<ElementNode, SpanTest> makeSpan, int maxStates)
    {
        _makeTest = makeTest;
        _makeSpan = makeSpan;
        _maxStates = maxStates;
    }

    /// <summary>Compiles a pattern.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <param name="makeTest">Compiles a one-token element.</param>
    /// <param name="makeSpan">Compiles a lexicon, quote or entity element.</param>
    /// <param name="maxStates">The most states allowed.</param>
    /// <returns>The automaton.</returns>
    /// <exception cref="PatternTooLargeException">The automaton would have more than <paramref name="maxStates"/> states.</exception>
    public static Nfa Build(SequenceNode pattern, Func<ElementNode, TokenTest> makeTest, Func<ElementNode, SpanTest> makeSpan, int maxStates)
    {
        var b = new NfaBuilder(makeTest, makeSpan, maxStates);
        Frag body = default;
        for (int i = 0; i < pattern.Elements.Count; i++)
        {
            b._currentElement = i;
            Frag f = b.Element(pattern.Elements[i]);
            body = i == 0 ? f : b.Concat(body, f);
        }

        b._currentElement = pattern.Elements.Count;
        int match = b.Add(NfaOp.Match);
        b.Patch(body, match);
        int[]? leaves = b.StartLeaves(body.Start);
        NfaCheckpoints? checkpoints = NfaCheckpoints.Find(b._ops, b._out, b._out1, body.Start);
        StartFilter?[]? checkpointFilters = checkpoints is null ? null : [.. checkpoints.States.Select(s => b.BuildStartFilter([s]))];
        (int lead, int reach) = checkpoints is null ? (-1, 0) : b.Lead(body.Start, checkpoints, checkpointFilters!);
        return new Nfa
        {
            StartLeaves = leaves,
            StartFilter = b.BuildStartFilter(leaves),
            Checkpoints = checkpoints,
            CheckpointFilters = checkpointFilters,
            LeadCheckpoint = lead,
            LeadReach = reach,
            Ops = [.. b._ops],
            Out = [.. b._out],
            Out1 = [.. b._out1],
            Arg = [.. b._arg],
            Element = [.. b._element],
            Start = body.Start,
            Tests = [.. b._tests],
            Spans = [.. b._spans],
            Captures = [.. b._captures],
            ElementCount = pattern.Elements.Count,
            Pattern = pattern,
        };
    }

    /// <summary>
    /// Finds the first checkpoint bound to words (with no other kind of token) and the most tokens any path consumes
    /// from the start before reaching it, when that is bounded: a pattern that opens with a mention, then a verb from a
    /// list, can only start in the few tokens before one of those verbs.
    /// </summary>
    /// <returns>The checkpoint's index and the reach, or (-1, 0) when there is none or the way to it can repeat.</returns>
    private (int Checkpoint, int Reach) Lead(int start, NfaCheckpoints checkpoints, StartFilter?[] filters)
    {
        for (int k = 0; k < checkpoints.States.Length; k++)
        {
            if (filters[k] is not { Others.Length: 0 })
            {
                continue;
            }

            int reach = LongestWayTo(start, checkpoints.States[k]);
            return reach < 0 || k == 0 && reach == 0 ? (-1, 0) : (k, reach);
        }

        return (-1, 0);
    }

    /// <summary>The most tokens a path from <paramref name="from"/> consumes before entering <paramref name="target"/>,
    /// or -1 when a path can repeat (a loop) or pass an element of unbounded length on the way.</summary>
    private int LongestWayTo(int from, int target)
    {
        // The walk recurses once per state on a path; a very large automaton is left without a lead.
        if (_ops.Count > MaxLeadStates)
        {
            return -1;
        }

        // Depth-first, with each state's longest way memoised; a state met again while still open is a loop.
        var longest = new Dictionary<int, int>();
        var open = new HashSet<int>();
        bool bounded = true;

        int Walk(int s)
        {
            if (s == target)
            {
                return 0;
            }

            if (longest.TryGetValue(s, out int known))
            {
                return known;
            }

            if (!open.Add(s))
            {
                bounded = false;
                return 0;
            }

            int width = _ops[s] switch
            {
                NfaOp.Token => 1,
                NfaOp.Span => _spans[_arg[s]].MaxTokens,
                _ => 0,
            };
            int best = int.MinValue;
            if (_ops[s] != NfaOp.Match)
            {
                best = Math.Max(best, Walk(_out[s]));
                if (_ops[s] == NfaOp.Split)
                {
                    best = Math.Max(best, Walk(_out1[s]));
                }
            }

            open.Remove(s);
            int result = best == int.MinValue ? int.MinValue // no way to the target from here
                : best == int.MaxValue || width == int.MaxValue ? int.MaxValue
                : width + best;
            longest[s] = result;
            return result;
        }

        int way = Walk(from);
        return bounded && way >= 0 && way < int.MaxValue ? way : -1;
    }

    private int[]? StartLeaves(int start)
    {
        var leaves = new List<int>();
        var seen = new HashSet<int>();
        var stack = new Stack<int>();
        stack.Push(start);
        while (stack.Count > 0)
        {
            int s = stack.Pop();
            if (!seen.Add(s))
            {
                continue;
            }

            switch (_ops[s])
            {
                case NfaOp.Split:
                    stack.Push(_out1[s]);
                    stack.Push(_out[s]);
                    break;
                case NfaOp.Jump or NfaOp.Save:
                    stack.Push(_out[s]);
                    break;
                case NfaOp.Token or NfaOp.Span:
                    leaves.Add(s);
                    break;
                default:
                    return null;
            }
        }

        return [.. leaves];
    }

    /// <summary>Splits the start leaves into those bound to words (merged into one bit set) and the others.</summary>
    private StartFilter? BuildStartFilter(int[]? leaves)
    {
        if (leaves is null)
        {
            return null;
        }

        // The bit sets of the word-bound leaves (tests' and lexicons' own, never changed): one is shared as it is,
        // several are merged into a new set sized to the largest.
        ulong[]? only = null;
        int bound = 0, longest = 0;
        List<int>? others = null;
        foreach (int s in leaves)
        {
            if (WordBits(s) is { } bits)
            {
                only = bits;
                bound++;
                longest = Math.Max(longest, bits.Length);
            }
            else
            {
                (others ??= []).Add(s);
            }
        }

        if (bound == 0)
        {
            return null;
        }

        if (bound > 1)
        {
            only = new ulong[longest];
            foreach (int s in leaves)
            {
                if (WordBits(s) is { } bits)
                {
                    for (int w = 0; w < bits.Length; w++)
                    {
                        only[w] |= bits[w];
                    }
                }
            }
        }

        return new StartFilter(only!, others is null ? [] : [.. others]);
    }

    /// <summary>Returns the bit set of the words a consuming state can start at, or <see langword="null"/> for any word.</summary>
    private ulong[]? WordBits(int state) => _ops[state] switch
    {
        NfaOp.Token => _tests[_arg[state]].NeededWords,
        NfaOp.Span => _spans[_arg[state]].FirstWordBits,
        _ => null,
    };

    /// <summary>Returns a short description of an element ("lexicon speech-verbs", "text said").</summary>
    /// <param name="e">The element.</param>
    /// <returns>The description.</returns>
    public static string Describe(ElementNode e)
    {
        string what = e.Kind switch
        {
            ElementKind.Lexicon => "lexicon " + string.Join("|", e.Lexicons!.Select(l => l.Name)),
            ElementKind.Quote => "quote",
            ElementKind.Entity => "entity " + e.Entity.ToString().ToLowerInvariant(),
            ElementKind.Anchor => "anchor " + e.Anchor switch
            {
                AnchorKind.End => "end",
                AnchorKind.SentenceStart => "sentence-start",
                AnchorKind.SentenceEnd => "sentence-end",
                _ => "start",
            },
            ElementKind.Group => "group",
            ElementKind.OneOf => "one-of",
            _ => e.Text is not null ? "text " + string.Join("|", e.Text) :
                e.Lower is not null ? "lower " + string.Join("|", e.Lower) :
                e.RegexSource is not null ? "regex " + e.RegexSource :
                e.Shapes is not null ? "shape " + string.Join("|", e.Shapes) :
                e.Suffixes is not null ? "suffix " + string.Join("|", e.Suffixes) :
                e.MinLength > 0 || e.MaxLength < int.MaxValue ? $"length {e.MinLength}..{(e.MaxLength == int.MaxValue ? string.Empty : e.MaxLength)}" :
                e.AnyToken ? "token any" : "flags",
        };
        if (e.Negate)
        {
            what = "not " + what;
        }

        return e.Role is null ? what : $"{what} as {e.Role}";
    }

    private Frag Element(ElementNode e)
    {
        Frag f;
        if (e.Unbounded)
        {
            f = Repeat(e, e.Min);
            int split = Add(NfaOp.Split);
            Frag loop = One(e);
            Patch(loop, split);
            int exit = e.Lazy ? Encode(split, 0) : Encode(split, 1);
            SetSlot(e.Lazy ? Encode(split, 1) : Encode(split, 0), loop.Start);
            var star = new Frag(split, exit, exit);
            f = e.Min == 0 ? star : Concat(f, star);
        }
        else
        {
            f = Repeat(e, e.Min);
            for (int i = e.Min; i < e.Max; i++)
            {
                Frag optional = Optional(One(e), e.Lazy);
                f = f.Start < 0 ? optional : Concat(f, optional);
            }
        }

        if (e.Role is not null)
        {
            if (!_captureOf.TryGetValue(e, out int k))
            {
                k = _captures.Count;
                _captures.Add(new CaptureInfo(e.Role, e.Kind == ElementKind.Quote));
                _captureOf.Add(e, k);
            }

            int open = Add(NfaOp.Save, 2 * k);
            int close = Add(NfaOp.Save, (2 * k) + 1);
            _out[open] = f.Start;
            Patch(f, close);
            f = Frag.Of(open, Encode(close, 0));
        }

        return f;
    }

    private Frag Repeat(ElementNode e, int count)
    {
        Frag f = Frag.Empty;
        for (int i = 0; i < count; i++)
        {
            Frag one = One(e);
            f = f.Start < 0 ? one : Concat(f, one);
        }

        return f;
    }

    private Frag Optional(Frag body, bool lazy)
    {
        int split = Add(NfaOp.Split);
        int skip = lazy ? Encode(split, 0) : Encode(split, 1);
        SetSlot(lazy ? Encode(split, 1) : Encode(split, 0), body.Start);
        return new Frag(split, body.First, body.Last).Append(this, Frag.Of(split, skip));
    }

    private Frag One(ElementNode e)
    {
        switch (e.Kind)
        {
            case ElementKind.Token:
            {
                if (!_testOf.TryGetValue(e, out int test))
                {
                    test = _tests.Count;
                    _tests.Add(_makeTest(e));
                    _testOf.Add(e, test);
                }

                int s = Add(NfaOp.Token, test);
                return Frag.Of(s, Encode(s, 0));
            }

            case ElementKind.Lexicon or ElementKind.Quote or ElementKind.Entity:
            {
                if (!_spanOf.TryGetValue(e, out int span))
                {
                    span = _spans.Count;
                    _spans.Add(_makeSpan(e));
                    _spanOf.Add(e, span);
                }

                int s = Add(NfaOp.Span, span);
                return Frag.Of(s, Encode(s, 0));
            }

            case ElementKind.Anchor:
            {
                int s = Add(NfaOp.Anchor, (int)e.Anchor | (e.Negate ? 4 : 0));
                return Frag.Of(s, Encode(s, 0));
            }

            case ElementKind.Group:
                return Sequence(e.Group!);
            default:
            {
                // one-of: a chain of splits, earlier branches preferred.
                Frag? result = null;
                for (int i = e.OneOf!.Count - 1; i >= 0; i--)
                {
                    Frag branch = Sequence(e.OneOf[i]);
                    if (result is null)
                    {
                        result = branch;
                        continue;
                    }

                    int split = Add(NfaOp.Split);
                    _out[split] = branch.Start;
                    _out1[split] = result.Value.Start;
                    result = new Frag(split, branch.First, branch.Last).Append(this, result.Value);
                }

                return result!.Value;
            }
        }
    }

    private Frag Sequence(SequenceNode seq)
    {
        Frag f = Frag.Empty;
        foreach (ElementNode e in seq.Elements)
        {
            Frag one = Element(e);
            f = f.Start < 0 ? one : Concat(f, one);
        }

        return f;
    }

    private Frag Concat(Frag a, Frag b)
    {
        if (a.Start < 0)
        {
            return b;
        }

        Patch(a, b.Start);
        return new Frag(a.Start, b.First, b.Last);
    }

    private int Add(NfaOp op, int arg = 0)
    {
        if (_ops.Count >= _maxStates)
        {
            throw new PatternTooLargeException();
        }

        _ops.Add(op);
        _out.Add(-1);
        _out1.Add(-1);
        _arg.Add(arg);
        _element.Add(_currentElement);
        return _ops.Count - 1;
    }

    /// <summary>Points every dangling exit of <paramref name="f"/> at <paramref name="target"/>.</summary>
    private void Patch(Frag f, int target)
    {
        for (int slot = f.First; slot >= 0;)
        {
            int next = GetSlot(slot);
            SetSlot(slot, target);
            slot = next;
        }
    }

    private int GetSlot(int slot) => (slot & 1) == 0 ? _out[slot >> 1] : _out1[slot >> 1];

    private void SetSlot(int slot, int value)
    {
        if ((slot & 1) == 0)
        {
            _out[slot >> 1] = value;
        }
        else
        {
            _out1[slot >> 1] = value;
        }
    }

    private static int Encode(int state, int which) => (state << 1) | which;

    /// <summary>A fragment of the automaton: its start state and its dangling exits (successor slots, encoded as
    /// <c>state * 2 + which</c>), kept as a chain threaded through the slots themselves until patched: an unpatched
    /// slot holds the next exit of its fragment, or -1 after the last.</summary>
    private readonly record struct Frag(int Start, int First, int Last)
    {
        public static Frag Empty => new(-1, -1, -1);

        /// <summary>Returns a fragment with one dangling exit.</summary>
        public static Frag Of(int start, int slot) => new(start, slot, slot);

        /// <summary>Returns this fragment with the exits of <paramref name="other"/> after its own.</summary>
        public Frag Append(NfaBuilder b, Frag other)
        {
            if (First < 0)
            {
                return this with { First = other.First, Last = other.Last };
            }

            if (other.First >= 0)
            {
                b.SetSlot(Last, other.First);
            }

            return this with { Last = other.First >= 0 ? other.Last : Last };
        }
    }
}

/// <summary>Thrown while building an automaton that passes the state limit.</summary>
internal sealed class PatternTooLargeException : Exception
{
    public PatternTooLargeException()
        : base("The pattern has too many states.")
    {
    }

    public PatternTooLargeException(string message)
        : base(message)
    {
    }

    public PatternTooLargeException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
