"""Generates a large membership CSV for timing `ggegraph comembership`, and times the
scipy sparse product B·Bᵀ on it for comparison.

  python3 tests/py/generate_memberships.py OUT.csv [--groups 20000] [--seed 1]
  python3 tests/py/generate_memberships.py --scipy OUT.csv

Each group gets 15-25 distinct members drawn uniformly from the 193 Member States of the
gazetteer (ISO3 codes read from src/gazetteer/states.rs).
"""
import argparse
import csv
import pathlib
import random
import re
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent


def member_states():
    text = (ROOT / "src" / "gazetteer" / "states.rs").read_text()
    codes = sorted(set(re.findall(r'\bm\(\s*"([A-Z]{3})"', text)))
    assert len(codes) == 193, len(codes)
    return codes


def generate(path, groups, seed):
    rng = random.Random(seed)
    codes = member_states()
    with open(path, "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["state", "group"])
        for g in range(groups):
            for code in sorted(rng.sample(codes, rng.randint(15, 25))):
                out.writerow([code, f"g{g:05d}"])


def time_scipy(path):
    import numpy as np
    import scipy.sparse as sp

    t0 = time.perf_counter()
    with open(path, newline="") as f:
        rows = list(csv.reader(f))[1:]
    states = {s: i for i, s in enumerate(sorted({r[0] for r in rows}))}
    groups = {g: i for i, g in enumerate(sorted({r[1] for r in rows}))}
    r = np.fromiter((states[s] for s, _ in rows), dtype=np.int64, count=len(rows))
    c = np.fromiter((groups[g] for _, g in rows), dtype=np.int64, count=len(rows))
    t1 = time.perf_counter()
    B = sp.csr_matrix((np.ones(len(rows)), (r, c)), shape=(len(states), len(groups)))
    P = (B @ B.T).tocoo()
    upper = P.row < P.col
    n_edges = int(upper.sum())
    t2 = time.perf_counter()
    print(f"rows {len(rows)} edges {n_edges}: read {t1 - t0:.3f} s, B*B^T {t2 - t1:.3f} s, total {t2 - t0:.3f} s")


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--groups", type=int, default=20000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--scipy", action="store_true", help="time scipy on an existing file")
    a = p.parse_args()
    if a.scipy:
        time_scipy(a.out)
    else:
        generate(a.out, a.groups, a.seed)
