import { describe, expect, it } from "vitest";
import type { Timeseries } from "../../api/types";
import { PALETTE } from "../../charts/palette";
import {
  domainAucOption,
  importanceOverTimeOption,
  ndcgOverTimeOption,
  rangeWithThreshold,
  reconstructionOption,
} from "./over-time-options";

const point = (start: string, value: number | null) => ({ start, value, count: 10 });
const t0 = "2026-01-01T00:00:00.000Z";
const t1 = "2026-01-01T01:00:00.000Z";
const data: Timeseries = {
  interval: "1h",
  from: t0,
  to: t1,
  series: [
    { metric: "attribution.ndcg", points: [point(t0, 0.97), point(t1, 0.8)] },
    { metric: "multivariate.reconstruction", points: [point(t0, 1.2), point(t1, null)] },
    { metric: "multivariate.reconstruction.upper", points: [point(t0, 1.5), point(t1, 1.5)] },
    { metric: "multivariate.auc", points: [point(t0, 0.52), point(t1, 0.58)] },
    { metric: "importance.age", points: [point(t0, 0.3)] },
  ],
};

type Option = {
  yAxis: { min?: number; max?: number };
  series: {
    name: string;
    color: string;
    data: [number, number | null][];
    lineStyle: { type: string };
    markLine?: { data: { yAxis: number; name: string }[] };
  }[];
};

describe("rangeWithThreshold", () => {
  it.each([
    ["data above the threshold", [0.95, 0.99], 0.9, { yMin: 0.88, yMax: 1 }],
    ["data below the threshold", [0.5, 0.6], 0.9, { yMin: 0.48, yMax: 0.92 }],
    ["no data: the threshold alone", [null], 0.65, { yMin: 0.63, yMax: 0.67 }],
  ])("%s", (_, values, threshold, range) => {
    expect(
      rangeWithThreshold(
        values.map((v) => point(t0, v)),
        threshold,
        0.02,
        0,
        1,
      ),
    ).toEqual(range);
  });
});

describe("ndcgOverTimeOption", () => {
  it("draws NDCG with the 0.9 line inside the axis range", () => {
    const option = ndcgOverTimeOption(data, 0, 1) as Option;
    expect(option.series[0]!.markLine!.data[0]).toMatchObject({ yAxis: 0.9, name: "drift below" });
    expect(option.yAxis).toMatchObject({ min: 0.78, max: 0.99 });
    expect(option.series[0]!.data).toEqual([
      [Date.parse(t0), 0.97],
      [Date.parse(t1), 0.8],
    ]);
  });
});

describe("domainAucOption", () => {
  it("draws the AUC with the 0.65 line, the axis reaching it", () => {
    const option = domainAucOption(data, 0, 1) as Option;
    expect(option.series[0]!.markLine!.data[0]).toMatchObject({ yAxis: 0.65 });
    expect(option.yAxis).toMatchObject({ min: 0.47, max: 0.7 });
  });
});

describe("reconstructionOption", () => {
  it("draws the error and its upper threshold as a dashed red line", () => {
    const option = reconstructionOption(data, 0, 1) as Option;
    expect(option.series.map((s) => [s.name, s.color, s.lineStyle.type])).toEqual([
      ["Reconstruction error", PALETTE.current, "solid"],
      ["Upper threshold", PALETTE.bad, "dashed"],
    ]);
    expect(option.series[1]!.data).toEqual([
      [Date.parse(t0), 1.5],
      [Date.parse(t1), 1.5],
    ]);
  });
});

describe("importanceOverTimeOption", () => {
  it("draws one line per feature from 0, features without a series as empty lines", () => {
    const option = importanceOverTimeOption(data, ["age", "hours"], 0, 1) as Option;
    expect(option.series.map((s) => [s.name, s.data.length])).toEqual([
      ["age", 1],
      ["hours", 0],
    ]);
    expect(option.yAxis.min).toBe(0);
  });
});
