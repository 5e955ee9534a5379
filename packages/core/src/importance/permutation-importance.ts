import { InputError } from "../errors.js";
import { randomPermutation, seededRandom } from "../stats/seeded-random.js";
import { checkCount, checkRows, predictChecked } from "./check-rows.js";
import { meanStd } from "./mean-std.js";
import type { FeatureRow, PredictRows } from "./predict-rows.js";

export interface PermutationImportanceInput {
  readonly rows: readonly FeatureRow[];
  readonly features: readonly string[];
  readonly predict: PredictRows;
  /** Higher is better (accuracy, AUC, −MSE…) of the model's outputs for `rows`, in row order. */
  readonly score: (outputs: Float64Array) => number;
  /** Shuffles per feature; 5 as sklearn's `n_repeats`. */
  readonly repeats?: number;
  readonly seed?: number;
}

export interface PermutationImportanceFeature {
  readonly feature: string;
  /** Mean over repeats of baseline − permuted score; ≈ 0 (or below) for a feature the model does not use. */
  readonly importance: number;
  /** Population standard deviation over repeats (ddof = 0), as sklearn's `importances_std`. */
  readonly std: number;
  /** The permuted scores, one per repeat. */
  readonly scores: number[];
}

export interface PermutationImportance {
  readonly baseline: number;
  readonly features: PermutationImportanceFeature[];
  /** Rows sent to `predict`: n · (1 + features · repeats). */
  readonly evaluations: number;
}

/**
 * Permutation importance (Breiman 2001; sklearn.inspection.permutation_importance): the drop in score when one
 * feature's column is shuffled among the rows, which breaks its link to the target but keeps its distribution.
 * Each feature costs one `predict` call over all its repeats' shuffled copies (n · repeats rows).
 */
export async function permutationImportance(
  input: PermutationImportanceInput,
): Promise<PermutationImportance> {
  const { rows, features, predict, score } = input;
  const repeats = input.repeats ?? 5;
  checkCount(repeats, "repeats");
  checkRows(rows, features, "rows");
  const n = rows.length;
  if (n === 0)
    throw new InputError("TELLTALE_BAD_OPTION", "rows is empty: nothing to permute", { field: "rows" });
  const random = seededRandom(input.seed ?? 0);
  const baseline = score(await predictChecked(predict, rows));
  let evaluations = n;
  const results: PermutationImportanceFeature[] = [];
  for (let j = 0; j < features.length; j++) {
    const permuted: FeatureRow[] = new Array(n * repeats);
    for (let r = 0; r < repeats; r++) {
      const order = randomPermutation(n, random);
      for (let i = 0; i < n; i++) {
        const row = rows[i]!.slice();
        row[j] = rows[order[i]!]![j]!;
        permuted[r * n + i] = row;
      }
    }
    const outputs = await predictChecked(predict, permuted);
    evaluations += permuted.length;
    const scores: number[] = [];
    const drops = new Float64Array(repeats);
    for (let r = 0; r < repeats; r++) {
      const s = score(outputs.subarray(r * n, (r + 1) * n));
      scores.push(s);
      drops[r] = baseline - s;
    }
    const { mean, std } = meanStd(drops);
    results.push({ feature: features[j]!, importance: mean, std, scores });
  }
  return { baseline, features: results, evaluations };
}
