"""Golden values for packages/core/src/train/logistic-regression.ts.

Run with Debian's python3 (scikit-learn 1.2.1, numpy 1.24.2, pandas 1.5.3):
    /usr/bin/python3 scripts/golden/gen_logistic_regression.py
Writes packages/core/golden/logistic-regression.json: per case the row-major design matrix, the 0/1 target, C and
fit_intercept, and what sklearn.linear_model.LogisticRegression(solver="newton-cg", tol=1e-10) fits: coef_,
intercept_ and predict_proba(X)[:, 1]. sklearn minimises C * sum(log-loss) + ||w||^2 / 2 (the intercept is not
penalised), the same optimum as sum(log-loss) + ||w||^2 / (2C). newton-cg rather than the default lbfgs: lbfgs
stops on a fixed ftol = 64 eps and on the Adult case (a full one-hot block is collinear with the intercept) ends
~1e-4 from the optimum; the script prints that distance, and checks newton-cg against a plain Newton iteration.
Cases: synthetic Gaussian data (weak and strong penalty, without intercept, imbalanced classes) and 400 rows of
UCI Adult (adult.csv) with the numerical columns standardised and a few categorical columns one-hot encoded.
"""

import json
import pathlib
import warnings

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from json_numbers import floats, num  # noqa: E402  (scripts/golden is on sys.path when run)

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "packages" / "core" / "golden" / "logistic-regression.json"
ADULT = ROOT.parent / "shared" / "datasets" / "adult" / "adult.csv"


def synthetic(seed, n, d, intercept, scale=1.0):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, d))
    x[:, 1] = 0.6 * x[:, 0] + 0.8 * x[:, 1]  # correlated columns
    w = rng.normal(scale=scale, size=d)
    p = 1 / (1 + np.exp(-(x @ w + intercept)))
    y = (rng.uniform(size=n) < p).astype(int)
    return x, y


def adult_subset(rows):
    df = pd.read_csv(ADULT, skipinitialspace=True).sample(n=rows, random_state=7).reset_index(drop=True)
    numeric = ["age", "education-num", "capital-gain", "capital-loss", "hours-per-week"]
    categorical = ["sex", "race", "relationship", "marital-status"]
    parts = []
    for c in numeric:
        v = df[c].to_numpy(dtype=float)
        std = v.std()
        parts.append(((v - v.mean()) / (std if std > 0 else 1.0))[:, None])
    for c in categorical:
        for category in sorted(df[c].unique()):
            parts.append((df[c] == category).to_numpy(dtype=float)[:, None])
    y = (df["income-per-year"].str.strip() == ">50K").to_numpy(dtype=int)
    return np.hstack(parts), y


def gradient(x, y, coef, intercept, c, fit_intercept):
    z = x @ coef + intercept
    r = 1 / (1 + np.exp(-z)) - y
    g = x.T @ r + coef / c
    return np.append(g, r.sum()) if fit_intercept else g


def newton_optimum(x, y, c, fit_intercept, start):
    """The exact optimum by Newton's method from sklearn's fit: a check on the golden values, not a source of them."""
    a = np.hstack([x, np.ones((len(y), 1))]) if fit_intercept else x
    penalty = np.full(a.shape[1], 1 / c)
    if fit_intercept:
        penalty[-1] = 0.0
    theta = start.copy()
    for _ in range(50):
        mu = 1 / (1 + np.exp(-(a @ theta)))
        g = a.T @ (mu - y) + penalty * theta
        h = (a * (mu * (1 - mu))[:, None]).T @ a + np.diag(penalty)
        theta = theta - np.linalg.solve(h, g)
    return theta


def case(name, x, y, c, fit_intercept=True):
    with warnings.catch_warnings():
        # Both solvers reach rounding level before their tol and warn; the Newton check below judges the result.
        warnings.simplefilter("ignore")
        model = LogisticRegression(C=c, solver="newton-cg", tol=1e-10, max_iter=1000, fit_intercept=fit_intercept)
        model.fit(x, y)
        lbfgs = LogisticRegression(C=c, solver="lbfgs", tol=1e-12, max_iter=10000, fit_intercept=fit_intercept)
        lbfgs.fit(x, y)
    coef = model.coef_[0]
    intercept = float(model.intercept_[0]) if fit_intercept else 0.0
    g = np.abs(gradient(x, y, coef, intercept, c, fit_intercept)).max() / len(y)
    fitted = np.append(coef, intercept) if fit_intercept else coef
    off = np.abs(newton_optimum(x, y, c, fit_intercept, fitted) - fitted).max()
    lbfgs_off = np.abs(lbfgs.coef_[0] - coef).max()
    print(
        f"{name}: {x.shape[0]} x {x.shape[1]}, C={c}, max |gradient| / n = {g:.1e}, "
        f"|newton-cg - optimum| = {off:.1e}, |lbfgs - newton-cg| = {lbfgs_off:.1e}"
    )
    assert off < 1e-8, name
    return {
        "name": name,
        "rows": int(x.shape[0]),
        "columns": int(x.shape[1]),
        "x": floats(x),
        "y": [int(v) for v in y],
        "c": c,
        "fitIntercept": fit_intercept,
        "expected": {
            "coefficients": floats(coef),
            "intercept": num(intercept),
            "probabilities": floats(model.predict_proba(x)[:, 1]),
        },
    }


def main():
    x, y = synthetic(seed=1, n=200, d=5, intercept=-0.5)
    xi, yi = synthetic(seed=2, n=300, d=4, intercept=-3.0, scale=1.5)
    xa, ya = adult_subset(400)
    cases = [
        case("synthetic, C=1", x, y, 1.0),
        case("synthetic, strong penalty C=0.01", x, y, 0.01),
        case("synthetic, weak penalty C=100", x, y, 100.0),
        case("synthetic, no intercept", x, y, 1.0, fit_intercept=False),
        case("synthetic, imbalanced classes", xi, yi, 0.5),
        case("adult subset, one-hot + standardised, C=0.5", xa, ya, 0.5),
    ]
    OUT.write_text(json.dumps({"cases": cases}) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
