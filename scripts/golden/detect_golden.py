"""Golden values for the anomaly and change-point detectors in packages/core/src/detect/.

Run with Debian's python3 (scipy 1.10.1, numpy 1.24.2): /usr/bin/python3 scripts/golden/detect_golden.py
Writes packages/core/golden/detect.json with every input and its expected output.

Sources: numpy.median and scipy.stats.median_abs_deviation (scale=1 and scale="normal") for the robust spreads;
numpy.mean / numpy.std(ddof=1) for the EWMA and CUSUM baselines. The EWMA chart (NIST/SEMATECH e-Handbook
6.3.2.4), the tabular CUSUM (6.3.2.3) and the leave-one-out residual spread of the seasonal detector have no
reference library here, so they are written out below from the formulas. Page-Hinkley follows river's
drift.PageHinkley update order (river is not installable here, no PyPI access): the script re-derives it by hand
and checks it against the detection index river's own docstring prints (1006) on its example stream.
"""

import json
import math
import pathlib
import random

import numpy as np
from scipy import stats

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "packages" / "core" / "golden" / "detect.json"

HOUR = 3_600_000
DAY = 24 * HOUR


def fl(a):
    return [float(v) for v in a]


# --- robust z (median / MAD) -------------------------------------------------------------------------------------


def robust(values, current, sensitivity=3.5):
    x = np.asarray(values, dtype=float)
    med = float(np.median(x))
    mad = float(stats.median_abs_deviation(x, scale=1.0))
    scaled = float(stats.median_abs_deviation(x, scale="normal"))
    if mad > 0:
        scale, by = scaled, "mad"
    else:
        mean_ad = float(np.mean(np.abs(x - med)))
        scale, by = math.sqrt(math.pi / 2) * mean_ad, "mean-absolute-deviation" if mean_ad > 0 else "constant"
    z = (current - med) / scale if scale > 0 else (0.0 if current == med else None)
    anomalous = current != med if scale == 0 else abs(z) > sensitivity
    return {"median": med, "mad": mad, "scaledMad": scaled, "scale": scale, "by": by, "score": z,
            "anomalous": bool(anomalous)}


def robust_cases():
    rng = np.random.default_rng(20240611)
    cases = [
        ("9 normal points", rng.normal(10, 2, 9), 17.5),
        ("10 normal points (even count)", rng.normal(0, 1, 10), -0.4),
        ("50 normal points", rng.normal(0.9, 0.02, 50), 0.81),
        ("101 heavy-tailed points", rng.standard_t(2, 101), 6.0),
        ("integer ties", rng.integers(0, 6, 40).astype(float), 5.0),
        ("MAD 0: more than half equal", np.array([5, 5, 5, 5, 5, 6, 7, 1], dtype=float), 6.0),
        ("MAD 0 with even count", np.array([2, 2, 2, 2, 2, 2, 3, 9, 2, 2], dtype=float), 2.0),
        ("constant", np.full(12, 0.25), 0.25),
        ("constant, current differs", np.full(12, 0.25), 0.2500001),
    ]
    return [{"name": n, "history": fl(h), "current": float(c), **robust(h, c)} for n, h, c in cases]


# --- EWMA chart --------------------------------------------------------------------------------------------------


def ewma(values, current, lam=0.3, L=3.0):
    x = np.asarray(values, dtype=float)
    mu = float(np.mean(x))
    s = float(np.std(x, ddof=1))
    z = mu
    for v in x:
        z = lam * v + (1 - lam) * z
    z = lam * current + (1 - lam) * z
    t = len(x) + 1
    sig = s * math.sqrt(lam / (2 - lam) * (1 - (1 - lam) ** (2 * t)))
    score = (z - mu) / sig
    return {"mean": mu, "std": s, "ewma": z, "lower": mu - L * sig, "upper": mu + L * sig, "score": score,
            "anomalous": bool(abs(score) > L)}


