"""Golden values for packages/core/src/importance/permutation-importance.ts.

Run with Debian's python3 (scikit-learn 1.2.1, numpy 1.24.2):
    /usr/bin/python3 scripts/golden/gen_permutation_importance.py
Writes packages/core/golden/permutation-importance.json: per case the row-major X, y, a fixed model (weights, and a
threshold for a classifier), the scoring and what sklearn.inspection.permutation_importance returns (baseline,
importances_mean, importances_std, importances). The shuffles are not sklearn's: the script replays ours (mulberry32
seeded by `seed`, Fisher–Yates from the last index down, feature-major then repeat) through a stand-in random state,
so everything else (copying, scoring, baseline − score, mean, population std) is sklearn's own code on the same
permutations. sklearn shuffles the already shuffled column, so each step is composed with the inverse of the last.
"""

import json
import pathlib

import numpy as np
import sklearn.inspection._permutation_importance as pi
from sklearn.inspection import permutation_importance
from json_numbers import floats, num  # noqa: E402  (scripts/golden is on sys.path when run)

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "packages" / "core" / "golden" / "permutation-importance.json"
M32 = 0xFFFFFFFF


def imul(a, b):
    return (a * b) & M32


def mulberry32(seed):
    state = seed & M32

    def next_uniform():
        nonlocal state
        state = (state + 0x6D2B79F5) & M32
        t = state
        t = imul(t ^ (t >> 15), t | 1)
        t ^= (t + imul(t ^ (t >> 7), t | 61)) & M32
        return (t ^ (t >> 14)) / 4294967296

    return next_uniform


def permutation(n, uniform):
    order = list(range(n))
    for i in range(n - 1, 0, -1):
        j = int(uniform() * (i + 1))
        order[i], order[j] = order[j], order[i]
    return np.array(order)


class ReplayedShuffles:
    """Stands in for sklearn's RandomState: each shuffle leaves the column permuted as our code permutes it."""

    def __init__(self, n, seed, repeats):
        self.n, self.repeats, self.uniform, self.calls = n, repeats, mulberry32(seed), 0
        self.current = np.arange(n)

    def randint(self, *args, **kwargs):
        return 0

    def shuffle(self, idx):
        if self.calls % self.repeats == 0:
            self.current = np.arange(self.n)
        self.calls += 1
        wanted = permutation(self.n, self.uniform)
        inverse = np.empty(self.n, dtype=int)
        inverse[self.current] = np.arange(self.n)
        idx[:] = inverse[wanted]
        self.current = wanted


class FixedModel:
    """w·x summed left to right (as the TypeScript test does); a classifier thresholds it into 0/1."""

    def __init__(self, weights, threshold=None):
        self.weights, self.threshold = weights, threshold

    def fit(self, X, y):
        return self

    def predict(self, X):
        out = []
        for row in np.asarray(X, dtype=float):
            s = 0.0
            for w, x in zip(self.weights, row):
                s += w * float(x)
            out.append(s if self.threshold is None else (1.0 if s > self.threshold else 0.0))
        return np.array(out)


def case(name, seed, n, weights, threshold, scoring, repeats):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, len(weights)))
    clean = FixedModel(weights, None).predict(X)
    if threshold is None:
        y = clean + rng.normal(scale=0.5, size=n)
    else:
        y = ((clean + rng.normal(scale=0.7, size=n)) > threshold).astype(float)
    replay = ReplayedShuffles(n, seed, repeats)
    pi.check_random_state = lambda _: replay
    result = permutation_importance(
        FixedModel(weights, threshold), X, y, scoring=scoring, n_repeats=repeats, random_state=seed
    )
    baseline = pi.check_scoring(FixedModel(weights, threshold), scoring=scoring)(FixedModel(weights, threshold), X, y)
    return {
        "name": name,
        "seed": seed,
        "repeats": repeats,
        "scoring": scoring,
        "weights": floats(weights),
        "threshold": num(threshold),
        "X": [floats(row) for row in X],
        "y": floats(y),
        "baseline": num(baseline),
        "importances_mean": floats(result.importances_mean),
        "importances_std": floats(result.importances_std),
        "importances": [floats(row) for row in result.importances],
    }


def main():
    cases = [
        case("linear regression, neg MSE", 11, 60, [2.0, 0.0, -1.5, 0.0], None, "neg_mean_squared_error", 5),
        case("threshold classifier, accuracy", 23, 80, [1.0, 0.0, 0.5, 0.0], 0.0, "accuracy", 7),
    ]
    for c in cases:
        for j, w in enumerate(c["weights"]):
            if w == 0:
                assert all(v == 0 for v in c["importances"][j]), (c["name"], j)
    OUT.write_text(json.dumps({"cases": cases}, indent=1) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}")
    for c in cases:
        print(c["name"], "baseline", c["baseline"], "mean", c["importances_mean"])


if __name__ == "__main__":
    main()
