"""Golden values for the root-cause slice search in packages/core/src/slices/.

Run with Debian's python3 (statsmodels 0.13.5, scipy 1.10.1, pandas 1.5):
    /usr/bin/python3 scripts/golden/gen_slices.py
Writes packages/core/golden/slices.json.

- bh: statsmodels.stats.multitest.multipletests(method="fdr_bh") adjusted p-values, with ties and p = 1.
- ztest: statsmodels.stats.proportion.proportions_ztest(count=[s1, s2], nobs=[n1, n2]) (pooled, two-sided).
- welch: scipy.stats.ttest_ind_from_stats(equal_var=False).
- edges: numerical bin edges, numpy.quantile (linear) at k/bins with repeats dropped.
- table: a fixed window (features x numerical, c categorical, both with missing values; a right/wrong outcome and
  an absolute error per row); pandas groupby gives each single slice's size, value and the rest's value, statsmodels
  its z test (accuracy) and scipy.stats.ttest_ind(equal_var=False) its Welch t (error), for the cells the TypeScript
  search forms (x in numpy-linear quintile bins, c by category, a missing cell each); every slice tested is
  corrected by Benjamini–Hochberg together, here over the singles only (the search runs with pairs=false).
"""

import json
import pathlib

import numpy as np
import pandas as pd
from scipy import stats
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import proportions_ztest

from json_numbers import floats, num  # noqa: E402

out = {}

bh_cases = [
    [0.01, 0.04, 0.03, 0.2, 0.5, 1.0],
    [0.001, 0.001, 0.02, 0.02, 0.9],
    [0.5],
    [1e-12, 0.049, 0.051, 0.3, 0.3, 0.3, 0.7, 0.04],
]
out["bh"] = [{"p": c, "adjusted": floats(multipletests(c, method="fdr_bh")[1])} for c in bh_cases]

z_cases = [(30, 100, 80, 100), (5, 60, 50, 400), (120, 200, 1500, 2000), (0, 50, 3, 500), (47, 50, 380, 400)]
out["ztest"] = []
for s1, n1, s2, n2 in z_cases:
    z, p = proportions_ztest([s1, s2], [n1, n2])
    out["ztest"].append({"s1": s1, "n1": n1, "s2": s2, "n2": n2, "statistic": num(z), "pValue": num(p)})

welch_cases = [(50, 1.2, 0.5, 80, 1.0, 0.8), (5, 10.0, 4.0, 1000, 9.0, 1.0), (200, 0.31, 0.09, 3000, 0.12, 0.1)]
out["welch"] = []
for n1, m1, v1, n2, m2, v2 in welch_cases:
    t, p = stats.ttest_ind_from_stats(m1, np.sqrt(v1), n1, m2, np.sqrt(v2), n2, equal_var=False)
    out["welch"].append(
        {"a": {"n": n1, "mean": m1, "variance": v1}, "b": {"n": n2, "mean": m2, "variance": v2},
         "statistic": num(t), "pValue": num(p)}
    )

edge_cases = [
    ([3.0, 1.0, 2.0, 5.0, 4.0, 10.0, 7.0], 5),
    ([0.0] * 12 + [1.0, 1.0, 2.0, 3.0, 4.0, 9.0], 5),  # ties: repeated quantiles are dropped
    ([2.5] * 10, 4),  # a constant: one edge, so one bin below and one above
    ([0.1, 0.2, 0.4, 0.8, 1.6, 3.2, 6.4, 12.8, 25.6, 51.2, 102.4], 3),
]


def quantile_edges(values, bins):
    """numpy's linear quantiles at k/bins, k = 1..bins-1, with repeats dropped (the bins are [e_i, e_{i+1}))."""
    edges = []
    for k in range(1, bins):
        e = float(np.quantile(np.asarray(values, dtype=float), k / bins))
        if not edges or e > edges[-1]:
            edges.append(e)
    return edges


out["edges"] = [{"values": v, "bins": b, "edges": quantile_edges(v, b)} for v, b in edge_cases]

rng = np.random.default_rng(4)
n = 1200
x = np.round(rng.normal(50, 10, n), 3)
c = rng.choice(["a", "b", "c", "d"], n, p=[0.4, 0.3, 0.2, 0.1]).astype(object)
p_right = np.where(c == "d", 0.55, 0.85) - np.where(x > 60, 0.1, 0.0)
right = (rng.random(n) < p_right).astype(int)
error = np.round(np.abs(rng.normal(0, 1, n)) * np.where(c == "d", 2.0, 1.0) + np.where(x > 60, 0.3, 0.0), 6)
# Missing values: 60 x (a missing cell with enough rows) and 30 c.
x[rng.choice(n, 60, replace=False)] = np.nan
c[rng.choice(n, 30, replace=False)] = None
frame = pd.DataFrame({"x": x, "c": c, "right": right, "error": error})
edges = quantile_edges(x[~np.isnan(x)], 5)
frame["bin"] = np.where(np.isnan(x), -1, np.searchsorted(np.array(edges), np.nan_to_num(x), side="right"))
frame["cat"] = frame["c"].fillna("<missing>")


def condition(column, value):
    if column == "bin":
        b = int(value)
        if b < 0:
            return {"feature": "x", "kind": "missing"}
        return {"feature": "x", "kind": "range", "lower": edges[b - 1] if b > 0 else None,
                "upper": edges[b] if b < len(edges) else None}
    if value == "<missing>":
        return {"feature": "c", "kind": "missing"}
    return {"feature": "c", "kind": "category", "value": str(value)}


def slice_table(outcome):
    rows = []
    for column in ["bin", "cat"]:
        for value, group in frame.groupby(column):
            rest = frame[frame[column] != value]
            if outcome == "right":
                statistic, p = proportions_ztest([group.right.sum(), rest.right.sum()], [len(group), len(rest)])
            else:
                statistic, p = stats.ttest_ind(group.error, rest.error, equal_var=False)
            rows.append({"condition": condition(column, value), "size": len(group),
                         "value": num(group[outcome].mean()), "rest": num(rest[outcome].mean()),
                         "statistic": num(statistic), "pValue": num(p)})
    adjusted = multipletests([r["pValue"] for r in rows], method="fdr_bh")[1]
    for r, a in zip(rows, adjusted):
        r["adjustedPValue"] = num(a)
    return rows


out["table"] = {"x": floats(x), "c": [None if v is None else str(v) for v in c], "right": [int(v) for v in right],
                "error": floats(error), "edges": edges, "slices": slice_table("right"),
                "errorSlices": slice_table("error")}

path = pathlib.Path(__file__).resolve().parents[2] / "packages/core/golden/slices.json"
path.write_text(json.dumps(out, indent=1) + "\n")
print(f"wrote {path}")
