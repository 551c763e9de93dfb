"""Wall time of `ggegraph.dask.build` on a LocalCluster, next to `build --corpus`.

    python3 bench/dask-build.py /tmp/c200 [WORKERS]

Starts a LocalCluster of WORKERS (default 2) worker processes of one thread each, then
times `ggegraph.dask.build(DIR)` (listing, reading on the workers, sending the claims
back, merging; the cluster's start-up is timed apart) twice, and prints the summary line
of the corpus built, to set beside `ggegraph build --corpus DIR`'s. CPU time (user+sys)
is printed for the workers and for this process (the merge), the steadier figure on a
machine that others share.
"""

import os
import sys
import time

from dask.distributed import Client, LocalCluster

import ggegraph.dask


def _cpu() -> float:
    t = os.times()
    return t.user + t.system


def main() -> None:
    directory = sys.argv[1]
    workers = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    start = time.perf_counter()
    with LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, Client(cluster):
        print(f"cluster of {workers} workers started in {time.perf_counter() - start:.1f} s")
        client = Client.current()
        for run in (1, 2):
            before = sum(client.run(_cpu).values()), _cpu()
            start = time.perf_counter()
            corpus = ggegraph.dask.build(directory)
            wall = time.perf_counter() - start
            workers = sum(client.run(_cpu).values()) - before[0]
            here = _cpu() - before[1]
            print(
                f"run {run}: {wall:.2f} s wall, CPU {workers:.1f} s in the workers"
                f" + {here:.1f} s here  {corpus!r}  load {os.getloadavg()[0]:.1f}"
            )


if __name__ == "__main__":
    main()
