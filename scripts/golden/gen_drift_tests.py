"""Golden values for the hypothesis-test drift methods (KS, chi-square, z, Welch t, Mann-Whitney U) and the special
functions under them.

Run with Debian's python3 (scipy 1.10.1, numpy 1.24.2): /usr/bin/python3 scripts/golden/gen_drift_tests.py
Writes packages/core/golden/drift-tests.json with every input and its expected output; null stands for NaN or an
infinity in the reference implementation.

Sources: scipy.stats.ks_2samp (two-sided, method "auto"), scipy.stats.chisquare, scipy.stats.ttest_ind(equal_var=False),
scipy.stats.mannwhitneyu(alternative="two-sided", method="asymptotic"), scipy.stats.norm / kstwo / t / chi2 and
scipy.special (erfc, gammaln, gammainc, gammaincc, betainc, smirnov); mpmath for betainc, where cephes is approximate. The z-test has no scipy function: it follows
Evidently's proportions_diff_z_stat_ind written out with numpy below, its p-value as 2 * scipy.stats.norm.sf(|z|).

Large samples are stored rounded to 6 (or 3) decimals; scipy saw exactly the rounded values. The "formula" samples are
not stored at all: both sides rebuild them from integer arithmetic that is exact in numpy and in JavaScript,
value_i = ((i * step) % modulus) / modulus * scale for i = 0 .. size - 1.
"""

import json
import math
import pathlib
import warnings

import mpmath
import numpy as np
import scipy
from scipy import special, stats
from json_numbers import floats, num  # noqa: E402  (scripts/golden is on sys.path when run)

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "packages" / "core" / "golden" / "drift-tests.json"




# --- special functions -------------------------------------------------------------------------------------------


def special_cases():
    out = {}
    xs = [0.0, 1e-300, 1e-10, 0.1, 0.5, 0.9, 1.0, 1.2, 1.25, 1.3, 2.0, 3.0, 5.0, 8.0, 10.0, 15.0, 20.0, 26.0]
    out["erfc"] = [[x, num(special.erfc(x))] for x in xs + [-x for x in xs[1:]]]
    out["erf"] = [[x, num(special.erf(x))] for x in [1e-12, 0.01, 0.3, 0.7, 1.0, 1.24, 1.26, 2.0, 4.0, 6.0, -0.5, -3.0]]
    zs = [0.0, 0.3, 1.0, 1.7, 1.8, 1.96, 2.5, 3.0, 5.0, 8.0, 10.0, 20.0, 30.0, 37.0]
    out["normSf"] = [[z, num(stats.norm.sf(z))] for z in zs + [-z for z in zs[1:]]]
    out["gammaln"] = [
        [x, num(special.gammaln(x))]
        for x in [1e-5, 0.1, 0.5, 1.0, 1.5, 2.0, 2.5, 3.7, 9.99, 10.0, 10.5, 100.0, 1e4, 1e6, 1e10]
    ]
    gamma = []
    for a in [0.5, 1.0, 1.5, 2.5, 7.0, 9.5, 10.0, 12.5, 50.0, 500.0, 5000.0, 5e5]:
        for r in [0.01, 0.3, 0.8, 0.95, 1.0, 1.05, 1.3, 3.0, 10.0]:
            x = a * r
            gamma.append([a, x, num(special.gammainc(a, x)), num(special.gammaincc(a, x))])
    out["gamma"] = gamma
    # cephes' incbet drifts by up to 1e-11 at a = 5000 (1e-10 at a = 5e5), so each row also carries mpmath's value
    # at 50 digits: [x, a, b, scipy, mpmath].
    mpmath.mp.dps = 50
    beta = []
    for a in [0.5, 1.0, 2.5, 10.0, 150.0, 5000.0]:
        for b in [0.5, 1.0, 3.0, 20.0]:
            for x in [1e-6, 0.01, 0.2, 0.5, 0.8, 0.99, 0.999999]:
                exact = mpmath.betainc(a, b, 0, mpmath.mpf(x), regularized=True)
                beta.append([x, a, b, num(special.betainc(a, b, x)), num(exact)])
    out["betainc"] = beta
    out["chi2Sf"] = [
        [x, df, num(stats.chi2.sf(x, df))]
        for df in [1, 2, 3, 7, 30, 99, 1000]
        for x in [0.0, 0.01, 0.5, 1.0, 3.84, 10.0, 50.0, 200.0, 2000.0]
    ]
    out["tSf"] = [
        [t, df, num(stats.t.sf(t, df))]
        for df in [1.0, 2.5, 7.3, 30.0, 151.2, 5000.7, 1e6, 2e6]
        for t in [0.0, 0.01, 0.5, 1.5, 2.0, 3.0, 6.0, 20.0, 100.0, -1.5, -20.0]
    ]
    kstwo = []
    for n in [1, 2, 3, 5, 10, 37, 80, 140, 141, 500, 5000, 6667, 99999, 100001, 500000, 1000001, 2000000]:
        for c in [0.2, 0.3, 0.6, 0.8, 0.9, 1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 5.0, 10.0, 19.0, 25.0]:
            x = c / math.sqrt(n)
            if x < 1.2:
                kstwo.append([n, x, num(stats.kstwo.sf(x, n))])
        for x in [0.4 / n, 0.5 / n, 0.6 / n, 1.0 / n, 1.5 / n, 0.5, 0.7, 1 - 1.0 / n, 1 - 0.5 / n, 1.0]:
            kstwo.append([n, x, num(stats.kstwo.sf(x, n))])
    # Durbin's matrix at its largest (n ≤ 100000, n·x^1.5 ≤ 1.4).
    for n in [5000, 99999]:
        kstwo.append([n, (1.39 / n) ** (2 / 3), num(stats.kstwo.sf((1.39 / n) ** (2 / 3), n))])
    out["kstwoSf"] = kstwo
    out["smirnov"] = [
        [n, x, num(special.smirnov(n, x))]
        for n in [1, 2, 5, 10, 37, 140, 1000, 50000, 500000, 1000001]
        for x in [0.0, 0.5 / n, 1.0 / n, 2.5 / n, 0.01, 0.05, 0.1, 0.3, 0.5, 0.9, 1 - 1.0 / n, 1 - 0.5 / n, 1.0]
        if x <= 1
    ]
    return out


