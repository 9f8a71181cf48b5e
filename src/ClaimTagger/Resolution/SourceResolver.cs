using ClaimTagger.Analysis;
using ClaimTagger.Sections;
using ClaimTagger.Sentences;
using ClaimTagger.Text;
using ClaimTagger.Tokens;

namespace ClaimTagger.Resolution;

/// <summary>
/// Resolves the <c>source</c> role of tags to canonical names within one article: pronouns to the last
/// named speaker they can refer to, surnames to the full name the article introduces, titles split off
/// ("Spanish Foreign Minister Ana Ruiz" → "Ana Ruiz"), and quotes with no source of their own to the
/// speaker of the quote or claim just before them in the same or the previous paragraph.
/// </summary>
/// <remarks>Stateless and thread-safe; every call works on one article.</remarks>
internal static class SourceResolver
{
    /// <summary>The role that names who speaks.</summary>
    public const string SourceRole = "source";

    /// <summary>Returns <paramref name="tags"/> with their sources resolved.</summary>
    /// <param name="text">The analyzed article.</param>
    /// <param name="tags">The tags, ordered by start.</param>
    /// <returns>New tags where a source could be resolved; the others unchanged.</returns>
    public static Tag[] Resolve(AnalyzedText text, IReadOnlyList<Tag> tags)
    {
        var result = new Tag[tags.Count];
        if (tags.Count == 0)
        {
            return result;
        }

        PersonRegistry registry = PersonRegistry.Build(text);
        var speakers = new List<Speaker>();
        for (int i = 0; i < tags.Count; i++)
        {
            Tag tag = tags[i];
            RoleSpan? source = tag.Role(SourceRole);
            if (source is not null)
            {
                Speaker? speaker = ResolveMention(text, registry, speakers, source);
                if (speaker is not null)
                {
                    speakers.Add(speaker with { Position = tag.Start, Paragraph = ParagraphOf(text, tag) });
                    if (source.Resolved != speaker.Name)
                    {
                        tag = WithSource(tag, source with { Resolved = speaker.Name });
                    }
                }
            }
            else if (tag.Label == Label.DirectQuote && FloatingSpeaker(text, speakers, tag) is { } previous)
            {
                tag = WithSource(tag, previous.Mention);
            }

            result[i] = tag;
        }

        return result;
    }

    private static Speaker? ResolveMention(AnalyzedText text, PersonRegistry registry, List<Speaker> speakers, RoleSpan source)
    {
        string mention = source.Text.Trim();
        if (NameWords.SpeakerPronouns.TryGetValue(mention.ToLowerInvariant(), out Gender pronounGender))
        {
            if (mention.Length > 0 && mention.ToLowerInvariant() is "they" or "it" or "we" or "i")
            {
                return null;
            }

            for (int i = speakers.Count - 1; i >= 0; i--)
            {
                Speaker s = speakers[i];
                if (s.IsPerson && Compatible(registry.GenderOf(s.Name), pronounGender))
                {
                    registry.NoteGender(s.Name, pronounGender);
                    return s with { Mention = source with { Resolved = s.Name } };
                }
            }

            PersonEntry? last = registry.LastBefore(source.Start, pronounGender);
            if (last is not null)
            {
                registry.NoteGender(last.FullName, pronounGender);
                return new Speaker(last.FullName, true, source with { Resolved = last.FullName }, 0, 0);
            }

            return null;
        }

        PersonName parsed = NameParser.Parse(text.Text, new TextSpan(source.Start, source.End));
        if (parsed.Name is null)
        {
            PersonEntry? byTitle = parsed.Title is null ? null : registry.ByTitle(parsed.Title, source.Start);
            return byTitle is null ? null : new Speaker(byTitle.FullName, true, source with { Resolved = byTitle.FullName }, 0, 0);
        }

        string name = parsed.Name;
        if (parsed.NameWordCount == 1 && registry.BySurname(parsed.Surname!, source.Start) is { } entry)
        {
            name = entry.FullName;
        }

        Gender titled = GenderOfTitle(parsed.Title);
        if (titled != Gender.Unknown)
        {
            registry.NoteGender(name, titled);
        }

        bool isPerson = !ContainsOrganisationWord(parsed.Name);
        return new Speaker(name, isPerson, source with { Resolved = name }, 0, 0);
    }

    private static Speaker? FloatingSpeaker(AnalyzedText text, List<Speaker> speakers, Tag quote)
    {
        if (speakers.Count == 0)
        {
            return null;
        }

        Speaker last = speakers[^1];
        int paragraph = ParagraphOf(text, quote);
        return paragraph - last.Paragraph is 0 or 1 ? last : null;
    }

    private static int ParagraphOf(AnalyzedText text, Tag tag) =>
        tag.Sentences.Count > 0 && tag.Sentences[0] < text.Sentences.Count ? text.Sentences[tag.Sentences[0]].Paragraph : -1;

    private static Tag WithSource(Tag tag, RoleSpan source)
    {
        var roles = new Dictionary<string, RoleSpan>(tag.Roles) { [SourceRole] = source };
        return tag with { Roles = roles };
    }

