namespace ClaimTagger.Rules.Patterns;

/// <summary>A sequence of elements: a <c>pattern</c>, a <c>group</c>, a <c>one-of</c> branch or a context list.</summary>
internal sealed class SequenceNode
{
    public required SourceLocation Location { get; init; }

    public List<ElementNode> Elements { get; } = [];

    /// <summary>Gets a value indicating whether the sequence can match zero tokens.</summary>
    public bool IsNullable => Elements.TrueForAll(e => e.IsNullable);

    /// <summary>Gets a value indicating whether the sequence can match zero tokens without testing anything, so that
    /// as a context it would hold everywhere (one that can match zero tokens only at an anchor, such as the window's
    /// end, is a real test).</summary>
    public bool IsVacuous => Elements.TrueForAll(e => e.IsVacuous);

    /// <summary>Adds the role names captured anywhere in the sequence.</summary>
    /// <param name="roles">Receives the names.</param>
    public void CollectRoles(ISet<string> roles)
    {
        foreach (ElementNode e in Elements)
        {
            if (e.Role is not null)
            {
                roles.Add(e.Role);
            }

            e.Group?.CollectRoles(roles);
            if (e.OneOf is not null)
            {
                foreach (SequenceNode s in e.OneOf)
                {
                    s.CollectRoles(roles);
                }
            }
        }
    }
}
