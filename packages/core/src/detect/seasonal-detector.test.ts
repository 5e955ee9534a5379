import { describe, expect, it } from "vitest";
import golden from "../../golden/detect.json" with { type: "json" };
import { judged } from "./judged.test-support.js";
import { madDetector } from "./mad-detector.js";
import { normalNoise } from "./normal-noise.test-support.js";
import { type SeasonalParams, seasonalDetector } from "./seasonal-detector.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = 1_700_006_400_000; // a UTC midnight

const close = (actual: number | null, expected: number) =>
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));

describe("seasonalDetector matches the phase medians and leave-one-out residual MAD computed with numpy/scipy", () => {
  it.each(golden.seasonal.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const params: SeasonalParams = {
      season: c.season as "day" | "week",
      toleranceMs: c.toleranceMs,
      spread: c.spread as "pooled" | "phase",
    };
    const input = {
      values: c.values,
      timestamps: c.timestamps,
      current: c.current,
      currentTimestamp: c.currentTimestamp,
    };
    const result = judged(seasonalDetector(input, params));
    close(result.expected, c.median);
    close(result.score, c.score);
    close(result.upper! - result.lower!, 2 * 3.5 * c.scale);
    expect(result.status).toBe(c.anomalous ? "anomalous" : "ok");
    expect(result.reason).toContain(`of ${c.samePhase} points at the same time of ${c.season}`);
  });
});

/** Hourly points with a daily cycle (trough at 06:00, peak at 18:00) and N(0, 0.01²) noise. */
function hourly(count: number, seed: number) {
  const noise = normalNoise(count, seed);
  const timestamps = Array.from({ length: count }, (_, i) => START + i * HOUR);
  const level = (t: number) => 0.8 + 0.1 * Math.sin(2 * Math.PI * ((t % DAY) / DAY - 0.5));
  const values = timestamps.map((t, i) => level(t) + 0.01 * noise[i]!);
  return { timestamps, values, level };
}

/** The indices from `window` on flagged against the `window` points before each. */
function seasonalFlags(
  values: readonly (number | null)[],
  timestamps: readonly number[],
  window: number,
  params: SeasonalParams = {},
) {
  const flagged: number[] = [];
  for (let i = window; i < values.length; i++) {
    const input = {
      values: values.slice(i - window, i),
      timestamps: timestamps.slice(i - window, i),
      current: values[i]!,
      currentTimestamp: timestamps[i]!,
    };
    if (seasonalDetector(input, params).status === "anomalous") flagged.push(i);
  }
  return flagged;
}

