"""Golden values for the classification, regression and fairness metrics in packages/core/src/metrics/.

Run with Debian's python3 (scikit-learn 1.2.1, numpy 1.24.2, pandas 1.5.3):
    /usr/bin/python3 scripts/golden/gen_metrics.py
Writes packages/core/golden/metrics.json: every case's input and the expected result object; null stands for a
metric that is undefined on the data (scikit-learn would warn and return 0, return NaN, or raise).

Sources: sklearn.metrics accuracy_score, precision_recall_fscore_support (average=None, then the averages below),
confusion_matrix, multilabel_confusion_matrix, roc_auc_score, average_precision_score, log_loss (eps="auto"),
brier_score_loss, mean_absolute_error, mean_squared_error, mean_absolute_percentage_error, r2_score, max_error;
numpy.quantile (linear); pandas groupby for the fairness groups. Conventions that scikit-learn 1.2.1 lacks:
- zero divisions give null, and averages skip null classes (scikit-learn >= 1.3's zero_division=np.nan rule:
  macro = mean of the defined values, weighted = support-weighted mean of the defined values, falling back to
  their plain mean when their supports sum to 0);
- multiclass ROC AUC is the macro mean of one-vs-rest AUCs over the classes present in the target (with rows of
  other classes too); it equals roc_auc_score(multi_class="ovr") when every class is present;
- multiclass PR AUC is the macro mean of one-vs-rest average precision over the classes present in the target;
- multiclass Brier = mean over rows of sum_k (p_k - y_k)^2 on the raw scores; Brier and ECE are null when a score
  lies outside [0, 1] (brier_score_loss raises);
- ECE: 10 bins with edges numpy.linspace(0, 1, 11), a value goes to bin searchsorted(edges[1:-1], p) (side
  left), i.e. bins (e_i, e_i+1] with 0 in the first bin (sklearn.calibration.calibration_curve's rule);
  ECE = sum_b n_b / n * |mean(y in b) - mean(p in b)|; binary uses the positive-class probability, multiclass
  the top-label confidence max_k p_k against argmax == target (ties: first class);
- calibration: sklearn.calibration.calibration_curve(n_bins=10) on the same values, with each bin's count;
- fairness follows Fairlearn's definitions (method="between_groups") with null group metrics left out of max/min.
"""

import json
import math
import pathlib
import warnings

import numpy as np
import pandas as pd
from sklearn import metrics as skm
from sklearn.calibration import calibration_curve
from json_numbers import floats, num  # noqa: E402  (scripts/golden is on sys.path when run)

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "packages" / "core" / "golden" / "metrics.json"
ADULT = ROOT.parent / "shared" / "datasets" / "adult" / "adult.csv"

warnings.simplefilter("ignore")
EPS = np.finfo(np.float64).eps




def ratio(a, b):
    return None if b == 0 else a / b


def nanmean(values):
    kept = [v for v in values if v is not None]
    return None if not kept else float(np.mean(kept))


def nanaverage(values, weights):
    kept = [(v, w) for v, w in zip(values, weights) if v is not None]
    if not kept:
        return None
    v = np.array([k[0] for k in kept])
    w = np.array([k[1] for k in kept], dtype=float)
    if w.sum() == 0:
        return float(np.mean(v))
    return float(np.average(v, weights=w))


# --- classification -----------------------------------------------------------------------------------------


def ece(y, p):
    """Expected calibration error with bins (e_i, e_i+1] of numpy.linspace(0, 1, 11), 0 in the first bin."""
    edges = np.linspace(0.0, 1.0, 11)
    ids = np.searchsorted(edges[1:-1], p)
    total = 0.0
    for b in range(10):
        m = ids == b
        if m.any():
            total += m.sum() / len(p) * abs(y[m].mean() - p[m].mean())
    return total


def calibration(y, p):
    """sklearn.calibration.calibration_curve(y, p, n_bins=10) with each non-empty bin's bounds and count."""
    prob_true, prob_pred = calibration_curve(y, p, n_bins=10)
    edges = np.linspace(0.0, 1.0, 11)
    ids = np.searchsorted(edges[1:-1], p)
    counts = np.bincount(ids, minlength=10)
    bins = [b for b in range(10) if counts[b] > 0]
    return [
        {
            "lower": num(edges[b]),
            "upper": num(edges[b + 1]),
            "count": int(counts[b]),
            "meanConfidence": num(prob_pred[i]),
            "fractionPositive": num(prob_true[i]),
        }
        for i, b in enumerate(bins)
    ]


