#!/usr/bin/env bash
# Start-up time of the whole `claimtagger tag` process on a one-page article, compiling the default rules included:
#   benchmarks/startup.sh [RUNS] [ARTICLE]          (RUNS defaults to 21, ARTICLE to samples/harbour-strike.txt)
# Times the NativeAOT binary ($AOT, default /tmp/ct-aot/claimtagger), the JIT build
# (dotnet src/ClaimTagger.Cli/bin/Release/net10.0/ClaimTagger.Cli.dll, $JIT_DLL) and, when it is there, a
# framework-dependent ReadyToRun publish (dotnet /tmp/ct-r2r/ClaimTagger.Cli.dll, $R2R_DLL) in turns, after one
# untimed run of each, and prints the median, minimum and maximum wall time of each in milliseconds; and, when it is
# there, a self-contained composite ReadyToRun publish (the runtime and the app precompiled together, still run by
# CoreCLR with its JIT for what is not: /tmp/ct-r2rc/ClaimTagger.Cli, $R2RC); and, when $AOT_BASE names one, the AOT
# binary of another commit, to compare a change in turns (publish that commit from a worktree). Build them first:
#   dotnet publish src/ClaimTagger.Cli -c Release -r linux-x64 -p:PublishAot=true -o /tmp/ct-aot
#   dotnet build src/ClaimTagger.Cli -c Release
#   dotnet publish src/ClaimTagger.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o /tmp/ct-r2r
#   dotnet publish src/ClaimTagger.Cli -c Release -r linux-x64 --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o /tmp/ct-r2rc
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-21}
article=${2:-$root/samples/harbour-strike.txt}
aot=${AOT:-/tmp/ct-aot/claimtagger}
jit_dll=${JIT_DLL:-$root/src/ClaimTagger.Cli/bin/Release/net10.0/ClaimTagger.Cli.dll}
r2r_dll=${R2R_DLL:-/tmp/ct-r2r/ClaimTagger.Cli.dll}
r2rc=${R2RC:-/tmp/ct-r2rc/ClaimTagger.Cli}

declare -a names=() commands=()
if [[ -x $aot ]]; then names+=("AOT"); commands+=("$aot tag $article --format json"); else echo "no AOT binary at $aot (skipped)" >&2; fi
if [[ -n ${AOT_BASE:-} ]]; then
  if [[ -x $AOT_BASE ]]; then names+=("AOT-base"); commands+=("$AOT_BASE tag $article --format json"); else echo "no AOT binary at $AOT_BASE (skipped)" >&2; fi
fi
if [[ -f $jit_dll ]]; then names+=("JIT"); commands+=("dotnet $jit_dll tag $article --format json"); else echo "no JIT build at $jit_dll (skipped)" >&2; fi
if [[ -f $r2r_dll ]]; then names+=("R2R"); commands+=("dotnet $r2r_dll tag $article --format json"); else echo "no ReadyToRun publish at $r2r_dll (skipped)" >&2; fi
if [[ -x $r2rc ]]; then names+=("R2RC"); commands+=("$r2rc tag $article --format json"); else echo "no composite ReadyToRun publish at $r2rc (skipped)" >&2; fi
[[ ${#names[@]} -gt 0 ]] || { echo "nothing to time" >&2; exit 2; }

now_ns() { date +%s%N; }
declare -A times=()
for i in "${!names[@]}"; do ${commands[$i]} > /dev/null; done   # warm the file cache
for ((r = 0; r < runs; r++)); do
  for i in "${!names[@]}"; do
    start=$(now_ns)
    ${commands[$i]} > /dev/null
    end=$(now_ns)
    times[$i]+="$(( (end - start) / 1000 )) "
  done
done

echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $runs runs each, in turns; $article"
for i in "${!names[@]}"; do
  read -r -a us <<< "${times[$i]}"
  sorted=($(printf '%s\n' "${us[@]}" | sort -n))
  n=${#sorted[@]}
  if (( n % 2 )); then median=${sorted[$((n / 2))]}; else median=$(( (sorted[n / 2 - 1] + sorted[n / 2]) / 2 )); fi
  printf '%-8s median %8.1f ms   min %8.1f ms   max %8.1f ms   (%s)\n' "${names[$i]}" \
    "$(echo "$median / 1000" | bc -l)" "$(echo "${sorted[0]} / 1000" | bc -l)" "$(echo "${sorted[$((n - 1))]} / 1000" | bc -l)" "${commands[$i]}"
done
