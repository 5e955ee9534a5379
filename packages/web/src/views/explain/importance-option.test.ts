import { describe, expect, it } from "vitest";
import { PALETTE } from "../../charts/palette";
import type { FeatureImportanceRow } from "./explain-types";
import { importanceBars, importanceChartHeight, importanceOption } from "./importance-option";

const row = (feature: string, importance: number | null, baseline: number | null, rank: number | null) => ({
  feature,
  importance,
  baseline,
  change: importance !== null && baseline !== null ? importance - baseline : null,
  rank,
  baselineRank: null,
});

const rows: FeatureImportanceRow[] = [
  row("zip", null, 0.01, null),
  row("hours", 0.2, 0.1, 2),
  row("age", 0.42, 0.4, 1),
  row("city", null, null, null),
];

describe("importanceBars", () => {
  it("orders by the window's rank, unranked features last by name", () => {
    expect(importanceBars(rows)).toEqual({
      features: ["age", "hours", "city", "zip"],
      current: [0.42, 0.2, null, null],
      baseline: [0.4, 0.1, null, 0.01],
    });
  });

  it("keeps the top `limit` and drops the baseline when none of them has one", () => {
    expect(importanceBars([row("a", 0.3, null, 1), row("b", 0.1, 0.5, 2)], 1)).toEqual({
      features: ["a"],
      current: [0.3],
      baseline: null,
    });
  });
});

describe("importanceChartHeight", () => {
  it.each([
    [10, true, 364],
    [10, false, 264],
    [0, false, 84],
  ])("%s features, baseline %s → %s px", (n, withBaseline, px) => {
    expect(importanceChartHeight(n, withBaseline)).toBe(px);
  });
});

describe("importanceOption", () => {
  type Option = {
    yAxis: { data: string[]; inverse: boolean };
    xAxis: { name: string };
    series: { name: string; color: string; data: (number | null)[] }[];
    legend: { show?: boolean };
  };

  it("draws the baseline (blue) beside the window (orange), the first feature on top", () => {
    const option = importanceOption(importanceBars(rows), "logged", "reference") as Option;
    expect(option.yAxis).toMatchObject({ data: ["age", "hours", "city", "zip"], inverse: true });
    expect(option.xAxis.name).toBe("mean |attribution|");
    expect(option.series.map((s) => [s.name, s.color])).toEqual([
      ["Baseline (the reference)", PALETTE.reference],
      ["This window", PALETTE.current],
    ]);
    expect(option.series[1]!.data).toEqual([0.42, 0.2, null, null]);
  });

  it("draws the window alone when there is no baseline", () => {
    const option = importanceOption(importanceBars(rows), "permutation", null) as Option;
    expect(option.series.map((s) => s.name)).toEqual(["This window"]);
    expect(option.legend.show).toBe(false);
    expect(option.xAxis.name).toBe("metric lost when shuffled");
  });
});
