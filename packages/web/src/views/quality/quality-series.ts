import { useMemo } from "react";
import { useTimeseries } from "../../api/queries";
import type { FeatureInfo, Timeseries } from "../../api/types";
import type { ResolvedWindow } from "../../state/view-state";
import { isUnknownMetricError, missingShareMetric, problemShareMetric } from "./quality-metrics";

export interface QualitySeries {
  readonly missing: { readonly data: Timeseries | undefined; readonly error: unknown; refetch(): unknown };
  readonly problems: { readonly data: Timeseries | undefined; readonly error: unknown; refetch(): unknown };
  /** True when the server does not know the out-of-range and new-category share metrics. */
  readonly problemsUnsupported: boolean;
}

/**
 * Every feature's missing share, and its out-of-range or new-category share, per bucket: two calls, so a server
 * that rejects the second kind still answers the first.
 */
export function useQualitySeries(
  model: string,
  window: ResolvedWindow,
  features: readonly FeatureInfo[],
): QualitySeries {
  const missingMetrics = useMemo(() => features.map((f) => missingShareMetric(f.name)), [features]);
  const problemMetrics = useMemo(() => features.map(problemShareMetric), [features]);
  const missing = useTimeseries(model, window, missingMetrics);
  const problems = useTimeseries(model, window, problemMetrics);
  return { missing, problems, problemsUnsupported: isUnknownMetricError(problems.error) };
}