def per_class_counts(y, yp, k):
    tp = int(np.sum((y == k) & (yp == k)))
    fp = int(np.sum((y != k) & (yp == k)))
    fn = int(np.sum((y == k) & (yp != k)))
    tn = len(y) - tp - fp - fn
    return tp, fp, fn, tn


def rates(tp, fp, fn, tn):
    return {
        "specificity": ratio(tn, tn + fp),
        "fpr": ratio(fp, fp + tn),
        "fnr": ratio(fn, fn + tp),
    }


def keep_rows(target, prediction, scores, k, binary):
    keep = (target >= 0) & (prediction >= 0)
    if scores is not None:
        s = scores if binary else scores.reshape(-1, k)
        keep &= ~np.isnan(s) if binary else ~np.isnan(s).any(axis=1)
    return keep


def binary_expected(labels, positive, target, prediction, scores):
    keep = keep_rows(target, prediction, scores, len(labels), True)
    y_all, yp_all = target[keep], prediction[keep]
    n = int(keep.sum())
    k = len(labels)
    cm = skm.confusion_matrix(y_all, yp_all, labels=list(range(k))) if n else np.zeros((k, k), int)
    out = {"rows": n, "confusionMatrix": {"labels": labels, "matrix": cm.tolist()}}
    if n == 0:
        return {**out, **{m: None for m in METRIC_KEYS}, "calibration": None}
    y = (y_all == positive).astype(int)
    yp = (yp_all == positive).astype(int)
    tp, fp, fn, tn = per_class_counts(y, yp, 1)
    p, r, f, _ = skm.precision_recall_fscore_support(y_all, yp_all, labels=[positive], average=None)
    out.update(
        accuracy=skm.accuracy_score(y_all, yp_all),
        precision=None if tp + fp == 0 else p[0],
        recall=None if tp + fn == 0 else r[0],
        f1=None if 2 * tp + fp + fn == 0 else f[0],
        **rates(tp, fp, fn, tn),
    )
    if scores is None:
        out.update(rocAuc=None, prAuc=None, logLoss=None, brier=None, ece=None, calibration=None)
        return {m: num(out[m]) if m in METRIC_KEYS else out[m] for m in out}
    s = scores[keep]
    out["rocAuc"] = skm.roc_auc_score(y, s) if 0 < y.sum() < n else None
    out["prAuc"] = skm.average_precision_score(y, s) if y.sum() > 0 else None
    out["logLoss"] = skm.log_loss(y, s, labels=[0, 1]) if k == 2 else None
    in_range = s.min() >= 0 and s.max() <= 1
    out["brier"] = skm.brier_score_loss(y_all, s, pos_label=positive) if in_range else None
    out["ece"] = ece(y, s) if in_range else None
    out["calibration"] = calibration(y, s) if in_range else None
    return {m: num(out[m]) if m in METRIC_KEYS else out[m] for m in out}


