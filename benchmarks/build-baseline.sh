#!/usr/bin/env bash
# Builds the library of another commit for `throughput --baseline`:
#   benchmarks/build-baseline.sh COMMIT [OUT]     (OUT defaults to /tmp/claimtagger-baseline-COMMIT)
# then
#   dotnet run -c Release --project benchmarks/ClaimTagger.Benchmarks -- throughput --mb 4 --runs 20 --baseline OUT/ClaimTagger.dll
# prints the speed-up of this build's text pipeline over that commit's, measured in the same process and rounds.
set -euo pipefail
commit=${1:?usage: build-baseline.sh COMMIT [OUT]}
root=$(git rev-parse --show-toplevel)
sha=$(git -C "$root" rev-parse --short "$commit")
out=${2:-/tmp/claimtagger-baseline-$sha}
src=$(mktemp -d)
trap 'rm -rf "$src"' EXIT
paths=()
for p in src/ClaimTagger rules Directory.Build.props Directory.Packages.props global.json; do
  if git -C "$root" cat-file -e "$sha:$p" 2>/dev/null; then paths+=("$p"); fi
done
git -C "$root" archive "$sha" "${paths[@]}" | tar -x -C "$src"
dotnet build "$src/src/ClaimTagger/ClaimTagger.csproj" -c Release -o "$out" -p:TreatWarningsAsErrors=false -nologo -v quiet
echo "$out/ClaimTagger.dll"
