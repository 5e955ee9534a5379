import { describe, expect, it } from "vitest";
import { explainLink, explainTarget } from "./explain-link";

describe("explainTarget", () => {
  it.each([
    ["drift.hours-per-week", { view: "drift", feature: "hours-per-week", label: "Drift of hours-per-week" }],
    ["drift.share", { view: "drift", label: "Drift of every feature" }],
    ["feature.age.missingShare", { view: "quality", feature: "age", label: "Data quality of age" }],
    [
      "feature.capital.gain.mean",
      { view: "quality", feature: "capital.gain", label: "Data quality of capital.gain" },
    ],
    ["accuracy", { view: "performance", label: "Performance" }],
    ["labelCoverage", { view: "performance", label: "Performance" }],
    ["mae", { view: "performance", label: "Performance" }],
    ["count", { view: "", label: "Traffic and predictions" }],
    ["prediction.share.>50K", { view: "", label: "Traffic and predictions" }],
  ])("%s", (metric, target) => {
    expect(explainTarget(metric)).toEqual(target);
  });
});

describe("explainLink", () => {
  const from = Date.parse("2026-11-20T00:00:00.000Z");
  const to = Date.parse("2026-11-27T12:00:00.000Z");
  it.each([
    [
      { model: "adult-income", metric: "drift.age", version: "champion", segment: null },
      "/models/adult-income/drift?from=2026-11-20T00%3A00%3A00.000Z&to=2026-11-27T12%3A00%3A00.000Z&version=champion&feature=age",
    ],
    [
      { model: "adult-income", metric: "accuracy", version: null, segment: "channel:partner" },
      "/models/adult-income/performance?from=2026-11-20T00%3A00%3A00.000Z&to=2026-11-27T12%3A00%3A00.000Z&segment=channel%3Apartner",
    ],
    [
      { model: "a b", metric: "count", version: null, segment: null },
      "/models/a%20b?from=2026-11-20T00%3A00%3A00.000Z&to=2026-11-27T12%3A00%3A00.000Z",
    ],
  ])("%j", (scope, href) => {
    expect(explainLink(scope, from, to).href).toBe(href);
  });
});
