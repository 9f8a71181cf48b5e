namespace ClaimTagger.Tests.Evaluation;

/// <summary>A tagger that returns fixed tags for each text it knows, and none for others.</summary>
internal sealed class FakeTagger(IReadOnlyDictionary<string, IReadOnlyList<Tag>> tagsByText) : ITagger
{
    public List<string> Seen { get; } = [];

    public TaggedArticle Tag(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Seen.Add(text);
        IReadOnlyList<Tag> tags = tagsByText.TryGetValue(text, out IReadOnlyList<Tag>? found) ? found : [];
        return new TaggedArticle(text, [], tags, []);
    }

    public static Tag Make(string text, string label, string fragment, string? kind = null, IReadOnlyDictionary<string, RoleSpan>? roles = null, int occurrence = 1)
    {
        int start = IndexOf(text, fragment, occurrence);
        return new Tag(new Label(label), "fake." + label, kind, start, start + fragment.Length, fragment, [0], 1.0, roles ?? new Dictionary<string, RoleSpan>());
    }

    public static RoleSpan Role(string text, string fragment, string? resolved = null, int occurrence = 1)
    {
        int start = IndexOf(text, fragment, occurrence);
        return new RoleSpan(start, start + fragment.Length, fragment, resolved);
    }

    private static int IndexOf(string text, string fragment, int occurrence)
    {
        int at = -1;
        for (int i = 0; i < occurrence; i++)
        {
            at = text.IndexOf(fragment, at + 1, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new ArgumentException($"'{fragment}' occurs fewer than {occurrence} times");
            }
        }

        return at;
    }
}
