import { describe, expect, it } from "vitest";
import { PALETTE } from "../../charts/palette";
import { backtestOption, backtestSummary } from "./backtest-option";
import type { Backtest, BacktestAlert, BacktestPoint } from "./monitor-types";

const point = (at: string, value: number | null, patch: Partial<BacktestPoint> = {}): BacktestPoint => ({
  at,
  value,
  count: 40,
  status: "ok",
  state: "ok",
  breached: false,
  reason: "",
  compared: 0.75,
  lower: null,
  upper: null,
  ...patch,
});

const episode = (patch: Partial<BacktestAlert>): BacktestAlert => ({
  state: "resolved",
  startedAt: "2026-11-22T01:00:00.000Z",
  firingAt: "2026-11-22T01:00:00.000Z",
  resolvedAt: "2026-11-22T03:00:00.000Z",
  endedAt: "2026-11-22T03:00:00.000Z",
  peak: 0.5,
  ...patch,
});

const backtest = (patch: Partial<Backtest> = {}): Backtest => ({
  from: "2026-11-21T00:00:00.000Z",
  to: "2026-11-28T00:00:00.000Z",
  step: "1h",
  evaluations: 168,
  points: [point("2026-11-22T01:00:00.000Z", 0.6), point("2026-11-22T02:00:00.000Z", 0.8)],
  alerts: [episode({})],
  condition: { type: "threshold", op: "<", value: 0.75 },
  ...patch,
});

type Series = {
  name: string;
  markLine?: { data: { yAxis?: number }[] };
  markArea?: { data: { itemStyle?: { color: string } }[][] };
};

describe("backtestSummary", () => {
  it.each([
    [[], 0, "0 would-be alerts in 168 evaluations, one every 1h."],
    [[episode({})], 1, "1 would-be alert in 168 evaluations, one every 1h."],
    [
      [
        episode({}),
        episode({ state: "ok", firingAt: null, resolvedAt: null }),
        episode({ state: "firing", resolvedAt: null, endedAt: null }),
      ],
      2,
      "2 would-be alerts in 168 evaluations, one every 1h (1 more pending that cleared without firing; one still open at the end).",
    ],
  ])("%#", (alerts, fired, text) => {
    expect(backtestSummary(backtest({ alerts }))).toEqual({ fired, text });
  });
});

describe("backtestOption", () => {
  it("draws the values, the threshold line and each would-be alert, firing ones in the alert colour", () => {
    const cleared = episode({
      state: "ok",
      firingAt: null,
      startedAt: "2026-11-23T00:00:00.000Z",
      endedAt: "2026-11-23T01:00:00.000Z",
    });
    const option = backtestOption(backtest({ alerts: [episode({}), cleared] }), "accuracy") as {
      series: Series[];
    };
    expect(option.series.map((s) => s.name)).toEqual(["accuracy"]);
    expect(option.series[0]?.markLine?.data.map((l) => l.yAxis)).toEqual([0.75]);
    expect(option.series[0]?.markArea?.data.map((pair) => pair[0]?.itemStyle?.color)).toEqual([
      PALETTE.bad,
      PALETTE.current,
    ]);
  });

  it.each([
    [
      "outside: both edges as lines",
      { type: "outside", low: 0.2, high: 0.9 } as const,
      {},
      ["accuracy"],
      [0.2, 0.9],
    ],
    [
      "change: the compared value as a dashed line",
      { type: "change", vs: "previous", op: "<", percent: -10 } as const,
      {},
      ["accuracy", "compared with"],
      [],
    ],
    [
      "anomaly: the limits as dashed lines",
      { type: "anomaly", method: "mad" } as const,
      { lower: 0.7, upper: 0.9, compared: 0.8 },
      ["accuracy", "lower limit", "upper limit"],
      [],
    ],
  ])("%s", (_, condition, pointPatch, names, lines) => {
    const option = backtestOption(
      backtest({ condition, points: [point("2026-11-22T01:00:00.000Z", 0.6, pointPatch)] }),
      "accuracy",
    ) as { series: Series[] };
    expect(option.series.map((s) => s.name)).toEqual(names);
    expect(option.series[0]?.markLine?.data.map((l) => l.yAxis) ?? []).toEqual(lines);
  });
});
