import type { FeatureRow } from "../importance/predict-rows.js";
import type { FeatureValue } from "../records/types.js";
import type { CoalitionPlan } from "./coalition-plan.js";

/** Whether two feature values are the same for Kernel SHAP: equal, both missing, or both NaN. */
export function sameFeatureValue(a: FeatureValue | undefined, b: FeatureValue | undefined): boolean {
  return a === b || (a == null && b == null) || (Number.isNaN(a) && Number.isNaN(b));
}

/** Indices of the features where some background row differs from the instance (the others get φ = 0). */
export function varyingFeatures(instance: FeatureRow, rows: readonly FeatureRow[]): Int32Array {
  const out: number[] = [];
  for (let j = 0; j < instance.length; j++) {
    if (rows.some((row) => !sameFeatureValue(row[j], instance[j]))) out.push(j);
  }
  return Int32Array.from(out);
}

/**
 * Appends, coalition by coalition, each background row with the instance's values on the coalition's features
 * (the rows of the interventional value v(S) = Σ_b w_b f(x_S, background_b,¬S)).
 */
export function appendCoalitionRows(
  out: FeatureRow[],
  instance: FeatureRow,
  background: readonly FeatureRow[],
  varying: Int32Array,
  plan: CoalitionPlan,
): void {
  const v = varying.length;
  for (let c = 0; c < plan.count; c++) {
    for (const bg of background) {
      const row = bg.slice();
      for (let k = 0; k < v; k++) if (plan.masks[c * v + k] === 1) row[varying[k]!] = instance[varying[k]!]!;
      out.push(row);
    }
  }
}

/** v(S) per coalition: the background-weighted mean of the outputs of its `weights.length` rows from `offset`. */
export function coalitionValues(
  outputs: Float64Array,
  offset: number,
  count: number,
  weights: Float64Array,
): Float64Array {
  const b = weights.length;
  const values = new Float64Array(count);
  for (let c = 0; c < count; c++) {
    let s = 0;
    for (let i = 0; i < b; i++) s += weights[i]! * outputs[offset + c * b + i]!;
    values[c] = s;
  }
  return values;
}
