import { describe, expect, it } from "vitest";
import { valueAtPath } from "./checks.js";

const json = {
  drift: { share: 0.25, columns: [{ column: "age", statistic: 0.3 }, { column: "sex", statistic: null }] },
  fairness: [{ attribute: "sex", groups: [{ group: "Female", tpr: 0.5 }] }],
};

describe("valueAtPath", () => {
  it.each([
    ["drift.share", 0.25],
    ["drift.columns.age.statistic", 0.3],
    ["drift.columns.1.column", "sex"],
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
