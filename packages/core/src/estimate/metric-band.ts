import type { EstimatedMetric } from "./cbpe-types.js";

/** NannyML's SAMPLING_ERROR_RANGE: the band is the estimate ± 3 standard errors. */
export const SAMPLING_ERROR_RANGE = 3;

/** The estimate with its band, clipped to the metric's range [0, 1]; the band is null without a standard error. */
export function metricBand(value: number | null, standardError: number | null): EstimatedMetric {
  if (value === null) return { value: null, standardError, lower: null, upper: null };
  if (standardError === null) return { value, standardError: null, lower: null, upper: null };
  return {
    value,
    standardError,
    lower: Math.max(0, value - SAMPLING_ERROR_RANGE * standardError),
    upper: Math.min(1, value + SAMPLING_ERROR_RANGE * standardError),
  };
}
