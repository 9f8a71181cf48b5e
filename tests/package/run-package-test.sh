#!/usr/bin/env bash
# Packaging check: pack ClaimTagger and ClaimTagger.Tool into a local folder, then
#   1. build and run a fresh console app that references ClaimTagger from that folder only and tags a sample
#      with Tagger.CreateDefault() and through services.AddClaimTagger();
#   2. install the tool package with `dotnet tool install --tool-path` and run `claimtagger tag` on the sample;
#   3. check both give the same JSON, and (when unzip is there) what the packages hold.
#
# Usage: tests/package/run-package-test.sh [WORK_DIR]
#   WORK_DIR  where to put the packages, the app and the tool; kept afterwards. Without it a temporary
#             folder is used and removed at exit.
# Builds go to WORK_DIR/artifacts (--artifacts-path), so the repository's own bin/ and obj/ are not touched.
# The packages get a unique prerelease version; it is removed from the NuGet global packages folder at exit.
# Exit code 0 when every check passes; the last line is "package test: OK" or "package test: FAILED: <why>".
set -euo pipefail
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
root="$(cd "$(dirname "$0")/../.." && pwd)"

if [ $# -ge 1 ]; then
  work="$1"; mkdir -p "$work"; own_work=0
else
  work="$(mktemp -d "${TMPDIR:-/tmp}/claimtagger-package.XXXXXX")"; own_work=1
fi
work="$(cd "$work" && pwd)"
feed="$work/feed"
version="0.0.0-pkgtest.$(date +%s).$$"
cache="$(dotnet nuget locals global-packages -l | sed 's/^global-packages: *//')"

cleanup() {
  rm -rf "${cache%/}/claimtagger/$version" "${cache%/}/claimtagger.tool/$version"
  rmdir "${cache%/}/claimtagger" "${cache%/}/claimtagger.tool" 2>/dev/null || true
  if [ "$own_work" -eq 1 ]; then rm -rf "$work"; fi
}
trap cleanup EXIT

fail() { echo "package test: FAILED: $*"; exit 1; }
step() { echo "== $*"; }

sample="$root/samples/harbour-strike.txt"
[ -f "$sample" ] || fail "no sample at $sample"

step "pack ClaimTagger and ClaimTagger.Tool $version into $feed"
dotnet pack "$root/src/ClaimTagger/ClaimTagger.csproj" -c Release -o "$feed" --artifacts-path "$work/artifacts" \
  -p:Version="$version" -warnaserror -nologo -v:q || fail "dotnet pack ClaimTagger"
dotnet pack "$root/src/ClaimTagger.Cli/ClaimTagger.Cli.csproj" -c Release -o "$feed" --artifacts-path "$work/artifacts" \
  -p:Version="$version" -warnaserror -nologo -v:q || fail "dotnet pack ClaimTagger.Tool"
for f in "ClaimTagger.$version.nupkg" "ClaimTagger.$version.snupkg" "ClaimTagger.Tool.$version.nupkg"; do
  [ -f "$feed/$f" ] || fail "missing $f"
done

if command -v unzip >/dev/null 2>&1; then
  step "package contents"
  lib="$feed/ClaimTagger.$version.nupkg"
  files="$(unzip -Z1 "$lib")"
  for f in README.md lib/net10.0/ClaimTagger.dll lib/net10.0/ClaimTagger.xml; do
    grep -qx "$f" <<<"$files" || fail "ClaimTagger.nupkg lacks $f"
  done
  nuspec="$(unzip -p "$lib" ClaimTagger.nuspec)"
  grep -q '<license type="expression">MIT</license>' <<<"$nuspec" || fail "no licence expression in the nuspec"
  grep -q '<readme>README.md</readme>' <<<"$nuspec" || fail "no readme in the nuspec"
  grep -q '<repository type="git"' <<<"$nuspec" || fail "no repository metadata in the nuspec"
  if grep -qi 'Microsoft.CodeAnalysis' <<<"$nuspec"; then fail "the nuspec depends on Microsoft.CodeAnalysis"; fi
  # (listings go through variables: with pipefail, grep -q closing a pipe early would fail the pipeline)
  symbols="$(unzip -Z1 "$feed/ClaimTagger.$version.snupkg")"
  grep -qx 'lib/net10.0/ClaimTagger.pdb' <<<"$symbols" || fail "the symbols package lacks the pdb"
  tool="$(unzip -Z1 "$feed/ClaimTagger.Tool.$version.nupkg")"
  grep -qx 'tools/net10.0/any/DotnetToolSettings.xml' <<<"$tool" || fail "the tool package is not a .NET tool"
else
  echo "(unzip not found: package contents not checked here; the NUnit test checks them)"
fi

step "consumer app referencing ClaimTagger $version from $feed only"
app="$work/consumer"
mkdir -p "$app"
cat > "$app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local">
      <package pattern="ClaimTagger" />
      <package pattern="ClaimTagger.*" />
    </packageSource>
    <packageSource key="nuget.org">
      <package pattern="*" />
    </packageSource>
  </packageSourceMapping>
</configuration>
XML
cat > "$app/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="ClaimTagger" Version="$version" />
    <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.15" />
  </ItemGroup>
</Project>
XML
cat > "$app/Program.cs" <<'CS'
using ClaimTagger;
using ClaimTagger.Serialization;
using Microsoft.Extensions.DependencyInjection;

string text = File.ReadAllText(args[0]);

TaggedArticle direct = Tagger.CreateDefault().Tag(text);

var services = new ServiceCollection();
services.AddClaimTagger();
using ServiceProvider provider = services.BuildServiceProvider();
TaggedArticle injected = provider.GetRequiredService<ITagger>().Tag(text);

string json = TaggedArticleJsonWriter.ToJson(direct);
if (json != TaggedArticleJsonWriter.ToJson(injected))
{
    Console.Error.WriteLine("Tagger.CreateDefault() and AddClaimTagger() disagree");
    return 3;
}

int rules = typeof(Tagger).Assembly.GetManifestResourceNames().Count(n => n.StartsWith("ClaimTagger.Rules.Defaults.", StringComparison.Ordinal));
Console.Error.WriteLine($"rules-resources={rules} sentences={direct.Sentences.Count} tags={direct.Tags.Count} " +
    $"quotes={direct.TagsWithLabel(Label.DirectQuote).Count()} claims={direct.TagsWithLabel(Label.Claim).Count()} sources={direct.QuotesBySource().Count}");
if (rules == 0 || !direct.HasLabel(Label.DirectQuote) || !direct.HasLabel(Label.Claim))
{
    return 4;
}

File.WriteAllText(args[1], json + "\n");   // as claimtagger tag --format json writes it
return 0;
CS
(cd "$app" && dotnet build -c Release -nologo -v:q --artifacts-path "$work/artifacts-consumer") || fail "the consumer app did not build"
consumer_dll="$(find "$work/artifacts-consumer/bin" -name Consumer.dll | head -1)"
[ -n "$consumer_dll" ] || fail "no Consumer.dll"
grep -q "claimtagger/$version" "$(find "$work/artifacts-consumer/obj" -name project.assets.json | head -1)" \
  || fail "the consumer did not restore ClaimTagger $version"
set +e
dotnet "$consumer_dll" "$sample" "$work/library.json"; code=$?
set -e
[ "$code" -eq 0 ] || fail "the consumer app exited with $code"

step "dotnet tool install --tool-path from $feed"
dotnet tool install --tool-path "$work/tools" --add-source "$feed" --version "$version" ClaimTagger.Tool \
  || fail "dotnet tool install"
# The tool's app host finds the runtime through DOTNET_ROOT when dotnet is not in a default location.
DOTNET_ROOT="${DOTNET_ROOT:-$(dirname "$(readlink -f "$(command -v dotnet)")")}"
export DOTNET_ROOT
set +e
"$work/tools/claimtagger" tag "$sample" --format json --out "$work/tool.json"; code=$?
set -e
[ "$code" -eq 0 ] || fail "claimtagger tag exited with $code"
grep -q '"label": "DirectQuote"' "$work/tool.json" || fail "claimtagger tag found no DirectQuote"
cmp -s "$work/library.json" "$work/tool.json" || fail "the tool's JSON differs from the library's (see $work)"
"$work/tools/claimtagger" --version >/dev/null 2>&1 || true

echo "package test: OK ($version)"
