import { describe, expect, it } from "vitest";
import { categoryBars, categoryShareOption } from "./category-share-option";
import type { NumericalReference } from "./lookup-types";
import { referenceHistogramOption } from "./reference-histogram-option";

const numerical: NumericalReference = {
  percentile: 40,
  min: 0,
  max: 30,
  p05: 2,
  p50: 12,
  p95: 27,
  histogram: { edges: [0, 10, 20, 30], counts: [50, 30, 20] },
};

interface HistogramSeries {
  data: [number, number][];
  markLine?: { data: { xAxis: number }[] };
}

describe("referenceHistogramOption", () => {
  it("steps through the bins as shares and marks the value", () => {
    const option = referenceHistogramOption(numerical, 12) as { series: HistogramSeries[] };
    const [series] = option.series;
    expect(series!.data).toEqual([
      [0, 0.5],
      [10, 0.3],
      [20, 0.2],
      [30, 0.2],
    ]);
    expect(series!.markLine!.data).toEqual([{ xAxis: 12 }]);
  });

  it("widens the axis to a value outside the reference, and draws no mark for a missing value", () => {
    const outside = referenceHistogramOption(numerical, 130) as { xAxis: { min: number; max: number } };
    expect(outside.xAxis.max).toBeGreaterThan(130);
    expect(outside.xAxis.min).toBeLessThan(0);
    const missing = referenceHistogramOption(numerical, null) as { series: HistogramSeries[] };
    expect(missing.series[0]!.markLine).toBeUndefined();
  });
});

describe("categoryBars", () => {
  const reference = {
    share: 0.001,
    top: [
      { value: "Private", share: 0.7 },
      { value: "Self-emp", share: 0.08 },
    ],
  };
  it.each([
    ["Self-emp", ["Private:false", "Self-emp:true"]],
    ["Never-worked", ["Private:false", "Self-emp:false", "Never-worked:true"]],
    [null, ["Private:false", "Self-emp:false"]],
  ])("%j", (value, bars) => {
    expect(categoryBars(reference, value).map((b) => `${b.category}:${b.isValue}`)).toEqual(bars);
  });

  it("draws the most common on top with the value in orange", () => {
    const option = categoryShareOption(reference, "Private") as {
      yAxis: { data: string[] };
      series: { data: { itemStyle: { color: string } }[] }[];
    };
    expect(option.yAxis.data).toEqual(["Self-emp", "Private"]);
    expect(option.series[0]!.data.map((d) => d.itemStyle.color)).toEqual(["#0072B2", "#E69F00"]);
  });
});
