import { describe, expect, it } from "vitest";
import { encodeFeatures, fitFeatureEncoder } from "./feature-encoder.js";

const rows = [
  { age: 20, hours: 40, sex: "Male", race: "White" },
  { age: 30, hours: 40, sex: "Female", race: "Black" },
  { age: 40, hours: 40, sex: "Male", race: null },
  { age: null, hours: 40, sex: "Female", race: "White" },
];

describe("fitFeatureEncoder / encodeFeatures", () => {
  const encoder = fitFeatureEncoder(rows, { numerical: ["age", "hours"], categorical: ["sex", "race"] });

  it("learns the non-null mean and population std, and the sorted categories", () => {
    expect(encoder.numerical).toEqual([
      { name: "age", mean: 30, std: Math.sqrt(200 / 3) },
      // A constant column keeps std 1 instead of dividing by zero.
      { name: "hours", mean: 40, std: 1 },
    ]);
    expect(encoder.columnNames).toEqual([
      "age",
      "hours",
      "sex=Female",
      "sex=Male",
      "race=Black",
      "race=White",
    ]);
    expect(encoder.width).toBe(6);
  });

  it("standardises numbers, one-hot encodes categories, and encodes null or unseen values as zeros", () => {
    const x = encodeFeatures(encoder, [
      { age: 40, hours: 50, sex: "Male", race: "White" },
      { age: null, hours: 40, sex: "Other", race: null },
    ]);
    const s = Math.sqrt(200 / 3);
    expect(Array.from(x)).toEqual([10 / s, 10, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0]);
  });

  it("encodes each row independently of the others", () => {
    const all = encodeFeatures(encoder, rows);
    const one = encodeFeatures(encoder, [rows[2]!]);
    expect(Array.from(all.subarray(12, 18))).toEqual(Array.from(one));
  });
});
