import type { FeatureRow } from "../importance/predict-rows.js";
import { type Background, normalisedWeights } from "./background.js";
import { checkedPredict, type RowsModel } from "./checked-predict.js";
import { coalitionValues } from "./coalition-rows.js";
import type { ShapExplanation } from "./shap-explanation.js";

/** Above this many features the 2^M coalitions are refused: the brute force is for tests and tiny M. */
const MAX_FEATURES = 16;

/**
 * Shapley values by their definition, φ_j = Σ_{S ⊆ N∖{j}} |S|!(M−|S|−1)!/M! · (v(S ∪ {j}) − v(S)), of the
 * interventional value v(S) = Σ_b w_b f(x_S, background_b,¬S), over all 2^M coalitions (M ≤ 16); the model may be
 * a synchronous function of rows or an async `predict`.
 */
export async function exactShapley(input: {
  readonly instance: FeatureRow;
  readonly background: Background;
  readonly predict: RowsModel;
}): Promise<ShapExplanation> {
  const { instance, background, predict } = input;
  const m = instance.length;
  if (m > MAX_FEATURES) throw new RangeError(`exact Shapley values of ${m} features need 2^${m} coalitions`);
  const weights = normalisedWeights(background, m);
  const coalitions = 2 ** m;
  const rows: FeatureRow[] = [];
  for (let s = 0; s < coalitions; s++) {
    for (const b of background.rows) rows.push(b.map((value, j) => ((s >> j) & 1 ? instance[j]! : value)));
  }
  const value = coalitionValues(await checkedPredict(predict, rows), 0, coalitions, weights);
  const factorial = [1];
  for (let i = 1; i <= m; i++) factorial.push(factorial[i - 1]! * i);
  const values = new Float64Array(m);
  for (let s = 0; s < coalitions; s++) {
    let size = 0;
    for (let j = 0; j < m; j++) size += (s >> j) & 1;
    if (size === m) continue;
    const weight = (factorial[size]! * factorial[m - size - 1]!) / factorial[m]!;
    for (let j = 0; j < m; j++)
      if (!((s >> j) & 1)) values[j]! += weight * (value[s | (1 << j)]! - value[s]!);
  }
  return {
    values,
    expectedValue: value[0]!,
    output: value[coalitions - 1]!,
    exact: true,
    evaluations: rows.length,
  };
}
