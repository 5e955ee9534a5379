import type { FairnessAttribute } from "@telltale/core";
import { describe, expect, it } from "vitest";
import { sensitiveAttributes } from "./sensitive-groups";

const attribute = (name: string, groups: number): FairnessAttribute => ({
  attribute: name,
  groups: Array.from({ length: groups }, (_, i) => ({
    group: `g${i}`,
    count: 10,
    selectionRate: 0.5,
    tpr: 0.5,
    fpr: 0.5,
    precision: 0.5,
    accuracy: 0.5,
  })),
  demographicParityDifference: null,
  demographicParityRatio: null,
  equalOpportunityDifference: null,
  equalizedOddsDifference: null,
  disparateImpactRatio: null,
  fourFifthsRule: null,
});

describe("sensitive attributes of the breakdown", () => {
  it.each([
    ["in the model's order", [attribute("race", 3), attribute("sex", 2)], ["sex", "race"], ["sex", "race"]],
    ["without attributes the window lacks", [attribute("sex", 2)], ["sex", "race"], ["sex"]],
    ["without attributes with no groups", [attribute("sex", 0)], ["sex"], []],
    ["without undeclared attributes", [attribute("age", 2)], ["sex"], []],
    ["none without fairness in the report", undefined, ["sex"], []],
  ] as const)("%s", (_, fairness, sensitive, expected) => {
    const report = fairness === undefined ? {} : { fairness };
    expect(sensitiveAttributes(report, sensitive).map((a) => a.attribute)).toEqual(expected);
  });
});