# --- samples: KS, Welch t, Mann-Whitney ---------------------------------------------------------------------------


def ks(ref, cur):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = stats.ks_2samp(ref, cur)
    fell_back = any("Exact calculation unsuccessful" in str(w.message) for w in caught)
    exact = max(len(ref), len(cur)) <= 10000 and not fell_back
    return {"statistic": num(result.statistic), "pValue": num(result.pvalue), "method": "exact" if exact else "asymp"}


def welch(ref, cur):
    if len(ref) < 2 or len(cur) < 2:
        return {"statistic": None, "pValue": None}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = stats.ttest_ind(ref, cur, equal_var=False)
    return {"statistic": num(result.statistic), "pValue": num(result.pvalue)}


def mann_whitney(ref, cur):
    # U depends on ranks only. scipy's rankdata turns tied infinities into NaN (inf − inf), so ±inf go in as ±1e300,
    # which ranks them exactly as the infinities rank.
    ref = np.nan_to_num(ref, nan=np.nan, posinf=1e300, neginf=-1e300)
    cur = np.nan_to_num(cur, nan=np.nan, posinf=1e300, neginf=-1e300)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = stats.mannwhitneyu(ref, cur, alternative="two-sided", method="asymptotic")
    return {"statistic": num(result.statistic), "pValue": num(result.pvalue)}


def shift_near(p_of_shift, target=0.05, lo=0.0, hi=2.0):
    """Bisection for a shift whose p-value is close to the target (p falls as the shift grows)."""
    for _ in range(60):
        mid = (lo + hi) / 2
        if p_of_shift(mid) > target:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def formula(size, step, modulus, scale):
    i = np.arange(size, dtype=np.int64)
    return ((i * step) % modulus) / modulus * scale


