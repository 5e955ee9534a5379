import { describe, expect, it } from "vitest";
import golden from "../../golden/logistic-regression.json" with { type: "json" };
import { fitLogisticRegression } from "./logistic-regression.js";

const maxAbsDiff = (a: ArrayLike<number>, b: readonly (number | null)[]) => {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!));
  return worst;
};

describe("fitLogisticRegression matches scikit-learn 1.2.1 LogisticRegression", () => {
  it.each(golden.cases.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const model = fitLogisticRegression({
      x: Float64Array.from(c.x, (v) => v ?? Number.NaN),
      rows: c.rows,
      columns: c.columns,
      y: Uint8Array.from(c.y),
      c: c.c,
      fitIntercept: c.fitIntercept,
    });
    expect(model.converged).toBe(true);
    expect(maxAbsDiff(model.coefficients, c.expected.coefficients)).toBeLessThan(1e-7);
    expect(Math.abs(model.intercept - c.expected.intercept!)).toBeLessThan(1e-7);
    const probabilities = model.predictProba(Float64Array.from(c.x, (v) => v ?? Number.NaN));
    expect(maxAbsDiff(probabilities, c.expected.probabilities)).toBeLessThan(1e-7);
  });
});

describe("fitLogisticRegression", () => {
  const x = Float64Array.of(0, 1, 2, 3, 4, 5);
  const y = Uint8Array.of(0, 0, 1, 0, 1, 1);

  it("is deterministic and accepts Int32Array targets", () => {
    const a = fitLogisticRegression({ x, rows: 6, columns: 1, y });
    const b = fitLogisticRegression({ x, rows: 6, columns: 1, y: Int32Array.from(y) });
    expect(b.coefficients).toEqual(a.coefficients);
    expect(b.intercept).toBe(a.intercept);
  });

  it("stays finite on separable data thanks to the penalty", () => {
    const model = fitLogisticRegression({
      x,
      rows: 6,
      columns: 1,
      y: Uint8Array.of(0, 0, 0, 1, 1, 1),
      c: 10,
    });
    expect(model.converged).toBe(true);
    expect(Number.isFinite(model.coefficients[0]!)).toBe(true);
    const [low, high] = model.predictProba(Float64Array.of(0, 5));
    expect(low).toBeLessThan(0.05);
    expect(high).toBeGreaterThan(0.95);
  });

  it("fits only the intercept's log-odds when the features are all zero", () => {
    const model = fitLogisticRegression({
      x: new Float64Array(4),
      rows: 4,
      columns: 1,
      y: Uint8Array.of(1, 0, 0, 0),
    });
    expect(model.coefficients[0]).toBe(0);
    expect(model.intercept).toBeCloseTo(Math.log(1 / 3), 9);
  });

  it.each([
    ["x of the wrong length", { x: new Float64Array(5), rows: 6, columns: 1, y }],
    ["y of the wrong length", { x, rows: 6, columns: 1, y: Uint8Array.of(0, 1) }],
    ["a target that is not 0/1", { x, rows: 6, columns: 1, y: Uint8Array.of(0, 0, 2, 0, 1, 1) }],
    ["a non-finite feature", { x: Float64Array.of(0, 1, Number.NaN, 3, 4, 5), rows: 6, columns: 1, y }],
    ["c ≤ 0", { x, rows: 6, columns: 1, y, c: 0 }],
    ["no columns", { x: new Float64Array(0), rows: 6, columns: 0, y }],
  ])("throws RangeError on %s", (_, input) => {
    expect(() => fitLogisticRegression(input)).toThrow(RangeError);
  });

  it("rejects a prediction matrix whose length is not a multiple of the columns", () => {
    const model = fitLogisticRegression({
      x: Float64Array.of(0, 1, 2, 3),
      rows: 2,
      columns: 2,
      y: Uint8Array.of(0, 1),
    });
    expect(() => model.predictProba(new Float64Array(3))).toThrow(RangeError);
  });
});
