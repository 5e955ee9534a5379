import { CLASSIFICATION_METRICS, REGRESSION_METRICS } from "@telltale/core";
import type { Task } from "../../api/types";

/** Core's time-series metrics of each task; specificity is left out, as 1 − FPR it adds no chart of its own. */
export const CLASSIFICATION: readonly string[] = CLASSIFICATION_METRICS.filter((m) => m !== "specificity");
export const REGRESSION: readonly string[] = REGRESSION_METRICS;

/** The time-series metrics of a task, in the report's order. */
export function metricsForTask(task: Task): readonly string[] {
  return task === "regression" ? REGRESSION : CLASSIFICATION;
}

export function defaultMetrics(task: Task): string[] {
  return task === "regression" ? ["rmse", "mae", "r2", "meanError"] : ["accuracy", "f1", "rocAuc", "ece"];
}

/** The `metrics=` URL parameter read against the task: unknown names are dropped, an empty list means the defaults. */
export function chosenMetrics(param: string | undefined, task: Task): string[] {
  const known = metricsForTask(task);
  const picked = (param ?? "")
    .split(",")
    .map((m) => m.trim())
    .filter((m) => known.includes(m));
  return picked.length === 0 ? defaultMetrics(task) : [...new Set(picked)];
}

/** Toggles one metric in the list, keeping the task's order. */
export function toggleMetric(chosen: readonly string[], metric: string, task: Task): string[] {
  const next = chosen.includes(metric) ? chosen.filter((m) => m !== metric) : [...chosen, metric];
  return metricsForTask(task).filter((m) => next.includes(m));
}

/** The report's calibration figures, compared reference vs current (lower is better for each). */
export const CALIBRATION_METRICS = ["ece", "brier", "logLoss"] as const;

/** Calibration drawn over time in its own panel, whatever metrics the user picked. */
export const CALIBRATION_SERIES = ["ece", "brier"] as const;

/** Every time-series metric the view asks for at once: volume, labels, the picked metrics and calibration. */
export function seriesToFetch(chosen: readonly string[], task: Task): string[] {
  const calibration = task === "regression" ? [] : CALIBRATION_SERIES;
  return [...new Set(["count", "labelCoverage", ...chosen, ...calibration])];
}
