import { randomPermutation } from "../stats/seeded-random.js";

/**
 * The fold (0..folds−1) of each row for stratified k-fold cross-validation: each label's rows are shuffled and
 * dealt round-robin, so every fold holds ⌊n_c/k⌋ or ⌈n_c/k⌉ rows of each label c (scikit-learn's
 * StratifiedKFold(shuffle=True) balances the same way, with its own shuffle).
 */
export function stratifiedFolds(labels: Uint8Array, folds: number, random: () => number): Int32Array {
  if (!(Number.isInteger(folds) && folds >= 2))
    throw new RangeError(`folds = ${folds} must be an integer ≥ 2`);
  const fold = new Int32Array(labels.length);
  for (const label of [0, 1]) {
    const members: number[] = [];
    for (let i = 0; i < labels.length; i++) if (labels[i] === label) members.push(i);
    const order = randomPermutation(members.length, random);
    for (let k = 0; k < members.length; k++) fold[members[order[k]!]!] = k % folds;
  }
  return fold;
}