def multiclass_expected(labels, target, prediction, scores):
    k = len(labels)
    keep = keep_rows(target, prediction, scores, k, False)
    y, yp = target[keep], prediction[keep]
    n = int(keep.sum())
    classes = list(range(k))
    cm = skm.confusion_matrix(y, yp, labels=classes) if n else np.zeros((k, k), int)
    out = {"rows": n, "confusionMatrix": {"labels": labels, "matrix": cm.tolist()}}
    if n == 0:
        nulls = {"precision": None, "recall": None, "f1": None}
        return {
            **out,
            **{m: None for m in METRIC_KEYS},
            "calibration": None,
            "averages": {"macro": nulls, "micro": nulls, "weighted": nulls},
            "perClass": {l: {**nulls, "specificity": None, "fpr": None, "fnr": None, "support": 0} for l in labels},
        }
    p, r, f, support = skm.precision_recall_fscore_support(y, yp, labels=classes, average=None)
    per_class = {}
    prec, rec, f1 = [], [], []
    spec, fpr, fnr = [], [], []
    mcm = skm.multilabel_confusion_matrix(y, yp, labels=classes)
    for c in classes:
        tp, fp, fn, tn = per_class_counts(y, yp, c)
        assert [[tn, fp], [fn, tp]] == mcm[c].tolist()
        pc = None if tp + fp == 0 else num(p[c])
        rc = None if tp + fn == 0 else num(r[c])
        fc = None if 2 * tp + fp + fn == 0 else num(f[c])
        rr = rates(tp, fp, fn, tn)
        per_class[labels[c]] = {"precision": pc, "recall": rc, "f1": fc, **rr, "support": int(support[c])}
        prec.append(pc)
        rec.append(rc)
        f1.append(fc)
        spec.append(rr["specificity"])
        fpr.append(rr["fpr"])
        fnr.append(rr["fnr"])
    if all(v is not None for v in prec + rec + f1):
        macro = skm.precision_recall_fscore_support(y, yp, labels=classes, average="macro")
        assert np.allclose(macro[:3], [nanmean(prec), nanmean(rec), nanmean(f1)], rtol=1e-14)
    micro = skm.precision_recall_fscore_support(y, yp, labels=classes, average="micro")
    out.update(
        accuracy=num(skm.accuracy_score(y, yp)),
        precision=nanmean(prec),
        recall=nanmean(rec),
        f1=nanmean(f1),
        specificity=nanmean(spec),
        fpr=nanmean(fpr),
        fnr=nanmean(fnr),
    )
    averages = {
        "macro": {"precision": nanmean(prec), "recall": nanmean(rec), "f1": nanmean(f1)},
        "micro": {"precision": num(micro[0]), "recall": num(micro[1]), "f1": num(micro[2])},
        "weighted": {
            "precision": nanaverage(prec, support),
            "recall": nanaverage(rec, support),
            "f1": nanaverage(f1, support),
        },
    }
    if scores is None:
        out.update(rocAuc=None, prAuc=None, logLoss=None, brier=None, ece=None, calibration=None)
    else:
        s = scores.reshape(-1, k)[keep]
        present = [c for c in classes if 0 < np.sum(y == c) < n]
        aucs = [skm.roc_auc_score(y == c, s[:, c]) for c in present]
        if len(present) == k and np.allclose(1, s.sum(axis=1)):
            assert abs(skm.roc_auc_score(y, s, multi_class="ovr", average="macro") - np.mean(aucs)) < 1e-15
        out["rocAuc"] = num(np.mean(aucs)) if aucs else None
        aps = [skm.average_precision_score(y == c, s[:, c]) for c in classes if np.sum(y == c) > 0]
        out["prAuc"] = num(np.mean(aps))
        out["logLoss"] = num(skm.log_loss(y, s, labels=classes)) if k >= 2 else None
        onehot = np.eye(k)[y]
        in_range = s.min() >= 0 and s.max() <= 1
        out["brier"] = num(np.mean(np.sum((s - onehot) ** 2, axis=1))) if in_range else None
        top = np.argmax(s, axis=1)
        out["ece"] = num(ece((top == y).astype(float), s.max(axis=1))) if in_range else None
        out["calibration"] = calibration((top == y).astype(int), s.max(axis=1)) if in_range else None
    out["averages"] = averages
    out["perClass"] = per_class
    return out


METRIC_KEYS = [
    "accuracy", "precision", "recall", "f1", "specificity", "fpr", "fnr",
    "rocAuc", "prAuc", "logLoss", "brier", "ece",
]


def dirichlet_scores(rng, y, k, strength, decimals=None):
    """Class probabilities leaning towards the true class; with `decimals`, exact multiples of 10^-decimals."""
    alpha = np.ones((len(y), k))
    alpha[np.arange(len(y)), y] += strength
    p = np.array([rng.dirichlet(a) for a in alpha])
    if decimals is None:
        return p
    scale = 10**decimals
    counts = np.floor(p * scale).astype(int)
    remainder = p * scale - counts
    short = scale - counts.sum(axis=1)
    order = np.argsort(-remainder, axis=1, kind="stable")
    for i in range(len(y)):
        counts[i, order[i, : short[i]]] += 1
    return counts / scale


