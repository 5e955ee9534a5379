import { describe, expect, it } from "vitest";
import type { PredictionContext, StoredPrediction } from "./lookup-types";
import { fromContext, fromPrediction } from "./to-lookup-result";

const prediction: StoredPrediction = {
  id: "adult-000001",
  version: "v1",
  timestamp: "2026-10-29T21:04:57.138Z",
  receivedAt: "2026-11-28T21:45:40.230Z",
  prediction: "<=50K",
  score: 0.0018,
  label: "<=50K",
  labelTimestamp: "2026-10-30T01:20:44.735Z",
  features: { age: 19, workclass: null, education: "Some-college", extra: 3 },
  segment: { channel: "web" },
  attributions: null,
};

describe("fromPrediction", () => {
  it("lists the model's features in order, then the record's others, with no reference and unknown flags", () => {
    const result = fromPrediction(prediction, [
      { name: "age", kind: "numerical" },
      { name: "workclass", kind: "categorical" },
      { name: "education", kind: "categorical" },
      { name: "hours", kind: "numerical" },
    ]);
    expect(result.features.map((f) => [f.name, f.kind, f.value])).toEqual([
      ["age", "numerical", 19],
      ["workclass", "categorical", null],
      ["education", "categorical", "Some-college"],
      ["hours", "numerical", null],
      ["extra", "numerical", 3],
    ]);
    expect(result.flags).toBeNull();
    expect(result.source).toBe("prediction");
    expect(result.features.every((f) => f.reference === null)).toBe(true);
  });
});

describe("fromContext", () => {
  it("puts flagged features first and keeps the answer's order otherwise", () => {
    const context: PredictionContext = {
      prediction,
      referenceVersion: "v1",
      flags: [{ feature: "workclass", kind: "missing", message: "workclass is missing" }],
      features: [
        { name: "age", kind: "numerical", value: 19, reference: null },
        { name: "education", kind: "categorical", value: "Some-college", reference: null },
        { name: "workclass", kind: "categorical", value: null, reference: null },
      ],
    };
    const result = fromContext(context);
    expect(result.features.map((f) => f.name)).toEqual(["workclass", "age", "education"]);
    expect(result.flags).toHaveLength(1);
    expect(result.referenceVersion).toBe("v1");
    expect(result.source).toBe("context");
  });
});
