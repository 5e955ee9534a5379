import { describe, expect, it } from "vitest";
import { fairnessMetrics } from "./fairness.js";

const base = {
  attribute: "sex",
  groups: ["F", "M"],
  groupCodes: Int32Array.of(0, 0, 0, 0, 1, 1, 1, 1),
  target: Uint8Array.of(1, 0, 1, 0, 1, 1, 0, 0),
  prediction: Uint8Array.of(1, 0, 0, 0, 1, 1, 1, 0),
};

describe("fairnessMetrics", () => {
  it("computes group rates and between-group disparities from Uint8Array columns", () => {
    const result = fairnessMetrics({ ...base, privileged: "M" });
    expect(result.groups).toEqual([
      {
        group: "F",
        count: 4,
        selectionRate: 0.25,
        tpr: 0.5,
        fpr: 0,
        precision: 1,
        accuracy: 0.75,
        disparateImpact: 1 / 3,
      },
      {
        group: "M",
        count: 4,
        selectionRate: 0.75,
        tpr: 1,
        fpr: 0.5,
        precision: 2 / 3,
        accuracy: 0.75,
        disparateImpact: 1,
      },
    ]);
    expect(result).toMatchObject({
      privileged: "M",
      demographicParityDifference: 0.5,
      demographicParityRatio: 1 / 3,
      equalOpportunityDifference: 0.5,
      equalizedOddsDifference: 0.5,
      disparateImpactRatio: 1 / 3,
      fourFifthsRule: false,
    });
  });

  it("leaves disparate impact null when the privileged group has no rows", () => {
    const result = fairnessMetrics({ ...base, groups: ["F", "M", "X"], privileged: "X" });
    expect(result.groups.map((g) => g.disparateImpact)).toEqual([null, null]);
    expect(result).toMatchObject({ privileged: "X", disparateImpactRatio: null, fourFifthsRule: null });
  });

  it("has no group rows and null disparities without data", () => {
    const result = fairnessMetrics({ ...base, groupCodes: new Int32Array(8).fill(-1) });
    expect(result).toEqual({
      attribute: "sex",
      groups: [],
      demographicParityDifference: null,
      demographicParityRatio: null,
      equalOpportunityDifference: null,
      equalizedOddsDifference: null,
      disparateImpactRatio: null,
      fourFifthsRule: null,
    });
  });

  it.each([
    ["a target of 2", { target: Int32Array.of(2, 0, 1, 0, 1, 1, 0, 0) }],
    ["a group code past the groups", { groupCodes: Int32Array.of(0, 0, 0, 0, 1, 1, 1, 2) }],
    ["misaligned columns", { prediction: Uint8Array.of(1) }],
  ])("throws RangeError on %s", (_, change) => {
    expect(() => fairnessMetrics({ ...base, ...change })).toThrow(RangeError);
  });
});
