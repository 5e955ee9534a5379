import { describe, expect, it } from "vitest";
import { importanceNdcg, NDCG_ALERT_THRESHOLD } from "./importance-ndcg.js";

const log2of3 = Math.log2(3);

describe("importanceNdcg", () => {
  it("reproduces SageMaker Clarify's college-admission example (0.69)", () => {
    // a = {SAT 0.70, GPA 0.50, rank 0.05}; live order F′ = [rank, GPA, SAT].
    // DCG = 0.05/1 + 0.50/log2 3 + 0.70/2 = 0.71546; iDCG = 0.70/1 + 0.50/log2 3 + 0.05/2 = 1.04046.
    const value = importanceNdcg({ sat: 0.7, gpa: 0.5, rank: 0.05 }, { sat: 0.1, gpa: 0.2, rank: 0.7 });
    const expected = (0.05 + 0.5 / log2of3 + 0.7 / 2) / (0.7 + 0.5 / log2of3 + 0.05 / 2);
    expect(value).toBeCloseTo(expected, 14);
    expect(value).toBeCloseTo(0.6876, 4);
    expect(value!).toBeLessThan(NDCG_ALERT_THRESHOLD);
  });

  it.each([
    // Same order with other magnitudes: DCG = iDCG.
    ["same ranking", { a: 3, b: 2, c: 1 }, { a: 30, b: 0.2, c: 0.1 }, undefined, 1],
    // F′ = [b, a, c]: DCG = 2 + 3/log2 3 + 1/2; iDCG = 3 + 2/log2 3 + 1/2.
    [
      "top two swapped",
      { a: 3, b: 2, c: 1 },
      { a: 1, b: 2, c: 0 },
      undefined,
      (2 + 3 / log2of3 + 0.5) / (3 + 2 / log2of3 + 0.5),
    ],
    // k = 1: the feature now on top is b, so 2/3.
    ["k = 1", { a: 3, b: 2, c: 1 }, { a: 1, b: 2, c: 0 }, 1, 2 / 3],
    // k beyond the features counts them all.
    ["k above the count", { a: 3, b: 2 }, { a: 3, b: 2 }, 10, 1],
    // Current ties b = c: ranked by name, F′ = [b, c, a]; DCG = 2 + 1/log2 3 + 3/2; iDCG = 3 + 2/log2 3 + 1/2.
    [
      "ties by name",
      { a: 3, b: 2, c: 1 },
      { a: 0, b: 5, c: 5 },
      undefined,
      (2 + 1 / log2of3 + 1.5) / (3 + 2 / log2of3 + 0.5),
    ],
    // Only a and b are on both sides: F = F′ = [a, b].
    ["features on one side only are left out", { a: 3, b: 2, gone: 9 }, { a: 3, b: 1, new: 7 }, undefined, 1],
    // Baseline ties a = b at 0 … only c carries weight; F′ = [a, b, c]: DCG = 1/2, iDCG = 1.
    ["zero weights", { a: 0, b: 0, c: 1 }, { a: 3, b: 2, c: 1 }, undefined, 0.5],
    // NaN on one side drops the feature: a and c remain, same order.
    ["non-finite values dropped", { a: 3, b: 2, c: 1 }, { a: 3, b: Number.NaN, c: 1 }, undefined, 1],
    ["no shared feature", { a: 1 }, { b: 1 }, undefined, null],
    ["nothing at all", {}, {}, undefined, null],
    ["baseline all zero", { a: 0, b: 0 }, { a: 1, b: 2 }, undefined, null],
  ])("%s", (_, baseline, current, k, expected) => {
    const value = importanceNdcg(baseline, current, k);
    if (expected === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(expected, 14);
  });

  it("takes Maps as well as records", () => {
    const baseline = new Map([
      ["a", 3],
      ["b", 2],
    ]);
    expect(
      importanceNdcg(
        baseline,
        new Map([
          ["a", 0],
          ["b", 1],
        ]),
      ),
    ).toBeCloseTo((2 + 3 / log2of3) / (3 + 2 / log2of3), 14);
  });

  it("rejects k below 1", () => {
    expect(() => importanceNdcg({ a: 1 }, { a: 1 }, 0)).toThrow("k must be a positive integer");
  });
});
