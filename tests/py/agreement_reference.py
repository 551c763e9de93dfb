"""Reference values from pandas for `ggegraph agreement`.

Reads roll-call votes already joined to ISO3 codes (`rcid,resolution,date,iso3,vote`, the
shape of `unvotes-ict.csv`; vote yes|no|abstain) and prints JSON
`{"edges": [{"source": "state:AAA", "target": "state:BBB", "weight": w, "shared": n}]}`
sorted by (source, target).

Computed independently of ggegraph's pairwise scoring: each vote becomes a number
(yes 1, abstain 0.5, no 0), the agreement of two states on one roll call is
1 - |x_i - x_j|, and the index is its mean over the roll calls both voted in. Cells are
read with keep_default_na=False so that Namibia's "NA" stays a code.

With a membership CSV (`state,group`, ISO3 codes) as second argument, also prints
`"correlation": {"r": r, "pairs": n}`: Pearson's r (pandas `Series.corr`) between the
number of groups two states shared and their agreement, over the pairs of states that are
both in the membership table and voted in a common roll call (0 shared groups counts).

Usage: python3 tests/py/agreement_reference.py votes.csv [memberships.csv] > expected.json
"""
import json
import sys

import pandas as pd


def main(path, memberships=None):
    votes = pd.read_csv(path, dtype=str, keep_default_na=False)
    votes["x"] = votes["vote"].map({"yes": 1.0, "abstain": 0.5, "no": 0.0})
    if votes["x"].isna().any():
        raise SystemExit(f"{path}: unknown vote values")
    table = votes.pivot_table(index="rcid", columns="iso3", values="x", aggfunc="first")
    states = sorted(table.columns)
    edges = []
    for i, a in enumerate(states):
        for b in states[i + 1:]:
            both = table[[a, b]].dropna()
            if both.empty:
                continue
            agree = 1.0 - (both[a] - both[b]).abs()
            edges.append({
                "source": f"state:{a}",
                "target": f"state:{b}",
                "weight": float(agree.mean()),
                "shared": int(len(both)),
            })
    out = {"edges": edges}
    if memberships:
        m = pd.read_csv(memberships, dtype=str, keep_default_na=False)
        groups = m.groupby("state")["group"].apply(set).to_dict()
        rows = [
            (len(groups[e["source"][6:]] & groups[e["target"][6:]]), e["weight"])
            for e in edges
            if e["source"][6:] in groups and e["target"][6:] in groups
        ]
        frame = pd.DataFrame(rows, columns=["shared", "agreement"])
        out["correlation"] = {
            "r": float(frame["shared"].corr(frame["agreement"])),
            "pairs": int(len(frame)),
        }
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(*sys.argv[1:3])
