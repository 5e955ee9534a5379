import type { FairnessAttribute } from "@telltale/core";
import { describe, expect, it } from "vitest";
import { fairnessSeries, fourFifthsText, groupBarsOption } from "./fairness-shape";

const sex: FairnessAttribute = {
  attribute: "sex",
  groups: [
    { group: "Female", count: 10, selectionRate: 0.1, tpr: 0.5, fpr: 0.05, precision: 0.6, accuracy: 0.9 },
    { group: "Male", count: 20, selectionRate: 0.3, tpr: 0.7, fpr: 0.1, precision: 0.7, accuracy: 0.8 },
  ],
  demographicParityDifference: 0.2,
  demographicParityRatio: 1 / 3,
  equalOpportunityDifference: 0.2,
  equalizedOddsDifference: 0.2,
  disparateImpactRatio: 1 / 3,
  fourFifthsRule: false,
};

describe("fairness shaping", () => {
  it("bars per group for selection rate, TPR and FPR", () => {
    const option = groupBarsOption(sex) as {
      xAxis: { data: string[] };
      series: { name: string; data: number[] }[];
    };
    expect(option.xAxis.data).toEqual(["Female", "Male"]);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ["Selection rate", [0.1, 0.3]],
      ["True positive rate", [0.5, 0.7]],
      ["False positive rate", [0.05, 0.1]],
    ]);
  });
  it.each([
    [{ fourFifthsRule: false }, "bad", "Four-fifths rule fails (ratio 0.33 < 0.8)"],
    [
      { fourFifthsRule: true, disparateImpactRatio: 0.85 },
      "good",
      "Four-fifths rule passes (ratio 0.85 ≥ 0.8)",
    ],
    [
      { fourFifthsRule: null, disparateImpactRatio: null },
      "neutral",
      "Four-fifths rule: not computable (a group has no selections)",
    ],
  ] as const)("verdict %#", (patch, tone, text) => {
    expect(fourFifthsText({ ...sex, ...patch })).toEqual({ tone, text });
  });
  it("names the series of an attribute", () => {
    expect(fairnessSeries("sex", ["Female", "Male"])).toEqual({
      gaps: [
        "fairness.sex.demographicParityDifference",
        "fairness.sex.equalOpportunityDifference",
        "fairness.sex.equalizedOddsDifference",
      ],
      ratio: "fairness.sex.disparateImpactRatio",
      rates: ["fairness.sex.selectionRate.Female", "fairness.sex.selectionRate.Male"],
    });
  });
});
