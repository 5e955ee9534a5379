import type { FeatureValue } from "@telltale/core";
import { ModelEndpoint, scalarOutputs } from "../endpoint/model-endpoint.js";
import { AppError } from "../errors/app-error.js";
import type { Model } from "../store/types.js";
import type { FeatureRow } from "./feature-rows.js";

const endpointOptions = (options: EndpointPredictOptions) => ({
  ...(options.signal ? { signal: options.signal } : {}),
  ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
});

export type PredictRows = (rows: readonly FeatureRow[]) => Promise<Float64Array>;

export interface EndpointPredictOptions {
  readonly signal?: AbortSignal;
  /** Per request; the endpoint client's default when absent. */
  readonly timeoutMs?: number;
  /** Binary: the positive class. */
  readonly positive?: string;
  /** Multiclass: the class whose probability is explained. */
  readonly target?: string;
}

/**
 * The version's endpoint as the scalar function explanations take: binary → P(positive), regression → the value,
 * multiclass → P(target).
 */
export function probabilityPredict(
  url: string,
  model: Model,
  options: EndpointPredictOptions = {},
): PredictRows {
  const endpoint = new ModelEndpoint(
    url,
    model.features.map((f) => f.name),
    endpointOptions(options),
  );
  return async (rows) =>
    scalarOutputs(await endpoint.predict(rows as readonly (readonly FeatureValue[])[]), model.task, {
      ...(options.positive !== undefined ? { positive: options.positive } : {}),
      ...(options.target !== undefined ? { target: options.target } : {}),
    });
}

/**
 * The version's endpoint as a labeller for permutation importance: the index of the predicted class in `classes`
 * (the endpoint's `prediction`, else the largest probability, else binary P(positive) ≥ 0.5), −1 for a class
 * outside them; regression → the value.
 */
export function labelPredict(
  url: string,
  model: Model,
  classes: readonly string[],
  options: EndpointPredictOptions = {},
): PredictRows {
  const endpoint = new ModelEndpoint(
    url,
    model.features.map((f) => f.name),
    endpointOptions(options),
  );
  return async (rows) => {
    const outputs = await endpoint.predict(rows as readonly (readonly FeatureValue[])[]);
    if (model.task === "regression") return scalarOutputs(outputs, "regression", {});
    const out = new Float64Array(outputs.length);
    outputs.forEach((o, i) => {
      let label: string | null = o.prediction === null ? null : String(o.prediction);
      if (label === null && o.score !== null) {
        if (typeof o.score === "number") {
          const [negative] = classes.filter((c) => c !== options.positive);
          label = o.score >= 0.5 ? (options.positive ?? null) : (negative ?? null);
        } else {
          label = Object.entries(o.score).reduce((best, e) => (e[1] > best[1] ? e : best))[0];
        }
      }
      if (label === null) {
        throw new AppError(
          "TELLTALE_ENDPOINT_BAD_RESPONSE",
          `the endpoint's prediction ${i} has neither a prediction nor a score`,
          { index: i },
        );
      }
      out[i] = classes.indexOf(label);
    });
    return out;
  };
}
