import { describe, expect, it } from "vitest";
import golden from "../../golden/detect.json" with { type: "json" };
import { judged } from "./judged.test-support.js";
import { noisySeries } from "./normal-noise.test-support.js";
import { type PageHinkleyParams, pageHinkleyDetector } from "./page-hinkley-detector.js";

const close = (actual: number | null | undefined, expected: number) =>
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));

const paramsOf = (p: (typeof golden.pageHinkley)[number]["params"]): PageHinkleyParams => ({
  sensitivity: p.threshold,
  delta: p.delta,
  alpha: p.alpha,
  minInstances: p.min_instances,
  mode: p.mode as "up" | "down" | "both",
});

describe("pageHinkleyDetector follows river's drift.PageHinkley", () => {
  it("signals first at index 1006 on river's docstring stream, as river prints", () => {
    const c = golden.pageHinkley[0]!;
    expect(c.riverDetections[0]).toBe(1006);
    const before = pageHinkleyDetector(c.series.slice(0, 1006));
    const at = pageHinkleyDetector(c.series.slice(0, 1007));
    expect(before.status).toBe("ok");
    expect(at).toMatchObject({ status: "anomalous", change: { detectedAt: 1006, direction: "up" } });
  });

  it.each(golden.pageHinkley.map((c) => [c.name, c] as const))("%s: statistics and latest change", (_, c) => {
    const result = judged(pageHinkleyDetector(c.series, paramsOf(c.params)));
    close(result.score, c.testUp >= c.testDown ? c.testUp : -c.testDown);
    expect(result.status).toBe(c.anomalous ? "anomalous" : "ok");
    const { before, after, ...indices } = c.change!;
    expect(result.change).toMatchObject(indices);
    close(result.change?.before, before);
    close(result.change?.after, after);
  });

  it.each(golden.pageHinkley.map((c) => [c.name, c] as const))(
    "%s: first signal is river's first detection",
    (_, c) => {
      const params = paramsOf(c.params);
      const first = c.riverDetections[0]!;
      expect(pageHinkleyDetector(c.series.slice(0, first), params).status).toBe("ok");
      expect(pageHinkleyDetector(c.series.slice(0, first + 1), params).status).toBe("anomalous");
    },
  );
});

describe("pageHinkleyDetector in σ units (as monitors run it)", () => {
  const sigma: PageHinkleyParams = { unit: "sigma", delta: 0.5, sensitivity: 10 };
  const clean = noisySeries(600, 20240611, 0.9, 0.02);

  it("gives no alarm on 600 points of clean normal noise, whole or in rolling 168-point windows", () => {
    expect(pageHinkleyDetector(clean, sigma)).toMatchObject({ status: "ok", change: null });
    for (let end = 168; end <= 600; end++)
      expect(pageHinkleyDetector(clean.slice(end - 168, end), sigma).status).toBe("ok");
  });

  it.each([
    ["up", 120, 0.04],
    ["down", 120, -0.04],
    ["up", 150, 0.04],
  ] as const)(
    "detects a 2σ shift %s at %i of 168 points within 12 points, dated within 5",
    (direction, at, shift) => {
      const series = clean.slice(0, 168).map((v, i) => (i >= at ? v + shift : v));
      let detected = -1;
      for (let end = at + 1; end <= 168 && detected < 0; end++) {
        if (pageHinkleyDetector(series.slice(0, end), sigma).status === "anomalous") detected = end - 1;
      }
      expect(detected).toBeGreaterThanOrEqual(at);
      expect(detected - at).toBeLessThanOrEqual(12);
      const result = judged(pageHinkleyDetector(series.slice(0, detected + 1), sigma));
      expect(result.change).toMatchObject({ direction, detectedAt: detected });
      expect(Math.abs(result.change!.index - at)).toBeLessThanOrEqual(5);
    },
  );

  it("in mode up ignores a drop that mode down signals", () => {
    const series = clean.slice(0, 168).map((v, i) => (i >= 120 ? v - 0.06 : v));
    expect(pageHinkleyDetector(series, { ...sigma, mode: "up" }).status).toBe("ok");
    expect(pageHinkleyDetector(series, { ...sigma, mode: "down" }).status).toBe("anomalous");
  });
});

describe("pageHinkleyDetector edge cases", () => {
  it.each([
    ["29 points", Array.from({ length: 29 }, (_, i) => i), {}, 30, 29],
    ["nulls do not count", [...Array(29).fill(1), null, Number.NaN], {}, 30, 29],
    ["a σ baseline as long as the series", Array(40).fill(1), { unit: "sigma", baseline: 40 }, 41, 40],
  ] as const)("%s is insufficient", (_, series, params, need, have) => {
    expect(pageHinkleyDetector(series, params)).toMatchObject({ status: "insufficient", need, have });
  });

  it("skips null and NaN points and reports indices into the input", () => {
    const series = noisySeries(200, 5).map((v, i) => (i >= 150 ? v + 10 : v));
    const holed: (number | null)[] = [...series];
    holed.splice(100, 0, null, Number.NaN, null);
    const plain = judged(pageHinkleyDetector(series));
    const withHoles = judged(pageHinkleyDetector(holed));
    expect(withHoles.score).toBe(plain.score);
    expect(withHoles.change!.detectedAt).toBe(plain.change!.detectedAt + 3);
  });

  it.each([
    ["sensitivity", { sensitivity: -50 }],
    ["delta", { delta: -0.1 }],
    ["alpha", { alpha: 0 }],
    ["alpha", { alpha: 1.5 }],
    ["minInstances", { minInstances: 0 }],
    ["mode", { mode: "sideways" }],
    ["unit", { unit: "percent" }],
    ["baseline", { baseline: 1 }],
  ])("throws RangeError for an invalid %s", (name, params) => {
    expect(() => pageHinkleyDetector([1, 2], params as PageHinkleyParams)).toThrow(RangeError);
    expect(() => pageHinkleyDetector([1, 2], params as PageHinkleyParams)).toThrow(new RegExp(name));
  });
});
