import { describe, expect, it } from "vitest";
import { conditionText, valueAgainstCondition } from "./condition-text";
import type { Condition } from "./monitor-types";

describe("conditionText", () => {
  it.each<[Condition, string, string]>([
    [{ type: "threshold", op: "<", value: 0.75 }, "accuracy", "< 75%"],
    [{ type: "threshold", op: ">=", value: 1200 }, "count", "≥ 1,200"],
    [{ type: "threshold", op: ">", value: 0.3 }, "drift.share", "> 30%"],
    [{ type: "outside", low: 10, high: 90 }, "feature.age.mean", "outside 10 – 90"],
    [
      { type: "change", vs: "previous", op: "<", percent: -10 },
      "accuracy",
      "change vs previous window < −10%",
    ],
    [{ type: "change", vs: "reference", op: ">", percent: 5 }, "mae", "change vs benchmark > +5%"],
    [
      { type: "anomaly", method: "seasonal", season: "day", history: "14d" },
      "count",
      "anomaly (seasonal by day, sensitivity 3.5, 14d of history)",
    ],
    [
      { type: "anomaly", method: "mad", sensitivity: 4 },
      "count",
      "anomaly (median and MAD, sensitivity 4, 7d of history)",
    ],
    [
      { type: "changepoint", method: "cusum", history: "7d" },
      "accuracy",
      "change point (CUSUM, sensitivity 10 σ, 7d of history)",
    ],
  ])("%j on %s", (condition, metric, text) => {
    expect(conditionText(condition, metric)).toBe(text);
  });
});

describe("valueAgainstCondition", () => {
  it.each<[number | null, number | null, Condition, string, string]>([
    [0.612, 0.75, { type: "threshold", op: "<", value: 0.75 }, "accuracy", "61.2% (< 75%)"],
    [
      0.6,
      0.8,
      { type: "change", vs: "previous", op: "<", percent: -10 },
      "accuracy",
      "60% vs 80% (change vs previous window < −10%)",
    ],
    [
      null,
      null,
      { type: "anomaly", method: "ewma" },
      "count",
      "— (anomaly (EWMA, sensitivity 3.5, 7d of history))",
    ],
  ])("%s vs %s", (value, compared, condition, metric, text) => {
    expect(valueAgainstCondition(value, compared, condition, metric)).toBe(text);
  });
});
