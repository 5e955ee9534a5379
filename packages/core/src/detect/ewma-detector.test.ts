import { describe, expect, it } from "vitest";
import golden from "../../golden/detect.json" with { type: "json" };
import { ewmaDetector } from "./ewma-detector.js";
import { judged } from "./judged.test-support.js";
import { noisySeries } from "./normal-noise.test-support.js";
import { rollingFlags } from "./rolling-flags.test-support.js";

const close = (actual: number | null, expected: number) =>
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));

describe("ewmaDetector matches the NIST EWMA chart written out with numpy", () => {
  it.each(golden.ewma.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const result = judged(
      ewmaDetector(c.history, c.current, { lambda: c.lambda, sensitivity: c.sensitivity }),
    );
    close(result.expected, c.mean);
    close(result.observed, c.ewma);
    close(result.lower, c.lower);
    close(result.upper, c.upper);
    close(result.score, c.score);
    expect(result.threshold).toBe(c.sensitivity);
    expect(result.status).toBe(c.anomalous ? "anomalous" : "ok");
  });

  it("with λ = 1 is a Shewhart chart: limits μ ± L·s", () => {
    const c = golden.ewma.find((e) => e.lambda === 1)!;
    close(c.upper - c.mean, 3 * c.std);
  });
});

describe("ewmaDetector on series", () => {
  const series = noisySeries(600, 20240611, 120, 15);
  const judge = (history: readonly (number | null)[], current: number) => ewmaDetector(history, current);

  it("gives no alert on 600 points of clean normal noise at the default sensitivity (rolling 168-point history)", () => {
    expect(rollingFlags(series, 168, judge)).toEqual([]);
  });

  it.each([
    ["a 7σ spike", 300, 7 * 15],
    ["an 8σ dip", 480, -8 * 15],
  ])("flags %s at its point; the EWMA's memory may hold the alarm one more point", (_, at, jump) => {
    const spiked = [...series];
    spiked[at] = 120 + jump;
    const flags = rollingFlags(spiked, 168, judge);
    expect(flags[0]).toBe(at);
    expect(flags.every((i) => i === at || i === at + 1)).toBe(true);
  });

  it("flags a sustained 1.5σ shift within 10 points", () => {
    const at = 400;
    const shifted = series.map((v, i) => (i >= at ? v + 1.5 * 15 : v));
    const flags = rollingFlags(shifted.slice(0, at + 30), 168, judge);
    expect(flags[0]).toBeGreaterThanOrEqual(at);
    expect(flags[0]).toBeLessThan(at + 10);
    // The rolling history takes in the new level (mean and σ move), so the chart stops flagging it in time.
    expect(flags.filter((i) => i < at + 15).length).toBeGreaterThanOrEqual(10);
  });

  it("with the textbook L = 3, λ = 0.3 alerts on this clean series: why the default is L = 3.5, λ = 0.2", () => {
    const flags = rollingFlags(series, 168, (h, c) => ewmaDetector(h, c, { sensitivity: 3, lambda: 0.3 }));
    expect(flags.length).toBeGreaterThan(0);
  });
});

describe("ewmaDetector edge cases", () => {
  it.each([
    ["empty history", [], 0],
    ["7 present points among nulls", [1, null, 2, 3, Number.NaN, 4, 5, 6, 7], 7],
  ])("%s is insufficient", (_, history, have) => {
    expect(ewmaDetector(history, 1)).toMatchObject({ status: "insufficient", need: 8, have });
  });

  it("skips null and NaN points: the EWMA runs over the present points", () => {
    const clean = [3, 4, 5, 4, 3, 4, 5, 4, 3, 4];
    const holed = [3, null, 4, 5, Number.NaN, 4, 3, 4, null, 5, 4, 3, 4];
    expect(ewmaDetector(holed, 6)).toEqual(ewmaDetector(clean, 6));
  });

  it("on a constant history flags any other value and not the constant", () => {
    const flat = Array(12).fill(0.1);
    expect(ewmaDetector(flat, 0.1)).toMatchObject({
      status: "ok",
      score: 0,
      lower: 0.1,
      upper: 0.1,
      observed: 0.1,
    });
    expect(ewmaDetector(flat, 0.11)).toMatchObject({ status: "anomalous", score: null, expected: 0.1 });
  });

  it.each([
    ["sensitivity", { sensitivity: -3 }],
    ["lambda", { lambda: 0 }],
    ["lambda", { lambda: 1.2 }],
    ["minHistory", { minHistory: 1 }],
  ])("throws RangeError for an invalid %s", (name, params) => {
    expect(() => ewmaDetector([1, 2, 3], 1, params)).toThrow(RangeError);
    expect(() => ewmaDetector([1, 2, 3], 1, params)).toThrow(new RegExp(name));
  });
});
