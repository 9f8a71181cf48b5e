using System.Buffers.Binary;
using System.Text;
using ClaimTagger.Matching;
using ClaimTagger.Rules.Patterns;
using ClaimTagger.Rules.Yaml;
using ClaimTagger.Sections;

namespace ClaimTagger.Rules.Packed;

/// <summary>
/// Writes rule files, as read from YAML, in a compact binary form and reads them back: the same
/// <see cref="RuleFile"/> trees (locations, examples and the reader's diagnostics included) with no YAML to parse.
/// The layout is a magic number, <see cref="FormatVersion"/>, a key the caller chooses (the hash of the YAML the files
/// came from), a string table, and the files; an optional value is written only when present, after a flag.
/// </summary>
/// <remarks>Thread safety: stateless; each call works on its own buffers.</remarks>
internal static class RuleFilePack
{
    /// <summary>The version of the layout; a pack of another version is never read.</summary>
    public const int FormatVersion = 4;

    private const uint Magic = 0x4B505443; // "CTPK"

    /// <summary>Writes <paramref name="files"/> and the diagnostics their reading gave.</summary>
    /// <param name="files">The files, in layer order.</param>
    /// <param name="diagnostics">The diagnostics the reader gave (warnings only: a file with errors is not packed).</param>
    /// <param name="key">What the pack is for (a hash of the YAML), compared by <see cref="TryRead"/>.</param>
    /// <returns>The pack.</returns>
    public static byte[] Write(IReadOnlyList<RuleFile> files, IReadOnlyList<RuleDiagnostic> diagnostics, ReadOnlySpan<byte> key)
    {
        var body = new Writer();
        body.Int(files.Count);
        foreach (RuleFile file in files)
        {
            body.File(file);
        }

        body.Int(diagnostics.Count);
        foreach (RuleDiagnostic d in diagnostics)
        {
            body.String(d.Code);
            body.Int((int)d.Severity);
            body.String(d.Message);
            body.Location(d.Location);
            body.NullableString(d.RuleId);
        }

        using var output = new MemoryStream();
        using (var w = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(FormatVersion);
            w.Write(key.Length);
            w.Write(key);
            w.Write(body.Strings.Count);
            foreach (string s in body.Strings)
            {
                w.Write(s);
            }

            w.Write(body.Bytes());
        }

        return output.ToArray();
    }

    /// <summary>Reads a pack written by <see cref="Write"/> for <paramref name="key"/>.</summary>
    /// <param name="pack">The pack.</param>
    /// <param name="key">The key the pack must have been written for.</param>
    /// <param name="regexTimeout">The timeout the regex elements get.</param>
    /// <param name="files">Receives the files.</param>
    /// <param name="diagnostics">Receives the diagnostics their reading gave.</param>
    /// <returns><see langword="false"/> when the pack is of another version or key, or damaged.</returns>
    public static bool TryRead(byte[] pack, ReadOnlySpan<byte> key, TimeSpan regexTimeout, out List<RuleFile> files, out List<RuleDiagnostic> diagnostics)
    {
        files = [];
        diagnostics = [];
        try
        {
            var r = new Reader(pack, regexTimeout);
            if (r.UInt() != Magic || r.Fixed() != FormatVersion || !r.Raw(r.Fixed()).SequenceEqual(key))
            {
                return false;
            }

            r.ReadStrings();
            int count = r.Count();
            for (int i = 0; i < count; i++)
            {
                files.Add(r.File());
            }

            count = r.Count();
            for (int i = 0; i < count; i++)
            {
                diagnostics.Add(new RuleDiagnostic(r.String(), (RuleDiagnosticSeverity)r.Int(), r.String(), r.Location(), r.NullableString()));
            }

            return r.AtEnd;
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or ArgumentException or IndexOutOfRangeException or InvalidDataException)
        {
            files = [];
            diagnostics = [];
            return false;
        }
    }

    /// <summary>Writes the body, collecting its strings into a table.</summary>
    private sealed class Writer
    {
        private readonly MemoryStream _stream = new();
        private readonly BinaryWriter _w;
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

