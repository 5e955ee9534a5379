import { describe, expect, it } from "vitest";
import { businessDeltaText, businessText, businessTitle } from "./business-text";

describe("business text", () => {
  it.each([
    [1234.5, "USD", "1,234.5 USD"],
    [0.25, null, "0.25"],
    [null, "USD", "—"],
  ])("businessText(%s, %s) = %s", (value, unit, text) => {
    expect(businessText(value, unit)).toBe(text);
  });
  it.each([
    [-1500, "USD", "−1,500 USD"],
    [2, null, "+2"],
    [0, "USD", "±0 USD"],
    [null, "USD", "—"],
  ])("businessDeltaText(%s, %s) = %s", (delta, unit, text) => {
    expect(businessDeltaText(delta, unit)).toBe(text);
  });
  it("names a metric with its unit", () => {
    expect(businessTitle("error_cost", "USD")).toBe("error_cost (USD)");
    expect(businessTitle("lift", null)).toBe("lift");
  });
});
