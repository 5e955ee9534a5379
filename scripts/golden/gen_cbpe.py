"""Golden values for the CBPE code in packages/core/src/estimate/ (performance estimation without labels).

Run with Debian's python3 (scikit-learn 1.2.1, scipy 1.10.1, numpy 1.24.2):
    /usr/bin/python3 scripts/golden/gen_cbpe.py
Writes packages/core/golden/cbpe.json.

- isotonic: sklearn.isotonic.IsotonicRegression(out_of_bounds="clip", increasing=True) fitted on each case, with
  its X_thresholds_, y_thresholds_ and predict() at probe points (ties in x, weights, zero weights, near-equal x,
  decreasing data, one distinct x, out-of-range probes).
- nannymlEce: NannyML's equal-count binned expected calibration error (nannyml/calibration.py,
  _get_bin_index_edges + _calculate_expected_calibration_error), written out here in numpy because the nannyml
  package is not installed; the scores have no ties so the sort order is unambiguous.
- binary / multiclass: NannyML's CBPE estimates (nannyml/performance_estimation/confidence_based/metrics.py:
  estimate_accuracy, estimate_precision, estimate_recall, estimate_f1, estimate_specificity, estimate_roc_auc and
  the multiclass one-vs-rest macro means) and sampling errors (nannyml/sampling_error/binary_classification.py and
  multiclass_classification.py), written out in numpy, on fixed synthetic data, per chunk of analysis rows. The
  calibrator is forced ("always": isotonic fitted on the whole reference, as NannyML does once needs_calibration
  says yes; "never": the identity), because needs_calibration's StratifiedShuffleSplit(random_state=42) draws
  from numpy's generator, which the TypeScript code does not reproduce. Where NannyML returns 0 for a zero
  denominator, the golden value is null (our convention for an undefined metric).
"""

import json
import pathlib

import numpy as np
from sklearn.isotonic import IsotonicRegression
from sklearn.metrics import auc
from json_numbers import floats, num  # noqa: E402  (scripts/golden is on sys.path when run)

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "packages" / "core" / "golden" / "cbpe.json"


def isotonic_case(name, x, y, probes, weights=None):
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    model = IsotonicRegression(out_of_bounds="clip", increasing=True)
    model.fit(x, y, sample_weight=None if weights is None else np.asarray(weights, dtype=float))
    probes = np.asarray(probes, dtype=float)
    return {
        "name": name,
        "x": floats(x),
        "y": floats(y),
        "weights": None if weights is None else floats(weights),
        "probes": floats(probes),
        "thresholdsX": floats(model.X_thresholds_),
        "thresholdsY": floats(model.y_thresholds_),
        "predictions": floats(model.predict(probes)),
    }


def isotonic_cases():
    rng = np.random.default_rng(7)
    cases = [
        isotonic_case("small increasing with a violation", [1, 2, 3, 4, 5], [1, 3, 2, 4, 3.5], [0, 1.5, 2.5, 4.2, 6]),
        isotonic_case("decreasing data pools to the mean", [1, 2, 3, 4], [4, 3, 2, 1], [0.5, 2.2, 9]),
        isotonic_case(
            "ties in x are averaged",
            [0.1, 0.1, 0.2, 0.2, 0.2, 0.4, 0.3, 0.3],
            [1, 0, 0, 0, 1, 1, 0, 1],
            [0.1, 0.15, 0.25, 0.35, 0.4, 0.45],
        ),
        isotonic_case(
            "weights, including a zero weight",
            [0.1, 0.2, 0.3, 0.4, 0.5, 0.6],
            [0, 1, 0, 1, 0, 1],
            [0.0, 0.22, 0.31, 0.5, 0.7],
            weights=[1, 3, 0.5, 0, 2, 1],
        ),
        isotonic_case(
            "near-equal x within numpy's float64 resolution merge",
            [0.5, 0.5 + 1.1e-16, 0.5 + 2e-15, 0.7, 0.2],
            [1, 0, 1, 1, 0],
            [0.3, 0.5, 0.6, 0.8],
        ),
        isotonic_case("one distinct x", [0.3, 0.3, 0.3], [0, 1, 1], [0.1, 0.3, 0.9]),
        isotonic_case("unsorted input", [0.9, 0.1, 0.5, 0.3, 0.7], [1, 0, 1, 0, 0], [0.2, 0.4, 0.6, 0.8]),
    ]
    x = rng.random(300)
    y = (rng.random(300) < x).astype(float)
    probes = np.concatenate([[-0.1, 0.0, 1.0, 1.1], rng.random(20), x[:10]])
    cases.append(isotonic_case("300 Bernoulli labels", x, y, probes))
    xr = np.round(rng.random(400), 2)
    yr = (rng.random(400) < xr**2).astype(float)
    w = rng.integers(1, 4, 400).astype(float)
    cases.append(isotonic_case("rounded scores with many ties and weights", xr, yr, np.linspace(-0.05, 1.05, 23), w))
    return cases


