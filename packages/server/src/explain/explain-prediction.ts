import { type Background, kernelShap, summariseBackground } from "@telltale/core";
import { modelSpec } from "../analysis/model-spec.js";
import type { ReferenceCache } from "../analysis/reference-cache.js";
import { referenceVersion } from "../analysis/window-params.js";
import { AppError } from "../errors/app-error.js";
import type { Services } from "../server/services.js";
import { probabilityPredict } from "./endpoint-predict.js";
import { featureRows } from "./feature-rows.js";
import { seededSample } from "./seeded-sample.js";
import { versionEndpoint } from "./version-endpoint.js";

/** Reference rows k-means reads at most: summarising more costs time and moves the centres little. */
const BACKGROUND_SOURCE_ROWS = 5000;

const backgrounds = new Map<string, Background>();

export interface ExplainPredictionOptions {
  readonly background: number;
  readonly seed: number;
  readonly samples?: number;
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
}

/** Kernel SHAP of one stored prediction through its version's endpoint, against a summary of the reference. */
export async function explainPrediction(
  services: Services,
  references: ReferenceCache,
  modelName: string,
  id: string,
  options: ExplainPredictionOptions,
) {
  const { store } = services;
  const model = store.model(modelName);
  const stored = await store.prediction(modelName, id);
  if (!stored) {
    throw new AppError("TELLTALE_NOT_FOUND", `model '${modelName}' has no prediction '${id}'`, {
      model: modelName,
      id,
    });
  }
  const url = versionEndpoint(store, model, stored.version);
  const referenceOf = store.version(modelName, stored.version).reference
    ? stored.version
    : await referenceVersion(store, modelName, undefined);
  const identity = `${references.identity(modelName, referenceOf)}:${options.background}:${options.seed}`;
  let background = backgrounds.get(identity);
  if (!background) {
    const reference = await references.get(modelName, referenceOf);
    const names = model.features.map((f) => f.name);
    const rows = featureRows(
      reference.features,
      names,
      seededSample(reference.rows, BACKGROUND_SOURCE_ROWS, options.seed),
    );
    if (rows.length === 0) {
      throw new AppError("TELLTALE_UNPROCESSABLE", `the reference of '${referenceOf}' holds no rows`);
    }
    background = summariseBackground(
      rows,
      model.features.map((f) => f.kind),
      options.background,
      options.seed,
    );
    backgrounds.set(identity, background);
    while (backgrounds.size > 16) backgrounds.delete(backgrounds.keys().next().value!);
  }
  const spec = modelSpec(model);
  const target = model.task === "multiclass" ? String(stored.prediction) : undefined;
  const predict = probabilityPredict(url, model, {
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(spec.positiveLabel !== undefined ? { positive: spec.positiveLabel } : {}),
    ...(target !== undefined ? { target } : {}),
  });
  const instance = model.features.map((f) => stored.features[f.name] ?? null);
  const result = await kernelShap({
    instance,
    background,
    predict,
    seed: options.seed,
    ...(options.samples !== undefined ? { samples: options.samples } : {}),
  });
  const attributions = model.features
    .map((f, j) => ({ feature: f.name, value: instance[j] ?? null, attribution: result.values[j]! }))
    .sort((a, b) => Math.abs(b.attribution) - Math.abs(a.attribution));
  return {
    id,
    version: stored.version,
    referenceVersion: referenceOf,
    method: "kernel-shap",
    ...(target !== undefined ? { explainedClass: target } : {}),
    output: result.output,
    expectedValue: result.expectedValue,
    exact: result.exact,
    evaluations: result.evaluations,
    background: background.rows.length,
    attributions,
    sum: attributions.reduce((s, a) => s + a.attribution, 0),
  };
}
