import { describe, expect, it } from "vitest";
import golden from "../../golden/cbpe.json" with { type: "json" };
import { fitCbpe } from "./cbpe.js";
import type { EstimatedMetricName } from "./cbpe-types.js";
import { equalCountCalibrationError } from "./equal-count-calibration-error.js";

const f64 = (values: readonly (number | null)[]) => Float64Array.from(values, (v) => v ?? Number.NaN);
const NAMES: EstimatedMetricName[] = ["accuracy", "precision", "recall", "f1", "specificity", "rocAuc"];

function expectClose(actual: number | null, expected: number | null) {
  if (expected === null) expect(actual).toBeNull();
  else expect(actual).toBeCloseTo(expected, 10);
}

describe("equalCountCalibrationError is NannyML's binned ECE", () => {
  it.each(golden.nannymlEce.map((c) => [c.name, c] as const))("%s", (_, c) => {
    expectClose(equalCountCalibrationError(f64(c.labels), f64(c.scores), c.bins), c.expected);
  });
});

describe("binary CBPE reproduces NannyML's estimates and sampling errors", () => {
  it.each(golden.binary.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const model = fitCbpe(
      {
        task: "binary",
        scores: f64(c.reference.scores),
        predicted: Uint8Array.from(c.reference.predicted),
        labels: Uint8Array.from(c.reference.labels),
      },
      { calibration: c.calibration as "always" | "never" },
    );
    expect(model.calibrated).toBe(c.calibration === "always");
    const scores = f64(c.analysis.scores);
    const predicted = Uint8Array.from(c.analysis.predicted);
    for (const chunk of c.chunks) {
      const rows = Int32Array.from({ length: chunk.end - chunk.start }, (_, i) => chunk.start + i);
      const result = model.estimate({ scores, predicted, rows });
      expect(result.rows).toBe(rows.length);
      for (const name of NAMES) {
        expectClose(result[name].value, chunk.values[name]);
        expectClose(result[name].standardError, chunk.standardErrors[name]);
      }
    }
  });
});

describe("multiclass CBPE reproduces NannyML's one-vs-rest estimates and sampling errors", () => {
  it.each(golden.multiclass.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const model = fitCbpe(
      {
        task: "multiclass",
        classScores: c.reference.classScores.map(f64),
        predicted: Int32Array.from(c.reference.predicted),
        labels: Int32Array.from(c.reference.labels),
      },
      { calibration: c.calibration as "always" | "never" },
    );
    expect(model.calibrated).toEqual(c.reference.classScores.map(() => c.calibration === "always"));
    const classScores = c.analysis.classScores.map(f64);
    const predicted = Int32Array.from(c.analysis.predicted);
    for (const chunk of c.chunks) {
      const rows = Array.from({ length: chunk.end - chunk.start }, (_, i) => chunk.start + i);
      const result = model.estimate({ classScores, predicted, rows });
      for (const name of NAMES) {
        expectClose(result[name].value, chunk.values[name]);
        expectClose(result[name].standardError, chunk.standardErrors[name]);
      }
    }
  });
});
