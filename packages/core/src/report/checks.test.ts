import { describe, expect, it } from "vitest";
import { evaluateChecks, valueAtPath } from "./checks.js";

const json = {
  drift: {
    share: 0.25,
    columns: [
      { column: "age", statistic: 0.3 },
      { column: "sex", statistic: null },
      { column: "0", statistic: 0.7 },
    ],
  },
  fairness: [{ attribute: "sex", groups: [{ group: "Female", tpr: 0.5 }] }],
};

describe("valueAtPath", () => {
  it.each([
    ["drift.share", 0.25],
    ["drift.columns.age.statistic", 0.3],
    ["drift.columns.1.column", "sex"],
    ["drift.columns.2.column", "0"],
    ["drift.columns.0.statistic", 0.7],
    ["drift.columns.sex.statistic", null],
    ["fairness.sex.groups.Female.tpr", 0.5],
    ["drift.nope", undefined],
    ["drift.columns.zzz.statistic", undefined],
    ["drift.share.deeper", undefined],
    ["constructor", undefined],
  ])("%s → %s", (path, expected) => {
    expect(valueAtPath(json, path)).toBe(expected);
  });
});

describe("evaluateChecks", () => {
  it("rejects a path that does not exist, naming what is there", () => {
    const report = { drift: { share: 0.1, datasetDrift: false } } as unknown as Parameters<
      typeof evaluateChecks
    >[0];
    expect(() => evaluateChecks(report, [{ path: "drift.shar", op: "max", limit: 1 }], false)).toThrowError(
      "check path 'drift.shar' does not exist: 'drift' has no 'shar' (it has: share, datasetDrift)",
    );
  });
});
