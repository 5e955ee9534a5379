/** Number and time formatting shared by every view, so a metric reads the same in a table, a chart and a tooltip. */

export const DASH = "—";

/** Metrics that are shares in [0, 1] and read best as percentages. */
const SHARE_METRICS = new Set([
  "accuracy",
  "precision",
  "recall",
  "f1",
  "specificity",
  "fpr",
  "fnr",
  "rocAuc",
  "prAuc",
  "ece",
  "labelCoverage",
  "drift.share",
  "mape",
  "selectionRate",
]);

const COUNT_METRICS = new Set(["count"]);

/** True for a metric (or the last part of a dotted name) that is a share: shown as a percentage. */
export function isShareMetric(metric: string): boolean {
  if (SHARE_METRICS.has(metric)) return true;
  const last = metric.slice(metric.lastIndexOf(".") + 1);
  return (
    SHARE_METRICS.has(last) ||
    /Share$/.test(last) ||
    metric.startsWith("prediction.share.") ||
    metric.includes(".selectionRate.")
  );
}

/** Metrics where lower is better, for colouring a change and for which side a benchmark gap counts. */
export function lowerIsBetter(metric: string): boolean {
  return (
    /^(fpr|fnr|logLoss|brier|ece|mae|rmse|mape|maxError)$/.test(metric) ||
    metric.startsWith("drift.") ||
    // Missing, out-of-range and new-category shares are bad; the share of thumbs up is good.
    (metric.endsWith("Share") && metric !== "feedback.positiveShare") ||
    metric.endsWith("Difference")
  );
}

export function formatNumber(value: number | null | undefined, digits = 3): string {
  if (value === null || value === undefined || Number.isNaN(value)) return DASH;
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "−∞";
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e6 || abs < 10 ** -digits)) return value.toExponential(2).replace("-", "−");
  const text = value.toLocaleString("en-US", {
    maximumFractionDigits: abs >= 100 ? 1 : digits,
    minimumFractionDigits: 0,
  });
  return text.replace("-", "−");
}

export function formatPercent(share: number | null | undefined, digits = 1): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return DASH;
  return `${formatNumber(share * 100, digits)}%`;
}

export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return Math.round(value).toLocaleString("en-US");
}

/** A metric's value with its unit: shares as percentages, counts as integers, the rest with 3 significant places. */
export function formatMetric(metric: string, value: number | null | undefined): string {
  if (COUNT_METRICS.has(metric)) return formatCount(value);
  if (isShareMetric(metric)) return formatPercent(value);
  return formatNumber(value);
}

/** A signed change, `+2.1 pp` for shares and `+0.034` otherwise. */
export function formatDelta(metric: string, delta: number | null | undefined): string {
  if (delta === null || delta === undefined || !Number.isFinite(delta)) return DASH;
  const sign = delta > 0 ? "+" : delta < 0 ? "−" : "±";
  const abs = Math.abs(delta);
  if (!isShareMetric(metric)) return `${sign}${formatNumber(abs)}`;
  // Percentage points read as plain decimals: a tiny change is "+0.05 pp" or "<0.01 pp", never an exponent.
  const points = abs * 100;
  if (points > 0 && points < 0.01) return `${sign}<0.01 pp`;
  return `${sign}${formatNumber(points, points < 0.1 ? 2 : 1)} pp`;
}

/** `2026-11-28 14:05` in the viewer's time zone; the ISO string stays in the title for precision. */
export function formatTime(iso: string | number | null | undefined): string {
  if (iso === null || iso === undefined) return DASH;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return DASH;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** `3 min ago`, `in 2 h`, relative to `now`. */
export function formatRelative(iso: string | number, now: number): string {
  const ms = now - new Date(iso).getTime();
  const abs = Math.abs(ms);
  const units: [number, string][] = [
    [86_400_000, "d"],
    [3_600_000, "h"],
    [60_000, "min"],
    [1_000, "s"],
  ];
  for (const [size, name] of units) {
    if (abs >= size) {
      const n = Math.floor(abs / size);
      return ms >= 0 ? `${n} ${name} ago` : `in ${n} ${name}`;
    }
  }
  return "just now";
}

/** A duration in ms as `1 h 30 min`, `45 s`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return DASH;
  const parts: string[] = [];
  let rest = Math.round(ms / 1000);
  for (const [size, name] of [
    [86_400, "d"],
    [3_600, "h"],
    [60, "min"],
    [1, "s"],
  ] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)} ${name}`);
      rest %= size;
    }
  }
  return parts.slice(0, 2).join(" ") || "0 s";
}

/** Human names for metric keys in headings and legends. */
const LABELS: Record<string, string> = {
  count: "Predictions",
  "feedback.count": "Feedback records",
  "feedback.positiveShare": "Thumbs-up share",
  "feedback.rating.mean": "Mean rating",
  labelCoverage: "Label coverage",
  accuracy: "Accuracy",
  precision: "Precision",
  recall: "Recall",
  f1: "F1",
  specificity: "Specificity",
  fpr: "False positive rate",
  fnr: "False negative rate",
  rocAuc: "ROC AUC",
  prAuc: "PR AUC",
  logLoss: "Log loss",
  brier: "Brier score",
  ece: "Calibration error (ECE)",
  mae: "MAE",
  rmse: "RMSE",
  mape: "MAPE",
  r2: "R²",
  meanError: "Mean error",
  maxError: "Max error",
  "drift.share": "Drifted features",
  "prediction.mean": "Mean prediction (positive share for binary models)",
  "score.mean": "Mean score",
};

export function metricLabel(metric: string): string {
  return LABELS[metric] ?? metric;
}