def sample_cases():
    rng = np.random.default_rng(20240611)
    cases = [
        ("5 vs 5 shifted (exact, equal sizes)", rng.normal(size=5), rng.normal(1.5, 1, size=5)),
        ("8 vs 8", rng.normal(size=8), rng.normal(0.5, 1, size=8)),
        ("10 vs 7 (exact, unequal sizes)", rng.normal(size=10), rng.normal(0.8, 1, size=7)),
        ("20 vs 20 shifted", rng.normal(size=20), rng.normal(1, 1, size=20)),
        ("25 vs 40", rng.normal(size=25), rng.normal(0.3, 1.5, size=40)),
        ("50 vs 50 same distribution", rng.normal(size=50), rng.normal(size=50)),
        ("50 vs 33 shifted", rng.normal(size=50), rng.normal(0.6, 1, size=33)),
        ("integer ties 30 vs 45", rng.integers(0, 5, 30).astype(float), rng.integers(1, 6, 45).astype(float)),
        ("integer ties 30 vs 30", rng.integers(0, 3, 30).astype(float), rng.integers(0, 3, 30).astype(float)),
    ]
    same = rng.normal(size=40)
    cases += [
        ("identical samples", same, same.copy()),
        ("both constant, same value", np.full(10, 2.0), np.full(12, 2.0)),
        ("both constant, different values", np.full(6, 1.0), np.full(7, 3.0)),
        ("constant reference", np.full(15, 0.5), rng.normal(0.5, 1, size=20)),
        ("one vs one, different", np.array([1.0]), np.array([2.0])),
        ("one vs one, same", np.array([1.0]), np.array([1.0])),
        ("one vs five", np.array([0.3]), rng.normal(size=5)),
        ("two vs three", np.array([1.0, 2.0]), np.array([3.0, 4.0, 5.0])),
        ("300 vs 800 shifted", rng.normal(size=300), rng.normal(0.15, 1, size=800)),
        ("300 vs 800 same distribution", rng.normal(size=300), rng.normal(size=800)),
        ("exponential 1000 vs 800", rng.exponential(2, 1000), rng.exponential(2.2, 800)),
        ("poisson ties 500 vs 400", rng.poisson(3, 500).astype(float), rng.poisson(3.3, 400).astype(float)),
        ("infinities in the data", np.array([-np.inf, 0.0, 1.0, 2.0, np.inf]), np.array([0.5, 1.5, np.inf, 3.0])),
        # Exact sums that round just above 1: scipy falls back to kstwo.sf(D, round(n/2)).
        ("60 vs 60, D = 2/60 (exact fails)", np.arange(60.0), np.arange(60.0) + 1.5),
        ("5 vs 5, D = 1/5 (exact fails, round half to even)", np.arange(5.0), np.arange(5.0) + 0.5),
        ("9000 vs 10000, 3 decimals (exact path counting)",
         np.round(rng.normal(size=9000), 3), np.round(rng.normal(0.03, 1, size=10000), 3)),
        ("12000 vs 15000 same distribution (asymptotic)",
         np.round(rng.normal(size=12000), 6), np.round(rng.normal(size=15000), 6)),
        ("10001 vs 3000 shifted (asymptotic, Smirnov tail)",
         np.round(rng.normal(size=10001), 3), np.round(rng.normal(0.1, 1, size=3000), 3)),
    ]
    # One large reference against a small current sample: asymptotic p-values with n = round(10050·40/10090) = 40,
    # through Durbin's matrix, Pomeranz's recursion and the Smirnov tail in turn.
    large = np.round(rng.normal(size=10050), 3)
    cases += [
        ("10050 vs 40 same distribution (asymptotic n = 40, Durbin)", large, np.round(rng.normal(size=40), 3)),
        ("10050 vs 40 shifted (asymptotic n = 40, Pomeranz)", large, np.round(rng.normal(0.4, 1, size=40), 3)),
        ("10050 vs 40 far (asymptotic n = 40, Smirnov)", large, np.round(rng.normal(1.0, 1, size=40), 3)),
    ]
    # p-values near 0.05, one data set per method.
    base_ref = rng.normal(size=200)
    base_cur = rng.normal(size=150)
    for label, p_of in [
        ("KS", lambda ref, cur: stats.ks_2samp(ref, cur).pvalue),
        ("Welch t", lambda ref, cur: stats.ttest_ind(ref, cur, equal_var=False).pvalue),
        ("Mann-Whitney", lambda ref, cur: stats.mannwhitneyu(ref, cur, method="asymptotic").pvalue),
    ]:
        shift = shift_near(lambda s: p_of(base_ref, np.round(base_cur + s, 4)))
        cases.append((f"p near 0.05 for {label}", base_ref, np.round(base_cur + shift, 4)))

    out = []
    for name, ref, cur in cases:
        ref = np.asarray(ref, dtype=float)
        cur = np.asarray(cur, dtype=float)
        finite = np.all(np.isfinite(ref)) and np.all(np.isfinite(cur))
        out.append(
            {
                "name": name,
                "reference": [float(v) if math.isfinite(v) else ("Infinity" if v > 0 else "-Infinity") for v in ref],
                "current": [float(v) if math.isfinite(v) else ("Infinity" if v > 0 else "-Infinity") for v in cur],
                "ks": ks(ref, cur),
                "ttest": welch(ref, cur) if finite else {"statistic": None, "pValue": None},
                "mannwhitney": mann_whitney(ref, cur),
            }
        )
    return out


