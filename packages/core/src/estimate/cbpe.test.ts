import { describe, expect, it } from "vitest";
import { InputError } from "../errors.js";
import { seededRandom } from "../stats/seeded-random.js";
import { fitCbpe } from "./cbpe.js";
import { metricBand } from "./metric-band.js";
import { needsCalibration } from "./needs-calibration.js";

const f64 = (values: readonly (number | null)[]) => Float64Array.from(values, (v) => v ?? Number.NaN);

/** Scores whose true probability is score², so the raw scores overstate the positive rate. */
function overconfident(rows: number, seed: number) {
  const random = seededRandom(seed);
  const scores = Float64Array.from({ length: rows }, () => random());
  const labels = Uint8Array.from(scores, (p) => (random() < p * p ? 1 : 0));
  const predicted = Uint8Array.from(scores, (p) => (p >= 0.5 ? 1 : 0));
  return { scores, labels, predicted };
}

describe("needsCalibration (NannyML's test)", () => {
  it("says yes for miscalibrated scores", () => {
    const { scores, labels } = overconfident(3000, 1);
    expect(needsCalibration(labels, scores)).toBe(true);
  });

  it("says no for one class or a near-perfect ranking", () => {
    expect(needsCalibration(Uint8Array.from([1, 1, 1, 1]), f64([0.1, 0.4, 0.6, 0.9]))).toBe(false);
    const scores = Float64Array.from({ length: 200 }, (_, i) => i / 200);
    expect(
      needsCalibration(
        Uint8Array.from(scores, (s) => (s > 0.5 ? 1 : 0)),
        scores,
      ),
    ).toBe(false);
  });
});

describe("fitCbpe (binary)", () => {
  const reference = overconfident(3000, 2);
  const model = fitCbpe({ task: "binary", ...reference });

  it("calibrates, and defaults the chunk size to a tenth of the reference (NannyML's DefaultChunker)", () => {
    expect(model.calibrated).toBe(true);
    expect(model.referenceRows).toBe(3000);
    expect(model.chunkSize).toBe(300);
    const se = model.standardErrors();
    expect(se.accuracy).toBeGreaterThan(0);
    expect(model.standardErrors(1200).accuracy).toBeCloseTo(se.accuracy! / 2, 12);
  });

  it("skips rows with a missing score or prediction and honours the row selection", () => {
    const scores = f64([0.9, null, 0.2, 0.7, 0.4]);
    const predicted = Uint8Array.from([1, 1, 0, 255, 0]);
    const all = model.estimate({ scores, predicted });
    expect(all.rows).toBe(3);
    const same = model.estimate({ scores: f64([0.9, 0.2, 0.4]), predicted: Uint8Array.from([1, 0, 0]) });
    expect(all.accuracy).toEqual(same.accuracy);
    expect(model.estimate({ scores, predicted, rows: [0, 1, 3] }).rows).toBe(1);
  });

  it("gives null where a metric is undefined, and for no rows at all", () => {
    const negativesOnly = model.estimate({ scores: f64([0.1, 0.3]), predicted: Uint8Array.from([0, 0]) });
    expect(negativesOnly.precision).toEqual({
      value: null,
      standardError: expect.any(Number),
      lower: null,
      upper: null,
    });
    expect(negativesOnly.accuracy.value).not.toBeNull();
    const empty = model.estimate({ scores: f64([]), predicted: new Uint8Array(0) });
    expect(empty.rows).toBe(0);
    expect(empty.accuracy).toEqual({ value: null, standardError: null, lower: null, upper: null });
  });

  it("rejects the wrong input kind, mismatched lengths and rows out of range", () => {
    const wrongKind = { classScores: [f64([0.5])], predicted: Int32Array.from([0]) };
    expect(() => model.estimate(wrongKind)).toThrow(InputError);
    expect(() => model.estimate({ scores: f64([0.5]), predicted: new Uint8Array(2) })).toThrow(InputError);
    expect(() => model.estimate({ scores: f64([0.5]), predicted: new Uint8Array(1), rows: [1] })).toThrow(
      RangeError,
    );
    expect(() =>
      fitCbpe({
        task: "binary",
        scores: f64([null]),
        predicted: new Uint8Array(1),
        labels: new Uint8Array(1),
      }),
    ).toThrow(InputError);
  });
});

describe("metricBand", () => {
  it("is the estimate ± 3 standard errors clipped to [0, 1]", () => {
    expect(metricBand(0.5, 0.1)).toEqual({
      value: 0.5,
      standardError: 0.1,
      lower: 0.5 - 0.30000000000000004,
      upper: 0.8,
    });
    expect(metricBand(0.95, 0.1)).toMatchObject({ upper: 1 });
    expect(metricBand(0.05, 0.1)).toMatchObject({ lower: 0 });
    expect(metricBand(0.5, null)).toEqual({ value: 0.5, standardError: null, lower: null, upper: null });
  });
});

describe("fitCbpe (multiclass)", () => {
  it("rejects fewer than two classes and a class-count mismatch", () => {
    const one = {
      task: "multiclass" as const,
      classScores: [f64([1])],
      predicted: Int32Array.from([0]),
      labels: Int32Array.from([0]),
    };
    expect(() => fitCbpe(one)).toThrow(InputError);
    const random = seededRandom(3);
    const a = Float64Array.from({ length: 200 }, () => random());
    const model = fitCbpe({
      task: "multiclass",
      classScores: [a, a.map((v) => 1 - v)],
      predicted: Int32Array.from(a, (v) => (v >= 0.5 ? 0 : 1)),
      labels: Int32Array.from(a, (v) => (random() < v ? 0 : 1)),
    });
    expect(() => model.estimate({ classScores: [a], predicted: new Int32Array(200) })).toThrow(InputError);
    const est = model.estimate({
      classScores: [a, a.map((v) => 1 - v)],
      predicted: Int32Array.from(a, () => -1),
    });
    expect(est.rows).toBe(0);
  });
});
