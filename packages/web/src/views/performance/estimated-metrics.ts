import type { ESTIMATED_METRICS as CORE_ESTIMATED_METRICS } from "@telltale/core";

export type EstimatedMetric = (typeof CORE_ESTIMATED_METRICS)[number];

/**
 * Core's CBPE metrics, without bundling core's code: as a record of every name, this fails to compile when core
 * adds or drops one.
 */
const ESTIMATED: Readonly<Record<EstimatedMetric, true>> = {
  accuracy: true,
  precision: true,
  recall: true,
  f1: true,
  specificity: true,
  rocAuc: true,
};

export const ESTIMATED_METRICS = Object.keys(ESTIMATED) as readonly EstimatedMetric[];

/** The performance view's URL key for the estimated metric shown. */
export const ESTIMATED_PARAM = "estimated";

/** `estimated=`: one of CBPE's six metrics, accuracy when absent or unknown. */
export function readEstimatedMetric(param: string | undefined): EstimatedMetric {
  return param !== undefined && Object.hasOwn(ESTIMATED, param) ? (param as EstimatedMetric) : "accuracy";
}

/** The series one chart needs: CBPE's estimate, its ±3 SE band, and the metric realized on labelled rows. */
export function estimatedSeries(metric: EstimatedMetric) {
  return {
    estimate: `estimated.${metric}`,
    lower: `estimated.${metric}.lower`,
    upper: `estimated.${metric}.upper`,
    realized: metric,
  } as const;
}
