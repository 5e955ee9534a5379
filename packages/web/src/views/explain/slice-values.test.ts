import { describe, expect, it } from "vitest";
import { overallText, sliceGapText, sliceHeadings, sliceValueText } from "./slice-values";

describe("sliceHeadings", () => {
  it.each([
    ["accuracy", "Accuracy in slice", "In baseline"],
    ["error", "Error in slice", "In baseline"],
    ["drift", "Share now", null],
  ] as const)("%s", (metric, value, baseline) => {
    const headings = sliceHeadings(metric);
    expect(headings.value).toBe(value);
    expect(headings.baseline).toBe(baseline);
  });
});

describe("sliceValueText and sliceGapText", () => {
  it.each([
    ["accuracy", "binary", 0.6, 0.86, "60%", "−26 pp"],
    ["error", "binary", 0.4, 0.14, "40%", "+26 pp"],
    ["error", "regression", 12.5, 8, "12.5", "+4.5"],
    ["drift", "multiclass", 0.3, 0.1, "30%", "+20 pp"],
    ["accuracy", "binary", null, 0.86, "—", "—"],
  ] as const)("%s of a %s model: %s vs %s", (metric, task, value, rest, valueText, gap) => {
    expect(sliceValueText(metric, task, value)).toBe(valueText);
    expect(sliceGapText(metric, task, value, rest)).toBe(gap);
  });
});

describe("overallText", () => {
  it.each([
    ["accuracy", "binary", 0.84, "The window's accuracy is 84%."],
    ["error", "binary", 0.16, "The window's error rate is 16%."],
    ["error", "regression", 3.2, "The window's mean absolute error is 3.2."],
    ["drift", "binary", 1, null],
    ["accuracy", "binary", null, null],
  ] as const)("%s of a %s model", (metric, task, overall, text) => {
    expect(overallText(metric, task, overall)).toBe(text);
  });
});
