import { describe, expect, it } from "vitest";
import { InputError } from "../errors.js";
import { seededRandom } from "../stats/seeded-random.js";
import type { FeatureRow, PredictRows } from "./predict-rows.js";
import { predictionChangeImportance } from "./prediction-change-importance.js";

const linear =
  (weights: readonly number[]): PredictRows =>
  async (rows) =>
    Float64Array.from(rows, (row) => weights.reduce((s, w, j) => s + w * (row[j] as number), 0));

describe("predictionChangeImportance", () => {
  it("is |w_j| · mean |x_j − r_j| exactly against a single reference row", async () => {
    // rows x0 = 1, 2, 4 against r0 = 2: |Δ| = 1, 0, 2, mean 1, × |w0| = 3 → 3; population std = 3 · √(2/3).
    // x1 = 0, 0, 3 against r1 = 1: |Δ| = 1, 1, 2, mean 4/3, × |w1| = 0.5 → 2/3.
    const rows: FeatureRow[] = [
      [1, 0, 7],
      [2, 0, 7],
      [4, 3, 7],
    ];
    const result = await predictionChangeImportance({
      rows,
      reference: [[2, 1, 7]],
      features: ["x0", "x1", "constant"],
      predict: linear([-3, 0.5, 10]),
      draws: 2,
    });
    expect(result.features.map((f) => f.feature)).toEqual(["x0", "x1", "constant"]);
    expect(result.features[0]!.importance).toBeCloseTo(3, 12);
    expect(result.features[0]!.std).toBeCloseTo(3 * Math.sqrt(2 / 3), 12);
    expect(result.features[1]!.importance).toBeCloseTo(2 / 3, 12);
    expect(result.features[2]).toEqual({ feature: "constant", importance: 0, std: 0 });
    expect(result.evaluations).toBe(3 * (1 + 3 * 2));
  });

  it("converges to |w_j| · E|X − X'| = |w_j| / 3 for independent uniforms", async () => {
    const random = seededRandom(1);
    const sample = (n: number): FeatureRow[] => Array.from({ length: n }, () => [random(), random(), 5]);
    const calls: number[] = [];
    const model = linear([2, -0.5, 1]);
    const result = await predictionChangeImportance({
      rows: sample(2000),
      reference: sample(500),
      features: ["a", "b", "constant"],
      predict: async (rows) => {
        calls.push(rows.length);
        return model(rows);
      },
      draws: 4,
      seed: 2,
    });
    expect(result.features[0]!.importance).toBeCloseTo(2 / 3, 1);
    expect(result.features[1]!.importance).toBeCloseTo(0.5 / 3, 1);
    expect(result.features[2]!.importance).toBe(0);
    expect(calls).toEqual([2000, 8000, 8000, 8000]);
  });

  it("is deterministic for a seed and substitutes string and null values", async () => {
    const predict: PredictRows = async (rows) => Float64Array.from(rows, (row) => (row[0] === "a" ? 1 : 0));
    const input = {
      rows: [["a"], ["b"]] as FeatureRow[],
      reference: [["a"], [null], ["b"]] as FeatureRow[],
      features: ["letter"],
      predict,
      draws: 50,
      seed: 4,
    };
    const first = await predictionChangeImportance(input);
    expect(await predictionChangeImportance(input)).toEqual(first);
    // From "a" a change happens for null and "b" (2 of 3 draws), from "b" only for "a" (1 of 3): about 1/2.
    expect(first.features[0]!.importance).toBeGreaterThan(0.3);
    expect(first.features[0]!.importance).toBeLessThan(0.7);
  });

  it.each([
    ["an empty reference", { reference: [] }, "reference is empty"],
    ["a reference row of the wrong length", { reference: [[1, 2, 3]] }, "reference[0] has 3 values"],
    ["draws 1.5", { draws: 1.5 }, "draws must be a positive integer"],
  ])("rejects %s", async (_, override, message) => {
    const input = {
      rows: [[1, 2]] as FeatureRow[],
      reference: [[1, 2]] as FeatureRow[],
      features: ["a", "b"],
      predict: linear([1, 1]),
      ...override,
    };
    await expect(predictionChangeImportance(input)).rejects.toThrow(message);
    await expect(predictionChangeImportance(input)).rejects.toBeInstanceOf(InputError);
  });
});
