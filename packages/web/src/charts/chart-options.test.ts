import { describe, expect, it } from "vitest";
import { sortRows } from "../components/sortable-table";
import { binLabels, distributionOption, shares } from "./distribution-option";
import { PALETTE } from "./palette";
import { timeSeriesOption, toPairs } from "./time-series-option";

const points = [
  { start: "2026-11-28T00:00:00.000Z", value: 0.8, count: 10 },
  { start: "2026-11-28T01:00:00.000Z", value: null, count: 0 },
];

describe("timeSeriesOption", () => {
  it("keeps empty buckets as gaps and draws references, spans and bands", () => {
    expect(toPairs(points)).toEqual([
      [Date.parse("2026-11-28T00:00:00Z"), 0.8],
      [Date.parse("2026-11-28T01:00:00Z"), null],
    ]);
    const option = timeSeriesOption({
      lines: [{ name: "v1", points }],
      metric: "accuracy",
      from: 0,
      to: 1,
      referenceLines: [{ value: 0.84, label: "benchmark" }],
      spans: [{ from: "2026-11-28T00:30:00Z", to: null, label: "alert" }],
      band: { min: 0.8, max: 1.25, label: "four-fifths" },
    }) as {
      series: { markLine: { data: unknown[] }; markArea: { data: unknown[][] } }[];
      yAxis: { axisLabel: { formatter: (v: number) => string } };
    };
    const [series] = option.series;
    expect(series!.markLine.data).toHaveLength(1);
    expect(series!.markArea.data).toHaveLength(2);
    expect(series!.markArea.data[0]![1]).toEqual({ xAxis: 1 });
    expect(option.yAxis.axisLabel.formatter(0.5)).toBe("50%");
  });
});

describe("distributionOption", () => {
  it("compares sides as shares, with bin ranges for numbers and categories as they are", () => {
    expect(shares([1, 3])).toEqual([0.25, 0.75]);
    expect(shares([0, 0])).toEqual([0, 0]);
    expect(binLabels({ edges: [0, 10, 20], reference: [1, 2], current: [3, 4] })).toEqual([
      "0 – 10",
      "10 – 20",
    ]);
    const option = distributionOption(
      { categories: ["a", "b"], reference: [10, 30], current: [1, 1] },
      "x",
    ) as {
      series: { name: string; data: number[]; color: string }[];
    };
    expect(option.series.map((s) => [s.name, s.data, s.color])).toEqual([
      ["Reference", [0.25, 0.75], PALETTE.reference],
      ["Current", [0.5, 0.5], PALETTE.current],
    ]);
  });
});

describe("sortRows", () => {
  it("puts nulls and NaN last in both directions", () => {
    const rows = [{ v: 2 }, { v: null }, { v: 5 }, { v: Number.NaN }, { v: 1 }];
    expect(sortRows(rows, (r) => r.v, false).map((r) => r.v)).toEqual([1, 2, 5, null, Number.NaN]);
    expect(
      sortRows(rows, (r) => r.v, true)
        .map((r) => r.v)
        .slice(0, 3),
    ).toEqual([5, 2, 1]);
  });
});
