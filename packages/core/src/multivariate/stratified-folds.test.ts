import { describe, expect, it } from "vitest";
import { seededRandom } from "../stats/seeded-random.js";
import { stratifiedFolds } from "./stratified-folds.js";

describe("stratifiedFolds", () => {
  it.each([
    [10, 7, 3],
    [103, 41, 5],
    [6, 6, 2],
  ])(
    "splits %i negatives and %i positives into %i folds with balanced labels",
    (negatives, positives, folds) => {
      const labels = Uint8Array.from({ length: negatives + positives }, (_, i) =>
        i % 2 === 0 && i / 2 < positives ? 1 : 0,
      );
      const fold = stratifiedFolds(labels, folds, seededRandom(4));
      for (const label of [0, 1]) {
        const total = label ? positives : negatives;
        for (let f = 0; f < folds; f++) {
          const count = labels.filter((y, i) => y === label && fold[i] === f).length;
          expect(count).toBeGreaterThanOrEqual(Math.floor(total / folds));
          expect(count).toBeLessThanOrEqual(Math.ceil(total / folds));
        }
      }
    },
  );

  it("is fixed by the seed", () => {
    const labels = Uint8Array.from({ length: 50 }, (_, i) => (i % 3 === 0 ? 1 : 0));
    expect(stratifiedFolds(labels, 5, seededRandom(9))).toEqual(stratifiedFolds(labels, 5, seededRandom(9)));
    expect(stratifiedFolds(labels, 5, seededRandom(9))).not.toEqual(
      stratifiedFolds(labels, 5, seededRandom(10)),
    );
  });

  it("rejects fewer than two folds", () => {
    expect(() => stratifiedFolds(new Uint8Array(4), 1, seededRandom(1))).toThrow(RangeError);
  });
});
