import { describe, expect, it } from "vitest";
import { feedbackOption, ratingOption } from "./feedback-option";

const SHARE = [
  { start: "2026-11-01T00:00:00.000Z", value: 0.75, count: 4 },
  { start: "2026-11-02T00:00:00.000Z", value: null, count: 0 },
];
const RECORDS = [
  { start: "2026-11-01T00:00:00.000Z", value: 6, count: 100 },
  { start: "2026-11-02T00:00:00.000Z", value: 0, count: 80 },
];

interface Option {
  yAxis: { min?: number; max?: number; name?: string }[];
  series: {
    name: string;
    type: string;
    yAxisIndex?: number;
    data: [number, number | null][];
    tooltip?: { valueFormatter: (v: unknown) => string };
  }[];
}

describe("feedback charts", () => {
  it("draws the thumbs-up share on a 0–100 % axis over records as bars on a count axis", () => {
    const option = feedbackOption(SHARE, RECORDS, 0, 1) as unknown as Option;
    expect(option.yAxis).toHaveLength(2);
    expect(option.yAxis[0]).toMatchObject({ min: 0, max: 1 });
    expect(option.yAxis[1]).toMatchObject({ min: 0, name: "records" });
    expect(option.series.map((s) => [s.name, s.type, s.yAxisIndex ?? 0])).toEqual([
      ["feedback records", "bar", 1],
      ["thumbs up", "line", 0],
    ]);
    expect(option.series[0]!.data.map((d) => d[1])).toEqual([6, 0]);
    expect(option.series[1]!.data.map((d) => d[1])).toEqual([0.75, null]);
    // Records read as counts in the tooltip, not as the share axis's percentages.
    expect(option.series[0]!.tooltip!.valueFormatter(1234)).toBe("1,234");
  });

  it("draws the mean rating as a plain line with gaps where nothing was rated", () => {
    const option = ratingOption(SHARE, 0, 1) as unknown as Option;
    expect(option.series).toHaveLength(1);
    expect(option.series[0]).toMatchObject({ name: "mean rating", type: "line" });
    expect(option.series[0]!.data.map((d) => d[1])).toEqual([0.75, null]);
  });
});