# NannyML's expected calibration error on equal-count bins of the sorted probabilities.
def bin_index_edges(n, bin_count):
    if n <= 2 * bin_count:
        bin_count = n // 2
    width = n // bin_count
    edges = np.asarray(range(0, n + 1, width))
    edges[-1] = n
    return list(zip(edges[:-1], edges[1:]))


def nannyml_ece(y_true, proba, bin_count=10):
    order = np.argsort(proba, kind="stable")
    proba, y_true = proba[order], y_true[order]
    n = len(proba)
    total = 0.0
    for lo, hi in bin_index_edges(n, bin_count):
        total += (hi - lo) / n * abs(np.mean(proba[lo:hi]) - np.mean(y_true[lo:hi]))
    return total


def ece_cases():
    rng = np.random.default_rng(11)
    out = []
    for n, bins in [(25, 10), (100, 10), (203, 10), (9, 4), (40, 3)]:
        p = rng.random(n)
        y = (rng.random(n) < p**1.5).astype(float)
        out.append({"name": f"n={n}, bins={bins}", "labels": floats(y), "scores": floats(p), "bins": bins,
                    "expected": num(nannyml_ece(y, p, bins))})
    return out


def ratio(a, b):
    return None if b == 0 else a / b


def estimate_binary(p, pred):
    tp = np.sum(np.where(pred == 1, p, 0))
    fp = np.sum(np.where(pred == 1, 1 - p, 0))
    fn = np.sum(np.where(pred == 0, p, 0))
    tn = np.sum(np.where(pred == 0, 1 - p, 0))
    return {
        "accuracy": (tp + tn) / len(pred),
        "precision": ratio(tp, tp + fp),
        "recall": ratio(tp, tp + fn),
        "f1": ratio(tp, tp + 0.5 * (fp + fn)),
        "specificity": ratio(tn, tn + fp),
    }


def estimate_roc_auc(calibrated, uncalibrated):
    order = np.argsort(-uncalibrated, kind="stable")
    c = calibrated[order]
    tps = np.cumsum(c)
    fps = 1 + np.arange(len(c)) - tps
    tps = np.round(np.r_[0, tps], 5)
    fps = np.round(np.r_[0, fps], 5)
    if tps[-1] == 0 or fps[-1] == 0:
        return None
    return auc(fps / fps[-1], tps / tps[-1])


def std_or_none(values):
    return None if len(values) == 0 else float(np.std(values))


