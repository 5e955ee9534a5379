import { describe, expect, it } from "vitest";
import golden from "../../golden/permutation-importance.json" with { type: "json" };
import { InputError } from "../errors.js";
import { seededRandom } from "../stats/seeded-random.js";
import { permutationImportance } from "./permutation-importance.js";
import type { FeatureRow, PredictRows } from "./predict-rows.js";

/** w·x summed left to right, thresholded into 0/1 when a threshold is given (the generator's FixedModel). */
function fixedModel(weights: readonly number[], threshold: number | null): PredictRows {
  return async (rows) =>
    Float64Array.from(rows, (row) => {
      let s = 0;
      for (let j = 0; j < weights.length; j++) s += weights[j]! * (row[j] as number);
      return threshold === null ? s : s > threshold ? 1 : 0;
    });
}

function scorer(name: string, y: readonly number[]): (outputs: Float64Array) => number {
  if (name === "accuracy")
    return (out) => out.reduce((hits, v, i) => hits + (v === y[i] ? 1 : 0), 0) / y.length;
  return (out) => -out.reduce((sum, v, i) => sum + (y[i]! - v) ** 2, 0) / y.length;
}

describe("permutationImportance: sklearn.inspection.permutation_importance on the same shuffles", () => {
  it.each(golden.cases.map((c) => [c.name, c] as const))("%s", async (_, c) => {
    const features = c.weights.map((_, j) => `x${j}`);
    const result = await permutationImportance({
      rows: c.X as number[][],
      features,
      predict: fixedModel(c.weights as number[], c.threshold),
      score: scorer(c.scoring, c.y as number[]),
      repeats: c.repeats,
      seed: c.seed,
    });
    expect(result.baseline).toBeCloseTo(c.baseline!, 12);
    result.features.forEach((f, j) => {
      expect(f.feature).toBe(features[j]);
      expect(f.importance).toBeCloseTo(c.importances_mean[j]!, 10);
      expect(f.std).toBeCloseTo(c.importances_std[j]!, 10);
      for (const [r, s] of f.scores.entries()) {
        expect(result.baseline - s).toBeCloseTo(c.importances[j]![r]!, 10);
      }
    });
    expect(result.evaluations).toBe(c.X.length * (1 + features.length * c.repeats));
  });
});

describe("permutationImportance", () => {
  // y depends on features 0 and 2 only; the model is the true rule, so features 1 and 3 are exactly unimportant.
  const random = seededRandom(5);
  const rows: FeatureRow[] = Array.from({ length: 200 }, () => [random(), random(), random(), random()]);
  const rule = (row: FeatureRow) => ((row[0] as number) + 2 * (row[2] as number) > 1.5 ? 1 : 0);
  const y = rows.map(rule);
  const accuracy = (out: Float64Array) =>
    out.reduce((hits, v, i) => hits + (v === y[i] ? 1 : 0), 0) / y.length;

  it("finds the informative features and gives the ignored ones exactly 0, in one predict call per feature", async () => {
    const calls: number[] = [];
    const predict: PredictRows = async (batch) => {
      calls.push(batch.length);
      return Float64Array.from(batch, rule);
    };
    const result = await permutationImportance({
      rows,
      features: ["a", "noise1", "c", "noise2"],
      predict,
      score: accuracy,
      seed: 3,
    });
    expect(result.baseline).toBe(1);
    const [a, noise1, c, noise2] = result.features;
    expect(a!.importance).toBeGreaterThan(0.1);
    expect(c!.importance).toBeGreaterThan(a!.importance); // c has twice a's weight
    for (const f of [noise1!, noise2!])
      expect(f).toEqual({ feature: f.feature, importance: 0, std: 0, scores: [1, 1, 1, 1, 1] });
    expect(calls).toEqual([200, 1000, 1000, 1000, 1000]);
    expect(result.evaluations).toBe(4200);
  });

  it("is deterministic for a seed and keeps string and null values", async () => {
    const mixed: FeatureRow[] = [
      [1, "red", null],
      [2, "blue", true],
      [3, "red", false],
    ];
    const predict: PredictRows = async (batch) =>
      Float64Array.from(batch, (row) => (row[0] as number) + (row[1] === "red" ? 10 : 0));
    const run = () =>
      permutationImportance({
        rows: mixed,
        features: ["n", "colour", "flag"],
        predict,
        score: (o) => o[0]!,
        seed: 9,
      });
    const first = await run();
    expect(await run()).toEqual(first);
    expect(first.features[2]!.importance).toBe(0);
  });

  it.each([
    ["a row of the wrong length", { rows: [[1, 2], [3]] }, "rows[1] has 1 values"],
    ["no rows", { rows: [] }, "rows is empty"],
    ["repeats 0", { repeats: 0 }, "repeats must be a positive integer"],
  ])("rejects %s", async (_, override, message) => {
    const input = {
      rows: [[1, 2]] as FeatureRow[],
      features: ["a", "b"],
      predict: async (batch: readonly FeatureRow[]) => new Float64Array(batch.length),
      score: () => 0,
      ...override,
    };
    await expect(permutationImportance(input)).rejects.toThrow(message);
    await expect(permutationImportance(input)).rejects.toBeInstanceOf(InputError);
  });

  it("rejects a model that answers the wrong number of outputs", async () => {
    await expect(
      permutationImportance({
        rows: [[1]],
        features: ["a"],
        predict: async () => new Float64Array(2),
        score: () => 0,
      }),
    ).rejects.toThrow("predict returned 2 outputs for 1 rows");
  });
});
