import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/api-error";
import { isUnknownMetricError, missingShareMetric, problemShareMetric } from "./quality-metrics";

describe("quality metrics", () => {
  it("names a feature's shares by its kind", () => {
    expect(missingShareMetric("age")).toBe("feature.age.missingShare");
    expect(problemShareMetric({ name: "age", kind: "numerical" })).toBe("feature.age.outOfRangeShare");
    expect(problemShareMetric({ name: "job", kind: "categorical" })).toBe("feature.job.newCategoryShare");
  });

  it.each([
    ["the server's answer to an unknown metric", new ApiError(422, "TELLTALE_BAD_OPTION", "metric …"), true],
    ["a validation failure", new ApiError(400, "TELLTALE_VALIDATION", "bad"), true],
    ["a missing reference", new ApiError(409, "TELLTALE_NO_REFERENCE", "none"), false],
    ["a server failure", new ApiError(500, "HTTP_ERROR", "boom"), false],
    ["no error", null, false],
  ])("%s", (_, error, unknown) => {
    expect(isUnknownMetricError(error)).toBe(unknown);
  });
});
