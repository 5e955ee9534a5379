import { describe, expect, it } from "vitest";
import { foldBacktest } from "./backtest-fold.js";
import type { MonitorEvaluation } from "./monitor-evaluation.js";
import { type Monitor, newMonitorSchema } from "./monitor-spec.js";

const M = 60_000;

const monitor = (fields: Record<string, unknown> = {}): Monitor => ({
  ...newMonitorSchema.parse({
    name: "accuracy",
    metric: "accuracy",
    condition: { type: "threshold", op: "<", value: 0.8 },
    ...fields,
  }),
  id: "mon_1",
  model: "m",
  createdAt: 0,
  updatedAt: 0,
  createdBy: "test",
});

/** Evaluations one minute apart from minute 1: a number is a value against `< 0.8`, a word a valueless status. */
const evaluations = (values: readonly (number | "nodata" | "insufficient")[]): MonitorEvaluation[] =>
  values.map((v, i) => ({
    at: (i + 1) * M,
    from: i * M,
    value: typeof v === "number" ? v : null,
    count: 100,
    status: typeof v === "number" ? (v < 0.8 ? "breach" : "ok") : v,
    reason: String(v),
    compared: typeof v === "number" ? 0.8 : null,
    version: null,
  }));

/** Alerts as [state, startedAt, firingAt, resolvedAt, endedAt, peak], times in minutes. */
const alertsOf = (fields: Record<string, unknown>, values: readonly (number | "nodata" | "insufficient")[]) =>
  foldBacktest(monitor(fields), evaluations(values)).alerts.map((a) => [
    a.state,
    a.startedAt / M,
    a.firingAt === null ? null : a.firingAt / M,
    a.resolvedAt === null ? null : a.resolvedAt / M,
    a.endedAt === null ? null : a.endedAt / M,
    a.peak,
  ]);

const statesOf = (fields: Record<string, unknown>, values: readonly (number | "nodata" | "insufficient")[]) =>
  foldBacktest(monitor(fields), evaluations(values)).points.map((p) => p.state);

const cases: [
  string,
  Record<string, unknown>,
  (number | "nodata" | "insufficient")[],
  string[],
  unknown[][],
][] = [
  [
    "fires on the first breach without `for`",
    {},
    [0.9, 0.7, 0.6, 0.9, 0.9],
    ["ok", "firing", "firing", "resolved", "resolved"],
    [["resolved", 2, 2, 4, 4, 0.6]],
  ],
  [
    "is pending until `for` has passed since the first breach",
    { for: "2m" },
    [0.7, 0.75, 0.5, 0.7, 0.9],
    ["pending", "pending", "firing", "firing", "resolved"],
    [["resolved", 1, 3, 5, 5, 0.5]],
  ],
  [
    "a pending alert that clears goes back to ok without firing",
    { for: "5m" },
    [0.7, 0.6, 0.9],
    ["pending", "pending", "ok"],
    [["ok", 1, null, null, 3, 0.6]],
  ],
  [
    "each episode is an alert",
    {},
    [0.7, 0.9, 0.9, 0.75, 0.9],
    ["firing", "resolved", "resolved", "firing", "resolved"],
    [
      ["resolved", 1, 1, 2, 2, 0.7],
      ["resolved", 4, 4, 5, 5, 0.75],
    ],
  ],
  [
    "keeps firing for `keepFiringFor` after the condition clears",
    { keepFiringFor: "2m" },
    [0.7, 0.9, 0.9, 0.9, 0.9],
    ["firing", "firing", "firing", "resolved", "resolved"],
    [["resolved", 1, 1, 4, 4, 0.7]],
  ],
  [
    "an alert still open at the end has no end",
    { for: "1m" },
    [0.9, 0.7, 0.65],
    ["ok", "pending", "firing"],
    [["firing", 2, 3, null, null, 0.65]],
  ],
  [
    "no data counts as a breach under `noData: alerting`, with no peak",
    { noData: "alerting" },
    [0.9, "nodata", "nodata", 0.9],
    ["ok", "firing", "firing", "resolved"],
    [["resolved", 2, 2, 4, 4, null]],
  ],
  [
    "no data clears under `noData: ok`",
    {},
    [0.7, "nodata"],
    ["firing", "resolved"],
    [["resolved", 1, 1, 2, 2, 0.7]],
  ],
  [
    "too few rows change nothing",
    {},
    [0.7, "insufficient", "insufficient", 0.9],
    ["firing", "firing", "firing", "resolved"],
    [["resolved", 1, 1, 4, 4, 0.7]],
  ],
  ["never breaching raises no alert", {}, [0.9, 0.95, "nodata"], ["ok", "ok", "ok"], []],
];

describe("foldBacktest", () => {
  it.each(cases)("%s", (_, fields, values, states, alerts) => {
    expect(statesOf(fields, values)).toEqual(states);
    expect(alertsOf(fields, values)).toEqual(alerts);
  });

  it.each([
    ["above a threshold: the highest", { type: "threshold", op: ">", value: 1 }, [2, 5, 3], 5],
    ["outside a band: the furthest out", { type: "outside", low: 0, high: 1 }, [-3, 2, 1.5], -3],
  ])("peaks %s", (_, condition, values, peak) => {
    const m = monitor({ condition });
    const band = condition.type === "outside";
    const [alert] = foldBacktest(
      m,
      values.map((value, i) => ({
        at: (i + 1) * M,
        from: i * M,
        value,
        count: 100,
        status: "breach" as const,
        reason: "",
        ...(band ? { lower: 0, upper: 1 } : { compared: 1 }),
        version: null,
      })),
    ).alerts;
    expect(alert!.peak).toBe(peak);
  });

  it("gives each point its value, status and limits", () => {
    const [point] = foldBacktest(monitor(), evaluations([0.7])).points;
    expect(point).toEqual({
      at: M,
      value: 0.7,
      count: 100,
      status: "breach",
      state: "firing",
      breached: true,
      reason: "0.7",
      compared: 0.8,
      lower: null,
      upper: null,
    });
  });
});