def classification_cases():
    rng = np.random.default_rng(20240611)
    cases = []

    def add(name, labels, positive, target, prediction, scores):
        target = np.asarray(target, dtype=np.int64)
        prediction = np.asarray(prediction, dtype=np.int64)
        scores = None if scores is None else np.asarray(scores, dtype=float)
        if positive is not None:
            expected = binary_expected(labels, positive, target, prediction, scores)
        else:
            expected = multiclass_expected(labels, target, prediction, scores)
        cases.append(
            {
                "name": name,
                "labels": labels,
                "positive": positive,
                "target": target.tolist(),
                "prediction": prediction.tolist(),
                "scores": None if scores is None else floats(scores),
                "expected": expected,
            }
        )

    def noisy_binary(n, rate, decimals):
        y = (rng.random(n) < rate).astype(int)
        s = np.clip(0.5 + 0.25 * (2 * y - 1) + rng.normal(0, 0.22, n), 0, 1)
        return y, np.round(s, decimals)

    y, s = noisy_binary(200, 0.5, 2)
    add("binary balanced, two-decimal scores (ties)", ["no", "yes"], 1, y, (s >= 0.5).astype(int), s)
    y, s = noisy_binary(500, 0.1, 1)
    add("binary imbalanced, one-decimal scores, threshold 0.3", ["no", "yes"], 1, y, (s >= 0.3).astype(int), s)
    y, s = noisy_binary(300, 0.3, 2)
    add("binary, positive is the first label", ["bad", "good"], 0, 1 - y, 1 - (s >= 0.5).astype(int), s)
    y = np.array([0, 0, 0, 1, 1, 1, 0, 1])
    add("binary perfect classifier", ["0", "1"], 1, y, y, np.where(y == 1, 0.9, 0.2))
    add("binary perfect with scores 0 and 1", ["0", "1"], 1, y, y, y.astype(float))
    add("binary all wrong with scores 0 and 1", ["0", "1"], 1, y, 1 - y, 1 - y.astype(float))
    y = np.zeros(40, int)
    s = np.round(rng.random(40), 2)
    add("binary, only negatives in target", ["no", "yes"], 1, y, (s >= 0.5).astype(int), s)
    add("binary, only positives in target", ["no", "yes"], 1, 1 - y, (s >= 0.5).astype(int), s)
    y, s = noisy_binary(60, 0.4, 2)
    add("binary, positive never predicted", ["no", "yes"], 1, y, np.zeros(60, int), s)
    add("binary, nothing right or wrong but negatives", ["no", "yes"], 1, np.zeros(20, int), np.zeros(20, int),
        np.full(20, 0.2))
    y, s = noisy_binary(120, 0.5, 2)
    pred = (s >= 0.5).astype(int)
    y[[3, 17, 40]] = -1
    pred[[5, 17, 90]] = -1
    s[[7, 60, 61]] = np.nan
    add("binary with missing target, prediction and NaN scores", ["no", "yes"], 1, y, pred, s)
    # numpy.linspace's edges are i * 0.1: 0.30000000000000004 and 0.6000000000000001 sit on them, 0.3 and 0.6 below.
    edges = np.array([0.0, 0.1, 0.2, 0.30000000000000004, 0.3, 0.35, 0.4, 0.5, 0.6000000000000001, 0.6, 0.65, 0.9, 1.0])
    y = np.array([0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 1, 1])
    add("binary scores on ECE bin edges", ["no", "yes"], 1, y, (edges >= 0.5).astype(int), edges)
    y, s = noisy_binary(50, 0.5, 2)
    add("binary without scores", ["no", "yes"], 1, y, (s >= 0.5).astype(int), None)
    y, s = noisy_binary(50, 0.5, 2)
    add("binary scores outside [0, 1] (decision values)", ["no", "yes"], 1, y, (s >= 0.5).astype(int),
        (s - 0.5) * 6)
    add("binary, no complete rows", ["no", "yes"], 1, [-1, 0, 1], [0, -1, 1], [0.2, 0.7, np.nan])
    y, s = noisy_binary(20_000, 0.35, 3)
    add("binary 20000 rows, three-decimal scores", ["no", "yes"], 1, y, (s >= 0.5).astype(int), s)

    y = rng.integers(0, 3, 300)
    p = dirichlet_scores(rng, y, 3, 1.5)
    add("multiclass 3 classes", ["a", "b", "c"], None, y, np.argmax(p, axis=1), p)
    y = rng.integers(0, 5, 400)
    p = dirichlet_scores(rng, y, 5, 2.0)
    p[:, 3] *= 0.05
    p /= p.sum(axis=1, keepdims=True)
    pred = np.argmax(p, axis=1)
    assert not (pred == 3).any()
    add("multiclass 5 classes, one never predicted", ["v", "w", "x", "y", "z"], None, y, pred, p)
    y = rng.choice([0, 1, 3], 150)
    p = dirichlet_scores(rng, y, 4, 2.0, decimals=2)
    add("multiclass 4 labels, one absent from target", ["1", "2", "3", "4"], None, y, np.argmax(p, axis=1), p)
    y = rng.choice([0, 1, 3], 150)
    pred = rng.choice([0, 1, 3], 150)
    add("multiclass, a label absent everywhere, no scores", ["p", "q", "r", "s"], None, y, pred, None)
    y = rng.integers(0, 3, 200)
    p = dirichlet_scores(rng, y, 3, 1.0)
    pred = np.where(rng.random(200) < 0.7, y, rng.integers(0, 3, 200))
    y[[1, 2]] = -1
    pred[[4]] = -1
    p[10, 1] = np.nan
    add("multiclass with missing rows and a separate prediction", ["a", "b", "c"], None, y, pred, p.ravel())
    y = np.array([0, 1, 2, 0, 1, 2])
    p = np.array([[0.4, 0.4, 0.2], [0.3, 0.3, 0.4], [1 / 3, 1 / 3, 1 / 3], [1, 0, 0], [0, 1, 0], [0, 0.5, 0.5]])
    add("multiclass argmax ties and zero probabilities", ["a", "b", "c"], None, y, np.argmax(p, axis=1), p)
    y = np.zeros(10, int)
    p = dirichlet_scores(rng, y, 3, 3.0, decimals=2)
    add("multiclass, one class only in target", ["a", "b", "c"], None, y, np.argmax(p, axis=1), p)
    p = np.array([[0.2, 0.5, 0.5], [0.1, 0.1, 0.1], [0.7, 0.2, 0.1], [0.5, 0.5, 0.0]])
    add("multiclass rows not summing to one", ["a", "b", "c"], None, [0, 1, 2, 1], np.argmax(p, axis=1), p)
    y = rng.integers(0, 3, 20_000)
    p = dirichlet_scores(rng, y, 3, 1.2, decimals=2)
    add("multiclass 20000 rows, 3 classes", ["neg", "neutral", "pos"], None, y, np.argmax(p, axis=1), p)
    add("multiclass, no rows", ["a", "b"], None, [-1, 0], [1, -1], None)
    return cases


