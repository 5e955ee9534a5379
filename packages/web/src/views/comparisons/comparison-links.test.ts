import { describe, expect, it } from "vitest";
import { alertPath, comparisonPath } from "./comparison-links";

describe("links", () => {
  it.each([
    [comparisonPath("adult-income", "c1"), "/models/adult-income/comparisons/c1"],
    [comparisonPath("a b", "x/y"), "/models/a%20b/comparisons/x%2Fy"],
    [alertPath("adult-income", "al 1"), "/models/adult-income/alerts?alert=al+1"],
  ])("%s", (path, expected) => {
    expect(path).toBe(expected);
  });
});
