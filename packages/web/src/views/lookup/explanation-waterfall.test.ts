import { describe, expect, it } from "vitest";
import { PALETTE } from "../../charts/palette";
import type { PredictionExplanation } from "./explanation-types";
import {
  explanationMethodText,
  explanationOption,
  explanationSumText,
  waterfallSteps,
} from "./explanation-waterfall";

const explanation: PredictionExplanation = {
  id: "adult-000123",
  version: "v1",
  method: "kernel-shap",
  output: 0.75,
  expectedValue: 0.25,
  exact: false,
  evaluations: 104_400,
  background: 50,
  attributions: [
    { feature: "age", value: 39, attribution: 0.375 },
    { feature: "hours", value: 60, attribution: 0.25 },
    { feature: "sex", value: "Female", attribution: -0.125 },
    { feature: "city", value: null, attribution: 0.0625 },
    { feature: "zip", value: "x", attribution: -0.0625 },
  ],
  sum: 0.5,
};

describe("waterfallSteps", () => {
  it("runs from the expected value at the bottom to the output on top, largest attribution on top", () => {
    expect(waterfallSteps(explanation)).toEqual([
      { label: "age = 39", attribution: 0.375, start: 0.375, end: 0.75 },
      { label: "hours = 60", attribution: 0.25, start: 0.125, end: 0.375 },
      { label: "sex = Female", attribution: -0.125, start: 0.25, end: 0.125 },
      { label: "city = missing", attribution: 0.0625, start: 0.1875, end: 0.25 },
      { label: "zip = x", attribution: -0.0625, start: 0.25, end: 0.1875 },
    ]);
  });

  it("sums what is beyond the limit into one row at the bottom", () => {
    const steps = waterfallSteps(explanation, 2);
    expect(steps.map((s) => [s.label, s.attribution, s.start, s.end])).toEqual([
      ["age = 39", 0.375, 0.375, 0.75],
      ["hours = 60", 0.25, 0.125, 0.375],
      ["3 other features", -0.125, 0.25, 0.125],
    ]);
    expect(waterfallSteps(explanation, 4).at(-1)?.label).toBe("1 other feature");
  });
});

describe("explanationOption", () => {
  type Option = {
    xAxis: { min: number; max: number; axisLabel: { formatter: (v: number) => string } };
    yAxis: { data: string[]; inverse: boolean };
    series: {
      stack: string;
      data: (number | { value: number; itemStyle: { color: string } })[];
      markLine?: { data: { xAxis: number; name: string }[] };
    }[];
    tooltip: { formatter: (p: unknown) => string };
  };
  const steps = waterfallSteps(explanation);
  const option = explanationOption(steps, explanation.expectedValue, explanation.output) as Option;
  // lowest point 0.125, highest 0.75: pad 0.03125, rounded down to the span's power of ten (0.1): no shift
  const shift = 0;

  it("stacks an invisible base under a bar as long as each attribution, coloured by direction", () => {
    expect(option.yAxis).toMatchObject({ data: steps.map((s) => s.label), inverse: true });
    expect(option.series.map((s) => s.stack)).toEqual(["waterfall", "waterfall"]);
    expect(option.series[0]!.data).toEqual([
      0.375 - shift,
      0.125 - shift,
      0.125 - shift,
      0.1875 - shift,
      0.1875 - shift,
    ]);
    expect(option.series[1]!.data).toEqual([
      { value: 0.375, itemStyle: { color: PALETTE.bad } },
      { value: 0.25, itemStyle: { color: PALETTE.bad } },
      { value: 0.125, itemStyle: { color: PALETTE.reference } },
      { value: 0.0625, itemStyle: { color: PALETTE.bad } },
      { value: 0.0625, itemStyle: { color: PALETTE.reference } },
    ]);
  });

  it("marks the expected value and the output, with axis labels in output units", () => {
    expect(option.series[0]!.markLine!.data.map((d) => [d.name, d.xAxis])).toEqual([
      ["E[f(x)]", 0.25 - shift],
      ["f(x)", 0.75 - shift],
    ]);
    expect(option.xAxis.min).toBe(0);
    expect(option.xAxis.max).toBeCloseTo(0.78125 - shift, 12);
    expect(option.xAxis.axisLabel.formatter(0.25 - shift)).toBe("0.25");
    expect(option.tooltip.formatter([{ dataIndex: 2 }])).toBe("sex = Female<br/>−0.125: 0.25 → 0.125");
  });

  it("shifts a chart that crosses zero to a round value, so stacking starts at 0", () => {
    const crossing = waterfallSteps({
      ...explanation,
      expectedValue: 0.24,
      output: -0.2,
      attributions: [{ feature: "age", value: 39, attribution: -0.44 }],
    });
    const o = explanationOption(crossing, 0.24, -0.2) as Option;
    // low −0.2, high 0.24, pad 0.022: step 0.1, shift −0.3
    expect(o.series[0]!.data[0]).toBeCloseTo(0.1, 12);
    expect(o.xAxis.axisLabel.formatter(0.1)).toBe("−0.2");
    expect(o.xAxis.axisLabel.formatter(0.3)).toBe("0");
  });

  it("keeps a flat explanation drawable", () => {
    const flat = explanationOption([], 0, 0) as Option;
    expect(flat.xAxis.max).toBeGreaterThan(flat.xAxis.min);
  });
});

describe("explanationSumText", () => {
  it.each([
    [explanation, "The attributions sum to 0.5 = output 0.75 − expected value 0.25."],
    [{ ...explanation, sum: 0.49 }, "off by −0.01"],
  ])("%#", (e, text) => {
    expect(explanationSumText(e)).toContain(text);
  });
});

describe("explanationMethodText", () => {
  it.each([
    [
      explanation,
      "Kernel SHAP estimates of version v1, against a background of 50 reference rows, 104,400 calls",
    ],
    [{ ...explanation, exact: true }, "exact Shapley values (every coalition) of version v1"],
  ])("%#", (e, text) => {
    expect(explanationMethodText(e)).toContain(text);
  });
});