def formula_cases():
    specs = [
        ("1e6 vs 1e6, scale 1.002 (Pelz-Good)", (1_000_000, 7919, 1_000_003, 1.0), (1_000_000, 104729, 1_000_033, 1.002)),
        ("1e6 vs 1e6, scale 1.004 (Smirnov tail)", (1_000_000, 7919, 1_000_003, 1.0), (1_000_000, 104729, 1_000_033, 1.004)),
        ("1e6 vs 1e6, scale 1.1 (far tail)", (1_000_000, 7919, 1_000_003, 1.0), (1_000_000, 104729, 1_000_033, 1.1)),
        ("20000 vs 30000, same (asymptotic, Durbin matrix)", (20_000, 7919, 1_000_003, 1.0), (30_000, 104729, 1_000_033, 1.0)),
    ]
    out = []
    for name, r, c in specs:
        ref = formula(*r)
        cur = formula(*c)
        out.append(
            {
                "name": name,
                "reference": dict(zip(["size", "step", "modulus", "scale"], r)),
                "current": dict(zip(["size", "step", "modulus", "scale"], c)),
                "ks": ks(ref, cur),
                "ttest": welch(ref, cur),
                "mannwhitney": mann_whitney(ref, cur),
            }
        )
    return out


# --- counts: chi-square and z --------------------------------------------------------------------------------------


def chisquare(ref, cur):
    """scipy.stats.chisquare over the categories seen on either side (the rest would give 0/0)."""
    ref = np.asarray(ref, dtype=float)
    cur = np.asarray(cur, dtype=float)
    seen = (ref > 0) | (cur > 0)
    ref, cur = ref[seen], cur[seen]
    if len(ref) < 2:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = stats.chisquare(f_obs=cur, f_exp=ref / ref.sum() * cur.sum())
    return {"statistic": num(result.statistic), "pValue": num(result.pvalue)}


def z_test(ref, cur):
    """Evidently's two-proportion z statistic; p = 2·norm.sf(|z|) (Evidently writes 2·(1 − norm.cdf(|z|)))."""
    ref = np.asarray(ref, dtype=float)
    cur = np.asarray(cur, dtype=float)
    seen = (ref > 0) | (cur > 0)
    ref, cur = ref[seen], cur[seen]
    if len(ref) != 2:
        return None
    n1, n2 = ref.sum(), cur.sum()
    p1 = float(ref[1]) / n1
    p2 = float(cur[1]) / n2
    pooled = float(p1 * n1 + p2 * n2) / (n1 + n2)
    z = (p1 - p2) / np.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2))
    return {
        "statistic": num(z),
        "pValue": num(2 * stats.norm.sf(abs(z))),
        "evidentlyPValue": num(2 * (1 - stats.norm.cdf(abs(z)))),
    }


def count_cases():
    rng = np.random.default_rng(99)
    cases = [
        ("three similar categories", [120, 340, 540], [30, 70, 100]),
        ("five categories, shifted", [100, 200, 300, 250, 150], [60, 90, 100, 120, 130]),
        ("unseen category in the reference", [50, 50, 0], [40, 45, 5]),
        ("category missing from current", [50, 30, 20], [60, 40, 0]),
        ("category empty on both sides", [50, 0, 30, 20], [45, 0, 35, 20]),
        ("large counts", [1_000_000, 2_000_000, 3_000_000], [1_001_500, 1_998_000, 3_000_500]),
        ("100 categories", list(rng.integers(1, 50, 100)), list(rng.integers(1, 50, 100))),
        ("two categories", [30, 70], [45, 55]),
        ("two categories, no drift", [300, 700], [290, 710]),
        ("two categories, large", [400_000, 600_000], [401_000, 599_000]),
        ("reference only first, current only second", [10, 0], [0, 8]),
        ("both only the second category", [0, 10], [0, 5]),
        ("both only the first category", [7, 0], [3, 0]),
        ("one category", [12], [9]),
    ]
    # Counts whose chi-square and z p-values sit near 0.05.
    for label, fn in [("chi-square", chisquare), ("z", z_test)]:
        ref = [500, 500] if label == "z" else [300, 300, 400]
        best = None
        for k in range(0, 200):
            cur = [250 - k, 250 + k] if label == "z" else [150 - k, 150, 200 + k]
            p = fn(ref, cur)["pValue"]
            if best is None or abs(p - 0.05) < abs(best[1] - 0.05):
                best = (cur, p)
        cases.append((f"p near 0.05 for {label}", ref, best[0]))
    out = []
    for name, ref, cur in cases:
        ref = [float(v) for v in ref]
        cur = [float(v) for v in cur]
        out.append({"name": name, "reference": ref, "current": cur, "chisquare": chisquare(ref, cur), "z": z_test(ref, cur)})
    return out


def main():
    golden = {
        "generator": "scripts/golden/gen_drift_tests.py",
        "versions": {"scipy": scipy.__version__, "numpy": np.__version__},
        "special": special_cases(),
        "samples": sample_cases(),
        "formulaSamples": formula_cases(),
        "counts": count_cases(),
    }
    OUT.write_text(json.dumps(golden, allow_nan=False, separators=(",", ":")) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
