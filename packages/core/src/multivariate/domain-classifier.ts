import { rocAuc } from "../metrics/roc-auc.js";
import { thresholdCurve } from "../metrics/threshold-curve.js";
import { randomPermutation, seededRandom } from "../stats/seeded-random.js";
import type { SourceColumn } from "../table.js";
import { fitLogisticRegression } from "../train/logistic-regression.js";
import { domainDesign } from "./domain-design.js";
import { screenInteractions } from "./interaction-screen.js";
import { sourceRows } from "./source-rows.js";
import { stratifiedFolds } from "./stratified-folds.js";

/** NannyML's default upper threshold: a cross-validated AUC above it means the window is told apart. */
export const DOMAIN_CLASSIFIER_THRESHOLD = 0.65;

/** Newton iterations per fold: the AUC needs a ranking, not an optimum to 1e-10. */
const ITERATIONS = 6;

export interface DomainClassifierOptions {
  /** The window's rows (indices into `current`); all when absent. */
  readonly rows?: Int32Array;
  /** Stratified folds; default 5, NannyML's. */
  readonly folds?: number;
  /** Seeds the subsampling and the folds; default 1. */
  readonly seed?: number;
  /** Rows drawn from each side at most; default 5000. */
  readonly maxRows?: number;
  /** Interaction products chosen per fold; default 10. */
  readonly interactions?: number;
}

export interface DomainClassifierResult {
  /** Pooled out-of-fold ROC AUC: 0.5 cannot tell the sides apart; null when a side has fewer rows than folds. */
  readonly auc: number | null;
  /** Rows used from each side after subsampling. */
  readonly rows: { readonly reference: number; readonly current: number };
}

/** `size` of the `indices` drawn without replacement, in ascending order (all of them when there are few). */
function sample(indices: Int32Array, size: number, random: () => number): Int32Array {
  if (indices.length <= size) return indices;
  const picked = randomPermutation(indices.length, random).subarray(0, size).sort();
  return picked.map((k) => indices[k]!);
}

function gather(x: Float64Array, width: number, rows: Int32Array, pairs: Int32Array): Float64Array {
  const extra = pairs.length / 2;
  const out = new Float64Array(rows.length * (width + extra));
  for (let r = 0; r < rows.length; r++) {
    const from = rows[r]! * width;
    const to = r * (width + extra);
    out.set(x.subarray(from, from + width), to);
    for (let q = 0; q < extra; q++)
      out[to + width + q] = x[from + pairs[2 * q]!]! * x[from + pairs[2 * q + 1]!]!;
  }
  return out;
}

/**
 * NannyML's DomainClassifierCalculator with an L2 logistic regression in place of LightGBM: reference rows are
 * labelled 0 and the window's 1, and the pooled out-of-fold probabilities of a stratified k-fold cross-validation
 * give one ROC AUC (as NannyML pools its folds). A linear model sees a changed correlation only through a product of
 * two features, so each fold adds the products its training rows screen as most different between the sides
 * (`screenInteractions`): that keeps the Newton system small and the held-out fold unseen by the choice.
 */
export function domainClassifierAuc(
  reference: readonly SourceColumn[],
  current: readonly SourceColumn[],
  options: DomainClassifierOptions = {},
): DomainClassifierResult {
  const random = seededRandom(options.seed ?? 1);
  const maxRows = options.maxRows ?? 5000;
  const all = (n: number) => Int32Array.from({ length: n }, (_, i) => i);
  const referenceRows = sample(all(sourceRows(reference)), maxRows, random);
  const currentRows = sample(options.rows ?? all(sourceRows(current)), maxRows, random);
  const rows = { reference: referenceRows.length, current: currentRows.length };
  const folds = options.folds ?? 5;
  if (rows.reference < folds || rows.current < folds || reference.length === 0) return { auc: null, rows };

  const { x, rows: n, width, numerical } = domainDesign(reference, referenceRows, current, currentRows);
  const y = Uint8Array.from({ length: n }, (_, i) => (i < rows.reference ? 0 : 1));
  const fold = stratifiedFolds(y, folds, random);
  const scores = new Float64Array(n);
  for (let f = 0; f < folds; f++) {
    const train = all(n).filter((i) => fold[i] !== f);
    const test = all(n).filter((i) => fold[i] === f);
    const pairs = screenInteractions(x, width, numerical, y, train, options.interactions ?? 10);
    const model = fitLogisticRegression({
      x: gather(x, width, train, pairs),
      rows: train.length,
      columns: width + pairs.length / 2,
      y: y.filter((_, i) => fold[i] !== f),
      maxIterations: ITERATIONS,
      tolerance: 1e-6,
    });
    const p = model.predictProba(gather(x, width, test, pairs));
    for (let r = 0; r < test.length; r++) scores[test[r]!] = p[r]!;
  }
  return { auc: rocAuc(thresholdCurve(scores, y)), rows };
}