def binary_components(y, pred, proba):
    """NannyML's (std, fraction) per metric from the reference (binary_classification.py)."""
    tp = (y == pred) & (pred == 1)
    fp = (y != pred) & (pred == 1)
    fn = (y != pred) & (pred == 0)
    tn = (y == pred) & (pred == 0)
    n = len(y)
    comps = {"accuracy": (float(np.std((y == pred).astype(float))), 1.0)}
    prec = np.r_[np.ones(tp.sum()), np.zeros(fp.sum())]
    comps["precision"] = (std_or_none(prec), pred.sum() / n)
    rec = np.r_[np.ones(tp.sum()), np.zeros(fn.sum())]
    comps["recall"] = (std_or_none(rec), y.sum() / n)
    relevant = tp.sum() + fp.sum() + fn.sum()
    f1obs = np.r_[np.ones(tp.sum()), np.zeros(fn.sum() + fp.sum())]
    if relevant == 0:
        comps["f1"] = (None, 0.0)
    else:
        factor = relevant / ((fn.sum() + fp.sum()) * 0.5 + tp.sum())
        comps["f1"] = (float(np.std(f1obs * factor)), relevant / n)
    spec = np.r_[np.ones(tn.sum()), np.zeros(fp.sum())]
    comps["specificity"] = (std_or_none(spec), len(spec) / n)
    # AUROC: the Mann-Whitney view, flipped when positives are the majority.
    yt, pp = y.astype(float), proba.astype(float)
    if np.mean(yt) > 0.5:
        yt, pp = np.abs(yt - 1), 1 - pp
    order = np.argsort(pp, kind="stable")
    yt = yt[order]
    ranks = yt * np.arange(len(yt))
    indexes = np.unique(ranks)[1:]
    ser = np.array([index - i for i, index in enumerate(indexes)], dtype=float)
    n_pos = yt.sum()
    comps["rocAuc"] = (std_or_none(ser / (n - n_pos)), n_pos / n)
    return comps


def se_binary(comps, n):
    out = {}
    for k, (std, frac) in comps.items():
        out[k] = None if std is None or frac == 0 else std / np.sqrt(n * frac)
    return out


def calibrator(mode, scores, labels):
    if mode == "never":
        return lambda s: np.asarray(s, dtype=float)
    model = IsotonicRegression(out_of_bounds="clip", increasing=True).fit(scores, labels)
    return model.predict


def binary_case(name, mode, seed, n_ref, n_ana, chunk, bend):
    rng = np.random.default_rng(seed)
    ref_s = rng.random(n_ref)
    ref_y = (rng.random(n_ref) < ref_s**bend).astype(int)
    ref_pred = (ref_s >= 0.5).astype(int)
    ana_s = rng.beta(2, 3, n_ana)
    ana_pred = (ana_s >= 0.5).astype(int)
    cal = calibrator(mode, ref_s, ref_y)
    comps = binary_components(ref_y, ref_pred, ref_s)
    chunks = []
    for start in range(0, n_ana, chunk):
        s = ana_s[start:start + chunk]
        pr = ana_pred[start:start + chunk]
        p = cal(s)
        est = estimate_binary(p, pr)
        est["rocAuc"] = estimate_roc_auc(p, s)
        se = se_binary(comps, len(s))
        chunks.append({"start": start, "end": start + len(s), "values": {k: num(v) for k, v in est.items()},
                       "standardErrors": {k: num(v) for k, v in se.items()}})
    return {
        "name": name,
        "calibration": mode,
        "reference": {"scores": floats(ref_s), "predicted": ref_pred.tolist(), "labels": ref_y.tolist()},
        "analysis": {"scores": floats(ana_s), "predicted": ana_pred.tolist()},
        "chunks": chunks,
    }


def multiclass_components(y, pred, probas, k):
    n = len(y)
    yb = [(y == c).astype(int) for c in range(k)]
    pb = [(pred == c).astype(int) for c in range(k)]
    comps = {"precision": [], "recall": [], "f1": [], "specificity": [], "rocAuc": []}
    for c in range(k):
        t, p = yb[c], pb[c]
        tp = int(((t == p) & (p == 1)).sum())
        fp = int(((t != p) & (p == 1)).sum())
        fn = int(((t != p) & (p == 0)).sum())
        tn = int(((t == p) & (p == 0)).sum())
        comps["precision"].append((np.var(np.r_[np.ones(tp), np.zeros(fp)]), p.sum() / n))
        comps["recall"].append((np.var(np.r_[np.ones(tp), np.zeros(fn)]), t.sum() / n))
        comps["f1"].append((np.var(np.r_[np.ones(tp), np.zeros(fn + fp)]), (tp + fn + fp) / n))
        comps["specificity"].append((np.var(np.r_[np.ones(tn), np.zeros(fp)]), (tn + fp) / n))
        yt, pp = t.astype(float), probas[c].astype(float)
        if np.mean(yt) > 0.5:
            yt, pp = np.abs(yt - 1), 1 - pp
        order = np.argsort(pp, kind="stable")
        yt = yt[order]
        indexes = np.unique(yt * np.arange(n))[1:]
        ser = np.array([index - i for i, index in enumerate(indexes)], dtype=float)
        n_pos = yt.sum()
        comps["rocAuc"].append((np.var(ser / (n - n_pos)), n_pos / n))
    acc_std = float(np.std((y == pred).astype(float)))
    return comps, acc_std


