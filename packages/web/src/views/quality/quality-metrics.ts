import { ApiError } from "../../api/api-error";
import type { FeatureInfo } from "../../api/types";

export const missingShareMetric = (feature: string) => `feature.${feature}.missingShare`;

/**
 * The second share a feature is tracked by over time: values outside the reference range for numerical features,
 * values of categories the reference lacks for categorical ones.
 */
export function problemShareMetric(feature: FeatureInfo): string {
  return feature.kind === "numerical"
    ? `feature.${feature.name}.outOfRangeShare`
    : `feature.${feature.name}.newCategoryShare`;
}

export function problemShareLabel(feature: Pick<FeatureInfo, "kind">): string {
  return feature.kind === "numerical" ? "Out-of-range share" : "New-category share";
}

/** True when the server rejected the metric names themselves: one that predates out-of-range and new-category shares. */
export function isUnknownMetricError(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.status === 400 || error.status === 422) &&
    (error.code === "TELLTALE_BAD_OPTION" || error.code === "TELLTALE_VALIDATION")
  );
}
