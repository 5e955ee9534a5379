/** One split's row indices. */
export interface TrainTestSplit {
  readonly train: Int32Array;
  readonly test: Int32Array;
}

/** Shuffles `values` in place (Fisher–Yates) from `random`. */
function shuffle(values: number[], random: () => number): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = values[i]!;
    values[i] = values[j]!;
    values[j] = t;
  }
}

/**
 * Like scikit-learn's StratifiedShuffleSplit(test_size): each split draws ⌈share·n⌉ test rows keeping the two
 * classes' proportions (largest remainder, at least one row of each class on each side) and trains on the rest.
 * Seeded mulberry32 instead of numpy's generator, so the rows differ from scikit-learn's. Empty when a class has
 * fewer than 2 rows.
 */
export function stratifiedShuffleSplits(
  labels: Uint8Array,
  splits: number,
  testShare: number,
  random: () => number,
): TrainTestSplit[] {
  const byClass: number[][] = [[], []];
  for (let i = 0; i < labels.length; i++) byClass[labels[i] === 1 ? 1 : 0]!.push(i);
  if (byClass.some((rows) => rows.length < 2)) return [];
  const n = labels.length;
  const nTest = Math.ceil(testShare * n);
  const exact = byClass.map((rows) => (rows.length * nTest) / n);
  const quota = exact.map(Math.floor);
  if (quota[0]! + quota[1]! < nTest) quota[exact[0]! - quota[0]! >= exact[1]! - quota[1]! ? 0 : 1]! += 1;
  for (let c = 0; c < 2; c++) quota[c] = Math.min(Math.max(quota[c]!, 1), byClass[c]!.length - 1);

  const out: TrainTestSplit[] = [];
  for (let s = 0; s < splits; s++) {
    const train: number[] = [];
    const test: number[] = [];
    byClass.forEach((rows, c) => {
      const order = rows.slice();
      shuffle(order, random);
      test.push(...order.slice(0, quota[c]!));
      train.push(...order.slice(quota[c]!));
    });
    out.push({ train: Int32Array.from(train), test: Int32Array.from(test) });
  }
  return out;
}
