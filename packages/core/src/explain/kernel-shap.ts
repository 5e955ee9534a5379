import type { FeatureRow, PredictRows } from "../importance/predict-rows.js";
import { seededRandom } from "../stats/seeded-random.js";
import { type Background, normalisedWeights } from "./background.js";
import { checkedPredict } from "./checked-predict.js";
import { maxCoalitions, planCoalitions } from "./coalition-plan.js";
import { appendCoalitionRows, coalitionValues, varyingFeatures } from "./coalition-rows.js";
import { constrainedLeastSquares } from "./constrained-least-squares.js";
import type { ShapExplanation } from "./shap-explanation.js";

export interface KernelShapOptions {
  readonly background: Background;
  readonly predict: PredictRows;
  /** Coalitions to evaluate; default 2·M + 2048 over the M varying features (shap's "auto"), at most 2^M − 2. */
  readonly samples?: number;
  /** Enumerate all 2^M − 2 coalitions when at most this many features vary; default 10. */
  readonly exactUpTo?: number;
  /** Seed of the coalition sampling; default 0. */
  readonly seed?: number;
}

export interface KernelShapInput extends KernelShapOptions {
  readonly instance: FeatureRow;
  /** E_background[f] when the caller already has it: the background rows are then not sent to `predict`. */
  readonly expectedValue?: number;
}

export interface KernelShapManyInput extends KernelShapOptions {
  readonly instances: readonly FeatureRow[];
}

/**
 * Kernel SHAP (Lundberg & Lee 2017, as shap's KernelExplainer) of one instance with one call to `predict`: the
 * value of a coalition S is v(S) = Σ_b w_b f(x_S, background_b,¬S), and φ solves the Shapley-kernel weighted least
 * squares with Σφ = f(x) − E[f] imposed exactly; with every coalition enumerated φ are the exact Shapley values.
 * Features whose value equals every background row's get φ = 0 and stay out of the regression.
 */
export async function kernelShap(input: KernelShapInput): Promise<ShapExplanation> {
  const { instance, background, predict } = input;
  const weights = normalisedWeights(background, instance.length);
  const varying = varyingFeatures(instance, background.rows);
  const v = varying.length;
  const plan = v >= 2 ? planCoalitions(v, budget(v, input), seededRandom(checkedSeed(input.seed))) : null;

  const rows: FeatureRow[] = input.expectedValue === undefined ? [...background.rows] : [];
  const at = rows.length;
  rows.push(instance);
  if (plan) appendCoalitionRows(rows, instance, background.rows, varying, plan);
  const out = await checkedPredict(predict, rows);

  const expectedValue = input.expectedValue ?? coalitionValues(out, 0, 1, weights)[0]!;
  const output = out[at]!;
  const values = new Float64Array(instance.length);
  if (v === 1) values[varying[0]!] = output - expectedValue;
  if (plan) {
    const y = coalitionValues(out, at + 1, plan.count, weights);
    for (let c = 0; c < plan.count; c++) y[c]! -= expectedValue;
    const phi = constrainedLeastSquares(plan.masks, plan.weights, v, y, output - expectedValue);
    for (let k = 0; k < v; k++) values[varying[k]!] = phi[k]!;
  }
  return { values, expectedValue, output, exact: plan?.complete ?? true, evaluations: rows.length };
}

/**
 * Kernel SHAP of several instances, the background evaluated once for all (counted in the first explanation's
 * `evaluations`) and then one `predict` call per instance; each answer equals `kernelShap` with the same seed.
 */
export async function kernelShapMany(input: KernelShapManyInput): Promise<ShapExplanation[]> {
  const { instances, background, predict } = input;
  if (instances.length === 0) return [];
  const weights = normalisedWeights(background, instances[0]!.length);
  const expectedValue = coalitionValues(await checkedPredict(predict, background.rows), 0, 1, weights)[0]!;
  const out: ShapExplanation[] = [];
  for (const instance of instances) {
    const e = await kernelShap({ ...options(input), instance, expectedValue });
    out.push(out.length === 0 ? { ...e, evaluations: e.evaluations + background.rows.length } : e);
  }
  return out;
}

function options(input: KernelShapOptions): KernelShapOptions {
  const { background, predict, samples, exactUpTo, seed } = input;
  return {
    background,
    predict,
    ...(samples === undefined ? {} : { samples }),
    ...(exactUpTo === undefined ? {} : { exactUpTo }),
    ...(seed === undefined ? {} : { seed }),
  };
}

/** Coalitions for v varying features: all of them up to `exactUpTo` features, else `samples` (capped). */
function budget(v: number, input: KernelShapOptions): number {
  const { samples, exactUpTo = 10 } = input;
  if (samples !== undefined && !(Number.isInteger(samples) && samples >= 1)) {
    throw new RangeError(`samples must be a whole number ≥ 1, got ${samples}`);
  }
  if (!(Number.isInteger(exactUpTo) && exactUpTo >= 0)) {
    throw new RangeError(`exactUpTo must be a whole number ≥ 0, got ${exactUpTo}`);
  }
  const all = maxCoalitions(v);
  return v <= exactUpTo ? all : Math.min(samples ?? 2 * v + 2048, all);
}

function checkedSeed(seed = 0): number {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  return seed;
}
