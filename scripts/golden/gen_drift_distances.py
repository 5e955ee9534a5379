"""Golden values for the sample drift methods (Wasserstein, energy, Anderson-Darling, Cramér-von Mises), the
binning helpers and the binned distances (PSI, KL, Jensen-Shannon, Hellinger).

Run with Debian's python3 (scipy 1.10.1, numpy 1.24.2): /usr/bin/python3 scripts/golden/gen_drift_distances.py
Writes packages/core/golden/drift-distances.json with every input and its expected output; null stands for an
error, NaN or infinity in the reference implementation.

Sources: scipy.stats.wasserstein_distance / energy_distance / anderson_ksamp (midrank) / cramervonmises_2samp
(method "auto"), numpy.histogram_bin_edges(bins="sturges"), numpy.quantile, numpy.histogram,
scipy.stats.entropy, scipy.spatial.distance.jensenshannon, scipy.special.kve. PSI and Hellinger have no scipy
function: they follow Evidently's formulas (zero fill per side, bin-order sums) written out with numpy below.
"""

import json
import math
import pathlib
import warnings

import numpy as np
import scipy
from scipy import special, stats
from scipy.spatial import distance
from scipy.stats import _hypotests
from json_numbers import floats, num  # noqa: E402  (scripts/golden is on sys.path when run)

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "packages" / "core" / "golden" / "drift-distances.json"

warnings.simplefilter("ignore")




def guarded(f):
    try:
        return f()
    except (ValueError, IndexError, ZeroDivisionError):
        return None


# --- samples -----------------------------------------------------------------------------------------------------


def sample_cases():
    rng = np.random.default_rng(20240607)
    same = rng.normal(size=300)
    cases = [
        ("small normal (exact CvM)", rng.normal(size=8), rng.normal(0.5, 1, size=7)),
        ("small integer ties (exact CvM)", rng.integers(0, 4, 12).astype(float), rng.integers(1, 5, 10).astype(float)),
        ("20 vs 19 (largest exact CvM)", rng.normal(size=20), rng.normal(0.4, 1, size=19)),
        ("21 vs 20 (asymptotic CvM)", rng.normal(size=21), rng.normal(0.4, 1, size=20)),
        ("20 vs 20 heavy ties", rng.integers(0, 3, 20).astype(float), rng.integers(0, 3, 20).astype(float)),
        ("medium shifted and wider", rng.normal(size=200), rng.normal(0.3, 1.2, size=150)),
        ("moderate shift 50 vs 30", rng.normal(size=50), rng.normal(0.5, 1, size=30)),
        ("slight shift 120 vs 100", rng.normal(size=120), rng.normal(0.25, 1, size=100)),
        ("poisson ties", rng.poisson(3, 500).astype(float), rng.poisson(3.3, 400).astype(float)),
        ("integers 0..9 ties", rng.integers(0, 10, 300).astype(float), rng.integers(0, 10, 250).astype(float)),
        ("identical samples", same, same.copy()),
        ("constant reference", np.full(50, 5.0), rng.normal(5, 1, size=60)),
        ("both constant, same value", np.full(10, 2.0), np.full(12, 2.0)),
        ("both constant, different values", np.full(6, 1.0), np.full(7, 3.0)),
        ("shifted by one sd", rng.normal(size=300), rng.normal(1, 1, size=300)),
        ("negative scale", rng.normal(-1000, 50, size=100), rng.normal(-1000, 55, size=120)),
        ("two vs two", np.array([1.0, 2.0]), np.array([3.0, 4.0])),
        ("one vs two", np.array([1.0]), np.array([2.0, 3.0])),
        ("exponential 1000 vs 800", rng.exponential(2, 1000), rng.exponential(2.2, 800)),
        (
            "large, 6 decimals",
            np.round(rng.normal(size=20000), 6),
            np.round(rng.normal(0.05, 1, size=15000), 6),
        ),
    ]
    out = []
    for name, ref, cur in cases:
        ref = np.asarray(ref, dtype=float)
        cur = np.asarray(cur, dtype=float)
        w = stats.wasserstein_distance(ref, cur)
        std = np.std(ref)
        ad = guarded(lambda: stats.anderson_ksamp([ref, cur]))
        cvm = guarded(lambda: stats.cramervonmises_2samp(ref, cur))
        out.append(
            {
                "name": name,
                "reference": floats(ref),
                "current": floats(cur),
                "wasserstein": num(w),
                "referenceStd": num(std),
                "wassersteinNormed": num(w / max(std, 0.001)),
                "energy": num(stats.energy_distance(ref, cur)),
                "anderson": None
                if ad is None or not math.isfinite(ad.statistic)
                else {"statistic": num(ad.statistic), "pValue": num(ad.significance_level)},
                "cramerVonMises": None
                if cvm is None
                else {"statistic": num(cvm.statistic), "pValue": num(cvm.pvalue)},
            }
        )
    return out


