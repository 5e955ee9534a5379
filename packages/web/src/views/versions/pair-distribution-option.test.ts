import { describe, expect, it } from "vitest";
import { pairDistributionOption } from "./pair-distribution-option";

interface BarSeries {
  name: string;
  data: number[];
  color: string;
  barGap: string;
}

describe("pairDistributionOption", () => {
  it("draws each side's shares per class, A in blue and B in orange", () => {
    const option = pairDistributionOption(
      { categories: ["<=50K", ">50K"], reference: [75, 25], current: [30, 10] },
      "prediction",
      "champion (v1)",
      "challenger (v2)",
    ) as { series: BarSeries[]; xAxis: { data: string[] } };
    expect(option.xAxis.data).toEqual(["<=50K", ">50K"]);
    expect(option.series.map((s) => [s.name, s.data, s.color])).toEqual([
      ["A: champion (v1)", [0.75, 0.25], "#0072B2"],
      ["B: challenger (v2)", [0.75, 0.25], "#E69F00"],
    ]);
    expect(option.series[0]!.barGap).toBe("10%");
  });

  it("puts score bins side by side and keeps an empty side at zero", () => {
    const option = pairDistributionOption(
      { edges: [0, 0.5, 1], reference: [1, 3], current: [0, 0] },
      "score",
      "v1",
      "v2",
    ) as { series: BarSeries[]; xAxis: { data: string[] } };
    expect(option.xAxis.data).toEqual(["0 – 0.5", "0.5 – 1"]);
    expect(option.series[1]!.data).toEqual([0, 0]);
    expect(option.series[0]!.barGap).toBe("10%");
  });
});
