import { describe, expect, it } from "vitest";
import golden from "../../golden/drift-distances.json" with { type: "json" };
import { histogramCounts, quantileEdges, sharesFromCounts, sturgesEdges } from "./binning.js";

const f64 = (values: readonly (number | null)[]) => Float64Array.from(values, (v) => v ?? Number.NaN);

describe("sturgesEdges matches numpy.histogram_bin_edges(bins='sturges')", () => {
  it.each(golden.sturges.map((c) => [c.name, c] as const))("%s", (_, c) => {
    expect([...sturgesEdges(f64(c.values))]).toEqual(c.edges);
  });

  it("ignores NaN and rejects infinite values", () => {
    expect([...sturgesEdges(Float64Array.of(Number.NaN, 2, Number.NaN))]).toEqual([1.5, 2.5]);
    expect(() => sturgesEdges(Float64Array.of(1, Number.POSITIVE_INFINITY))).toThrow(RangeError);
  });
});

describe("quantileEdges is numpy.quantile(reference, linspace(0, 1, bins + 1)) without repeats", () => {
  it.each(golden.quantile.map((c) => [c.name, c] as const))("%s", (_, c) => {
    expect([...quantileEdges(f64(c.values), c.bins)]).toEqual(c.edges);
  });

  it("returns [0, 1] for an empty reference and rejects a bad bin count", () => {
    expect([...quantileEdges(new Float64Array(0), 4)]).toEqual([0, 1]);
    expect(() => quantileEdges(Float64Array.of(1, 2), 0)).toThrow(RangeError);
    expect(() => quantileEdges(Float64Array.of(1, 2), 2.5)).toThrow(RangeError);
  });
});

describe("histogramCounts matches numpy.histogram(values, edges)", () => {
  it.each(golden.histogram.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const values = f64(c.values);
    const edges = f64(c.edges);
    expect([...histogramCounts(values, edges)]).toEqual(c.counts);
    expect([...histogramCounts(values, edges, { clampOutside: true })]).toEqual(c.clampedCounts);
  });

  it("never counts NaN and needs two edges", () => {
    expect([
      ...histogramCounts(Float64Array.of(Number.NaN, 0.5), Float64Array.of(0, 1), { clampOutside: true }),
    ]).toEqual([1]);
    expect(() => histogramCounts(Float64Array.of(1), Float64Array.of(0))).toThrow(RangeError);
  });
});

describe("sharesFromCounts", () => {
  it.each(golden.shares.map((c) => [c.name, c] as const))("%s", (_, c) => {
    expect([...sharesFromCounts(f64(c.referenceCounts))]).toEqual(c.reference);
    expect([...sharesFromCounts(f64(c.currentCounts))]).toEqual(c.current);
  });

  it("gives zeros when there is nothing counted", () => {
    expect([...sharesFromCounts(Float64Array.of(0, 0))]).toEqual([0, 0]);
  });
});
