import { describe, expect, it } from "vitest";
import golden from "../../golden/detect.json" with { type: "json" };
import { cusumDetector } from "./cusum-detector.js";
import { judged } from "./judged.test-support.js";
import { noisySeries } from "./normal-noise.test-support.js";

const close = (actual: number | null | undefined, expected: number) =>
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));

describe("cusumDetector matches the NIST tabular CUSUM written out with numpy", () => {
  it.each(golden.cusum.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const params = {
      sensitivity: c.sensitivity,
      slack: c.slack,
      ...(c.baseline === null ? {} : { baseline: c.baseline }),
    };
    const result = judged(cusumDetector(c.series, params));
    close(result.expected, c.mean);
    const signed = c.up >= c.down ? c.up : -c.down;
    close(result.score, signed / c.std);
    expect(result.status).toBe(c.anomalous ? "anomalous" : "ok");
    const { before, after, ...indices } = c.change!;
    expect(result.change).toMatchObject(indices);
    close(result.change?.before, before);
    close(result.change?.after, after);
  });
});

describe("cusumDetector on series", () => {
  const clean = noisySeries(600, 20240611, 0.9, 0.02);

  it("gives no alarm on 600 points of clean normal noise, whole or in rolling 168-point windows", () => {
    expect(cusumDetector(clean)).toMatchObject({ status: "ok", change: null });
    for (let end = 168; end <= 600; end++)
      expect(cusumDetector(clean.slice(end - 168, end)).status).toBe("ok");
  });

  it.each([
    ["up", 120, 0.04],
    ["down", 120, -0.04],
    ["up", 140, 0.04],
    ["down", 160, -0.04],
  ] as const)(
    "detects a 2σ shift %s at %i of 168 points within 12 points, dated within 5",
    (direction, at, shift) => {
      const series = clean.slice(0, 168).map((v, i) => (i >= at ? v + shift : v));
      let detected = -1;
      for (let end = at + 1; end <= 168 && detected < 0; end++) {
        if (cusumDetector(series.slice(0, end)).status === "anomalous") detected = end - 1;
      }
      expect(detected).toBeGreaterThanOrEqual(at);
      expect(detected - at).toBeLessThanOrEqual(12);
      const result = judged(cusumDetector(series.slice(0, detected + 1)));
      expect(result.change).toMatchObject({ direction, detectedAt: detected });
      expect(Math.abs(result.change!.index - at)).toBeLessThanOrEqual(5);
      expect(cusumDetector(series)).toMatchObject({
        status: "anomalous",
        change: { direction, endedAt: null },
      });
    },
  );

  it("reports indices into the input, nulls and NaN included", () => {
    const series = clean.slice(0, 100).map((v, i): number | null => (i >= 70 ? v + 0.06 : v));
    const holed: (number | null)[] = [...series];
    holed.splice(60, 0, null, Number.NaN);
    const plain = judged(cusumDetector(series));
    const withHoles = judged(cusumDetector(holed));
    expect(withHoles.status).toBe("anomalous");
    expect(withHoles.change!.index).toBe(plain.change!.index + 2);
    expect(withHoles.change!.detectedAt).toBe(plain.change!.detectedAt + 2);
    expect(withHoles.score).toBe(plain.score);
  });
});

describe("cusumDetector edge cases", () => {
  it.each([
    ["an empty series", [], {}, 16, 0],
    ["15 present points", Array.from({ length: 20 }, (_, i) => (i % 4 === 0 ? null : i)), {}, 16, 15],
    ["a baseline as long as the series", Array.from({ length: 20 }, (_, i) => i), { baseline: 20 }, 21, 20],
  ])("%s is insufficient", (_, series, params, need, have) => {
    expect(cusumDetector(series, params)).toMatchObject({ status: "insufficient", need, have });
  });

  it("with a constant baseline alarms on any departure and not on the constant", () => {
    const flat = Array(20).fill(1);
    expect(cusumDetector(flat)).toMatchObject({ status: "ok", score: 0, change: null });
    expect(cusumDetector([...flat, 1.001])).toMatchObject({ status: "anomalous", score: null });
  });

  it.each([
    ["sensitivity", { sensitivity: 0 }],
    ["slack", { slack: -0.5 }],
    ["baseline", { baseline: 1 }],
    ["minPoints", { minPoints: 2 }],
  ])("throws RangeError for an invalid %s", (name, params) => {
    expect(() => cusumDetector([1, 2, 3], params)).toThrow(RangeError);
    expect(() => cusumDetector([1, 2, 3], params)).toThrow(new RegExp(name));
  });
});
