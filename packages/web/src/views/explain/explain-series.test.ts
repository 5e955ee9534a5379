import { describe, expect, it } from "vitest";
import type { Timeseries } from "../../api/types";
import { importanceMetric, isBlank, multivariateWindow, topImportanceFeatures } from "./explain-series";

const point = (value: number | null, count: number) => ({ start: "2026-01-01T00:00:00Z", value, count });

const data: Timeseries = {
  interval: "1h",
  from: "",
  to: "",
  series: [
    // mean (0.1·10 + 0.7·90)/100 = 0.64
    { metric: "importance.age", points: [point(0.1, 10), point(0.7, 90)] },
    // 0.5 in both buckets
    { metric: "importance.hours", points: [point(0.5, 50), point(null, 0), point(0.5, 50)] },
    { metric: "importance.city", points: [point(null, 0)] },
    { metric: "importance.zip", points: [point(0.5, 10)] },
    { metric: "importance.sex", points: [point(0.01, 10)] },
  ],
};

describe("topImportanceFeatures", () => {
  it("ranks by the window's mean, ties by name, leaving out features without values", () => {
    expect(topImportanceFeatures(data, ["sex", "city", "zip", "hours", "age", "absent"])).toEqual([
      "age",
      "hours",
      "zip",
      "sex",
    ]);
  });

  it.each([
    [2, ["age", "hours"]],
    [0, []],
  ])("keeps the top %s", (n, top) => {
    expect(topImportanceFeatures(data, ["age", "hours", "zip"], n)).toEqual(top);
  });

  it("is empty before the data arrives", () => {
    expect(topImportanceFeatures(undefined, ["age"])).toEqual([]);
  });
});

describe("isBlank", () => {
  it.each([
    [importanceMetric("age"), false],
    [importanceMetric("city"), true],
    ["attribution.ndcg", true],
  ])("%s → %s", (metric, blank) => {
    expect(isBlank(data, metric)).toBe(blank);
  });
});

describe("multivariateWindow", () => {
  const base = { from: 0, to: 0, interval: "1h" as const, live: false };
  it("uses daily buckets from two days on, and keeps shorter windows as they are", () => {
    expect(multivariateWindow({ ...base, to: 2 * 86_400_000 }).interval).toBe("1d");
    expect(multivariateWindow({ ...base, to: 86_400_000 }).interval).toBe("1h");
    const daily = { ...base, to: 30 * 86_400_000, interval: "1d" as const };
    expect(multivariateWindow(daily)).toBe(daily);
  });
});
