namespace ClaimTagger.Matching;

/// <summary>Records how far a pattern got in one window, for explain: the furthest element tried and the token where it failed.</summary>
internal sealed class PatternProbe(string path, Nfa nfa)
{
    public string Path { get; } = path;

    public Nfa Nfa { get; } = nfa;

    public int FurthestElement { get; private set; } = -1;

    /// <summary>Gets the absolute token where the furthest element failed (may be the window's end).</summary>
    public int FurthestToken { get; private set; } = -1;

    public bool HasMatch { get; private set; }

    public void Failed(int element, int token)
    {
        if (element > FurthestElement)
        {
            FurthestElement = element;
            FurthestToken = token;
        }
    }

    public void Matched() => HasMatch = true;
}
