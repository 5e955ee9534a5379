import { describe, expect, it } from "vitest";
import { PALETTE } from "../../charts/palette";
import {
  binAt,
  binTooltip,
  histogramHeights,
  histogramOverlayOption,
  stepPoints,
} from "./histogram-overlay-option";

const equal = { edges: [0, 10, 20, 30], reference: [10, 30, 60], current: [5, 5, 0] };

describe("histogramHeights", () => {
  it.each([
    ["equal bins: shares of each side", equal, "share", [0.1, 0.3, 0.6], [0.5, 0.5, 0]],
    [
      "unequal bins: shares per unit of x",
      { edges: [0, 1, 5], reference: [1, 1], current: [0, 4] },
      "density",
      [0.5, 0.125],
      [0, 0.25],
    ],
    [
      "an empty side stays at 0",
      { edges: [0, 1, 2], reference: [0, 0], current: [1, 3] },
      "share",
      [0, 0],
      [0.25, 0.75],
    ],
  ])("%s", (_, distribution, unit, reference, current) => {
    expect(histogramHeights(distribution)).toEqual({ unit, reference, current });
  });
});

describe("stepPoints", () => {
  it("outlines the bins from 0 at the first edge back to 0 at the last", () => {
    expect(stepPoints([0, 10, 20], [0.25, 0.75])).toEqual([
      [0, 0],
      [0, 0.25],
      [10, 0.75],
      [20, 0.75],
      [20, 0],
    ]);
    expect(stepPoints([0], [])).toEqual([]);
  });
});

describe("binAt", () => {
  it.each([
    [0, 0],
    [9.99, 0],
    [10, 1],
    [30, 2],
    [-1, -1],
    [31, -1],
    [Number.NaN, -1],
  ])("x = %s is in bin %s", (x, bin) => {
    expect(binAt(equal.edges, x)).toBe(bin);
  });
});

describe("histogramOverlayOption", () => {
  it("overlays reference (blue, solid) and current (orange, dashed) on a value axis spanning the edges", () => {
    const option = histogramOverlayOption(equal, "age") as {
      xAxis: { type: string; min: number; max: number; name: string };
      yAxis: { axisLabel: { formatter: (v: number) => string } };
      series: {
        name: string;
        color: string;
        step: string;
        data: [number, number][];
        lineStyle: { type: string };
      }[];
      tooltip: { formatter: (params: unknown) => string };
    };
    expect(option.xAxis).toMatchObject({ type: "value", min: 0, max: 30, name: "age" });
    expect(option.series.map((s) => [s.name, s.color, s.step, s.lineStyle.type])).toEqual([
      ["Reference", PALETTE.reference, "end", "solid"],
      ["Current", PALETTE.current, "end", "dashed"],
    ]);
    expect(option.series[1]!.data).toEqual(stepPoints(equal.edges, [0.5, 0.5, 0]));
    expect(option.yAxis.axisLabel.formatter(0.5)).toBe("50%");
    expect(option.tooltip.formatter([{ axisValue: 12 }])).toBe(binTooltip(equal, 1));
    expect(binTooltip(equal, 1)).toBe("10 – 20<br/>Reference: 30% of rows<br/>Current: 50% of rows");
  });
});
