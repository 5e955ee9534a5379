import { describe, expect, it } from "vitest";
import golden from "../../golden/detect.json" with { type: "json" };
import { judged } from "./judged.test-support.js";
import { madDetector } from "./mad-detector.js";
import { noisySeries } from "./normal-noise.test-support.js";
import { rollingFlags } from "./rolling-flags.test-support.js";

const close = (actual: number | null, expected: number | null) => {
  if (expected === null) return expect(actual).toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
};

describe("madDetector matches numpy.median and scipy.stats.median_abs_deviation(scale='normal')", () => {
  it.each(golden.robust.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const result = judged(madDetector(c.history, c.current, { sensitivity: 3.5 }));
    close(result.expected, c.median);
    close(result.score, c.score);
    close(result.upper! - result.lower!, 2 * 3.5 * c.scale);
    expect(result.status).toBe(c.anomalous ? "anomalous" : "ok");
    expect(result.observed).toBe(c.current);
  });

  it("scales the MAD like scipy: scale = MAD / Φ⁻¹(3/4)", () => {
    const c = golden.robust.find((r) => r.by === "mad")!;
    close(c.scale, c.scaledMad);
    const result = madDetector(c.history, c.median + 3.5 * c.scaledMad * 0.999);
    expect(result.status).toBe("ok");
    expect(madDetector(c.history, c.median + 3.5 * c.scaledMad * 1.001).status).toBe("anomalous");
  });
});

describe("madDetector on series", () => {
  const series = noisySeries(600, 20240611, 0.9, 0.02);

  it("gives no alert on 600 points of clean normal noise at the default sensitivity (rolling 168-point history)", () => {
    expect(rollingFlags(series, 168, (history, current) => madDetector(history, current))).toEqual([]);
  });

  it("flags injected spikes and dips, and only them", () => {
    const spiked = [...series];
    const anomalies: [number, number][] = [
      [250, 0.9 + 0.02 * 6],
      [251, 0.9 - 0.02 * 5],
      [400, 0.9 - 0.02 * 8],
      [520, 0.9 + 0.02 * 4.5],
    ];
    for (const [at, value] of anomalies) spiked[at] = value;
    const flags = rollingFlags(spiked, 168, (history, current) => madDetector(history, current));
    expect(flags).toEqual(anomalies.map(([at]) => at));
  });

  it.each([
    ["a sustained 8σ drop is flagged from its first point", 300, -0.16],
    ["a sustained 8σ rise is flagged from its first point", 450, 0.16],
  ])("%s", (_, at, shift) => {
    const shifted = series.map((v, i) => (i >= at ? v + shift : v));
    const flags = rollingFlags(shifted.slice(0, at + 10), 168, (h, c) => madDetector(h, c));
    expect(flags).toEqual(Array.from({ length: 10 }, (_, i) => at + i));
  });
});

describe("madDetector edge cases", () => {
  it.each([
    ["empty history", [], 8, 0],
    ["7 present points", [1, 2, 3, 4, 5, 6, 7], 8, 7],
    ["nulls and NaN do not count", [1, null, 2, Number.NaN, 3, 4, null, 5, 6, 7], 8, 7],
    ["a larger minHistory", [1, 2, 3, 4, 5, 6, 7, 8, 9], 12, 9],
  ])("%s is insufficient", (_, history, minHistory, have) => {
    expect(madDetector(history, 3, { minHistory })).toMatchObject({
      status: "insufficient",
      need: minHistory,
      have,
    });
  });

  it("skips null, NaN and infinite points", () => {
    const clean = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    const holed = [null, 1, 2, Number.NaN, 3, 4, 5, Number.POSITIVE_INFINITY, 6, 7, null, 8, 9];
    expect(madDetector(holed, 20)).toEqual(madDetector(clean, 20));
  });

  it("on a constant history flags any other value and not the constant", () => {
    const flat = Array(10).fill(0.5);
    expect(madDetector(flat, 0.5)).toMatchObject({ status: "ok", score: 0, lower: 0.5, upper: 0.5 });
    expect(madDetector(flat, 0.5000001)).toMatchObject({ status: "anomalous", score: null, expected: 0.5 });
  });

  it("falls back to 1.2533 × the mean absolute deviation when the MAD is 0", () => {
    // median 5, MAD 0, mean |x − 5| = 7/8, scale √(π/2) · 7/8.
    const result = judged(madDetector([5, 5, 5, 5, 5, 6, 7, 1], 10));
    expect(result).toMatchObject({ status: "anomalous", expected: 5 });
    expect(result.score).toBeCloseTo(5 / (Math.sqrt(Math.PI / 2) * 0.875), 14);
  });

  it.each([
    ["sensitivity", { sensitivity: -1 }],
    ["sensitivity", { sensitivity: 0 }],
    ["sensitivity", { sensitivity: Number.NaN }],
    ["minHistory", { minHistory: 0 }],
    ["minHistory", { minHistory: 2.5 }],
  ])("throws RangeError for an invalid %s", (name, params) => {
    expect(() => madDetector([1, 2, 3], 1, params)).toThrow(new RegExp(name));
    expect(() => madDetector([1, 2, 3], 1, params)).toThrow(RangeError);
  });

  it("throws RangeError for a current value that is not finite", () => {
    expect(() => madDetector([1, 2, 3], Number.NaN)).toThrow(RangeError);
  });

  it("says what it compared in its reason", () => {
    const result = madDetector([10, 11, 9, 10, 12, 8, 10, 11, 9], 30);
    expect(result.reason).toMatch(
      /robust z .* against the median 10 of 9 points \(scaled MAD 1\.483\); anomalous when \|z\| > 3\.5/,
    );
  });
});
