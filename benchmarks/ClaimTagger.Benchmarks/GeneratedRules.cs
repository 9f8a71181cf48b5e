using System.Globalization;
using System.Text;

namespace ClaimTagger.Benchmarks;

/// <summary>
/// Writes rule files of any size as YAML text, the way a user's large rule set looks: each rule has its own small
/// lexicon or word list, roles, and some optional, repeated or lazily repeated elements, in six shapes. By default
/// half the words come from the corpus's vocabulary (so the prefilter keeps many rules and some match), half are
/// invented (rules that never fire, as most of a large set does on any one sentence).
/// </summary>
public static class GeneratedRules
{
    private static readonly string[] Labels = ["Denial", "Promise", "Statistic", "Blame", "Praise"];


    /// <summary>Returns a rule file with <paramref name="count"/> rules.</summary>
    /// <param name="count">The number of rules.</param>
    /// <param name="vocabulary">Lower-case words of the corpus to draw from.</param>
    /// <param name="seed">The random seed; the same seed gives the same file.</param>
    /// <param name="corpusWordPercent">How many of the rules' words come from <paramref name="vocabulary"/>, in
    /// percent; the others are invented and never occur.</param>
    /// <returns>The YAML text.</returns>
    public static string Yaml(int count, IReadOnlyList<string> vocabulary, int seed, int corpusWordPercent = 50)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var random = new Random(seed);
        var yaml = new StringBuilder("version: 1\n\nlexicons:\n");
        int lexicons = Math.Max(1, count / 2);
        for (int l = 0; l < lexicons; l++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  gen-lex-{l:D5}:\n    entries: [");
            int entries = random.Next(3, 12);
            for (int e = 0; e < entries; e++)
            {
                yaml.Append(e == 0 ? string.Empty : ", ").Append('"').Append(Word(random, vocabulary, corpusWordPercent));
                if (random.Next(5) == 0)
                {
                    yaml.Append(' ').Append(Word(random, vocabulary, corpusWordPercent));
                }

                yaml.Append('"');
            }

            yaml.Append("]\n");
        }

        yaml.Append("\nrules:\n");
        for (int r = 0; r < count; r++)
        {
            string lexicon = $"gen-lex-{random.Next(lexicons):D5}";
            yaml.Append(CultureInfo.InvariantCulture, $"  - id: gen.rule-{r:D5}\n    label: {Labels[r % Labels.Length]}\n    message: \"generated rule {r}\"\n");
            yaml.Append(CultureInfo.InvariantCulture, $"    priority: {random.Next(1, 9)}\n    confidence: 0.{random.Next(5, 10)}\n    pattern:\n");
            switch (r % 6)
            {
                case 0:
                    yaml.Append(CultureInfo.InvariantCulture, $"      - {{ lexicon: {lexicon}, as: cue }}\n      - {{ token: any, op: \"{{0,3}}\" }}\n      - {{ lower: [{Words(random, vocabulary, 3, corpusWordPercent)}], as: target }}\n");
                    break;
                case 1:
                    yaml.Append(CultureInfo.InvariantCulture, $"      - {{ entity: source, as: source }}\n      - {{ lower: [{Words(random, vocabulary, 4, corpusWordPercent)}], as: cue }}\n      - {{ token: any, op: \"+?\", as: content }}\n      - {{ text: \".\", op: \"?\" }}\n      - {{ anchor: end }}\n");
                    break;
                case 2:
                    yaml.Append(CultureInfo.InvariantCulture, $"      - {{ lower: [{Words(random, vocabulary, 2, corpusWordPercent)}], as: cue }}\n      - {{ lower: [the, a, an], op: \"?\" }}\n      - {{ flags: [capitalized], op: \"{{1,4}}\", as: target }}\n");
                    break;
                case 3:
                    yaml.Append(CultureInfo.InvariantCulture, $"      - {{ group: [ {{ lower: \"{Word(random, vocabulary, corpusWordPercent)}\" }}, {{ lower: [{Words(random, vocabulary, 2, corpusWordPercent)}] }} ], as: cue }}\n      - {{ token: any, op: \"{{0,2}}\" }}\n      - {{ lexicon: {lexicon}, as: target }}\n");
                    break;
                case 4:
                    yaml.Append(CultureInfo.InvariantCulture, $"      - {{ lower: [{Words(random, vocabulary, 3, corpusWordPercent)}], as: cue }}\n      - {{ token: any, op: \"{{0,4}}?\" }}\n      - {{ quote: any, as: content }}\n");
                    break;
                default:
                    yaml.Append(CultureInfo.InvariantCulture, $"      - {{ lexicon: {lexicon}, as: cue }}\n      - {{ flags: [number], op: \"?\" }}\n      - {{ lower: [{Words(random, vocabulary, 2, corpusWordPercent)}], op: \"*\" }}\n      - {{ token: any, as: target }}\n");
                    break;
            }
        }

        return yaml.ToString();
    }