# --- regression ---------------------------------------------------------------------------------------------


QUANTILES = {"p05": 0.05, "p25": 0.25, "p50": 0.5, "p75": 0.75, "p95": 0.95}


def regression_expected(t, p):
    keep = ~np.isnan(t) & ~np.isnan(p)
    t, p = t[keep], p[keep]
    n = len(t)
    if n == 0:
        nulls = {k: None for k in ["mae", "rmse", "mape", "r2", "meanError", "maxError"]}
        return {"rows": 0, **nulls, "errorQuantiles": {k: None for k in QUANTILES}}
    e = p - t
    return {
        "rows": n,
        "mae": num(skm.mean_absolute_error(t, p)),
        "rmse": num(math.sqrt(skm.mean_squared_error(t, p))),
        "mape": num(skm.mean_absolute_percentage_error(t, p)),
        "r2": num(skm.r2_score(t, p)) if n >= 2 else None,
        "meanError": num(np.mean(e)),
        "maxError": num(skm.max_error(t, p)),
        "errorQuantiles": {k: num(np.quantile(e, q)) for k, q in QUANTILES.items()},
    }


def regression_cases():
    rng = np.random.default_rng(20240612)
    cases = []

    def add(name, t, p):
        t = np.asarray(t, dtype=float)
        p = np.asarray(p, dtype=float)
        cases.append({"name": name, "target": floats(t), "prediction": floats(p), "expected": regression_expected(t, p)})

    t = rng.normal(10, 3, 200)
    add("normal 200 rows", t, t + rng.normal(0.3, 1, 200))
    t = rng.integers(0, 4, 100).astype(float)
    add("integer target with zeros (MAPE divides by eps)", t, t + rng.integers(-1, 2, 100))
    t = rng.normal(0, 1, 50)
    add("predictions equal to target", t, t.copy())
    add("constant target, imperfect predictions", np.full(30, 3.0), 3.0 + rng.normal(0, 1, 30))
    add("constant target, perfect predictions", np.full(30, 0.5), np.full(30, 0.5))
    t = rng.normal(5, 2, 80)
    p = t + rng.normal(0, 1, 80)
    t[[2, 9]] = np.nan
    p[[9, 30, 31]] = np.nan
    add("NaN on either side dropped", t, p)
    add("one row", [2.0], [3.5])
    add("no rows", [np.nan, 1.0], [2.0, np.nan])
    t = np.round(rng.lognormal(3, 1, 20_000), 2)
    add("20000 rows, skewed target", t, np.round(t * rng.normal(1, 0.1, 20_000) + rng.normal(0, 2, 20_000), 2))
    return cases


