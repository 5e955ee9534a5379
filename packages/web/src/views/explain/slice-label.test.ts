import { describe, expect, it } from "vitest";
import type { SliceCondition } from "./explain-types";
import { conditionText, sliceLabel } from "./slice-label";

describe("conditionText", () => {
  it.each<[SliceCondition, string]>([
    [{ feature: "channel", kind: "category", value: "partner" }, "channel = partner"],
    [{ feature: "age", kind: "range", lower: 30, upper: 40 }, "age ∈ [30, 40)"],
    [{ feature: "age", kind: "range", lower: 29.999999, upper: 40.5 }, "age ∈ [30, 40.5)"],
    [{ feature: "age", kind: "range", lower: null, upper: 30 }, "age < 30"],
    [{ feature: "age", kind: "range", lower: 60, upper: null }, "age ≥ 60"],
    [{ feature: "age", kind: "range", lower: -2.5, upper: null }, "age ≥ −2.5"],
    [{ feature: "age", kind: "range", lower: null, upper: null }, "age is any value"],
    [{ feature: "city", kind: "missing" }, "city is missing"],
  ])("%j → %s", (condition, text) => {
    expect(conditionText(condition)).toBe(text);
  });
});

describe("sliceLabel", () => {
  it("joins conditions with and", () => {
    expect(
      sliceLabel([
        { feature: "channel", kind: "category", value: "partner" },
        { feature: "age", kind: "range", lower: null, upper: 25 },
      ]),
    ).toBe("channel = partner and age < 25");
    expect(sliceLabel([])).toBe("all rows");
  });
});
