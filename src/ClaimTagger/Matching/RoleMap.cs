namespace ClaimTagger.Matching;

/// <summary>The roles of a <see cref="RuleMatch"/>: role name → character span, in the order the roles were first added.</summary>
/// <remarks>Filled once by its builder, then only read.</remarks>
internal sealed class RoleMap : RoleTable<(int Start, int End)>
{
    /// <summary>Initializes a new instance of the <see cref="RoleMap"/> class.</summary>
    /// <param name="capacity">The number of roles it will hold.</param>
    public RoleMap(int capacity)
        : base(capacity)
    {
    }

    /// <summary>Gets a map with no role (shared: never set a role on it).</summary>
    public static RoleMap Empty { get; } = new(0);

    /// <summary>Returns a copy of <paramref name="roles"/> with <paramref name="role"/> set to <paramref name="span"/>.</summary>
    /// <param name="roles">The roles to copy.</param>
    /// <param name="role">The role to set.</param>
    /// <param name="span">Its span.</param>
    /// <returns>The copy.</returns>
    public static RoleMap With(RoleMap roles, string role, (int Start, int End) span)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var copy = new RoleMap(roles, 1);
        copy.Set(role, span);
        return copy;
    }

    private RoleMap(RoleMap roles, int extra)
        : base(roles, extra)
    {
    }
}
