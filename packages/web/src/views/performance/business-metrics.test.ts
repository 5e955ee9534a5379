import { describe, expect, it } from "vitest";
import { type BusinessMetricInfo, businessCaption, businessTitle } from "./business-metrics";

const cost: BusinessMetricInfo = {
  name: "fraud_cost",
  expression: "50 * fn + 2 * fp",
  unit: "USD",
  better: "lower",
  description: null,
  metric: "business.fraud_cost",
};

describe("business metric labels", () => {
  it("names a metric with its unit and says what it computes and which way is good", () => {
    expect(businessTitle(cost)).toBe("fraud_cost (USD)");
    expect(businessTitle({ ...cost, unit: null })).toBe("fraud_cost");
    expect(businessCaption(cost)).toBe("50 * fn + 2 * fp per interval; lower is better.");
  });
});
