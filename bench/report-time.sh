#!/bin/sh
# Times `ggegraph report` on the bundled corpus end to end with Graphviz replaced by a
# stub that answers at once (bench/stub-dot.c): the "excluding Graphviz" figure of
# bench/README.md. Usage: bench/report-time.sh [RUNS] (binary: $GGEGRAPH or
# target/release/ggegraph). Needs a C compiler and python3.
set -eu
runs=${1:-20}
bin=${GGEGRAPH:-target/release/ggegraph}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cc -O2 -o "$tmp/dot" "$(dirname "$0")/stub-dot.c"
python3 - "$runs" "$bin" "$tmp" <<'PY'
import os, statistics, subprocess, sys, time

runs, binary, tmp = int(sys.argv[1]), sys.argv[2], sys.argv[3]
env = dict(os.environ, PATH=tmp + os.pathsep + os.environ["PATH"])
out = os.path.join(tmp, "out")
times = []
for i in range(runs + 1):  # the first run warms the page cache and is not counted
    start = time.perf_counter()
    subprocess.run([binary, "report", "-q", "-o", out], env=env, check=True)
    if i:
        times.append((time.perf_counter() - start) * 1000)
median = statistics.median(times)
print(
    f"report, Graphviz stubbed: median {median:.1f} ms, "
    f"min {min(times):.1f}, max {max(times):.1f} (n={runs}); "
    f"target < 50 ms: {'met' if median < 50 else 'missed'}; "
    "previous release (4d81c10), same machine: median 60.2 ms"
)
PY
