#!/usr/bin/env bash
# Peak memory of the CLI streaming a large JSONL input:
#   benchmarks/memory.sh [MB] [JOBS]        (MB of article text, default 1000; JOBS defaults to one per core)
# Writes a generated corpus of MB megabytes of article text to $CORPUS_DIR (default /tmp) with the benchmark
# harness's `corpus` command (streamed, one article at a time; reused when it already exists), then runs
#   claimtagger tag FILE --input-format jsonl --format jsonl --out /dev/null --no-progress -j JOBS
# under /usr/bin/time -v and prints the peak resident set size, wall time and MB/s. The command is the NativeAOT
# binary $AOT (default /tmp/ct-aot/claimtagger) when it exists, else the JIT build (set CLI="dotnet path.dll" to choose).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
mb=${1:-1000}
jobs=${2:-$(nproc)}
dir=${CORPUS_DIR:-/tmp}
corpus=$dir/claimtagger-corpus-${mb}mb.jsonl
aot=${AOT:-/tmp/ct-aot/claimtagger}
if [[ -n ${CLI:-} ]]; then cli=$CLI
elif [[ -x $aot ]]; then cli=$aot
else cli="dotnet $root/src/ClaimTagger.Cli/bin/Release/net10.0/ClaimTagger.Cli.dll"; fi
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time not found: apt-get install -y time" >&2; exit 2; }

if [[ ! -s $corpus ]]; then
  dotnet run -c Release --project "$root/benchmarks/ClaimTagger.Benchmarks" -- corpus --mb "$mb" --out "$corpus.tmp"
  mv "$corpus.tmp" "$corpus"
fi
bytes=$(stat -c %s "$corpus")

log=$(mktemp)
trap 'rm -f "$log"' EXIT
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$cli tag $corpus --input-format jsonl --format jsonl --out /dev/null --no-progress -j $jobs"
status=0
/usr/bin/time -v $cli tag "$corpus" --input-format jsonl --format jsonl --out /dev/null --no-progress -j "$jobs" 2> "$log" || status=$?
grep -v -E '^\s' "$log" || true
rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
seconds=$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
printf 'input %.1f MB of JSONL (%s MB of article text); exit code %d\n' "$(echo "$bytes / 1000000" | bc -l)" "$mb" "$status"
printf 'peak RSS %.1f MB; wall %s (%.1f s); %.2f MB/s of JSONL\n' "$(echo "$rss_kb / 1000" | bc -l)" "$wall" "$seconds" "$(echo "$bytes / 1000000 / $seconds" | bc -l)"