def ewma_cases():
    rng = np.random.default_rng(7)
    base = rng.normal(100, 5, 60)
    cases = [
        ("60 points, value in control", base, 104.0, 0.3, 3.0),
        ("60 points, large value", base, 130.0, 0.3, 3.0),
        ("9 points, lambda 0.2 L 2.7 (NIST's choice)", rng.normal(50, 2, 9), 54.0, 0.2, 2.7),
        ("20 points, lambda 1 (Shewhart chart)", rng.normal(0, 1, 20), -2.9, 1.0, 3.0),
        ("200 slowly rising points", np.linspace(0, 1, 200) + rng.normal(0, 0.05, 200), 1.05, 0.1, 3.0),
    ]
    return [{"name": n, "history": fl(h), "current": c, "lambda": lam, "sensitivity": L, **ewma(h, c, lam, L)}
            for n, h, c, lam, L in cases]


# --- seasonal baseline -------------------------------------------------------------------------------------------


def loo_residuals(group):
    g = np.sort(np.asarray(group, dtype=float))
    return [g[j] - np.median(np.delete(g, j)) for j in range(len(g))]


def seasonal(values, timestamps, current, current_ts, season_ms, tol, spread="pooled", sensitivity=3.5):
    groups, same = {}, []
    for v, t in zip(values, timestamps):
        off = current_ts - t
        if not off > 0 or v is None:
            continue
        b = int(((off + tol) % season_ms) // (2 * tol))
        groups.setdefault(b, []).append(v)
        if b == 0 and off >= season_ms - tol:
            same.append(v)
    med = float(np.median(same))
    if spread == "phase":
        r = robust(same, current, sensitivity)
        return {"samePhase": len(same), "median": med, "scale": r["scale"], "score": r["score"],
                "anomalous": r["anomalous"]}
    residuals = [r for g in groups.values() if len(g) >= 2 for r in loo_residuals(g)]
    scale = float(stats.median_abs_deviation(residuals, scale="normal"))
    z = (current - med) / scale
    return {"samePhase": len(same), "residuals": len(residuals), "median": med, "scale": scale, "score": z,
            "anomalous": bool(abs(z) > sensitivity)}


def seasonal_cases():
    rng = np.random.default_rng(99)
    cases = []

    def daily(n_points, step, noise, start=1_700_000_000_000 - (1_700_000_000_000 % DAY)):
        ts = [start + i * step for i in range(n_points)]
        shape = lambda t: 0.8 + 0.1 * math.sin(2 * math.pi * (t % DAY) / DAY)  # noqa: E731
        vals = [shape(t) + rng.normal(0, noise) for t in ts]
        return ts, vals, shape

    ts, vals, shape = daily(14 * 24, HOUR, 0.01)
    cur_ts = ts[-1] + HOUR
    for name, cur in [("hourly, 14 days, in pattern", shape(cur_ts) + 0.005),
                      ("hourly, 14 days, drop", shape(cur_ts) - 0.08)]:
        cases.append({"name": name, "values": vals, "timestamps": ts, "current": cur, "currentTimestamp": cur_ts,
                      "season": "day", "toleranceMs": 30 * 60_000, "spread": "pooled",
                      **seasonal(vals, ts, cur, cur_ts, DAY, 30 * 60_000)})
    cases.append({"name": "hourly, 14 days, per-phase spread", "values": vals, "timestamps": ts,
                  "current": shape(cur_ts) - 0.03, "currentTimestamp": cur_ts, "season": "day",
                  "toleranceMs": 30 * 60_000, "spread": "phase",
                  **seasonal(vals, ts, shape(cur_ts) - 0.03, cur_ts, DAY, 30 * 60_000, "phase")})
    ts5, vals5, shape5 = daily(3 * 288, 5 * 60_000, 0.01)
    cur5 = ts5[-1] + 5 * 60_000
    cases.append({"name": "5-minute points, 3 days, ±30 min", "values": vals5, "timestamps": ts5,
                  "current": shape5(cur5) + 0.05, "currentTimestamp": cur5, "season": "day",
                  "toleranceMs": 30 * 60_000, "spread": "pooled",
                  **seasonal(vals5, ts5, shape5(cur5) + 0.05, cur5, DAY, 30 * 60_000)})
    tsw = [1_700_000_000_000 + i * HOUR for i in range(5 * 168)]
    valsw = [10 + (3 if (t // DAY) % 7 in (2, 3) else 0) + rng.normal(0, 0.5) for t in tsw]
    curw = tsw[-1] + HOUR
    cases.append({"name": "hourly, 5 weeks, weekly season", "values": valsw, "timestamps": tsw,
                  "current": 10 + (3 if (curw // DAY) % 7 in (2, 3) else 0) + 2.5, "currentTimestamp": curw,
                  "season": "week", "toleranceMs": 30 * 60_000, "spread": "pooled"})
    c = cases[-1]
    c.update(seasonal(valsw, tsw, c["current"], curw, 7 * DAY, 30 * 60_000))
    for c in cases:
        c["values"] = fl(c["values"])
        c["current"] = float(c["current"])
    return cases


# --- tabular CUSUM -----------------------------------------------------------------------------------------------


def cusum(x, h=5.0, k=0.5, baseline=None):
    x = np.asarray(x, dtype=float)
    b = len(x) // 2 if baseline is None else baseline
    mu, s = float(np.mean(x[:b])), float(np.std(x[:b], ddof=1))
    sp = sm = 0.0
    zero = {"up": b - 1, "down": b - 1}
    crossed = {"up": False, "down": False}
    latest = None
    for i in range(b, len(x)):
        sp = max(0.0, sp + x[i] - mu - k * s)
        sm = max(0.0, sm + mu - k * s - x[i])
        for d, v in (("up", sp), ("down", sm)):
            if v == 0:
                if crossed[d] and latest["direction"] == d and latest["endedAt"] is None:
                    latest["endedAt"] = i
                zero[d], crossed[d] = i, False
            elif v > h * s and not crossed[d]:
                crossed[d] = True
                latest = {"direction": d, "index": zero[d] + 1, "detectedAt": i, "endedAt": None}
    out = {"mean": mu, "std": s, "up": sp, "down": sm, "anomalous": bool(sp > h * s or sm > h * s),
           "change": latest}
    if latest:
        latest["before"] = float(np.mean(x[: latest["index"]]))
        latest["after"] = float(np.mean(x[latest["index"]:latest["endedAt"]]))
    return out


def cusum_cases():
    rng = np.random.default_rng(3)
    up = rng.normal(0, 1, 120)
    up[80:] += 2
    down = rng.normal(50, 4, 100)
    down[70:] -= 8
    back = rng.normal(0, 1, 150)
    back[90:110] += 3
    cases = [("2σ shift up at 80 of 120", up, 5.0, 0.5, None),
             ("2σ shift down at 70 of 100", down, 5.0, 0.5, None),
             ("transient 3σ bump 90..109, then back", back, 5.0, 0.5, None),
             ("baseline 40, h 4, k 0.25", up, 4.0, 0.25, 40)]
    return [{"name": n, "series": fl(x), "sensitivity": h, "slack": k, "baseline": b, **cusum(x, h, k, b)}
            for n, x, h, k, b in cases]


# --- Page-Hinkley (river's update order) -------------------------------------------------------------------------


def page_hinkley(x, delta=0.005, threshold=50.0, alpha=1 - 0.0001, min_instances=30, mode="both", reset=True):
    """river.drift.PageHinkley, re-derived: returns river's detection indices (with its reset after a detection)."""
    detections = []
    n, mean, s_inc, s_dec, min_inc, max_dec = 0, 0.0, 0.0, 0.0, float("inf"), -1.0
    for i, v in enumerate(x):
        if detections and detections[-1] == i - 1 and reset:
            n, mean, s_inc, s_dec, min_inc, max_dec = 0, 0.0, 0.0, 0.0, float("inf"), -1.0
        n += 1
        mean += 1.0 * (v - mean) / n
        dev = v - mean
        s_inc = alpha * s_inc + dev - delta
        s_dec = alpha * s_dec + dev + delta
        min_inc = min(min_inc, s_inc)
        max_dec = max(max_dec, s_dec)
        if n >= min_instances:
            t_inc, t_dec = s_inc - min_inc, max_dec - s_dec
            hit = {"up": t_inc > threshold, "down": t_dec > threshold,
                   "both": t_inc > threshold or t_dec > threshold}[mode]
            if hit:
                detections.append(i)
    return detections


def ph_final(x, delta, threshold, alpha, min_instances, mode):
    """The statistics at the last point without a reset, with the latest episode's start and detection."""
    mean, s_inc, s_dec, min_inc, max_dec = 0.0, 0.0, 0.0, float("inf"), float("-inf")
    floor = {"up": -1, "down": -1}
    crossed = {"up": False, "down": False}
    latest = None
    t_inc = t_dec = 0.0
    for i, v in enumerate(x):
        mean += (v - mean) / (i + 1)
        dev = v - mean
        s_inc = alpha * s_inc + dev - delta
        s_dec = alpha * s_dec + dev + delta
        new_min, new_max = s_inc < min_inc, s_dec > max_dec
        min_inc, max_dec = min(min_inc, s_inc), max(max_dec, s_dec)
        judged = i + 1 >= min_instances
        t_inc = s_inc - min_inc if judged and mode != "down" else 0.0
        t_dec = max_dec - s_dec if judged and mode != "up" else 0.0
        for d, at_floor, alarm, on in (("up", new_min, t_inc > threshold, mode != "down"),
                                       ("down", new_max, t_dec > threshold, mode != "up")):
            if not on:
                continue
            if at_floor:
                if crossed[d] and latest["direction"] == d and latest["endedAt"] is None:
                    latest["endedAt"] = i
                floor[d], crossed[d] = i, False
            elif alarm and not crossed[d]:
                crossed[d] = True
                latest = {"direction": d, "index": floor[d] + 1, "detectedAt": i, "endedAt": None}
    return {"testUp": t_inc, "testDown": t_dec, "anomalous": bool(t_inc > threshold or t_dec > threshold),
            "change": latest}


def ph_cases():
    rng = random.Random(12345)
    river_doc = rng.choices([0, 1], k=1000) + rng.choices(range(4, 8), k=1000)
    detections = page_hinkley(river_doc)
    assert detections[0] == 1006, detections  # river's docstring: "Change detected at index 1006, input value: 5"
    g = np.random.default_rng(5)
    drop = list(g.normal(100, 3, 200)) + list(g.normal(80, 3, 100))
    rise = list(g.normal(0, 1, 100)) + list(g.normal(1.5, 1, 60))
    cases = [
        ("river docstring stream (0/1 then 4..7)", river_doc, {}),
        ("drop of 20 at 200, mode both", drop, {}),
        ("drop of 20 at 200, mode up: an early episode, ended", drop, {"mode": "up"}),
        ("drop of 20 at 200, mode down, threshold 30", drop, {"mode": "down", "threshold": 30.0}),
        ("rise of 1.5 at 100, delta 0.1, threshold 8, alpha 0.99, min 10", rise,
         {"delta": 0.1, "threshold": 8.0, "alpha": 0.99, "min_instances": 10}),
    ]
    out = []
    for name, x, p in cases:
        q = {"delta": 0.005, "threshold": 50.0, "alpha": 1 - 0.0001, "min_instances": 30, "mode": "both", **p}
        first = page_hinkley(x, **q)
        final = ph_final(x, q["delta"], q["threshold"], q["alpha"], q["min_instances"], q["mode"])
        if final["change"]:
            c = final["change"]
            c["before"] = float(np.mean(x[: c["index"]]))
            c["after"] = float(np.mean(x[c["index"]:c["endedAt"]]))
        out.append({"name": name, "series": fl(x), "params": q, "riverDetections": first, **final})
    return out


def main():
    golden = {
        "robust": robust_cases(),
        "ewma": ewma_cases(),
        "seasonal": seasonal_cases(),
        "cusum": cusum_cases(),
        "pageHinkley": ph_cases(),
    }
    OUT.write_text(json.dumps(golden, indent=1) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
