using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace ClaimTagger.Matching;

/// <summary>
/// Roles by name, in the order they were first added: a match or a tag has a handful of roles, so they sit in one
/// small array searched in order, which costs less to build and read than a hashed dictionary (a rule set with many
/// rules builds one per match and one per tag). Names compare ordinally.
/// </summary>
/// <typeparam name="TValue">What a role holds: a span while matching, a <see cref="RoleSpan"/> in a tag.</typeparam>
/// <remarks>Filled once by its builder, then only read.</remarks>
internal class RoleTable<TValue> : IReadOnlyDictionary<string, TValue>
{
    private Entry[] _entries;
    private int _count;

    /// <summary>Initializes a new instance of the <see cref="RoleTable{TValue}"/> class.</summary>
    /// <param name="capacity">The number of roles it will hold (it grows past it when needed).</param>
    public RoleTable(int capacity)
    {
        _entries = capacity == 0 ? [] : new Entry[capacity];
    }

    /// <summary>Initializes a new instance of the <see cref="RoleTable{TValue}"/> class holding the roles of
    /// <paramref name="roles"/>, with room for <paramref name="extra"/> more.</summary>
    /// <param name="roles">The roles to copy.</param>
    /// <param name="extra">The number of roles that may be added.</param>
    public RoleTable(IReadOnlyDictionary<string, TValue> roles, int extra)
        : this(roles.Count + extra)
    {
        foreach (KeyValuePair<string, TValue> role in roles)
        {
            Set(role.Key, role.Value);
        }
    }

    /// <inheritdoc />
    public int Count => _count;

    /// <inheritdoc />
    public IEnumerable<string> Keys
    {
        get
        {
            for (int i = 0; i < _count; i++)
            {
                yield return _entries[i].Role;
            }
        }
    }

    /// <inheritdoc />
    public IEnumerable<TValue> Values
    {
        get
        {
            for (int i = 0; i < _count; i++)
            {
                yield return _entries[i].Value;
            }
        }
    }

    /// <inheritdoc />
    public TValue this[string key] => TryGetValue(key, out TValue? value) ? value : throw new KeyNotFoundException($"No role '{key}'.");

    /// <summary>Sets a role: a new one goes last, an existing one keeps its place.</summary>
    /// <param name="role">The role's name.</param>
    /// <param name="value">What it holds.</param>
    public void Set(string role, TValue value)
    {
        int i = IndexOf(role);
        if (i < 0)
        {
            if (_count == _entries.Length)
            {
                Array.Resize(ref _entries, Math.Max(4, _entries.Length * 2));
            }

            i = _count++;
        }

        _entries[i] = new Entry(role, value);
    }

    /// <inheritdoc />
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value)
    {
        int i = IndexOf(key);
        value = i < 0 ? default : _entries[i].Value;
        return i >= 0;
    }

    /// <summary>Returns an enumerator over the roles, in the order they were added (no allocation).</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(this);

    /// <inheritdoc />
    IEnumerator<KeyValuePair<string, TValue>> IEnumerable<KeyValuePair<string, TValue>>.GetEnumerator()
    {
        for (int i = 0; i < _count; i++)
        {
            yield return new(_entries[i].Role, _entries[i].Value);
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<KeyValuePair<string, TValue>>)this).GetEnumerator();

    private int IndexOf(string role)
    {
        for (int i = 0; i < _count; i++)
        {
            if (string.Equals(_entries[i].Role, role, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Enumerates a <see cref="RoleTable{TValue}"/> without allocating.</summary>
    internal struct Enumerator
    {
        private readonly RoleTable<TValue> _table;
        private int _index;

        /// <summary>Initializes a new instance of the <see cref="Enumerator"/> struct.</summary>
        /// <param name="table">The table.</param>
        public Enumerator(RoleTable<TValue> table)
        {
            _table = table;
            _index = -1;
        }

        /// <summary>Gets the current role.</summary>
        public readonly KeyValuePair<string, TValue> Current
        {
            get
            {
                Entry e = _table._entries[_index];
                return new(e.Role, e.Value);
            }
        }

        /// <summary>Moves to the next role.</summary>
        /// <returns><see langword="false"/> after the last.</returns>
        public bool MoveNext() => ++_index < _table._count;
    }

    private readonly record struct Entry(string Role, TValue Value);
}
