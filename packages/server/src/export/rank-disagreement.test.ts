import { describe, expect, it } from "vitest";
import { rankDisagreement } from "./rank-disagreement.js";

describe("rankDisagreement", () => {
  it("keeps classification rows whose class differs, the widest probability gap first", () => {
    const order = rankDisagreement(
      "binary",
      { predictions: ["yes", "no", "yes", "no", null], scores: [0.9, 0.2, 0.6, 0.45, 0.5] },
      {
        predictions: ["no", "no", "no", "yes", "yes"],
        scores: Float64Array.from([0.1, 0.3, 0.4, 0.55, 0.9]),
      },
    );
    expect(order).toEqual([0, 2, 3]);
  });

  it("ranks multiclass flips without scores in the candidates' order", () => {
    expect(
      rankDisagreement(
        "multiclass",
        { predictions: ["a", "b", "c"], scores: [null, null, null] },
        { predictions: ["b", "b", "a"], scores: null },
      ),
    ).toEqual([0, 2]);
  });

  it("ranks regression rows by the absolute difference and drops equal ones", () => {
    expect(
      rankDisagreement(
        "regression",
        { predictions: [1, 5, 3], scores: [null, null, null] },
        { predictions: [1.5, 5, 0], scores: null },
      ),
    ).toEqual([2, 0]);
  });
});
