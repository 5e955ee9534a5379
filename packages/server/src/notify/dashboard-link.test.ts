import { describe, expect, it } from "vitest";
import type { Monitor } from "../monitors/monitor-spec.js";
import type { AlertRow } from "../store/duckdb/alert-store.js";
import { dashboardLink, viewOfMetric } from "./dashboard-link.js";

describe("viewOfMetric", () => {
  it.each([
    ["drift.share", "drift", {}],
    ["drift.hours-per-week", "drift", { feature: "hours-per-week" }],
    ["drift.a.b", "drift", { feature: "a.b" }],
    ["feature.capital.gain.missingShare", "quality", { feature: "capital.gain" }],
    ["fairness.sex.demographicParityDifference", "fairness", {}],
    ["count", "", {}],
    ["prediction.share.>50K", "", {}],
    ["accuracy", "performance", {}],
    ["labelCoverage", "performance", {}],
  ])("%s → /%s", (metric, path, params) => {
    expect(viewOfMetric(metric)).toEqual({ path, params });
  });
});

describe("dashboardLink", () => {
  it("opens the explaining view around the alert, with the monitor's filters and the alert selected", () => {
    const monitor = {
      model: "adult income",
      metric: "drift.age",
      version: "champion",
      segment: "channel:partner",
    } as Monitor;
    const alert = {
      id: "al-1",
      startedAt: Date.parse("2026-11-28T12:00:00Z"),
      resolvedAt: null,
      updatedAt: Date.parse("2026-11-28T13:00:00Z"),
    } as AlertRow;
    const link = new URL(dashboardLink("https://telltale.example", monitor, alert, 3_600_000));
    expect(link.pathname).toBe("/models/adult%20income/drift");
    expect(Object.fromEntries(link.searchParams)).toEqual({
      from: "2026-11-28T06:00:00.000Z",
      to: "2026-11-28T14:00:00.000Z",
      feature: "age",
      alert: "al-1",
      version: "champion",
      segment: "channel:partner",
    });
  });
});
