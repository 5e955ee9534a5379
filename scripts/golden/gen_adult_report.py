"""Golden values for `telltale report` on UCI Adult (adult.csv as reference, adult.test as current).

Run with Debian's python3 (scipy 1.10.1): /usr/bin/python3 scripts/golden/gen_adult_report.py
It mirrors the CLI's documented input handling: adult.test's banner line is skipped, it has no header (the
reference's names apply by position), string values are trimmed, and the labels' trailing dots are dropped.
Then every column gets Evidently's default method for a reference over 1000 rows: wasserstein (normed by the
reference's std) for numerical columns with more than 5 values, jensenshannon over the union of categories
otherwise.
"""

import json
import pathlib

import numpy as np
import pandas as pd
from scipy import stats
from scipy.spatial import distance

ROOT = pathlib.Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "datasets" / "adult"
OUT = ROOT / "test" / "e2e" / "golden" / "adult-report.json"

NULLS = ["", "NA", "NaN", "null"]


def load():
    ref = pd.read_csv(DATA / "adult.csv", skipinitialspace=True, na_values=NULLS, keep_default_na=False)
    cur = pd.read_csv(
        DATA / "adult.test", skiprows=1, header=None, names=list(ref.columns), skipinitialspace=True,
        na_values=NULLS, keep_default_na=False,
    )
    for df in (ref, cur):
        for c in df.columns:
            if df[c].dtype == object:
                df[c] = df[c].str.strip()
    cur["income-per-year"] = cur["income-per-year"].str.rstrip(".")
    return ref, cur


def kind_of(ref, cur, col):
    if ref[col].dtype.kind == "f":
        return "numerical"
    if ref[col].dtype.kind in "iu":
        distinct = pd.concat([ref[col], cur[col]]).dropna().nunique()
        return "categorical" if distinct <= 10 else "numerical"
    values = ref[col].dropna()
    return "text" if values.nunique() > len(values) / 2 else "categorical"


def drift(ref, cur, col, kind):
    r = ref[col].dropna()
    c = cur[col].dropna()
    distinct = pd.concat([r, c]).nunique()
    if kind == "numerical" and distinct > 5:
        d = stats.wasserstein_distance(r.to_numpy(float), c.to_numpy(float))
        norm = max(np.std(r.to_numpy(float)), 0.001)
        return {"method": "wasserstein", "statistic": d / norm, "threshold": 0.1, "drifted": bool(d / norm >= 0.1)}
    keys = sorted(set(r.astype(str)) | set(c.astype(str)))
    rs = r.astype(str).value_counts()
    cs = c.astype(str).value_counts()
    p = np.array([rs.get(k, 0) for k in keys], float) / len(r)
    q = np.array([cs.get(k, 0) for k in keys], float) / len(c)
    js = distance.jensenshannon(p, q)
    return {"method": "jensenshannon", "statistic": js, "threshold": 0.1, "drifted": bool(js >= 0.1)}


def main():
    ref, cur = load()
    columns = []
    drifts = []
    quality = []
    for col in ref.columns:
        kind = kind_of(ref, cur, col)
        role = "target" if col == "income-per-year" else "sensitive" if col in ("sex", "race") else "feature"
        columns.append({"name": col, "kind": kind, "role": role})
        if kind != "text":
            drifts.append({"column": col, **drift(ref, cur, col, kind)})
        q = {"column": col, "missing": {"reference": int(ref[col].isna().sum()), "current": int(cur[col].isna().sum())}}
        if kind == "numerical":
            lo, hi = ref[col].min(), ref[col].max()
            q["outOfRange"] = int(((cur[col] < lo) | (cur[col] > hi)).sum())
        else:
            seen = set(ref[col].dropna().astype(str))
            counts = cur[col].dropna().astype(str).value_counts()
            q["newCategories"] = sorted(
                [{"value": k, "count": int(v)} for k, v in counts.items() if k not in seen],
                key=lambda x: (-x["count"], x["value"]),
            )
        quality.append(q)
    features = [d for d, c in zip(drifts, [c for c in columns if c["kind"] != "text"]) if c["role"] != "target"]
    drifted = sum(d["drifted"] for d in features)
    golden = {
        "reference": {"rows": len(ref)},
        "current": {"rows": len(cur)},
        "columns": columns,
        "drift": {
            "columns": drifts,
            "driftedColumns": drifted,
            "totalColumns": len(features),
            "share": drifted / len(features),
        },
        "quality": quality,
    }
    OUT.write_text(json.dumps(golden, indent=1) + "\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
