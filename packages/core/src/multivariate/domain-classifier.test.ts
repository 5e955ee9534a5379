import { describe, expect, it } from "vitest";
import { seededRandom } from "../stats/seeded-random.js";
import type { SourceColumn } from "../table.js";
import { DOMAIN_CLASSIFIER_THRESHOLD, domainClassifierAuc } from "./domain-classifier.js";

/** n rows of a normal number (mean `shift`) and a category drawn from `weights` over a, b, c. */
function side(n: number, seed: number, shift: number, weights: [number, number, number]): SourceColumn[] {
  const random = seededRandom(seed);
  const values = new Float64Array(n);
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    values[i] = shift + Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const r = random();
    codes[i] = r < weights[0] ? 0 : r < weights[0] + weights[1] ? 1 : 2;
  }
  return [
    { name: "n", sourceType: "float", column: { kind: "numerical", values } },
    { name: "c", sourceType: "string", column: { kind: "categorical", codes, categories: ["a", "b", "c"] } },
  ];
}

describe("domainClassifierAuc", () => {
  const reference = side(1000, 1, 0, [0.4, 0.4, 0.2]);

  it.each([
    ["a shifted mean", side(600, 2, 0.8, [0.4, 0.4, 0.2]), true],
    // Frequency encoding would map a and b to the same number; one-hot sees the swap.
    ["categories of equal frequency traded for one another", side(600, 3, 0, [0.8, 0, 0.2]), true],
    ["a window drawn like the reference", side(600, 4, 0, [0.4, 0.4, 0.2]), false],
  ])("%s: drifted %s", (_, current, drifted) => {
    const { auc } = domainClassifierAuc(reference, current);
    expect(auc! > DOMAIN_CLASSIFIER_THRESHOLD).toBe(drifted);
  });

  it("subsamples each side to maxRows, fixed by the seed", () => {
    const current = side(600, 2, 0.3, [0.4, 0.4, 0.2]);
    const a = domainClassifierAuc(reference, current, { maxRows: 300, seed: 5 });
    expect(a.rows).toEqual({ reference: 300, current: 300 });
    expect(domainClassifierAuc(reference, current, { maxRows: 300, seed: 5 }).auc).toBe(a.auc);
    expect(domainClassifierAuc(reference, current, { maxRows: 300, seed: 6 }).auc).not.toBe(a.auc);
  });

  it("gives null when a side has fewer rows than folds", () => {
    const current = side(600, 2, 0, [0.4, 0.4, 0.2]);
    expect(domainClassifierAuc(reference, current, { rows: Int32Array.from([0, 1, 2]) })).toEqual({
      auc: null,
      rows: { reference: 1000, current: 3 },
    });
    expect(
      domainClassifierAuc(reference, current, { rows: Int32Array.from([0, 1, 2]), folds: 3 }).auc,
    ).not.toBeNull();
  });
});
