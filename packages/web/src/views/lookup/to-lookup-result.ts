import type { FeatureInfo } from "../../api/types";
import type { FeatureInContext, LookupResult, PredictionContext, StoredPrediction } from "./lookup-types";

/** Flagged features first (in the answer's order), so a reader sees what is wrong before what is fine. */
export function fromContext(context: PredictionContext): LookupResult {
  const flagged = new Set(context.flags.map((f) => f.feature));
  const features = [...context.features]
    .map((feature, index) => ({ feature, index }))
    .sort(
      (x, y) =>
        Number(flagged.has(y.feature.name)) - Number(flagged.has(x.feature.name)) || x.index - y.index,
    )
    .map(({ feature }) => feature);
  return {
    prediction: context.prediction,
    referenceVersion: context.referenceVersion,
    flags: context.flags,
    features,
    source: "context",
  };
}

/**
 * The bare prediction without reference positions or flags: features in the model's order, then any others the
 * record carries (their kind guessed from the value).
 */
export function fromPrediction(prediction: StoredPrediction, schema: readonly FeatureInfo[]): LookupResult {
  const known = new Set(schema.map((f) => f.name));
  const features: FeatureInContext[] = [
    ...schema.map((f) => ({
      name: f.name,
      kind: f.kind,
      value: prediction.features[f.name] ?? null,
      reference: null,
    })),
    ...Object.entries(prediction.features)
      .filter(([name]) => !known.has(name))
      .map(([name, value]) => ({
        name,
        kind: typeof value === "number" ? ("numerical" as const) : ("categorical" as const),
        value,
        reference: null,
      })),
  ];
  return { prediction, referenceVersion: null, flags: null, features, source: "prediction" };
}