def bessel_cases():
    xs = [1e-8, 1e-5, 1e-3, 0.01, 0.05, 0.1, 0.3, 0.5, 0.8, 1, 1.5, 2, 3, 5, 8, 10, 20, 50, 100, 300, 700, 1e4]
    return [{"nu": nu, "x": x, "scaled": num(special.kve(nu, x))} for nu in (0.25, 0.75, 1.25) for x in xs]


def cvm_limit_cases():
    xs = [0.003, 0.005, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.461, 0.5, 0.75, 1, 1.5, 2, 3, 4]
    return [{"x": x, "cdf": num(_hypotests._cdf_cvm_inf(x))} for x in xs]


def cvm_u(x, y):
    """U of Anderson (1962) eq. 10, exactly as scipy.stats.cramervonmises_2samp forms it."""
    xa, ya = np.sort(x), np.sort(y)
    r = stats.rankdata(np.concatenate([xa, ya]), method="average")
    nx, ny = len(xa), len(ya)
    u = nx * np.sum((r[:nx] - np.arange(1, nx + 1)) ** 2)
    u += ny * np.sum((r[nx:] - np.arange(1, ny + 1)) ** 2)
    return u


def cvm_exact_cases():
    rng = np.random.default_rng(7)
    out = []
    for m, n in [(2, 2), (2, 3), (3, 3), (4, 6), (5, 7), (8, 8), (10, 13), (15, 20), (19, 20), (20, 20)]:
        for trial in range(4):
            if trial < 2:
                x, y = rng.normal(size=m), rng.normal(0.7 * trial, 1, size=n)
            else:
                x, y = rng.integers(0, 3, m).astype(float), rng.integers(0, 3, n).astype(float)
            u = cvm_u(x, y)
            out.append({"u": num(u), "m": m, "n": n, "pValue": num(_hypotests._pval_cvm_2samp_exact(u, m, n))})
    return out


# --- binning -----------------------------------------------------------------------------------------------------


def sturges_cases():
    rng = np.random.default_rng(11)
    cases = [
        ("normal 1000", rng.normal(size=1000)),
        ("integers 0..100, 257 values", rng.integers(0, 101, 257).astype(float)),
        ("constant column", np.full(10, 3.0)),
        ("negative range", rng.uniform(-50, -10, 77)),
        ("single value", np.array([7.5])),
        ("16 values (log2 integral)", rng.uniform(0, 1, 16)),
        ("64 integers", rng.integers(-5, 6, 64).astype(float)),
        ("1024 values", rng.normal(3, 2, 1024)),
        ("large offset", 1e9 + rng.normal(size=100)),
        ("two values", np.array([0.0, 1.0])),
        ("tiny range", 1 + rng.uniform(0, 1e-12, 50)),
        ("empty", np.array([], dtype=float)),
    ]
    return [
        {"name": name, "values": floats(v), "edges": floats(np.histogram_bin_edges(v, bins="sturges"))}
        for name, v in cases
    ]


def deduplicated(raw):
    """The documented rule for quantile edges: repeated edges dropped, a single one widened to [v - 0.5, v + 0.5]."""
    edges = np.unique(raw)
    if edges.size == 1:
        edges = np.array([edges[0] - 0.5, edges[0] + 0.5])
    return edges


def quantile_cases():
    rng = np.random.default_rng(13)
    cases = [
        ("normal 1000, 10 bins", rng.normal(size=1000), 10),
        ("poisson ties, 10 bins", rng.poisson(2, 500).astype(float), 10),
        ("constant, 5 bins", np.full(20, 4.0), 5),
        ("37 uniform, 7 bins", rng.uniform(-3, 8, 37), 7),
        ("single value, 3 bins", np.array([2.0]), 3),
        ("four values, 10 bins", np.array([1.0, 2.0, 3.0, 4.0]), 10),
        ("exponential 999, 30 bins", rng.exponential(1, 999), 30),
        ("one bin", rng.normal(size=25), 1),
    ]
    out = []
    for name, v, bins in cases:
        raw = np.quantile(v, np.linspace(0, 1, bins + 1))
        out.append({"name": name, "values": floats(v), "bins": bins, "raw": floats(raw), "edges": floats(deduplicated(raw))})
    return out


