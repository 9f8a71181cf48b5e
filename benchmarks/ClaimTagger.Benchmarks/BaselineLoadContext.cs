using System.Reflection;
using System.Runtime.Loader;

namespace ClaimTagger.Benchmarks;

/// <summary>Loads a <c>ClaimTagger.dll</c> built from another commit, and its dependencies (YamlDotNet …), from its own
/// folder, so that it runs beside this build's library in one process.</summary>
/// <param name="path">The baseline <c>ClaimTagger.dll</c>.</param>
internal sealed class BaselineLoadContext(string path) : AssemblyLoadContext("baseline", isCollectible: false)
{
    private readonly AssemblyDependencyResolver _resolver = new(path);

    /// <inheritdoc />
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        string? resolved = _resolver.ResolveAssemblyToPath(assemblyName);
        return resolved is null ? null : LoadFromAssemblyPath(resolved);
    }
}