def se_multiclass(comps, acc_std, n):
    out = {"accuracy": acc_std / np.sqrt(n)}
    for key, per_class in comps.items():
        variances = [v / (n * f) for v, f in per_class]
        se = np.sqrt(np.sum(variances)) / len(variances)
        out[key] = se * 1.2 if key == "rocAuc" else se
    return out


def mean_of_defined(values):
    """Macro mean over the classes where the metric is defined (NannyML would average in a 0 instead)."""
    kept = [v for v in values if v is not None]
    return None if not kept else float(np.mean(kept))


def normalise(calibrated):
    total = calibrated.sum(axis=0)
    k = calibrated.shape[0]
    return np.where(total > 0, calibrated / np.where(total > 0, total, 1), 1 / k)


def multiclass_case(name, mode, seed, n_ref, n_ana, chunk, k=3):
    rng = np.random.default_rng(seed)

    def scores(n, temp):
        logits = rng.normal(0, 1.5, (k, n))
        e = np.exp(logits / temp)
        return e / e.sum(axis=0)

    ref_p = scores(n_ref, 1.0)
    # labels drawn from a sharpened version of the scores, so the raw scores are miscalibrated
    sharp = ref_p**1.5 / (ref_p**1.5).sum(axis=0)
    u = rng.random(n_ref)
    ref_y = (u[None, :] > np.cumsum(sharp, axis=0)).sum(axis=0)
    ref_pred = np.argmax(ref_p, axis=0)
    ana_p = scores(n_ana, 1.3)
    ana_pred = np.argmax(ana_p, axis=0)
    cals = [calibrator(mode, ref_p[c], (ref_y == c).astype(float)) for c in range(k)]
    comps, acc_std = multiclass_components(ref_y, ref_pred, ref_p, k)
    chunks = []
    for start in range(0, n_ana, chunk):
        raw = ana_p[:, start:start + chunk]
        pr = ana_pred[start:start + chunk]
        cal = normalise(np.vstack([cals[c](raw[c]) for c in range(k)]))
        per_class = [estimate_binary(cal[c], (pr == c).astype(int)) for c in range(k)]
        values = {"accuracy": float(np.mean(cal[pr, np.arange(len(pr))]))}
        for key in ["precision", "recall", "f1", "specificity"]:
            values[key] = mean_of_defined([e[key] for e in per_class])
        values["rocAuc"] = mean_of_defined([estimate_roc_auc(cal[c], raw[c]) for c in range(k)])
        se = se_multiclass(comps, acc_std, len(pr))
        chunks.append({"start": start, "end": start + len(pr), "values": {k2: num(v) for k2, v in values.items()},
                       "standardErrors": {k2: num(v) for k2, v in se.items()}})
    return {
        "name": name,
        "calibration": mode,
        "reference": {"classScores": [floats(r) for r in ref_p], "predicted": ref_pred.tolist(),
                      "labels": ref_y.tolist()},
        "analysis": {"classScores": [floats(r) for r in ana_p], "predicted": ana_pred.tolist()},
        "chunks": chunks,
    }


def main():
    golden = {
        "isotonic": isotonic_cases(),
        "nannymlEce": ece_cases(),
        "binary": [
            binary_case("miscalibrated scores, isotonic calibration", "always", 3, 1500, 1000, 250, 1.6),
            binary_case("raw scores, no calibration", "never", 4, 1200, 900, 300, 1.0),
            binary_case("majority positive labels (AUROC flip)", "always", 5, 800, 600, 200, 0.3),
        ],
        "multiclass": [
            multiclass_case("three classes, isotonic one-vs-rest", "always", 8, 1500, 900, 300),
            multiclass_case("three classes, no calibration", "never", 9, 1000, 600, 200),
        ],
    }
    OUT.write_text(json.dumps(golden, separators=(",", ":")) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