def histogram_cases():
    rng = np.random.default_rng(17)
    ints = rng.integers(0, 21, 200).astype(float)
    ref = rng.normal(size=300)
    cur = rng.normal(0.5, 1.3, size=250)
    qedges = deduplicated(np.quantile(ref, np.linspace(0, 1, 11)))
    both = np.concatenate([ref, cur])
    cases = [
        ("integers on edges", ints, np.linspace(0, 20, 6)),
        ("current on reference quantile edges", cur, qedges),
        ("reference on its own quantile edges", ref, qedges),
        ("current on pooled sturges edges", cur, np.histogram_bin_edges(both, bins="sturges")),
        ("repeated edges", np.array([-1.0, 0.0, 0.0, 0.5, 1.0, 2.0, 2.0, 3.0]), np.array([0.0, 0.0, 1.0, 2.0, 2.0])),
        ("all outside", np.array([-5.0, -4.0, 10.0]), np.array([0.0, 1.0, 2.0])),
    ]
    out = []
    for name, v, edges in cases:
        out.append(
            {
                "name": name,
                "values": floats(v),
                "edges": floats(edges),
                "counts": floats(np.histogram(v, edges)[0]),
                "clampedCounts": floats(np.histogram(np.clip(v, edges[0], edges[-1]), edges)[0]),
            }
        )
    return out


# --- binned distances ----------------------------------------------------------------------------------------------


def evidently_floor(shares):
    """Evidently's get_binned_data zero fill, for one side."""
    shares = shares.copy()
    smallest = shares[shares != 0].min()
    np.place(shares, shares == 0, smallest / 10**6 if smallest <= 0.0001 else 0.0001)
    return shares


def evidently_psi(ref, cur):
    ref, cur = evidently_floor(ref), evidently_floor(cur)
    psi = 0.0
    for r, c in zip(ref, cur):
        psi += (r - c) * np.log(r / c)
    return psi


def evidently_hellinger(ref, cur):
    total = 0.0
    for p1, p2 in zip(ref, cur):
        total += math.sqrt(p1 * p2)
    return math.sqrt(1 - np.clip(total, 0, 1))


def shares_cases():
    rng = np.random.default_rng(19)
    medium_ref = rng.normal(size=2000)
    medium_cur = rng.normal(0.2, 1.1, size=1500)
    edges = np.histogram_bin_edges(np.concatenate([medium_ref, medium_cur]), bins="sturges")
    cases = [
        ("zeros on both sides", [10, 20, 0, 30], [0, 25, 5, 30]),
        ("smallest share below 1e-4", [1, 20000, 0, 15000], [0, 5, 12000, 9000]),
        ("smallest share exactly 1e-4", [1, 9999, 0], [5000, 0, 5000]),
        ("identical", [3, 7, 11, 0, 4], [3, 7, 11, 0, 4]),
        ("identical up to scale", [3, 7, 11, 5], [6, 14, 22, 10]),
        ("disjoint", [5, 5, 0, 0], [0, 0, 5, 5]),
        ("single bin", [12], [40]),
        ("sturges bins of shifted normals", np.histogram(medium_ref, edges)[0], np.histogram(medium_cur, edges)[0]),
        ("30 categories", rng.multinomial(5000, np.full(30, 1 / 30)), rng.multinomial(4000, rng.dirichlet(np.full(30, 5)))),
        ("binary", [700, 300], [650, 350]),
    ]
    out = []
    for name, rc, cc in cases:
        rc = np.asarray(rc, dtype=float)
        cc = np.asarray(cc, dtype=float)
        ref = rc / rc.sum()
        cur = cc / cc.sum()
        out.append(
            {
                "name": name,
                "referenceCounts": floats(rc),
                "currentCounts": floats(cc),
                "reference": floats(ref),
                "current": floats(cur),
                "referenceFloored": floats(evidently_floor(ref)),
                "currentFloored": floats(evidently_floor(cur)),
                "psi": num(evidently_psi(ref, cur)),
                "kl": num(stats.entropy(evidently_floor(ref), evidently_floor(cur))),
                "jensenShannon": num(distance.jensenshannon(ref, cur)),
                "hellinger": num(evidently_hellinger(ref, cur)),
            }
        )
    return out


def main():
    golden = {
        "generator": "scripts/golden/gen_drift_distances.py",
        "versions": {"numpy": np.__version__, "scipy": scipy.__version__},
        "samples": sample_cases(),
        "besselKScaled": bessel_cases(),
        "cvmLimitCdf": cvm_limit_cases(),
        "cvmExact": cvm_exact_cases(),
        "sturges": sturges_cases(),
        "quantile": quantile_cases(),
        "histogram": histogram_cases(),
        "shares": shares_cases(),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(golden, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
