import { seriesOf } from "../../api/queries";
import type { Timeseries } from "../../api/types";
import type { ResolvedWindow } from "../../state/view-state";

/** Attribution drift alerts below this NDCG (SageMaker Clarify's default). */
export const NDCG_THRESHOLD = 0.9;
/** A domain classifier telling the window from the reference better than this ROC AUC is multivariate drift. */
export const DOMAIN_AUC_THRESHOLD = 0.65;

export const NDCG_METRIC = "attribution.ndcg";
export const RECONSTRUCTION_METRIC = "multivariate.reconstruction";
export const RECONSTRUCTION_UPPER_METRIC = "multivariate.reconstruction.upper";
export const DOMAIN_AUC_METRIC = "multivariate.auc";
export const MULTIVARIATE_METRICS = [
  RECONSTRUCTION_METRIC,
  RECONSTRUCTION_UPPER_METRIC,
  DOMAIN_AUC_METRIC,
] as const;

/** The time-series name of a feature's mean |attribution|. */
export const importanceMetric = (feature: string) => `importance.${feature}`;

/**
 * The `n` features with the largest mean |attribution| over the window (bucket means weighted by their rows, i.e.
 * the window's mean); features with no logged attribution are left out.
 */
export function topImportanceFeatures(
  data: Timeseries | undefined,
  features: readonly string[],
  n = 5,
): string[] {
  const means: [string, number][] = [];
  for (const feature of features) {
    let sum = 0;
    let rows = 0;
    for (const p of seriesOf(data, importanceMetric(feature))) {
      if (p.value === null || !Number.isFinite(p.value)) continue;
      const weight = p.count > 0 ? p.count : 1;
      sum += p.value * weight;
      rows += weight;
    }
    if (rows > 0) means.push([feature, sum / rows]);
  }
  return means
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([feature]) => feature);
}

/** True when a series has no value anywhere in the window. */
export function isBlank(data: Timeseries | undefined, metric: string): boolean {
  return seriesOf(data, metric).every((p) => p.value === null);
}

const DAY_MS = 86_400_000;

/**
 * The window for multivariate drift: daily buckets once it spans two days or more. Both detectors compare a
 * bucket's rows as a sample, so an hour of a few dozen rows is mostly noise, and each bucket trains a classifier.
 */
export function multivariateWindow(window: ResolvedWindow): ResolvedWindow {
  return window.to - window.from >= 2 * DAY_MS && window.interval !== "1d"
    ? { ...window, interval: "1d" }
    : window;
}