# --- fairness -----------------------------------------------------------------------------------------------


def fairness_expected(attribute, groups, codes, target, prediction, privileged):
    df = pd.DataFrame({"g": codes, "y": target, "p": prediction})
    df = df[(df.g >= 0) & (df.y >= 0) & (df.p >= 0)]
    rows = []
    for code, part in df.groupby("g", sort=True):
        y, p = part.y.to_numpy(), part.p.to_numpy()
        rows.append(
            {
                "group": groups[code],
                "count": len(part),
                "selectionRate": num(p.mean()),
                "tpr": num(p[y == 1].mean()) if (y == 1).any() else None,
                "fpr": num(p[y == 0].mean()) if (y == 0).any() else None,
                "precision": num(y[p == 1].mean()) if (p == 1).any() else None,
                "accuracy": num((y == p).mean()),
            }
        )

    def spread(key):
        vals = [r[key] for r in rows if r[key] is not None]
        return (min(vals), max(vals)) if vals else None

    sel = spread("selectionRate")
    tpr = spread("tpr")
    fpr = spread("fpr")
    dpd = None if sel is None else sel[1] - sel[0]
    dpr = None if sel is None else ratio(sel[0], sel[1])
    eod = None if tpr is None else tpr[1] - tpr[0]
    eqodds = None if tpr is None or fpr is None else max(tpr[1] - tpr[0], fpr[1] - fpr[0])
    out = {"attribute": attribute}
    if privileged is not None:
        out["privileged"] = privileged
        base = next((r["selectionRate"] for r in rows if r["group"] == privileged), None)
        for r in rows:
            r["disparateImpact"] = None if not base or r["selectionRate"] is None else r["selectionRate"] / base
        others = [r["disparateImpact"] for r in rows if r["group"] != privileged and r["disparateImpact"] is not None]
        dir_ = min(others) if others else None
    else:
        dir_ = dpr
    out.update(
        groups=rows,
        demographicParityDifference=dpd,
        demographicParityRatio=dpr,
        equalOpportunityDifference=eod,
        equalizedOddsDifference=eqodds,
        disparateImpactRatio=dir_,
        fourFifthsRule=None if dir_ is None else bool(dir_ >= 0.8),
    )
    return out


