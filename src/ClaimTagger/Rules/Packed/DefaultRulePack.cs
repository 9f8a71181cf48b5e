using System.Runtime.InteropServices;
using System.IO.Hashing;
using ClaimTagger.Rules.Yaml;

namespace ClaimTagger.Rules.Packed;

/// <summary>
/// The built-in rule files, already read, embedded beside their YAML so that loading the default rules parses no
/// YAML. The pack carries a hash of the YAML it was made from; when the embedded YAML differs (a rule was edited
/// and the pack not made again) the pack is ignored and the YAML read as usual, so a stale pack costs time, never
/// correctness. A test fails while the pack is stale and says how to make it again.
/// </summary>
/// <remarks>Thread safety: stateless.</remarks>
internal static class DefaultRulePack
{
    /// <summary>The pack's manifest resource name (outside the prefix the YAML files share).</summary>
    public const string ResourceName = "ClaimTagger.Rules.Packed.DefaultRules.ctpack";

    /// <summary>Returns the built-in files read from the embedded pack, or <see langword="null"/> when there is no pack
    /// for exactly these sources (then they must be read from YAML).</summary>
    /// <param name="sources">The built-in sources, in layer order.</param>
    /// <param name="diagnostics">Receives the diagnostics reading them gave, when the pack is used.</param>
    /// <returns>The files, or <see langword="null"/>.</returns>
    public static List<RuleFile>? TryLoad(IReadOnlyList<RuleSource> sources, List<RuleDiagnostic> diagnostics)
    {
        byte[]? pack = Embedded();
        if (pack is null ||
            !RuleFilePack.TryRead(pack, Key(sources), RuleSetLimits.Default.RegexTimeout, out List<RuleFile> files, out List<RuleDiagnostic> found))
        {
            return null;
        }

        diagnostics.AddRange(found);
        return files;
    }

    /// <summary>Reads <paramref name="sources"/> from YAML and packs them.</summary>
    /// <param name="sources">The built-in sources, in layer order.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="RuleSetException">A file has errors.</exception>
    public static byte[] Build(IReadOnlyList<RuleSource> sources)
    {
        var diagnostics = new List<RuleDiagnostic>();
        var files = new List<RuleFile>();
        foreach (RuleSource source in sources)
        {
            RuleFile? file = RuleFileReader.Read(source.Yaml, source.Name, RuleSetLimits.Default, diagnostics, builtIn: true);
            if (file is not null)
            {
                files.Add(file);
            }
        }

        if (diagnostics.Exists(d => d.IsError))
        {
            throw new RuleSetException(diagnostics);
        }

        return RuleFilePack.Write(files, diagnostics, Key(sources));
    }

    /// <summary>Returns the embedded pack's bytes, or <see langword="null"/> when the library carries none.</summary>
    /// <returns>The pack, or <see langword="null"/>.</returns>
    public static byte[]? Embedded()
    {
        using Stream? stream = typeof(DefaultRulePack).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return null;
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>Returns the 128-bit XXH3 hash of the pack's format version and of every source's name and text.</summary>
    /// <param name="sources">The sources.</param>
    /// <returns>The hash.</returns>
    /// <remarks>The key tells an edited rule file from the one the pack was made from; it guards against mistakes,
    /// not against an attacker (who could as well replace the library). A non-cryptographic hash keeps start-up from
    /// loading the system's cryptography library for it.</remarks>
    public static byte[] Key(IReadOnlyList<RuleSource> sources)
    {
        var hash = new XxHash128();
        Span<int> header = [RuleFilePack.FormatVersion, sources.Count];
        hash.Append(MemoryMarshal.AsBytes(header));
        foreach (RuleSource source in sources)
        {
            Span<int> lengths = [source.Name.Length, source.Yaml.Length];
            hash.Append(MemoryMarshal.AsBytes(lengths));
            hash.Append(MemoryMarshal.AsBytes(source.Name.AsSpan()));
            hash.Append(MemoryMarshal.AsBytes(source.Yaml.AsSpan()));
        }

        return hash.GetCurrentHash();
    }
}
