import { describe, expect, it } from "vitest";
import { callsEndpoint, readBaseline, readMethod, readSliceMetric, sliceMetricsFor } from "./explain-params";

describe("readMethod", () => {
  it.each([
    [undefined, "logged"],
    ["", "logged"],
    ["shap", "shap"],
    ["prediction-change", "prediction-change"],
    ["permutation", "permutation"],
    ["auto", "logged"],
    ["SHAP", "logged"],
  ])("%j → %s", (param, method) => {
    expect(readMethod(param)).toBe(method);
  });
});

describe("readBaseline", () => {
  it.each([
    [undefined, "reference"],
    ["previous", "previous"],
    ["reference", "reference"],
    ["yesterday", "reference"],
  ])("%j → %s", (param, baseline) => {
    expect(readBaseline(param)).toBe(baseline);
  });
});

describe("readSliceMetric", () => {
  it.each([
    [undefined, "binary", "accuracy"],
    [undefined, "multiclass", "accuracy"],
    [undefined, "regression", "error"],
    ["accuracy", "regression", "error"],
    ["drift", "regression", "drift"],
    ["error", "binary", "error"],
    ["drift", "binary", "drift"],
    ["bogus", "binary", "accuracy"],
  ] as const)("%j for a %s model → %s", (param, task, metric) => {
    expect(readSliceMetric(param, task)).toBe(metric);
  });

  it("offers accuracy to classifiers only", () => {
    expect(sliceMetricsFor("regression")).toEqual(["error", "drift"]);
    expect(sliceMetricsFor("binary")).toEqual(["accuracy", "error", "drift"]);
  });
});

describe("callsEndpoint", () => {
  it("is false only for logged attributions", () => {
    expect(
      ["logged", "permutation", "prediction-change", "shap"].map((m) => callsEndpoint(readMethod(m))),
    ).toEqual([false, true, true, true]);
  });
});
