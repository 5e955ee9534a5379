import { describe, expect, it } from "vitest";
import { PALETTE } from "../../charts/palette";
import { formatTime } from "../../format/format";
import { bandWidths, estimatedBandOption, estimatedByTime, estimatedTooltip } from "./estimated-band-option";

const t0 = "2026-01-01T00:00:00.000Z";
const t1 = "2026-01-01T01:00:00.000Z";
const ms0 = Date.parse(t0);
const ms1 = Date.parse(t1);
const p = (start: string, value: number | null) => ({ start, value, count: 100 });

const input = {
  metric: "accuracy",
  estimate: [p(t0, 0.84), p(t1, 0.8)],
  lower: [p(t0, 0.81), p(t1, null)],
  upper: [p(t0, 0.87), p(t1, 0.85)],
  realized: [p(t0, 0.83), p(t1, null)],
  from: ms0,
  to: ms1,
};

describe("bandWidths", () => {
  it("is upper − lower at each bucket, null where a bound is missing", () => {
    const widths = bandWidths(input.lower, input.upper);
    expect(widths[0]![0]).toBe(ms0);
    expect(widths[0]![1]).toBeCloseTo(0.06, 12);
    expect(widths[1]).toEqual([ms1, null]);
    expect(bandWidths([p(t0, 0.5)], [])).toEqual([[ms0, null]]);
  });
});

describe("estimatedTooltip", () => {
  const byTime = estimatedByTime(input);
  it.each([
    [ms0, `${formatTime(ms0)}<br/>Estimated 84% (81% – 87%)<br/>Realized 83%`],
    [ms1, `${formatTime(ms1)}<br/>Estimated 80% (— – 85%)<br/>Realized: no labels`],
    [ms1 + 1, formatTime(ms1 + 1)],
  ])("at %s", (time, text) => {
    expect(estimatedTooltip("accuracy", time, byTime.get(time))).toBe(text);
  });
});

describe("estimatedBandOption", () => {
  type Option = {
    legend: { data: string[] };
    series: {
      name: string;
      stack?: string;
      areaStyle?: { color: string };
      color?: string;
      lineStyle: { type?: string; opacity?: number };
      data: [number, number | null][];
    }[];
    tooltip: { formatter: (params: unknown) => string };
    yAxis: { axisLabel: { formatter: (v: number) => string } };
  };
  const option = estimatedBandOption(input) as Option;

  it("stacks the band's width on its lower bound, then draws the estimate and the realized metric", () => {
    expect(option.series.map((s) => [s.name, s.stack ?? null])).toEqual([
      ["band-base", "estimated-band"],
      ["±3 SE band", "estimated-band"],
      ["Estimated Accuracy (CBPE)", null],
      ["Realized Accuracy", null],
    ]);
    expect(option.series[0]!.data).toEqual([
      [ms0, 0.81],
      [ms1, null],
    ]);
    expect(option.series[0]!.lineStyle.opacity).toBe(0);
    expect(option.series[1]!.areaStyle?.color).toBe(PALETTE.current);
    expect(option.series[3]).toMatchObject({ color: PALETTE.reference, lineStyle: { type: "dashed" } });
    expect(option.legend.data).toEqual(["Estimated Accuracy (CBPE)", "±3 SE band", "Realized Accuracy"]);
  });

  it("formats the axis in the metric's unit and explains a bucket in the tooltip", () => {
    expect(option.yAxis.axisLabel.formatter(0.5)).toBe("50%");
    expect(option.tooltip.formatter([{ axisValue: ms0 }])).toContain("Estimated 84% (81% – 87%)");
  });
});
