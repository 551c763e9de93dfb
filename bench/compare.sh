#!/usr/bin/env bash
# Runs the same inputs through ggegraph and the baselines and prints wall times and
# ratios. Python lines are skipped when python3/networkx/scipy are missing.
#
#   bench/compare.sh [NGROUPS] [CORPUS_MB]      (defaults: 20000 groups, 100 MB)
#
# Generated data goes to ${BENCH_TMP:-/tmp/ggegraph-bench}, never into the repository.
set -euo pipefail
NGROUPS=${1:-20000}
MB=${2:-100}
TMP=${BENCH_TMP:-/tmp/ggegraph-bench}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${GGEGRAPH:-$ROOT/target/release/ggegraph}
[ -x "$BIN" ] || (cd "$ROOT" && cargo build --release --quiet)
mkdir -p "$TMP"
CSV=$TMP/m$NGROUPS.csv
[ -s "$CSV" ] || "$BIN" synth memberships --groups "$NGROUPS" --seed 1 -o "$CSV"

now() { date +%s.%N; }
wall() { local t0 t1; t0=$(now); "$@" >/dev/null || { echo "failed: $*" >&2; exit 1; }; t1=$(now); echo "$t1 - $t0" | bc -l; }
ratio() { echo "scale=1; $1 / $2" | bc -l; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "input: $CSV ($(($(wc -l <"$CSV") - 1)) rows, $NGROUPS groups)"
T_GG=$(wall "$BIN" comembership --memberships "$CSV" --weight count --format csv -o "$TMP/gg.csv")
printf 'ggegraph comembership --weight count   %8.3f s\n' "$T_GG"

# baseline TOOL MODULES LABEL: times bench/baseline.py TOOL on the same CSV when the
# Python MODULES import, and checks its edges equal ggegraph's.
baseline() {
  if python3 -c "import $2" 2>/dev/null; then
    local t
    t=$(wall python3 "$ROOT/bench/baseline.py" "$1" "$CSV" "$TMP/$1.csv")
    printf '%-38s %8.3f s  (ggegraph %sx faster)\n' "$3" "$t" "$(ratio "$t" "$T_GG")"
    python3 "$ROOT/bench/baseline.py" same "$TMP/gg.csv" "$TMP/$1.csv"
  else
    echo "$1: not installed, skipped"
  fi
}
baseline networkx networkx 'networkx weighted_projected_graph'
baseline scipy 'scipy, numpy' 'scipy sparse B*B^T'

CORPUS=$TMP/corpus$MB
[ -d "$CORPUS" ] || "$BIN" synth corpus --mb "$MB" --dir "$CORPUS" --seed 1 2>/dev/null
"$BIN" synth names -o "$TMP/names.txt"
cat "$CORPUS"/* >/dev/null # warm the page cache for both
T_SCAN=$(wall "$BIN" scan --corpus "$CORPUS" --format json -o "$TMP/scan.json")
T_GREP=$(wall sh -c "grep -o -h -F -f '$TMP/names.txt' -r '$CORPUS' | wc -l")
printf 'ggegraph scan (%s MB)                  %8.3f s  (%.0f MB/s)\n' "$MB" "$T_SCAN" "$(echo "$MB / $T_SCAN" | bc -l)"
printf 'grep -o -F -f names.txt                %8.3f s  (%.0f MB/s; ggegraph %sx)\n' "$T_GREP" "$(echo "$MB / $T_GREP" | bc -l)" "$(ratio "$T_GREP" "$T_SCAN")"
