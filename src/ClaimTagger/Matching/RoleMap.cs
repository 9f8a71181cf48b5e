using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace ClaimTagger.Matching;

/// <summary>
/// The roles of a <see cref="RuleMatch"/>: role name → character span, in the order the roles were first added.
/// A match has a handful of roles, so they sit in one small array searched in order, which costs less to build
/// and read than a hashed dictionary (a rule set with many rules builds one per match).
/// </summary>
/// <remarks>Filled once by its builder, then only read.</remarks>
internal sealed class RoleMap : IReadOnlyDictionary<string, (int Start, int End)>
{
    private readonly Entry[] _entries;
    private int _count;

    /// <summary>Initializes a new instance of the <see cref="RoleMap"/> class with room for <paramref name="capacity"/> roles.</summary>
    /// <param name="capacity">The most roles that will be set.</param>
    public RoleMap(int capacity)
    {
        _entries = capacity == 0 ? [] : new Entry[capacity];
    }

    /// <summary>Gets a map with no role.</summary>
    public static RoleMap Empty { get; } = new(0);

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
    public IEnumerable<(int Start, int End)> Values
    {
        get
        {
            for (int i = 0; i < _count; i++)
            {
                yield return (_entries[i].Start, _entries[i].End);
            }
        }
    }

    /// <inheritdoc />
    public (int Start, int End) this[string key] => TryGetValue(key, out var span) ? span : throw new KeyNotFoundException($"No role '{key}'.");

    /// <summary>Returns a copy of <paramref name="roles"/> with <paramref name="role"/> set to <paramref name="span"/>.</summary>
    /// <param name="roles">The roles to copy.</param>
    /// <param name="role">The role to set (kept in its place when present, else added last).</param>
    /// <param name="span">Its span.</param>
    /// <returns>The new map.</returns>
    public static RoleMap With(RoleMap roles, string role, (int Start, int End) span)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var copy = new RoleMap(roles._count + 1);
        for (int i = 0; i < roles._count; i++)
        {
            copy.Set(roles._entries[i].Role, (roles._entries[i].Start, roles._entries[i].End));
        }

        copy.Set(role, span);
        return copy;
    }

    /// <summary>Sets a role: replaces its span when present, else adds it last.</summary>
    /// <param name="role">The role's name.</param>
    /// <param name="span">Its span.</param>
    public void Set(string role, (int Start, int End) span)
    {
        int i = IndexOf(role);
        if (i < 0)
        {
            i = _count++;
        }

        _entries[i] = new Entry(role, span.Start, span.End);
    }

    /// <inheritdoc />
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out (int Start, int End) value)
    {
        int i = IndexOf(key);
        value = i < 0 ? default : (_entries[i].Start, _entries[i].End);
        return i >= 0;
    }

    /// <summary>Returns an enumerator over the roles, in the order they were added (no allocation).</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(this);

    /// <inheritdoc />
    IEnumerator<KeyValuePair<string, (int Start, int End)>> IEnumerable<KeyValuePair<string, (int Start, int End)>>.GetEnumerator()
    {
        for (int i = 0; i < _count; i++)
        {
            yield return new(_entries[i].Role, (_entries[i].Start, _entries[i].End));
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<KeyValuePair<string, (int Start, int End)>>)this).GetEnumerator();

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

    /// <summary>Enumerates a <see cref="RoleMap"/> without allocating.</summary>
    internal struct Enumerator
    {
        private readonly RoleMap _map;
        private int _index;

        /// <summary>Initializes a new instance of the <see cref="Enumerator"/> struct.</summary>
        /// <param name="map">The map.</param>
        public Enumerator(RoleMap map)
        {
            _map = map;
            _index = -1;
        }

        /// <summary>Gets the current role.</summary>
        public readonly KeyValuePair<string, (int Start, int End)> Current
        {
            get
            {
                Entry e = _map._entries[_index];
                return new(e.Role, (e.Start, e.End));
            }
        }

        /// <summary>Moves to the next role.</summary>
        /// <returns><see langword="false"/> after the last.</returns>
        public bool MoveNext() => ++_index < _map._count;
    }

    private readonly record struct Entry(string Role, int Start, int End);
}
