import { type CbpeModel, classificationMetrics, fitCbpe, fitLogisticRegression } from "@telltale/core";
import { beforeAll, describe, expect, it } from "vitest";
import {
  ADULT_CATEGORICAL,
  ADULT_NUMERICAL,
  ADULT_POSITIVE,
  type AdultRecord,
} from "../demo/adult-record.js";
import { encodeFeatures, type FeatureEncoder, fitFeatureEncoder } from "../demo/feature-encoder.js";
import { loadAdult } from "../demo/load-adult.js";
import { mulberry32 } from "../demo/mulberry32.js";
import { seededPermutation, weightedSampleWithoutReplacement } from "../demo/seeded-shuffle.js";

/**
 * The proof of value for CBPE: a logistic regression trained like the demo's v1 (L2, C = 1, on the UCI
 * training split minus a seeded 20% holdout); the holdout, with labels, is CBPE's reference. The UCI test split is
 * cut into 500-row windows three ways, and in each window the realized accuracy and F1 (from the labels CBPE never
 * sees) must lie inside the estimate's ±3 standard-error band in at least 90% of windows.
 */
const WINDOW = 500;
const MIN_SHARE = 0.9;

interface Outputs {
  readonly scores: Float64Array;
  readonly predicted: Uint8Array;
  readonly labels: Uint8Array;
}

interface Coverage {
  readonly windows: number;
  readonly accuracyInBand: number;
  /** Windows where realized F1 is defined (some positive label or prediction). */
  readonly f1Windows: number;
  readonly f1InBand: number;
  readonly realizedAccuracyRange: number;
}

let cbpe: CbpeModel;
let outputsOf: (rows: readonly AdultRecord[]) => Outputs;
let test: AdultRecord[];

beforeAll(() => {
  const adult = loadAdult();
  test = adult.test;
  const random = mulberry32(1994);
  const order = seededPermutation(adult.train.length, random);
  const holdoutSize = Math.round(adult.train.length * 0.2);
  const holdout = Array.from(order.subarray(0, holdoutSize), (i) => adult.train[i]!);
  const fit = Array.from(order.subarray(holdoutSize), (i) => adult.train[i]!);
  const encoder: FeatureEncoder = fitFeatureEncoder(fit, {
    numerical: ADULT_NUMERICAL,
    categorical: ADULT_CATEGORICAL,
  });
  const labelsOf = (rows: readonly AdultRecord[]) =>
    Uint8Array.from(rows, (r) => (r.income === ADULT_POSITIVE ? 1 : 0));
  const model = fitLogisticRegression({
    x: encodeFeatures(encoder, fit),
    rows: fit.length,
    columns: encoder.width,
    y: labelsOf(fit),
    c: 1,
  });
  outputsOf = (rows) => {
    const scores = model.predictProba(encodeFeatures(encoder, rows));
    return { scores, predicted: Uint8Array.from(scores, (s) => (s >= 0.5 ? 1 : 0)), labels: labelsOf(rows) };
  };
  cbpe = fitCbpe({ task: "binary", ...outputsOf(holdout) });
});

/** Estimates each consecutive full window of `rows` and checks the realized accuracy and F1 against the bands. */
function coverage(rows: readonly AdultRecord[]): Coverage {
  const o = outputsOf(rows);
  let windows = 0;
  let accuracyInBand = 0;
  let f1Windows = 0;
  let f1InBand = 0;
  let lowest = 1;
  let highest = 0;
  for (let start = 0; start + WINDOW <= rows.length; start += WINDOW) {
    const window = Int32Array.from({ length: WINDOW }, (_, i) => start + i);
    const estimate = cbpe.estimate({ scores: o.scores, predicted: o.predicted, rows: window });
    const realized = classificationMetrics({
      labels: ["<=50K", ">50K"],
      target: Int32Array.from(window, (i) => o.labels[i]!),
      prediction: Int32Array.from(window, (i) => o.predicted[i]!),
      positive: 1,
    });
    const inBand = (value: number, band: { lower: number | null; upper: number | null }) =>
      band.lower !== null && band.upper !== null && value >= band.lower && value <= band.upper;
    windows++;
    const accuracy = realized.accuracy!;
    lowest = Math.min(lowest, accuracy);
    highest = Math.max(highest, accuracy);
    if (inBand(accuracy, estimate.accuracy)) accuracyInBand++;
    if (realized.f1 !== null) {
      f1Windows++;
      if (inBand(realized.f1, estimate.f1)) f1InBand++;
    }
  }
  return { windows, accuracyInBand, f1Windows, f1InBand, realizedAccuracyRange: highest - lowest };
}

/** Each window a fresh weighted draw favouring older and more educated people more and more (tilt −1 … +1). */
function gradedResample(rows: readonly AdultRecord[], windows: number): AdultRecord[] {
  const random = mulberry32(7);
  const z = (key: "age" | "education-num") => {
    const values = rows.map((r) => r[key] ?? Number.NaN).filter((v) => !Number.isNaN(v));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    return rows.map((r) => {
      const v = r[key];
      return v === null ? 0 : (v - mean) / sd;
    });
  };
  const age = z("age");
  const education = z("education-num");
  const out: AdultRecord[] = [];
  for (let w = 0; w < windows; w++) {
    const tilt = -1 + (2 * w) / (windows - 1);
    const weights = rows.map((_, i) => Math.exp(tilt * (age[i]! + education[i]!)));
    const picked = weightedSampleWithoutReplacement(weights, WINDOW, random);
    const order = seededPermutation(picked.length, random);
    for (const k of order) out.push(rows[picked[k]!]!);
  }
  return out;
}

function expectCoverage(c: Coverage) {
  expect(c.accuracyInBand / c.windows).toBeGreaterThanOrEqual(MIN_SHARE);
  expect(c.f1InBand / c.f1Windows).toBeGreaterThanOrEqual(MIN_SHARE);
}

describe("CBPE on the Adult income model", () => {
  it("calibrates the logistic regression's scores on the holdout reference", () => {
    expect(cbpe.task).toBe("binary");
    expect(cbpe.referenceRows).toBe(6_512);
    expect(cbpe.calibrated).toBe(true);
  });

  it("test split as is: realized accuracy in band in 32/32 windows, F1 in 32/32", () => {
    const c = coverage(test);
    expect(c.windows).toBe(32);
    expectCoverage(c);
    expect([c.accuracyInBand, c.f1InBand, c.f1Windows]).toEqual([32, 32, 32]);
  });

  it("test split sorted by age (each window a different age band): accuracy in band 32/32 windows, F1 29/31 (94%)", () => {
    const byAge = [...test].sort((a, b) => (a.age ?? 0) - (b.age ?? 0));
    const c = coverage(byAge);
    // The shift is real: realized window accuracy spans 0.23 (teenagers' windows are near 1).
    expect(c.realizedAccuracyRange).toBeGreaterThan(0.15);
    // F1 is least stable in the youngest windows, where a handful of positive labels decide it.
    expectCoverage(c);
    expect([c.windows, c.accuracyInBand, c.f1InBand, c.f1Windows]).toEqual([32, 32, 29, 31]);
  });

  it("test split resampled towards older, more educated people window by window: accuracy in band 32/32 windows, F1 32/32", () => {
    const c = coverage(gradedResample(test, 32));
    expect(c.windows).toBe(32);
    // Realized window accuracy spans 0.16 from the youngest, least educated mix to the oldest, most educated.
    expect(c.realizedAccuracyRange).toBeGreaterThan(0.1);
    expectCoverage(c);
    expect([c.accuracyInBand, c.f1InBand, c.f1Windows]).toEqual([32, 32, 32]);
  });
});