        public Writer() => _w = new BinaryWriter(_stream, Encoding.UTF8, leaveOpen: true);

        public List<string> Strings { get; } = [];

        public byte[] Bytes()
        {
            _w.Flush();
            return _stream.ToArray();
        }

        public void Int(int value) => _w.Write7BitEncodedInt(value);

        public void Bool(bool value) => _w.Write(value);

        public void String(string value)
        {
            if (!_ids.TryGetValue(value, out int id))
            {
                id = Strings.Count;
                _ids.Add(value, id);
                Strings.Add(value);
            }

            Int(id);
        }

        public void NullableInt(int? value)
        {
            Bool(value.HasValue);
            if (value is { } v)
            {
                Int(v);
            }
        }

        public void NullableString(string? value)
        {
            Bool(value is not null);
            if (value is not null)
            {
                String(value);
            }
        }

        public void Location(SourceLocation at)
        {
            String(at.Source);
            Int(at.Line);
            Int(at.Column);
        }

        public void NullableLocation(SourceLocation? at)
        {
            Bool(at is not null);
            if (at is not null)
            {
                Location(at);
            }
        }

        public void StringList(IReadOnlyList<string>? values)
        {
            Bool(values is not null);
            if (values is not null)
            {
                Int(values.Count);
                foreach (string s in values)
                {
                    String(s);
                }
            }
        }

        public void List<T>(IReadOnlyList<T> items, Action<T> write)
        {
            Int(items.Count);
            foreach (T item in items)
            {
                write(item);
            }
        }

        public void File(RuleFile file)
        {
            String(file.Source);
            List(file.Lexicons, x =>
            {
                String(x.Name);
                StringList(x.Entries);
                StringList(x.Forms);
                Int((int)x.Inflection);
                Bool(x.CaseSensitive);
                Location(x.Location);
            });
            List(file.Conflicts, x =>
            {
                List(x.Labels, l => String(l.Name));
                Int((int)x.Policy);
                Location(x.Location);
            });
            List(file.Disable, x =>
            {
                String(x.Id);
                Location(x.Location);
            });
            List(file.Overrides, x =>
            {
                String(x.Id);
                NullableInt(x.Priority);
                Bool(x.Confidence.HasValue);
                if (x.Confidence is { } confidence)
                {
                    _w.Write(confidence);
                }

                Location(x.Location);
            });
            List(file.Rules, Rule);
        }

        private void Rule(RuleDefinition rule)
        {
            String(rule.Id);
            Location(rule.Location);
            Location(rule.IdLocation);
            String(rule.Label.Name);
            NullableString(rule.Kind);
            NullableString(rule.Message);
            NullableLocation(rule.MessageLocation);
            Int(rule.Priority);
            _w.Write(rule.Confidence);
            Bool(rule.Sections is not null);
            if (rule.Sections is not null)
            {
                List(rule.Sections, s => Int((int)s));
            }

            Int((int)rule.Quotes);
            Int((int)rule.Window);
            Bool(rule.Condition is not null);
            if (rule.Condition is not null)
            {
                Condition(rule.Condition);
            }

            List(rule.Examples, Example);
            List(rule.ExpectedRoleLocations, x =>
            {
                String(x.Role);
                Location(x.Location);
            });
        }

        private void Example(RuleExample x)
        {
            String(x.Text);
            NullableInt((int?)x.Section);
            Bool(x.ExpectsMatch);
            Int(x.ExpectedRoles.Count);
            foreach (KeyValuePair<string, string> role in x.ExpectedRoles)
            {
                String(role.Key);
                String(role.Value);
            }

            NullableString(x.ExpectedText);
            NullableString(x.ExpectedLabel);
            NullableString(x.Todo);
            Location(x.Location);
        }

        private void Condition(ConditionNode c)
        {
            Location(c.Location);
            Int((int)c.Kind);
            Bool(c.Pattern is not null);
            if (c.Pattern is not null)
            {
                Sequence(c.Pattern);
            }

            List(c.Branches, Condition);
            List(c.Not, Condition);
            List(c.Inside, Condition);
            List(c.NotInside, Condition);
            List(c.Before, Sequence);
            List(c.After, Sequence);
            List(c.NotBefore, Sequence);
            List(c.NotAfter, Sequence);
        }