def fairness_cases():
    rng = np.random.default_rng(20240613)
    cases = []

    def add(name, attribute, groups, codes, target, prediction, privileged=None):
        codes, target, prediction = (np.asarray(a, dtype=np.int64) for a in (codes, target, prediction))
        cases.append(
            {
                "name": name,
                "attribute": attribute,
                "groups": groups,
                "groupCodes": codes.tolist(),
                "target": target.tolist(),
                "prediction": prediction.tolist(),
                "privileged": privileged,
                "expected": fairness_expected(attribute, groups, codes, target, prediction, privileged),
            }
        )

    g = rng.integers(0, 2, 300)
    y = (rng.random(300) < 0.3 + 0.2 * g).astype(int)
    p = np.where(rng.random(300) < 0.8, y, 1 - y)
    add("two groups with a privileged group", "sex", ["Female", "Male"], g, y, p, "Male")
    add("two groups, no privileged group", "sex", ["Female", "Male"], g, y, p)
    g = rng.integers(0, 4, 400)
    y = (rng.random(400) < 0.4).astype(int)
    y[g == 2] = 0
    p = np.where(rng.random(400) < 0.75, y, 1 - y)
    add("four groups, one without positives", "race", ["A", "B", "C", "D"], g, y, p)
    add("four groups, privileged C", "race", ["A", "B", "C", "D"], g, y, p, "C")
    g2 = g.copy()
    g2[[0, 5, 9]] = -1
    y2 = y.copy()
    y2[[11]] = -1
    p2 = p.copy()
    p2[[12, 13]] = -1
    add("missing codes dropped", "race", ["A", "B", "C", "D"], g2, y2, p2, "A")
    g = rng.integers(0, 3, 90)
    y = rng.integers(0, 2, 90)
    p = np.where(g == 0, 0, rng.integers(0, 2, 90))
    add("privileged group never selected", "age band", ["old", "young", "mid"], g, y, p, "old")
    add("a group with no rows is left out", "region", ["east", "north", "west"], np.where(g == 1, 2, g), y, p)
    add("all predictions negative", "region", ["east", "west"], rng.integers(0, 2, 40), rng.integers(0, 2, 40),
        np.zeros(40, int))
    return cases


# --- Adult --------------------------------------------------------------------------------------------------


ADULT_COEF = {"intercept": -6.2, "age": 0.035, "educationNum": 0.32, "hoursPerWeek": 0.03}


def adult_case():
    """A fixed pseudo-score on Adult: a softsign of a linear score (only + - * / and abs, so it is bit-exact)."""
    df = pd.read_csv(ADULT, skipinitialspace=True)
    for c in ["sex", "race", "income-per-year"]:
        df[c] = df[c].str.strip()
    age = df["age"].to_numpy(np.int64)
    edu = df["education-num"].to_numpy(np.int64)
    hours = df["hours-per-week"].to_numpy(np.int64)
    c = ADULT_COEF
    z = c["intercept"] + c["age"] * age + c["educationNum"] * edu + c["hoursPerWeek"] * hours
    score = 0.5 + 0.5 * (z / (1 + np.abs(z)))
    labels = sorted(df["income-per-year"].unique().tolist())
    assert labels == ["<=50K", ">50K"]
    target = df["income-per-year"].map({l: i for i, l in enumerate(labels)}).to_numpy(np.int64)
    prediction = (score >= 0.5).astype(np.int64)
    sex = sorted(df["sex"].unique().tolist())
    race = sorted(df["race"].unique().tolist())
    sex_codes = df["sex"].map({g: i for i, g in enumerate(sex)}).to_numpy(np.int64)
    race_codes = df["race"].map({g: i for i, g in enumerate(race)}).to_numpy(np.int64)
    return {
        "coefficients": ADULT_COEF,
        "labels": labels,
        "positive": 1,
        "age": age.tolist(),
        "educationNum": edu.tolist(),
        "hoursPerWeek": hours.tolist(),
        "target": target.tolist(),
        "sexGroups": sex,
        "sex": sex_codes.tolist(),
        "raceGroups": race,
        "race": race_codes.tolist(),
        "expected": {
            "classification": binary_expected(labels, 1, target, prediction, score),
            "sex": fairness_expected("sex", sex, sex_codes, target, prediction, "Male"),
            "race": fairness_expected("race", race, race_codes, target, prediction, "White"),
            "raceNoPrivileged": fairness_expected("race", race, race_codes, target, prediction, None),
        },
    }


def main():
    golden = {
        "classification": classification_cases(),
        "regression": regression_cases(),
        "fairness": fairness_cases(),
        "adult": adult_case(),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(golden, allow_nan=False, separators=(",", ":")) + "\n")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
