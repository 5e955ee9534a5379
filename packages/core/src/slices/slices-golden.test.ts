import { describe, expect, it } from "vitest";
import golden from "../../golden/slices.json" with { type: "json" };
import type { SourceColumn } from "../table.js";
import { benjaminiHochberg } from "./benjamini-hochberg.js";
import { quantileEdges } from "./cell-coding.js";
import { findSlices } from "./find-slices.js";
import { twoProportionZTest } from "./two-proportion-z-test.js";
import { welchTTest } from "./welch-t-test.js";

const close = (actual: number, expected: number | null) => {
  if (expected === null) expect(Number.isFinite(actual)).toBe(false);
  else expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
};

describe("slice statistics match statsmodels and scipy", () => {
  it.each(golden.bh)("Benjamini–Hochberg of $p", ({ p, adjusted }) => {
    const out = benjaminiHochberg(Float64Array.from(p));
    adjusted.forEach((a, i) => {
      close(out[i]!, a);
    });
  });

  it.each(golden.ztest)("two-proportion z $s1/$n1 vs $s2/$n2", ({ s1, n1, s2, n2, statistic, pValue }) => {
    const r = twoProportionZTest(s1, n1, s2, n2);
    close(r.statistic, statistic);
    close(r.pValue, pValue);
  });

  it.each(golden.welch)("Welch's t from stats %#", ({ a, b, statistic, pValue }) => {
    const r = welchTTest(a, b);
    close(r.statistic, statistic);
    close(r.pValue, pValue);
  });

  it.each(golden.edges)("quantile edges of $values in $bins bins", ({ values, bins, edges }) => {
    expect(quantileEdges(Float64Array.from(values).sort(), bins)).toEqual(edges);
  });

  const { x, c, right, error } = golden.table;
  const categories = ["a", "b", "c", "d"];
  const columns: SourceColumn[] = [
    {
      name: "x",
      sourceType: "float",
      column: { kind: "numerical", values: Float64Array.from(x, (v) => v ?? Number.NaN) },
    },
    {
      name: "c",
      sourceType: "string",
      column: {
        kind: "categorical",
        codes: Int32Array.from(c, (v) => (v === null ? -1 : categories.indexOf(v))),
        categories,
      },
    },
  ];
  const outcomes = {
    accuracy: { kind: "rate", values: Uint8Array.from(right), worse: "lower" } as const,
    error: {
      kind: "mean",
      values: Float64Array.from(error, (v) => v ?? Number.NaN),
      worse: "higher",
    } as const,
  };

  it.each([
    { metric: "accuracy", slices: golden.table.slices, top: { feature: "c", kind: "category", value: "d" } },
    {
      metric: "error",
      slices: golden.table.errorSlices,
      top: { feature: "c", kind: "category", value: "d" },
    },
  ] as const)("finds the $metric slices pandas, statsmodels and scipy give, with BH p-values", (t) => {
    const found = findSlices({
      columns,
      outcome: outcomes[t.metric],
      pairs: false,
      minRows: 1,
      minShare: 0,
      limit: 100,
    });
    // Every cell is tested (the family of the correction); only the worse ones are returned.
    expect(found.tested).toBe(t.slices.length);
    const worse = t.slices.filter((s) =>
      t.metric === "accuracy"
        ? (s.rest as number) > (s.value as number)
        : (s.value as number) > (s.rest as number),
    );
    expect(found.slices).toHaveLength(worse.length);
    for (const expected of worse) {
      const got = found.slices.find(
        (s) => JSON.stringify(s.conditions[0]) === JSON.stringify(expected.condition),
      );
      expect(got, JSON.stringify(expected.condition)).toBeDefined();
      expect(got!.size).toBe(expected.size);
      close(got!.value, expected.value);
      close(got!.rest, expected.rest);
      close(got!.statistic, expected.statistic);
      close(got!.pValue, expected.pValue);
      close(got!.adjustedPValue, expected.adjustedPValue);
    }
    expect(found.slices[0]!.conditions[0]).toEqual(t.top);
  });
});