        private void Sequence(SequenceNode s)
        {
            Location(s.Location);
            List(s.Elements, Element);
        }

        private void Element(ElementNode e)
        {
            Location(e.Location);
            Int((int)e.Kind);
            StringList(e.Text);
            StringList(e.Lower);
            NullableString(e.RegexSource);
            Bool(e.Regex is not null);
            StringList(e.Shapes);
            StringList(e.Suffixes);
            Int(e.MinLength);
            Int(e.MaxLength);
            Int((int)e.Flags);
            Bool(e.AnyToken);
            Bool(e.Negate);
            Bool(e.CaseSensitive);
            Bool(e.Lexicons is not null);
            if (e.Lexicons is not null)
            {
                List(e.Lexicons, x =>
                {
                    String(x.Name);
                    Location(x.Location);
                });
            }

            Int((int)e.Quote);
            Int(e.MinWords);
            Int(e.MaxWords);
            NullableInt(e.QuoteDepth);
            Int((int)e.Entity);
            Int((int)e.Anchor);
            Bool(e.Group is not null);
            if (e.Group is not null)
            {
                Sequence(e.Group);
            }

            Bool(e.OneOf is not null);
            if (e.OneOf is not null)
            {
                List(e.OneOf, Sequence);
            }

            Int(e.Min);
            Int(e.Max);
            Bool(e.Unbounded);
            Bool(e.Lazy);
            NullableString(e.Role);
        }
    }

    /// <summary>Reads what <see cref="Writer"/> wrote.</summary>
    private sealed class Reader(byte[] bytes, TimeSpan regexTimeout)
    {
        // Read straight from the array: a BinaryReader over a MemoryStream made a virtual call per byte of every
        // 7-bit integer, most of the pack. Reading past the end throws (an index or a slice out of range), and
        // TryRead turns that into "not a pack".
        private int _pos;
        private string[] _strings = [];

        public bool AtEnd => _pos == bytes.Length;

        public uint UInt() => BinaryPrimitives.ReadUInt32LittleEndian(Take(4));

        public byte[] Raw(int count) => Take(count).ToArray();

        public void ReadStrings()
        {
            int count = Fixed();
            _strings = count >= 0 && count <= bytes.Length ? new string[count] : throw new InvalidDataException("bad string count");
            for (int i = 0; i < _strings.Length; i++)
            {
                int length = Int();
                _strings[i] = length >= 0 ? Encoding.UTF8.GetString(Take(length)) : throw new InvalidDataException("bad string length");
            }
        }

        public int Fixed() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        /// <summary>Reads an integer as <see cref="BinaryWriter.Write7BitEncodedInt"/> wrote it.</summary>
        public int Int()
        {
            uint result = 0;
            for (int shift = 0; shift < 35; shift += 7)
            {
                byte b = bytes[_pos++];
                result |= (uint)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return (int)result;
                }
            }

            throw new InvalidDataException("bad 7-bit integer");
        }

        public int Count()
        {
            int n = Int();
            return n >= 0 && n <= bytes.Length ? n : throw new InvalidDataException("bad count");
        }

        public bool Bool() => bytes[_pos++] != 0;

        public string String() => _strings[Int()];