describe("seasonalDetector on series", () => {
  const { timestamps, values, level } = hourly(600, 20240611);

  it("gives no alert on 25 days of clean hourly data with a daily cycle (rolling 7-day history)", () => {
    expect(seasonalFlags(values, timestamps, 168)).toEqual([]);
  });

  it("flags values normal for the day but not for their hour, which a plain MAD misses", () => {
    const swapped = [...values];
    const troughs = [24 * 10 + 6, 24 * 15 + 6, 24 * 20 + 18]; // 06:00, 06:00, 18:00
    for (const at of troughs) swapped[at] = level(timestamps[at]! + 12 * HOUR); // the level 12 hours away
    expect(seasonalFlags(swapped, timestamps, 168)).toEqual(troughs);
    for (const at of troughs)
      expect(madDetector(swapped.slice(at - 168, at), swapped[at]!).status).toBe("ok");
  });

  it("with 5-minute points compares with the same time (±30 min) of earlier days", () => {
    const step = 5 * 60_000;
    const count = 3 * 288 + 144 + 1; // the current point is at 12:00 on day 4
    const noise = normalNoise(count, 7);
    const ts = Array.from({ length: count }, (_, i) => START + i * step);
    const vs = ts.map((t, i) => (t % DAY) / HOUR + 0.1 * noise[i]!); // the hour of day plus noise
    const input = { values: vs.slice(0, -1), timestamps: ts.slice(0, -1), currentTimestamp: ts.at(-1)! };
    const same = seasonalDetector({ ...input, current: 12.05 });
    expect(same).toMatchObject({ status: "ok" });
    expect(same.reason).toContain("of 36 points"); // 3 days × 12 points in [11:30, 12:30)
    expect(seasonalDetector({ ...input, current: 14 })).toMatchObject({ status: "anomalous" });
  });

  it("with a weekly season compares with the same hour of the week", () => {
    const weeks = 5 * 168;
    const noise = normalNoise(weeks + 1, 11);
    const ts = Array.from({ length: weeks + 1 }, (_, i) => START + i * HOUR);
    const weekend = (t: number) => [2, 3].includes(Math.floor(t / DAY) % 7); // 1970-01-01 was a Thursday
    const vs = ts.map((t, i) => (weekend(t) ? 3 : 10) + 0.2 * noise[i]!);
    const input = { values: vs.slice(0, -1), timestamps: ts.slice(0, -1), currentTimestamp: ts.at(-1)! };
    const expectedNow = weekend(input.currentTimestamp) ? 3 : 10;
    expect(seasonalDetector({ ...input, current: expectedNow }, { season: "week" })).toMatchObject({
      status: "ok",
    });
    expect(seasonalDetector({ ...input, current: 13 - expectedNow }, { season: "week" })).toMatchObject({
      status: "anomalous",
    });
  });

  it("with a period in points compares with every period-th point back, ignoring timestamps", () => {
    const vs = Array.from({ length: 40 }, (_, i) => [1, 5, 9, 5][i % 4]! + 0.01 * ((i * 7) % 5));
    const input = { values: vs, current: 1.02 }; // position 40 ≡ 0 (mod 4): expects ~1
    expect(seasonalDetector(input, { period: 4 })).toMatchObject({ status: "ok" });
    expect(seasonalDetector({ ...input, current: 5 }, { period: 4 })).toMatchObject({ status: "anomalous" });
  });
});

describe("seasonalDetector edge cases", () => {
  const { timestamps, values } = hourly(24 * 4, 3);
  const at = (days: number) => ({
    values: values.slice(0, days * 24),
    timestamps: timestamps.slice(0, days * 24),
    current: 0.8,
    currentTimestamp: START + days * DAY,
  });

  it.each([
    ["3 days of hourly history", at(3), {}, 4, 3],
    ["1 week of hourly history for a weekly season", at(4), { season: "week" }, 4, 0],
    ["fewer points than minPoints asks", at(4), { minPoints: 5 }, 5, 4],
  ] as const)("%s is insufficient", (_, input, params, need, have) => {
    expect(seasonalDetector(input, params)).toMatchObject({ status: "insufficient", need, have });
  });

  it("skips null and NaN values and points not before the current one", () => {
    const base = at(4);
    const holed = {
      ...base,
      values: [...base.values.map((v, i) => (i % 24 === 5 ? null : i % 24 === 7 ? Number.NaN : v)), 99],
      timestamps: [...base.timestamps, base.currentTimestamp + HOUR],
    };
    const withoutHoles = {
      ...base,
      values: base.values.filter((_, i) => i % 24 !== 5 && i % 24 !== 7),
      timestamps: base.timestamps.filter((_, i) => i % 24 !== 5 && i % 24 !== 7),
    };
    expect(seasonalDetector(holed)).toEqual(seasonalDetector(withoutHoles));
  });

  it.each([
    ["no timestamps", { values: [1, 2], current: 1, currentTimestamp: 5 }, {}],
    ["no currentTimestamp", { values: [1, 2], timestamps: [1, 2], current: 1 }, {}],
    ["mismatched timestamps", { values: [1, 2], timestamps: [1], current: 1, currentTimestamp: 5 }, {}],
    ["a negative sensitivity", at(4), { sensitivity: -1 }],
    ["a tolerance over half the season", at(4), { toleranceMs: 13 * HOUR }],
    ["an unknown season", at(4), { season: "month" }],
    ["an unknown spread", at(4), { spread: "global" }],
    ["a period of 1", at(4), { period: 1 }],
  ])("throws RangeError for %s", (_, input, params) => {
    expect(() => seasonalDetector(input, params as SeasonalParams)).toThrow(RangeError);
  });
});
