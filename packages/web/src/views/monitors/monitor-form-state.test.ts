import { describe, expect, it } from "vitest";
import {
  fieldErrorsOf,
  formFromMonitor,
  type MonitorForm,
  monitorBody,
  newMonitorForm,
} from "./monitor-form-state";
import type { Monitor } from "./monitor-types";

const form = (patch: Partial<MonitorForm>): MonitorForm => ({
  ...newMonitorForm(["channel"]),
  name: "Label coverage low",
  metric: "labelCoverage",
  value: "0.5",
  ...patch,
});

const common = {
  name: "Label coverage low",
  metric: "labelCoverage",
  version: null,
  segment: null,
  window: "1h",
  every: "5m",
  for: "0m",
  minCount: 100,
  severity: "warning",
  noData: "ok",
  channels: [],
  enabled: true,
} as const;

describe("monitorBody", () => {
  it.each<[string, Partial<MonitorForm>, Record<string, unknown>]>([
    ["a threshold", {}, { condition: { type: "threshold", op: "<", value: 0.5 } }],
    [
      "outside a band, on a segment and version, with channels",
      {
        conditionType: "outside",
        low: " 0.2",
        high: "0.9 ",
        version: "champion",
        segmentValue: " partner ",
        channels: ["ch_1"],
        severity: "critical",
      },
      {
        condition: { type: "outside", low: 0.2, high: 0.9 },
        version: "champion",
        segment: "channel:partner",
        channels: ["ch_1"],
        severity: "critical",
      },
    ],
    [
      "a change against the benchmark",
      { conditionType: "change", vs: "reference", op: "<", percent: "-5" },
      { condition: { type: "change", vs: "reference", op: "<", percent: -5 } },
    ],
    [
      "a seasonal anomaly with its season and history, default sensitivity",
      { conditionType: "anomaly", anomalyMethod: "seasonal", season: "week", history: "28d" },
      { condition: { type: "anomaly", method: "seasonal", season: "week", history: "28d" } },
    ],
    [
      "a MAD anomaly leaves out the season",
      { conditionType: "anomaly", anomalyMethod: "mad", sensitivity: "4" },
      { condition: { type: "anomaly", method: "mad", sensitivity: 4, history: "7d" } },
    ],
    [
      "a change point",
      { conditionType: "changepoint", changepointMethod: "pagehinkley", window: "1d", history: "30d" },
      {
        condition: { type: "changepoint", method: "pagehinkley", history: "30d" },
        window: "1d",
      },
    ],
  ])("%s", (_, patch, expected) => {
    expect(monitorBody(form(patch))).toEqual({ success: true, data: { ...common, ...expected } });
  });

  it.each<[Partial<MonitorForm>, Record<string, string>]>([
    [
      { name: " ", value: "x" },
      { name: "Name the monitor.", value: "a number" },
    ],
    [{ conditionType: "outside", low: "2", high: "1" }, { low: "low must be below high" }],
    [
      { window: "1 hour", every: "" },
      { window: expect.any(String), every: expect.any(String) },
    ],
    [{ minCount: "2.5" }, { minCount: "a whole number ≥ 0" }],
    [{ conditionType: "anomaly", sensitivity: "-1" }, { sensitivity: "a positive number" }],
    [{ segmentColumn: "", segmentValue: "web" }, { segment: "Pick the segment column." }],
  ])("names the fields it cannot read: %j", (patch, errors) => {
    expect(monitorBody(form(patch))).toEqual({ success: false, errors });
  });
});

describe("formFromMonitor", () => {
  const monitor: Monitor = {
    ...common,
    id: "mon_1",
    model: "adult-income",
    metric: "accuracy",
    name: "Partner channel accuracy",
    segment: "channel:partner:eu",
    window: "2d",
    every: "15s",
    minCount: 30,
    severity: "critical",
    condition: { type: "threshold", op: "<", value: 0.75 },
    keepFiringFor: "0m",
    actions: [],
    labels: { team: "risk" },
    createdAt: "2026-11-01T00:00:00.000Z",
    updatedAt: "2026-11-01T00:00:00.000Z",
  };
  it("round-trips a saved monitor through the form", () => {
    const back = monitorBody(formFromMonitor(monitor, ["channel"]));
    expect(back).toEqual({
      success: true,
      data: {
        ...common,
        name: monitor.name,
        metric: "accuracy",
        segment: "channel:partner:eu",
        window: "2d",
        every: "15s",
        minCount: 30,
        severity: "critical",
        condition: monitor.condition,
      },
    });
  });
  it("keeps an anomaly's method, season, history and sensitivity", () => {
    const f = formFromMonitor({
      ...monitor,
      condition: { type: "anomaly", method: "seasonal", season: "day", history: "14d", sensitivity: 5 },
    });
    expect([f.conditionType, f.anomalyMethod, f.season, f.history, f.sensitivity]).toEqual([
      "anomaly",
      "seasonal",
      "day",
      "14d",
      "5",
    ]);
  });
});

describe("fieldErrorsOf", () => {
  it.each<[string, { message: string; details?: Record<string, unknown> }, Record<string, string>]>([
    [
      "zod issues on the body",
      {
        message: "body.condition.value: expected number",
        details: {
          issues: [
            { path: "body.condition.value", message: "Invalid input: expected number" },
            { path: "body.window", message: "a duration such as 30s, 5m, 1h or 7d" },
          ],
        },
      },
      { value: "Invalid input: expected number", window: "a duration such as 30s, 5m, 1h or 7d" },
    ],
    [
      "zod issues on a backtest's monitor",
      {
        message: "x",
        details: { issues: [{ path: "body.monitor.every", message: "between 10 s and 1 days" }] },
      },
      { every: "between 10 s and 1 days" },
    ],
    [
      "an issue outside the form",
      { message: "x", details: { issues: [{ path: "body.labels.x", message: "bad" }] } },
      { form: "body.labels.x: bad" },
    ],
    [
      "a metric the model lacks",
      { message: "metric 'drift.nope': the model has no feature 'nope'", details: { metric: "drift.nope" } },
      { metric: "metric 'drift.nope': the model has no feature 'nope'" },
    ],
    [
      "a segment column",
      { message: "segment: 'region' is not a segment", details: { segments: ["channel"] } },
      { segment: "segment: 'region' is not a segment" },
    ],
    [
      "too short a history",
      { message: "condition.history holds 4 windows of 1d; between 8 and 5000 are needed", details: {} },
      { history: "condition.history holds 4 windows of 1d; between 8 and 5000 are needed" },
    ],
    ["anything else", { message: "the range needs from < to" }, { form: "the range needs from < to" }],
  ])("%s", (_, error, errors) => {
    expect(fieldErrorsOf(error)).toEqual(errors);
  });
});
