import { describe, expect, it } from "vitest";
import {
  formatCount,
  formatDelta,
  formatDuration,
  formatMetric,
  formatNumber,
  formatPercent,
  formatRelative,
  isShareMetric,
  lowerIsBetter,
} from "./format";

describe("format", () => {
  it.each([
    ["accuracy", 0.8512, "85.1%"],
    ["labelCoverage", 1, "100%"],
    ["drift.share", 0.25, "25%"],
    ["feature.age.missingShare", 0.031, "3.1%"],
    ["fairness.sex.selectionRate.Male", 0.2, "20%"],
    ["count", 1234.4, "1,234"],
    ["rmse", 12.3456, "12.346"],
    ["logLoss", 0.000012, "1.20e−5"],
    ["mae", null, "—"],
    ["accuracy", Number.NaN, "—"],
  ])("formatMetric(%s, %s) = %s", (metric, value, text) => {
    expect(formatMetric(metric, value)).toBe(text);
  });
  it("numbers, percents, counts", () => {
    expect(formatNumber(-0.5)).toBe("−0.5");
    expect(formatNumber(123456.78)).toBe("123,456.8");
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe("∞");
    expect(formatPercent(0.12345, 2)).toBe("12.35%");
    expect(formatCount(undefined)).toBe("—");
  });
  it("deltas in percentage points for shares", () => {
    expect(formatDelta("accuracy", -0.021)).toBe("−2.1 pp");
    expect(formatDelta("rmse", 0.5)).toBe("+0.5");
    expect(formatDelta("rmse", 0)).toBe("±0");
  });
  it("relative times and durations", () => {
    const now = Date.parse("2026-11-28T12:00:00Z");
    expect(formatRelative("2026-11-28T11:57:00Z", now)).toBe("3 min ago");
    expect(formatRelative("2026-11-28T14:00:00Z", now)).toBe("in 2 h");
    expect(formatRelative(now, now)).toBe("just now");
    expect(formatDuration(5_400_000)).toBe("1 h 30 min");
    expect(formatDuration(45_000)).toBe("45 s");
  });
  it("knows shares and which way is better", () => {
    expect(isShareMetric("prediction.share.>50K")).toBe(true);
    expect(isShareMetric("prediction.mean")).toBe(false);
    expect(lowerIsBetter("fnr")).toBe(true);
    expect(lowerIsBetter("accuracy")).toBe(false);
    expect(lowerIsBetter("fairness.sex.demographicParityDifference")).toBe(true);
    expect(lowerIsBetter("feature.age.missingShare")).toBe(true);
    expect(lowerIsBetter("feedback.positiveShare")).toBe(false);
    expect(isShareMetric("feedback.positiveShare")).toBe(true);
    expect(formatDelta("accuracy", 0.021)).toBe("+2.1 pp");
    expect(formatDelta("accuracy", -0.00053)).toBe("−0.05 pp");
    expect(formatDelta("accuracy", 0.00004)).toBe("+<0.01 pp");
    expect(formatDelta("accuracy", 0)).toBe("±0 pp");
  });
});