        public double Double() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));

        private ReadOnlySpan<byte> Take(int count)
        {
            ReadOnlySpan<byte> span = bytes.AsSpan(_pos, count);
            _pos += count;
            return span;
        }

        public string? NullableString() => Bool() ? String() : null;

        public SourceLocation Location() => new(String(), Int(), Int());

        public SourceLocation? NullableLocation() => Bool() ? Location() : null;

        public List<string>? Strings()
        {
            if (!Bool())
            {
                return null;
            }

            var list = new List<string>(Count());
            for (int i = list.Capacity; i > 0; i--)
            {
                list.Add(String());
            }

            return list;
        }

        public List<T> List<T>(Func<T> read)
        {
            var list = new List<T>(Count());
            for (int i = list.Capacity; i > 0; i--)
            {
                list.Add(read());
            }

            return list;
        }

        public RuleFile File()
        {
            var file = new RuleFile { Source = String() };
            file.Lexicons.AddRange(List(() => new LexiconDefinition(String(), Strings()!, Strings()!, (LexiconInflection)Int(), Bool(), Location())));
            file.Conflicts.AddRange(List(() => new ConflictDefinition(List(() => new Label(String())), (ConflictPolicy)Int(), Location())));
            file.Disable.AddRange(List(() => (String(), Location())));
            file.Overrides.AddRange(List(() =>
            {
                string id = String();
                int? priority = NullableInt();
                double? confidence = Bool() ? Double() : null;
                return new OverrideDefinition(id, priority, confidence, Location());
            }));
            file.Rules.AddRange(List(Rule));
            return file;
        }

        private int? NullableInt() => Bool() ? Int() : null;

        private RuleDefinition Rule()
        {
            var rule = new RuleDefinition { Id = String(), Location = Location(), IdLocation = Location() };
            rule.Label = new Label(String());
            rule.Kind = NullableString();
            rule.Message = NullableString();
            rule.MessageLocation = NullableLocation();
            rule.Priority = Int();
            rule.Confidence = Double();
            rule.Sections = Bool() ? List(() => (SectionKind)Int()) : null;
            rule.Quotes = (QuoteScope)Int();
            rule.Window = (RuleWindow)Int();
            rule.Condition = Bool() ? Condition() : null;
            rule.Examples.AddRange(List(Example));
            rule.ExpectedRoleLocations.AddRange(List(() => (String(), Location())));
            return rule;
        }

        private RuleExample Example()
        {
            string text = String();
            var section = (SectionKind?)NullableInt();
            bool expectsMatch = Bool();
            int roles = Count();
            var expected = new Dictionary<string, string>(roles);
            for (int i = 0; i < roles; i++)
            {
                expected.Add(String(), String());
            }

            return new RuleExample(text, section, expectsMatch, expected, NullableString(), NullableString(), NullableString(), Location());
        }

        private ConditionNode Condition()
        {
            var c = new ConditionNode { Location = Location(), Kind = (ConditionKind)Int() };
            c.Pattern = Bool() ? Sequence() : null;
            c.Branches.AddRange(List(Condition));
            c.Not.AddRange(List(Condition));
            c.Inside.AddRange(List(Condition));
            c.NotInside.AddRange(List(Condition));
            c.Before.AddRange(List(Sequence));
            c.After.AddRange(List(Sequence));
            c.NotBefore.AddRange(List(Sequence));
            c.NotAfter.AddRange(List(Sequence));
            return c;
        }

        private SequenceNode Sequence()
        {
            var s = new SequenceNode { Location = Location() };
            s.Elements.AddRange(List(Element));
            return s;
        }

        private ElementNode Element()
        {
            var e = new ElementNode { Location = Location(), Kind = (ElementKind)Int(), Text = Strings(), Lower = Strings(), RegexSource = NullableString() };
            bool hasRegex = Bool();
            e.Shapes = Strings();
            e.Suffixes = Strings();
            e.MinLength = Int();
            e.MaxLength = Int();
            e.Flags = (TokenFeatures)Int();
            e.AnyToken = Bool();
            e.Negate = Bool();
            e.CaseSensitive = Bool();
            e.Lexicons = Bool() ? List(() => (String(), Location())) : null;
            e.Quote = (QuoteMode)Int();
            e.MinWords = Int();
            e.MaxWords = Int();
            e.QuoteDepth = NullableInt();
            e.Entity = (EntityMode)Int();
            e.Anchor = (AnchorKind)Int();
            e.Group = Bool() ? Sequence() : null;
            e.OneOf = Bool() ? List(Sequence) : null;
            e.Min = Int();
            e.Max = Int();
            e.Unbounded = Bool();
            e.Lazy = Bool();
            e.Role = NullableString();
            if (hasRegex)
            {
                e.Regex = RuleFileReader.RegexFor(e.RegexSource ?? throw new InvalidDataException("regex without a pattern"), e.CaseSensitive, regexTimeout, parseFirst: false);
            }

            return e;
        }
    }
}
