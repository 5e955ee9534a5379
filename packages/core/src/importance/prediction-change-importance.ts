import { InputError } from "../errors.js";
import { seededRandom } from "../stats/seeded-random.js";
import { checkCount, checkRows, predictChecked } from "./check-rows.js";
import { meanStd } from "./mean-std.js";
import type { FeatureRow, PredictRows } from "./predict-rows.js";

export interface PredictionChangeImportanceInput {
  /** The rows to explain (e.g. the current window). */
  readonly rows: readonly FeatureRow[];
  /** Where replacement values come from (e.g. the version's reference set). */
  readonly reference: readonly FeatureRow[];
  readonly features: readonly string[];
  readonly predict: PredictRows;
  readonly seed?: number;
  /** Reference rows drawn per row and feature; 1 by default. */
  readonly draws?: number;
}

export interface PredictionChangeImportanceFeature {
  readonly feature: string;
  /** Mean |f(x) − f(x with this feature taken from a random reference row)|, in the model's output unit. */
  readonly importance: number;
  /** Population standard deviation of those absolute changes over all rows and draws. */
  readonly std: number;
}

export interface PredictionChangeImportance {
  readonly features: PredictionChangeImportanceFeature[];
  /** Rows sent to `predict`: n · (1 + features · draws). */
  readonly evaluations: number;
}

/**
 * Label-free importance: how far the output moves when one feature is replaced by a value drawn (uniformly, with
 * replacement, seeded) from the reference — for a linear model w·x it is |w_j| · E|x_j − x'_j|, and 0 for a
 * feature that is constant across rows and reference. One `predict` call per feature (n · draws rows).
 */
export async function predictionChangeImportance(
  input: PredictionChangeImportanceInput,
): Promise<PredictionChangeImportance> {
  const { rows, reference, features, predict } = input;
  const draws = input.draws ?? 1;
  checkCount(draws, "draws");
  checkRows(rows, features, "rows");
  checkRows(reference, features, "reference");
  const n = rows.length;
  if (n === 0)
    throw new InputError("TELLTALE_BAD_OPTION", "rows is empty: nothing to explain", { field: "rows" });
  if (reference.length === 0) {
    throw new InputError("TELLTALE_BAD_OPTION", "reference is empty: no values to substitute", {
      field: "reference",
    });
  }
  const random = seededRandom(input.seed ?? 0);
  const base = await predictChecked(predict, rows);
  let evaluations = n;
  const results: PredictionChangeImportanceFeature[] = [];
  for (let j = 0; j < features.length; j++) {
    const changed: FeatureRow[] = new Array(n * draws);
    for (let i = 0; i < n; i++) {
      for (let d = 0; d < draws; d++) {
        const donor = reference[Math.floor(random() * reference.length)]!;
        const row = rows[i]!.slice();
        row[j] = donor[j]!;
        changed[i * draws + d] = row;
      }
    }
    const outputs = await predictChecked(predict, changed);
    evaluations += changed.length;
    const changes = new Float64Array(changed.length);
    for (let k = 0; k < changed.length; k++) {
      changes[k] = Math.abs(outputs[k]! - base[Math.floor(k / draws)]!);
    }
    const { mean, std } = meanStd(changes);
    results.push({ feature: features[j]!, importance: mean, std });
  }
  return { features: results, evaluations };
}
