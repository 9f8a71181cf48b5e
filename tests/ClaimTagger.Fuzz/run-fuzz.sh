#!/usr/bin/env bash
# Fuzzes one ClaimTagger target with AFL++ and SharpFuzz, outside CI (it needs root for apt-get the first time).
#
#   tests/ClaimTagger.Fuzz/run-fuzz.sh [TARGET] [MINUTES]        defaults: tagger, 10 minutes
#   tests/ClaimTagger.Fuzz/run-fuzz.sh rules 10
#
# Targets: tagger (article text bytes: UTF-8, or UTF-16LE after an FF FE mark) and rules (a rule file's bytes,
# decoded the same way, through the rule loader). Each has a seed corpus in corpus/TARGET/ and a dictionary
# TARGET.dict. Work files go to artifacts/fuzz/ (git-ignored); FUZZ_WORK overrides the folder.
# At the end the script prints AFL++'s counts and replays every crash and hang through the uninstrumented
# harness ("ClaimTagger.Fuzz replay TARGET PATH") so that each shows its exception and stack.
set -euo pipefail

target=${1:-tagger}
minutes=${2:-10}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${FUZZ_WORK:-$root/artifacts/fuzz}
corpus=$here/corpus/$target
findings=$work/findings-$target

if [ ! -d "$corpus" ]; then
  echo "no seed corpus for target '$target' ($corpus)" >&2
  exit 2
fi

# 1. AFL++ from Debian's packages.
if ! command -v afl-fuzz > /dev/null; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y afl++
fi

# 2. The SharpFuzz instrumenter, a dotnet tool.
export PATH="$PATH:$HOME/.dotnet/tools"
if ! command -v sharpfuzz > /dev/null; then
  dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0
fi

# 3. Publish the harness twice: one copy to instrument for AFL++, one plain copy to replay findings with.
rm -rf "$work/bin" "$work/replay"
dotnet publish "$here/ClaimTagger.Fuzz.csproj" -c Release -o "$work/bin" -p:UseAppHost=true
cp -r "$work/bin" "$work/replay"

# 4. Instrument the library only (not the harness, not the BCL).
sharpfuzz "$work/bin/ClaimTagger.dll"

# 5. Fuzz. The machine is shared, so no CPU binding; no core-dump handler is needed to see .NET exceptions.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_AUTORESUME=1
if [ ! -t 1 ]; then export AFL_NO_UI=1; fi
mkdir -p "$findings"
afl-fuzz -i "$corpus" -o "$findings" -x "$here/$target.dict" -t 5000 -m none -V $((minutes * 60)) \
  -- "$work/bin/ClaimTagger.Fuzz" "$target" || true

# 6. Report.
stats=$findings/default/fuzzer_stats
if [ -f "$stats" ]; then
  grep -E '^(start_time|last_update|run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|stability|bitmap_cvg) ' "$stats"
fi

status=0
for kind in crashes hangs; do
  dir=$findings/default/$kind
  if [ -d "$dir" ] && [ -n "$(ls -A "$dir" | grep -v README)" ]; then
    echo "== replaying $kind (up to 5 min)"
    timeout 300 dotnet "$work/replay/ClaimTagger.Fuzz.dll" replay "$target" "$dir" || status=1
  fi
done
exit $status
