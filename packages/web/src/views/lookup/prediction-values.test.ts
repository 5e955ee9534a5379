import { describe, expect, it } from "vitest";
import { scoreText, topAttributions, valueText } from "./prediction-values";

describe("valueText", () => {
  it.each([
    [null, "missing"],
    ["", "missing"],
    ["Private", "Private"],
    [40, "40"],
    [0.123456, "0.1235"],
  ])("%j → %s", (value, text) => {
    expect(valueText(value)).toBe(text);
  });
});

describe("scoreText", () => {
  it.each([
    [null, "no score"],
    [0.0017942, "0.0018"],
    [{ cat: 0.1, dog: 0.7, fox: 0.15, owl: 0.05 }, "dog 0.7 · fox 0.15 · cat 0.1"],
    [{}, "no score"],
  ])("%j → %s", (score, text) => {
    expect(scoreText(score)).toBe(text);
  });
});

describe("topAttributions", () => {
  it("orders by magnitude and keeps the sign", () => {
    expect(topAttributions({ age: 0.2, hours: -0.5, sex: 0.01, nan: Number.NaN }, 2)).toEqual([
      { feature: "hours", value: -0.5 },
      { feature: "age", value: 0.2 },
    ]);
    expect(topAttributions(null)).toEqual([]);
  });
});
