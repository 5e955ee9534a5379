import { describe, expect, it } from "vitest";
import golden from "../../golden/multivariate.json" with { type: "json" };
import type { SourceColumn } from "../table.js";
import { fitReconstructionDrift } from "./reconstruction-drift.js";

type Columns = Record<string, (number | string | null)[]>;

/** Golden columns as core columns: numbers (null → NaN) and categories in order of first appearance. */
function sources(columns: Columns): SourceColumn[] {
  return Object.entries(columns).map(([name, values]) => {
    if (name !== "c") {
      return {
        name,
        sourceType: "float",
        column: {
          kind: "numerical",
          values: Float64Array.from(values, (v) => (v === null ? Number.NaN : (v as number))),
        },
      };
    }
    const categories: string[] = [];
    const codes = Int32Array.from(values, (v) => {
      if (v === null) return -1;
      let c = categories.indexOf(v as string);
      if (c < 0) c = categories.push(v as string) - 1;
      return c;
    });
    return { name, sourceType: "string", column: { kind: "categorical", codes, categories } };
  });
}

const relClose = (actual: number | null, expected: number) =>
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-9 * Math.abs(expected));

describe("fitReconstructionDrift is NannyML's data reconstruction drift", () => {
  const fit = fitReconstructionDrift(sources(golden.reference as Columns));

  it("keeps the components and threshold scikit-learn's PCA gives", () => {
    expect(fit.components).toBe(golden.components);
    relClose(fit.explainedVariance, golden.explainedVariance);
    relClose(fit.referenceMean, golden.referenceMean);
    relClose(fit.lower, golden.lower);
    relClose(fit.upper, golden.upper);
  });

  it("scales the upper threshold to a window's rows as a mean's spread scales", () => {
    expect(fit.upperFor(fit.chunkSize)).toBeCloseTo(fit.upper, 14);
    const spread = fit.upper - fit.referenceMean;
    expect(fit.upperFor(fit.chunkSize * 4) - fit.referenceMean).toBeCloseTo(spread / 2, 14);
  });

  it("takes its threshold from chunks of the given size", () => {
    const chunked = fitReconstructionDrift(sources(golden.reference as Columns), { chunkSize: 40 });
    relClose(chunked.lower, golden.chunkSize40.lower);
    relClose(chunked.upper, golden.chunkSize40.upper);
  });

  it("keeps every component when asked for all the variance", () => {
    const full = fitReconstructionDrift(sources(golden.reference as Columns), { varianceKept: 1 });
    expect(full.components).toBe(4);
    expect(full.error(sources(golden.currents.flipped.columns as Columns)).value).toBeLessThan(1e-12);
  });

  it.each(Object.entries(golden.currents))("gives the %s window's mean error", (_, current) => {
    const result = fit.error(sources(current.columns as Columns));
    relClose(result.value, current.error);
  });

  it("flags the window whose correlation flipped and not the one drawn like the reference", () => {
    expect(fit.error(sources(golden.currents.flipped.columns as Columns)).value!).toBeGreaterThan(fit.upper);
    expect(fit.error(sources(golden.currents.same.columns as Columns)).value!).toBeLessThan(fit.upper);
    // Scaled to the windows' 200 rows (4 chunks' worth), the bound tightens and still separates them.
    expect(fit.upperFor(fit.chunkSize)).toBe(fit.upper);
    expect(fit.upperFor(200)).toBeLessThan(fit.upper);
    expect(fit.error(sources(golden.currents.flipped.columns as Columns)).value!).toBeGreaterThan(
      fit.upperFor(200),
    );
    expect(fit.error(sources(golden.currents.same.columns as Columns)).value!).toBeLessThan(
      fit.upperFor(200),
    );
  });

  it("measures a subset of rows, and gives null without rows", () => {
    const columns = sources(golden.currents.same.columns as Columns);
    const all = fit.error(columns);
    const half = fit.error(
      columns,
      Int32Array.from({ length: 100 }, (_, i) => i),
    );
    expect(half.count).toBe(100);
    expect(half.value).not.toBe(all.value);
    expect(fit.error(columns, new Int32Array(0))).toEqual({ value: null, count: 0 });
  });
});
