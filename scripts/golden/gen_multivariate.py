"""Golden values for multivariate drift in packages/core/src/multivariate/ (NannyML's data reconstruction drift).

Run with Debian's python3 (scikit-learn 1.2.1, numpy 1.24.2, pandas 1.5):
    /usr/bin/python3 scripts/golden/gen_multivariate.py
Writes packages/core/golden/multivariate.json.

NannyML's DataReconstructionDriftCalculator, written out with the scikit-learn pieces it uses (the nannyml package
is not installed): SimpleImputer(mean) for numbers, SimpleImputer(most_frequent) for categories, relative-frequency
encoding of categories (category_encoders' CountEncoder(normalize=True)), StandardScaler, PCA(n_components=0.65,
svd_solver="full"); a row's error is the Euclidean norm of x − inverse_transform(transform(x)) in the standardised
space. Reference chunks are ⌊n/10⌋ rows (NannyML's DefaultChunker size) with the remainder joining the last chunk
(SizeBasedChunker's incomplete="append"; NannyML's default "keep" would make a chunk of n mod 10 rows); the threshold
is their mean ± 3 population standard deviations, a lower threshold at or below 0 being dropped.
"""

import json
import pathlib

import numpy as np
import pandas as pd
from sklearn.decomposition import PCA
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler

from json_numbers import floats, num  # noqa: E402

rng = np.random.default_rng(9)


def side(n, rho, shift=0.0):
    z = rng.multivariate_normal([0, 0], [[1, rho], [rho, 1]], n)
    x = np.round(z[:, 0] * 2 + 10 + shift, 4)
    y = np.round(z[:, 1] + 5, 4)
    w = np.round(rng.normal(0, 1, n) + 0.3 * z[:, 0], 4)
    c = rng.choice(["a", "b", "c"], n, p=[0.5, 0.3, 0.2]).astype(object)
    x[rng.random(n) < 0.03] = np.nan
    c[rng.random(n) < 0.05] = None
    return pd.DataFrame({"x": x, "y": y, "w": w, "c": c})


reference = side(503, 0.8)
currents = {"same": side(200, 0.8), "flipped": side(200, -0.8), "unseen": side(120, 0.8)}
currents["unseen"].loc[:30, "c"] = "zz"

num_cols = ["x", "y", "w"]
num_imputer = SimpleImputer(strategy="mean").fit(reference[num_cols])
cat_imputer = SimpleImputer(strategy="most_frequent").fit(reference[["c"]].astype(object).fillna(np.nan))
ref_c = cat_imputer.transform(reference[["c"]].astype(object).fillna(np.nan))[:, 0]
freq = pd.Series(ref_c).value_counts(normalize=True).to_dict()


def encode(frame):
    numbers = num_imputer.transform(frame[num_cols])
    cats = cat_imputer.transform(frame[["c"]].astype(object).fillna(np.nan))[:, 0]
    encoded = np.array([freq.get(v, 0.0) for v in cats])
    return np.column_stack([numbers, encoded])


scaler = StandardScaler().fit(encode(reference))
pca = PCA(n_components=0.65, svd_solver="full").fit(scaler.transform(encode(reference)))


def errors(frame):
    x = scaler.transform(encode(frame))
    back = pca.inverse_transform(pca.transform(x))
    return np.sqrt(((x - back) ** 2).sum(axis=1))


ref_errors = errors(reference)


def thresholds(size):
    """NannyML's SizeBasedChunker(size, incomplete="append") over the reference, then StandardDeviationThreshold."""
    count = len(ref_errors) // size
    chunks = [ref_errors[i * size:(i + 1) * size] for i in range(count - 1)] + [ref_errors[(count - 1) * size:]]
    means = np.array([c.mean() for c in chunks])
    lower = means.mean() - 3 * means.std()  # np.std: ddof=0, as np.nanstd in NannyML
    # NannyML's lower limit 0 with override_using_none: a lower threshold at or below 0 is dropped.
    return means.mean(), (num(lower) if lower > 0 else None), num(means.mean() + 3 * means.std())


mean10, lower10, upper10 = thresholds(len(ref_errors) // 10)
_, lower40, upper40 = thresholds(40)


def column(frame, name):
    values = frame[name].tolist()
    if name == "c":
        return [v if isinstance(v, str) else None for v in values]
    return floats(values)


out = {
    "reference": {name: column(reference, name) for name in ["x", "y", "w", "c"]},
    "components": int(pca.n_components_),
    "explainedVariance": num(pca.explained_variance_ratio_.sum()),
    "referenceMean": num(mean10),
    "lower": lower10,
    "upper": upper10,
    "chunkSize40": {"lower": lower40, "upper": upper40},
    "currents": {
        key: {"columns": {name: column(frame, name) for name in ["x", "y", "w", "c"]}, "error": num(errors(frame).mean())}
        for key, frame in currents.items()
    },
}
path = pathlib.Path(__file__).resolve().parents[2] / "packages/core/golden/multivariate.json"
path.write_text(json.dumps(out, indent=1) + "\n")
print(f"wrote {path}: {out['components']} components, errors", {k: v["error"] for k, v in out["currents"].items()}, "lower", out["lower"], "upper", out["upper"], "chunk 40", out["chunkSize40"])
