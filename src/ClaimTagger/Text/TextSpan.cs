namespace ClaimTagger.Text;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in the untouched input text.
/// </summary>
/// <param name="Start">The index of the first code unit in the span.</param>
/// <param name="End">The index one past the last code unit in the span.</param>
/// <remarks>Every offset ClaimTagger reports is a <see cref="string"/> index into the text given to it.</remarks>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Gets the number of code units in the span.</summary>
    public int Length => End - Start;

    /// <summary>Gets a value indicating whether the span holds no code unit.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>Returns whether <paramref name="position"/> lies inside the span.</summary>
    /// <param name="position">A UTF-16 index.</param>
    /// <returns><see langword="true"/> when <c>Start &lt;= position &lt; End</c>.</returns>
    public bool Contains(int position) => position >= Start && position < End;

    /// <summary>Returns whether <paramref name="other"/> lies wholly inside this span.</summary>
    /// <param name="other">Another span.</param>
    /// <returns><see langword="true"/> when the other span starts and ends within this one.</returns>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Returns whether the two spans share at least one code unit.</summary>
    /// <param name="other">Another span.</param>
    /// <returns><see langword="true"/> when the spans overlap.</returns>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>Returns the slice of <paramref name="text"/> the span covers.</summary>
    /// <param name="text">The text the span points into.</param>
    /// <returns>The substring between <see cref="Start"/> and <see cref="End"/>.</returns>
    public string Slice(string text) => text.Substring(Start, Length);

    /// <inheritdoc />
    public override string ToString() => $"{Start}..{End}";
}
