import { describe, expect, it } from "vitest";
import golden from "../../golden/metrics.json" with { type: "json" };
import { classificationMetrics } from "./classification.js";
import { fairnessMetrics } from "./fairness.js";
import { binaryPredictions } from "./predicted-labels.js";
import { regressionMetrics } from "./regression.js";

const f64 = (values: readonly (number | null)[]) => Float64Array.from(values, (v) => v ?? Number.NaN);

/** `actual` with every number within 1e-9 relative of its expected counterpart replaced by it, for toEqual. */
function near(actual: unknown, expected: unknown): unknown {
  if (typeof actual === "number" && typeof expected === "number") {
    return Math.abs(actual - expected) <= 1e-9 * Math.abs(expected) + 1e-15 ? expected : actual;
  }
  if (Array.isArray(actual) && Array.isArray(expected)) return actual.map((a, i) => near(a, expected[i]));
  if (actual && expected && typeof actual === "object" && typeof expected === "object") {
    const e = expected as Record<string, unknown>;
    return Object.fromEntries(Object.entries(actual).map(([k, v]) => [k, near(v, e[k])]));
  }
  return actual;
}

describe("classificationMetrics matches scikit-learn 1.2.1", () => {
  it.each(golden.classification.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const result = classificationMetrics({
      labels: c.labels,
      target: Int32Array.from(c.target),
      prediction: Int32Array.from(c.prediction),
      ...(c.scores ? { scores: f64(c.scores) } : {}),
      ...(c.positive !== null ? { positive: c.positive } : {}),
    });
    expect(near(result, c.expected)).toEqual(c.expected);
  });
});

describe("regressionMetrics matches scikit-learn 1.2.1 and numpy.quantile", () => {
  it.each(golden.regression.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const result = regressionMetrics(f64(c.target), f64(c.prediction));
    expect(near(result, c.expected)).toEqual(c.expected);
  });
});

describe("fairnessMetrics matches Fairlearn's definitions (pandas groupby)", () => {
  it.each(golden.fairness.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const result = fairnessMetrics({
      attribute: c.attribute,
      groups: c.groups,
      groupCodes: Int32Array.from(c.groupCodes),
      target: Int32Array.from(c.target),
      prediction: Int32Array.from(c.prediction),
      ...(c.privileged !== null ? { privileged: c.privileged } : {}),
    });
    expect(near(result, c.expected)).toEqual(c.expected);
  });
});

describe("UCI Adult with a fixed pseudo-score", () => {
  const a = golden.adult;
  const { intercept, age, educationNum, hoursPerWeek } = a.coefficients;
  // The generator's score, in the same operation order so that it is bit-identical: a softsign of a linear score.
  const scores = Float64Array.from(a.age, (v, i) => {
    const z = intercept + age * v + educationNum * a.educationNum[i]! + hoursPerWeek * a.hoursPerWeek[i]!;
    return 0.5 + 0.5 * (z / (1 + Math.abs(z)));
  });
  const target = Int32Array.from(a.target);
  const prediction = binaryPredictions(scores, a.positive, 1 - a.positive);
  const binary = (codes: Int32Array) => codes.map((c) => (c === a.positive ? 1 : 0));

  it("binary classification metrics", () => {
    const result = classificationMetrics({
      labels: a.labels,
      target,
      prediction,
      scores,
      positive: a.positive,
    });
    expect(near(result, a.expected.classification)).toEqual(a.expected.classification);
  });

  it.each([
    ["sex, privileged Male", a.sexGroups, a.sex, "Male", a.expected.sex],
    ["race, privileged White", a.raceGroups, a.race, "White", a.expected.race],
    ["race, no privileged group", a.raceGroups, a.race, undefined, a.expected.raceNoPrivileged],
  ] as const)("fairness by %s", (_, groups, codes, privileged, expected) => {
    const result = fairnessMetrics({
      attribute: expected.attribute,
      groups,
      groupCodes: Int32Array.from(codes),
      target: binary(target),
      prediction: binary(prediction),
      ...(privileged !== undefined ? { privileged } : {}),
    });
    expect(near(result, expected)).toEqual(expected);
  });
});