    /// <summary>Collects the distinct lower-case words of letters only (at least three) from <paramref name="articles"/>.</summary>
    /// <param name="articles">Articles.</param>
    /// <returns>The words, sorted.</returns>
    public static string[] Vocabulary(IEnumerable<string> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var words = new SortedSet<string>(StringComparer.Ordinal);
        var word = new StringBuilder();
        foreach (string article in articles)
        {
            foreach (char c in article)
            {
                if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
                {
                    word.Append(char.ToLowerInvariant(c));
                    continue;
                }

                if (word.Length >= 3)
                {
                    words.Add(word.ToString());
                }

                word.Clear();
            }
        }

        return [.. words];
    }

    /// <summary>Returns <paramref name="vocabulary"/> without its <paramref name="count"/> most frequent words in
    /// <paramref name="articles"/> (articles, pronouns, "said" …): the words a user's rule rarely names on its own.</summary>
    /// <param name="vocabulary">The words, as <see cref="Vocabulary"/> returns them.</param>
    /// <param name="articles">The articles to count in.</param>
    /// <param name="count">How many of the most frequent words to leave out.</param>
    /// <returns>The remaining words, sorted.</returns>
    public static string[] WithoutCommon(IReadOnlyList<string> vocabulary, IEnumerable<string> articles, int count)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(articles);
        var frequency = vocabulary.ToDictionary(w => w, _ => 0L, StringComparer.Ordinal);
        var word = new StringBuilder();
        foreach (string article in articles)
        {
            foreach (char c in article + " ")
            {
                if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
                {
                    word.Append(char.ToLowerInvariant(c));
                    continue;
                }

                if (word.Length > 0 && frequency.TryGetValue(word.ToString(), out long n))
                {
                    frequency[word.ToString()] = n + 1;
                }

                word.Clear();
            }
        }

        var common = frequency.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(count).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        return [.. vocabulary.Where(w => !common.Contains(w))];
    }

    private static string Words(Random random, IReadOnlyList<string> vocabulary, int max, int corpusWordPercent)
    {
        int n = random.Next(1, max + 1);
        var words = new List<string>(n);
        while (words.Count < n)
        {
            string w = Word(random, vocabulary, corpusWordPercent);
            if (!words.Contains(w))
            {
                words.Add(w);
            }
        }

        return string.Join(", ", words.Select(w => $"\"{w}\""));
    }

    /// <summary>A word of the corpus, or an invented one ("vexmo17").</summary>
    private static string Word(Random random, IReadOnlyList<string> vocabulary, int corpusWordPercent)
    {
        if (random.Next(100) < corpusWordPercent && vocabulary.Count > 0)
        {
            return vocabulary[random.Next(vocabulary.Count)];
        }

        const string consonants = "bcdfghjklmnprstvwxz", vowels = "aeiou";
        var word = new StringBuilder();
        int syllables = random.Next(2, 4);
        for (int s = 0; s < syllables; s++)
        {
            word.Append(consonants[random.Next(consonants.Length)]).Append(vowels[random.Next(vowels.Length)]);
        }

        return word.Append(consonants[random.Next(consonants.Length)]).ToString();
    }
}
