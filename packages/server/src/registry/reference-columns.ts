import { ATTRIBUTION_PREFIX } from "@telltale/core";
import type { FeatureKind, FeatureSpec, Model } from "../store/types.js";

/** Reference columns that hold outcomes or bookkeeping rather than features. */
export const TARGET_COLUMNS = ["label", "target"] as const;
export const PREDICTION_COLUMN = "prediction";
export const SCORE_COLUMN = "score";
/** Multiclass probabilities in a reference: one column per class, `score.<class>`. */
export const CLASS_SCORE_PREFIX = "score.";
/** Logged attributions in a reference (`attribution.<feature>`) are the baseline of attribution drift. */
export { ATTRIBUTION_PREFIX };

const BOOKKEEPING = new Set(["id", "timestamp", "version"]);

export function isOutcomeColumn(name: string): boolean {
  return (
    (TARGET_COLUMNS as readonly string[]).includes(name) ||
    name === PREDICTION_COLUMN ||
    name === SCORE_COLUMN ||
    name.startsWith(CLASS_SCORE_PREFIX) ||
    name.startsWith(ATTRIBUTION_PREFIX) ||
    BOOKKEEPING.has(name)
  );
}

/** Reference columns that are features the model's schema does not list yet, with their kind by stored type. */
export function featuresFromReference(
  model: Model,
  columns: readonly { readonly name: string; readonly numeric: boolean }[],
): FeatureSpec[] {
  const known = new Set(model.features.map((f) => f.name));
  const segments = new Set(model.segments);
  return columns
    .filter((c) => !isOutcomeColumn(c.name) && !known.has(c.name) && !segments.has(c.name))
    .map((c) => ({ name: c.name, kind: (c.numeric ? "numerical" : "categorical") as FeatureKind }));
}
