import { describe, expect, it } from "vitest";
import { type DriftStatistic, driftImpact, driftScore } from "./drift-impact.js";

describe("driftScore", () => {
  it.each<[string, DriftStatistic, number | null]>([
    ["a distance as given", { feature: "f", statistic: 0.25, method: "wasserstein" }, 0.25],
    ["KS's D, not 1 − p", { feature: "f", statistic: 0.3, pValue: 0.001, method: "ks" }, 0.3],
    ["1 − p for chi-square", { feature: "f", statistic: 42, pValue: 0.01, method: "chisquare" }, 0.99],
    ["1 − p for a null statistic", { feature: "f", statistic: null, pValue: 0, method: "chisquare" }, 1],
    ["|z| without a p-value", { feature: "f", statistic: -2.5, method: "z" }, 2.5],
    ["an unknown method as given", { feature: "f", statistic: 0.7, pValue: 0.2, method: "custom" }, 0.7],
    ["no method", { feature: "f", statistic: 0.4 }, 0.4],
    ["null statistic", { feature: "f", statistic: null, method: "psi" }, null],
    ["infinite statistic", { feature: "f", statistic: Number.POSITIVE_INFINITY }, null],
  ])("%s", (_, drift, expected) => {
    const score = driftScore(drift);
    if (expected === null) expect(score).toBeNull();
    else expect(score).toBeCloseTo(expected, 14);
  });
});

describe("driftImpact", () => {
  it("weights drift by importance share and ranks by impact", () => {
    // Σ max(importance, 0) = 6 + 3 + 1 + 0 = 10 ("neg" counts as 0).
    const result = driftImpact({
      drift: [
        { feature: "minor", statistic: 0.9, drifted: true, method: "jensenshannon" }, // 0.9 × 0.1 = 0.09
        { feature: "key", statistic: 0.2, drifted: true, method: "wasserstein" }, // 0.2 × 0.6 = 0.12
        { feature: "mid", statistic: 0.05, drifted: false, method: "wasserstein" }, // 0.05 × 0.3 = 0.015
        { feature: "neg", statistic: 0.5, method: "psi" }, // 0.5 × 0 = 0
        { feature: "unscored", statistic: 0.4 }, // not in the importance list → null
        { feature: "undefined", statistic: null, method: "kl" }, // null statistic → null
      ],
      importance: [
        { feature: "key", importance: 6 },
        { feature: "mid", importance: 3 },
        { feature: "minor", importance: 1 },
        { feature: "neg", importance: -0.5 },
        { feature: "unmonitored", importance: null },
      ],
    });
    expect(result.map((r) => [r.feature, r.impact])).toEqual([
      ["key", expect.closeTo(0.12, 14)],
      ["minor", expect.closeTo(0.09, 14)],
      ["mid", expect.closeTo(0.015, 14)],
      ["neg", 0],
      ["undefined", null],
      ["unscored", null],
    ]);
    expect(result[0]).toEqual({
      feature: "key",
      statistic: 0.2,
      score: 0.2,
      importance: 6,
      importanceShare: 0.6,
      impact: expect.closeTo(0.12, 14),
      drifted: true,
      method: "wasserstein",
    });
    expect(result.find((r) => r.feature === "neg")!.importanceShare).toBe(0);
    expect(result.find((r) => r.feature === "undefined")!.importanceShare).toBeNull(); // not in the importance list
    expect(result.find((r) => r.feature === "unscored")).toMatchObject({
      importance: null,
      drifted: false,
      method: null,
    });
  });

  it.each([
    ["all importances zero", [{ feature: "a", importance: 0 }], null],
    ["no importances", [], null],
  ])("gives null shares with %s", (_, importance, share) => {
    const [row] = driftImpact({ drift: [{ feature: "a", statistic: 0.3 }], importance });
    expect(row).toMatchObject({ importanceShare: share, impact: null });
  });

  it("breaks impact ties by feature name", () => {
    const result = driftImpact({
      drift: [
        { feature: "b", statistic: 0.1 },
        { feature: "a", statistic: 0.1 },
      ],
      importance: [
        { feature: "a", importance: 1 },
        { feature: "b", importance: 1 },
      ],
    });
    expect(result.map((r) => r.feature)).toEqual(["a", "b"]);
  });
});
