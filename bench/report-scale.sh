#!/bin/sh
# The report on a large corpus: writes the synthetic corpus (`ggegraph synth corpus --mb MB
# --seed 1`) unless it is there, runs `report --no-bundled --corpus` on it, and prints the
# wall time and peak memory, the size of index.html (target: under 5 MB), the largest
# page, and how long headless Chromium takes to open index.html (target: under 3 s).
# Usage: bench/report-scale.sh [MB] [DIR]   (default 200 and /tmp/ggegraph-bench)
# Binary: $GGEGRAPH or target/release/ggegraph. Needs /usr/bin/time, node and
# tests/browser/node_modules (npm ci in tests/browser) for the open time.
set -eu
mb=${1:-200}
work=${2:-/tmp/ggegraph-bench}
bin=${GGEGRAPH:-target/release/ggegraph}
here=$(dirname "$0")
corpus="$work/c$mb"
out="$work/report$mb"
mkdir -p "$work"
if [ ! -d "$corpus" ]; then
    "$bin" synth corpus --mb "$mb" --dir "$corpus" --seed 1
fi
rm -rf "$out"
/usr/bin/time -f "report: %e s wall, %M KB peak RSS" \
    "$bin" report -q --no-bundled --corpus "$corpus" -o "$out"
index=$(stat -c %s "$out/index.html")
echo "index.html: $index bytes ($(awk "BEGIN{printf \"%.2f\", $index/1e6}") MB); target < 5 MB: $([ "$index" -lt 5000000 ] && echo met || echo missed)"
echo "whole report: $(du -sh "$out" | cut -f1), $(find "$out" -type f | wc -l) files"
largest=$(find "$out" -name '*.html' -printf '%s %P\n' | sort -n | tail -1)
echo "largest page: $(echo "$largest" | cut -d" " -f2) ($(echo "$largest" | cut -d" " -f1) bytes)"
if command -v node >/dev/null && [ -d "$here/../tests/browser/node_modules/playwright-core" ]; then
    node "$here/open-time.mjs" "$out/index.html" 3
    node "$here/open-time.mjs" "$out/$(echo "$largest" | cut -d' ' -f2)" 1
else
    echo "open time: skipped (no node or tests/browser/node_modules; run npm ci in tests/browser)"
fi
