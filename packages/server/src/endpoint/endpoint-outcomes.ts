import type { Model } from "../store/types.js";
import type { EndpointOutput } from "./endpoint-output.js";

/** What an endpoint predicted per row, as stored predictions are: a label (or value) and, binary, P(positive). */
export interface EndpointOutcomes {
  readonly predictions: readonly (string | number | null)[];
  /** Binary: P(positive), NaN where the endpoint gave none. */
  readonly scores: Float64Array | null;
}

/**
 * Reads outputs as the model's outcomes: the endpoint's own label when it gives one; else, binary, P(positive) ≥
 * `threshold` names `positive` and below it `negative`, and multiclass the likeliest class.
 */
export function endpointOutcomes(
  outputs: readonly EndpointOutput[],
  model: Model,
  classes: { readonly positive: string | null; readonly negative: string | null },
  threshold = 0.5,
): EndpointOutcomes {
  const scores = model.task === "binary" ? new Float64Array(outputs.length).fill(Number.NaN) : null;
  const predictions = outputs.map((o, i) => {
    if (model.task === "regression") {
      if (typeof o.prediction === "number") return o.prediction;
      return typeof o.score === "number" ? o.score : null;
    }
    let p: number | null = null;
    if (typeof o.score === "number") p = o.score;
    else if (o.score !== null && classes.positive !== null) p = o.score[classes.positive] ?? null;
    if (scores && p !== null) scores[i] = p;
    if (o.prediction !== null) return String(o.prediction);
    if (o.score === null) return null;
    if (typeof o.score !== "number" && model.task === "multiclass") {
      return Object.entries(o.score).reduce((best, e) => (e[1] > best[1] ? e : best))[0];
    }
    if (p === null) return null;
    return p >= threshold ? classes.positive : classes.negative;
  });
  return { predictions, scores };
}
