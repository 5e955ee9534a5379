import type { DriftMethodName } from "@telltale/core";
import { describe, expect, it } from "vitest";
import { type DriftVerdict, driftSeverity, sortBySeverity, thresholdText } from "./drift-severity";

const verdict = (
  column: string,
  method: DriftMethodName,
  statistic: number | null,
  pValue: number | null,
  threshold: number,
  drifted: boolean,
): DriftVerdict => ({ column, method, statistic, pValue, threshold, drifted });

describe("driftSeverity", () => {
  it.each([
    ["distance 10× past its threshold", verdict("a", "wasserstein", 1, null, 0.1, true), 1],
    ["distance at a tenth of it", verdict("a", "jensenshannon", 0.01, null, 0.1, false), -1],
    ["test: the p-value is compared, not the statistic", verdict("a", "ks", 0.9, 0.0005, 0.05, true), 2],
    ["test far from drift", verdict("a", "chisquare", 0.1, 0.5, 0.05, false), -1],
    ["chi-square with p = 0 and no statistic", verdict("a", "chisquare", null, 0, 0.05, true), Infinity],
    ["test without a p-value", verdict("a", "ks", null, null, 0.05, false), null],
    ["distance without a statistic", verdict("a", "psi", null, null, 0.1, false), null],
    ["distance of 0", verdict("a", "psi", 0, null, 0.1, false), -Infinity],
  ])("%s", (_, column, expected) => {
    const value = driftSeverity(column);
    if (expected === null || !Number.isFinite(expected)) expect(value).toBe(expected);
    else expect(value).toBeCloseTo(expected, 12);
  });
});

describe("sortBySeverity", () => {
  it("puts drifted columns first, then by how far past the threshold on one scale for tests and distances", () => {
    const columns = [
      verdict("quiet", "jensenshannon", 0.01, null, 0.1, false),
      verdict("untested", "wasserstein", null, null, 0.1, false),
      verdict("slightly", "wasserstein", 0.12, null, 0.1, true),
      // A large KS statistic, but it is the p-value that is compared: 0.045 vs 0.05 is only just past.
      verdict("ks-just", "ks", 0.95, 0.045, 0.05, true),
      verdict("far", "wasserstein", 1.5, null, 0.1, true),
      verdict("near", "chisquare", 3, 0.06, 0.05, false),
      verdict("infinite", "chisquare", null, 0, 0.05, true),
    ];
    expect(sortBySeverity(columns).map((c) => c.column)).toEqual([
      "infinite",
      "far",
      "slightly",
      "ks-just",
      "near",
      "quiet",
      "untested",
    ]);
  });

  it("orders ties by name and leaves its input as it was", () => {
    const columns = [verdict("b", "psi", 0.2, null, 0.1, true), verdict("a", "psi", 0.2, null, 0.1, true)];
    expect(sortBySeverity(columns).map((c) => c.column)).toEqual(["a", "b"]);
    expect(columns.map((c) => c.column)).toEqual(["b", "a"]);
  });
});

describe("thresholdText", () => {
  it.each([
    ["wasserstein", "≥ 0.1"],
    ["ks", "p ≤ 0.05"],
    ["chisquare", "p < 0.05"],
  ] as const)("%s", (method, text) => {
    expect(thresholdText({ method, threshold: method === "wasserstein" ? 0.1 : 0.05 })).toBe(text);
  });
});