    private static bool Compatible(Gender known, Gender wanted) => known == Gender.Unknown || wanted == Gender.Unknown || known == wanted;

    private static Gender GenderOfTitle(string? title)
    {
        if (title is null)
        {
            return Gender.Unknown;
        }

        foreach (string word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (NameWords.GenderedTitles.TryGetValue(word.TrimEnd('.').ToLowerInvariant(), out Gender g))
            {
                return g;
            }
        }

        return Gender.Unknown;
    }

    private static bool ContainsOrganisationWord(string name)
    {
        foreach (string word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (NameParser.IsOrganisationWord(word))
            {
                return true;
            }
        }

        return false;
    }

    private sealed record Speaker(string Name, bool IsPerson, RoleSpan Mention, int Position, int Paragraph);

    /// <summary>A person the article names in full, where it first does, and what is known of them.</summary>
    private sealed record PersonEntry(string FullName, string Surname, string? Title, int Position)
    {
        public Gender Gender { get; set; }
    }

    /// <summary>Every full name (two or more name words) the article mentions, in text order.</summary>
    private sealed class PersonRegistry
    {
        private readonly List<PersonEntry> _people = [];
        private readonly List<(int Position, PersonEntry Person)> _mentions = [];

        public static PersonRegistry Build(AnalyzedText text)
        {
            var registry = new PersonRegistry();
            foreach (Sentence sentence in text.Sentences)
            {
                if (sentence.Section is SectionKind.Boilerplate or SectionKind.Byline or SectionKind.Dateline)
                {
                    continue;
                }

                ReadOnlySpan<Token> tokens = text.TokensOf(sentence);
                int i = 0;
                while (i < tokens.Length)
                {
                    if (!StartsCapitalisedRun(text.Text, tokens[i]))
                    {
                        i++;
                        continue;
                    }

                    int j = i + 1;
                    while (j < tokens.Length && ContinuesRun(text.Text, tokens, j))
                    {
                        j++;
                    }

                    if (j - i >= 2)
                    {
                        registry.Add(text.Text, new TextSpan(tokens[i].Start, tokens[j - 1].End));
                    }

                    i = j;
                }
            }

            return registry;
        }

        public Gender GenderOf(string fullName) => Find(fullName)?.Gender ?? Gender.Unknown;

        public void NoteGender(string fullName, Gender gender)
        {
            if (gender != Gender.Unknown && Find(fullName) is { Gender: Gender.Unknown } person)
            {
                person.Gender = gender;
            }
        }

        public PersonEntry? BySurname(string surname, int position)
        {
            PersonEntry? later = null;
            foreach (PersonEntry person in _people)
            {
                if (person.Surname == surname)
                {
                    if (person.Position <= position)
                    {
                        return person;
                    }

                    later ??= person;
                }
            }

            return later;
        }

        public PersonEntry? ByTitle(string title, int position)
        {
            string[] wanted = title.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => NameWords.TitleWords.Contains(w)).ToArray();
            if (wanted.Length == 0)
            {
                return null;
            }

            PersonEntry? best = null;
            foreach ((int at, PersonEntry person) in _mentions)
            {
                if (at < position && person.Title is not null && wanted.All(w => person.Title.Contains(w, StringComparison.OrdinalIgnoreCase)))
                {
                    best = person;
                }
            }

            return best;
        }

        public PersonEntry? LastBefore(int position, Gender gender)
        {
            PersonEntry? best = null;
            foreach ((int at, PersonEntry person) in _mentions)
            {
                if (at >= position)
                {
                    break;
                }

                if (Compatible(person.Gender, gender))
                {
                    best = person;
                }
            }

            return best;
        }

        private PersonEntry? Find(string fullName) => _people.Find(p => p.FullName == fullName);

        private void Add(string text, TextSpan run)
        {
            PersonName parsed = NameParser.Parse(text, run);
            if (parsed.Name is null || parsed.NameWordCount < 2 || ContainsOrganisationWord(parsed.Name))
            {
                return;
            }

            PersonEntry? person = Find(parsed.Name);
            if (person is null)
            {
                person = new PersonEntry(parsed.Name, parsed.Surname!, parsed.Title, run.Start) { Gender = GenderOfTitle(parsed.Title) };
                _people.Add(person);
            }

            _mentions.Add((run.Start, person));
        }

        private static bool StartsCapitalisedRun(string text, in Token token) =>
            token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]);

        private static bool ContinuesRun(string text, ReadOnlySpan<Token> tokens, int j)
        {
            Token token = tokens[j];
            if (token.Start - tokens[j - 1].End > 1)
            {
                return false; // a line break or wide gap ends a name
            }

            if (token.Kind == TokenKind.Word)
            {
                ReadOnlySpan<char> word = text.AsSpan(token.Start, token.Length);
                return char.IsUpper(word[0]) || (j + 1 < tokens.Length && NameWords.NameParticles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && char.IsUpper(text[tokens[j + 1].Start]));
            }

            // the full stop of an initial ("J. R. Smith")
            return token.Length == 1 && text[token.Start] == '.' && tokens[j - 1].Length == 1 && j + 1 < tokens.Length;
        }
    }
}
