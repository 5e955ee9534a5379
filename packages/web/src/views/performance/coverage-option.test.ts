import { describe, expect, it } from "vitest";
import { coverageOption, labelledPoints } from "./coverage-option";

const POINTS = [
  { start: "2026-11-01T00:00:00.000Z", value: 0.5, count: 200 },
  { start: "2026-11-02T00:00:00.000Z", value: null, count: 0 },
  { start: "2026-11-03T00:00:00.000Z", value: 0.1, count: 30 },
];

describe("label coverage chart", () => {
  it("labelled predictions are coverage times predictions", () => {
    expect(labelledPoints(POINTS).map((p) => p.value)).toEqual([100, 0, 3]);
  });
  it("draws predictions and labelled bars on a second axis under the coverage line", () => {
    const option = coverageOption(POINTS, 0, 1) as {
      yAxis: { min?: number; max?: number }[];
      series: { name: string; type: string; yAxisIndex?: number; data: [number, number | null][] }[];
    };
    expect(option.yAxis).toHaveLength(2);
    expect(option.yAxis[0]).toMatchObject({ min: 0, max: 1 });
    expect(option.series.map((s) => [s.name, s.type, s.yAxisIndex ?? 0])).toEqual([
      ["predictions", "bar", 1],
      ["labelled", "bar", 1],
      ["label coverage", "line", 0],
    ]);
    expect(option.series[0]!.data.map((d) => d[1])).toEqual([200, 0, 30]);
    expect(option.series[2]!.data.map((d) => d[1])).toEqual([0.5, null, 0.1]);
  });
});
