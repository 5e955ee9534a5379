import { describe, expect, it } from "vitest";
import { PALETTE } from "../../charts/palette";
import { alertChartOption, alertChartRange, alertSpans, conditionLines } from "./alert-chart";
import type { Alert } from "./alert-types";

const HOUR = 3_600_000;
const NOW = Date.parse("2026-11-28T12:00:00.000Z");

const alert = (patch: Partial<Alert> = {}): Alert => ({
  id: "al_1",
  model: "m",
  monitorId: "mon_1",
  fingerprint: "f",
  state: "firing",
  startedAt: "2026-11-28T10:00:00.000Z",
  firingAt: "2026-11-28T10:30:00.000Z",
  resolvedAt: null,
  value: 0.6,
  reason: "accuracy 0.6 < 0.75",
  silencedBy: null,
  timeline: [{ at: "2026-11-28T10:00:00.000Z", state: "pending", value: 0.6, reason: "r" }],
  ...patch,
});

describe("alertChartRange", () => {
  it.each([
    [
      "an open alert, 2-day window: six days before, until now",
      alert(),
      2 * 24 * HOUR,
      ["2026-11-22T10:00:00.000Z", "2026-11-28T12:00:00.000Z", "1h"],
    ],
    [
      "a short window still shows 6 hours before",
      alert(),
      300_000,
      ["2026-11-28T04:00:00.000Z", "2026-11-28T12:00:00.000Z", "1h"],
    ],
    [
      "a resolved alert ends a third of the lead after its resolution",
      alert({
        startedAt: "2026-11-27T10:00:00.000Z",
        firingAt: "2026-11-27T10:00:00.000Z",
        state: "resolved",
        resolvedAt: "2026-11-27T11:00:00.000Z",
      }),
      HOUR,
      ["2026-11-27T04:00:00.000Z", "2026-11-27T13:00:00.000Z", "1h"],
    ],
    [
      "never past now",
      alert({ state: "resolved", resolvedAt: "2026-11-28T11:00:00.000Z" }),
      HOUR,
      ["2026-11-28T04:00:00.000Z", "2026-11-28T12:00:00.000Z", "1h"],
    ],
    [
      "a minute-long window over a fresh alert: 5-minute buckets",
      alert({ startedAt: "2026-11-28T12:00:00.000Z" }),
      60_000,
      ["2026-11-28T06:00:00.000Z", "2026-11-28T12:00:00.000Z", "5m"],
    ],
  ])("%s", (_, a, windowMs, [from, to, interval]) => {
    const range = alertChartRange(a, windowMs, NOW);
    expect([new Date(range.from).toISOString(), new Date(range.to).toISOString(), range.interval]).toEqual([
      from,
      to,
      interval,
    ]);
  });
});

describe("conditionLines", () => {
  it.each([
    [{ type: "threshold", op: "<", value: 0.75 } as const, null, [0.75]],
    [{ type: "outside", low: 1, high: 2 } as const, 5, [1, 2]],
    [{ type: "change", vs: "previous", op: "<", percent: -10 } as const, 0.8, [0.8]],
    [null, null, []],
  ])("%j", (condition, compared, values) => {
    expect(conditionLines(condition, compared).map((l) => l.value)).toEqual(values);
  });
});

describe("alertSpans", () => {
  it("shades the pending part and the firing part up to the resolution", () => {
    expect(alertSpans(alert({ resolvedAt: "2026-11-28T11:00:00.000Z" }))).toEqual([
      {
        from: "2026-11-28T10:00:00.000Z",
        to: "2026-11-28T10:30:00.000Z",
        label: "",
        colour: PALETTE.current,
      },
      {
        from: "2026-11-28T10:30:00.000Z",
        to: "2026-11-28T11:00:00.000Z",
        label: "alert",
        colour: PALETTE.bad,
      },
    ]);
  });
  it("a pending alert that cleared is shaded until its last change", () => {
    const cleared = alert({
      state: "ok",
      firingAt: null,
      timeline: [
        { at: "2026-11-28T10:00:00.000Z", state: "pending", value: 0.6, reason: "" },
        { at: "2026-11-28T10:10:00.000Z", state: "ok", value: 0.8, reason: "" },
      ],
    });
    expect(alertSpans(cleared)).toEqual([
      {
        from: "2026-11-28T10:00:00.000Z",
        to: "2026-11-28T10:10:00.000Z",
        label: "pending",
        colour: PALETTE.current,
      },
    ]);
  });
});

describe("alertChartOption", () => {
  it("draws the metric with the threshold line and the alert's spans", () => {
    const option = alertChartOption({
      alert: alert(),
      metric: "accuracy",
      points: [{ start: "2026-11-28T09:00:00.000Z", value: 0.7, count: 12 }],
      condition: { type: "threshold", op: "<", value: 0.75 },
      range: { from: NOW - 6 * HOUR, to: NOW, interval: "5m" },
    }) as {
      series: { data: unknown; markLine?: { data: { yAxis?: number }[] }; markArea?: { data: unknown[] } }[];
    };
    const [series] = option.series;
    expect(series?.data).toEqual([[Date.parse("2026-11-28T09:00:00.000Z"), 0.7]]);
    expect(series?.markLine?.data.map((l) => l.yAxis)).toEqual([0.75]);
    expect(series?.markArea?.data).toHaveLength(2);
  });

  it("adds the monitor's evaluations inside the range, oldest first, as a second line", () => {
    const option = alertChartOption({
      alert: alert(),
      metric: "accuracy",
      points: [],
      condition: null,
      range: { from: NOW - 6 * HOUR, to: NOW, interval: "5m" },
      window: "2d",
      evaluations: [
        { at: "2026-11-28T11:00:00.000Z", value: 0.6, count: 50 },
        { at: "2026-11-28T10:00:00.000Z", value: 0.7, count: 50 },
        { at: "2026-11-27T10:00:00.000Z", value: 0.9, count: 50 },
      ],
    }) as { series: { name: string; data: unknown }[] };
    expect(option.series.map((s) => s.name)).toEqual(["accuracy per 5m", "monitor's value (2d window)"]);
    expect(option.series[1]?.data).toEqual([
      [Date.parse("2026-11-28T10:00:00.000Z"), 0.7],
      [Date.parse("2026-11-28T11:00:00.000Z"), 0.6],
    ]);
  });
});
