import { describe, expect, it } from "vitest";
import { InputError } from "../errors.js";
import type { FeatureRow } from "../importance/predict-rows.js";
import { summariseBackground } from "./summarise-background.js";

describe("summariseBackground", () => {
  it("returns the rows themselves, equally weighted, when there are no more than k", () => {
    const rows: FeatureRow[] = [
      [1, "a"],
      [2, null],
      [Number.NaN, "b"],
    ];
    for (const k of [3, 50]) {
      expect(summariseBackground(rows, ["numerical", "categorical"], k)).toEqual({
        rows,
        weights: Float64Array.of(1 / 3, 1 / 3, 1 / 3),
      });
    }
  });

  it("finds well-separated clusters, weights them by size and stands for them with real values", () => {
    const rows: FeatureRow[] = [];
    for (let i = 0; i < 60; i++) rows.push([100 + (i % 5), "north", true, i % 7 === 0 ? null : 1]);
    for (let i = 0; i < 30; i++) rows.push([-50 - (i % 3), "south", false, 2 + (i % 2)]);
    for (let i = 0; i < 10; i++) rows.push([0.5 * i, i < 7 ? "east" : null, null, null]);
    const kinds = ["numerical", "categorical", "categorical", "numerical"] as const;
    const summary = summariseBackground(rows, kinds, 3, 4);
    const byWeight = summary.rows
      .map((row, c) => ({ row, weight: summary.weights[c]! }))
      .sort((a, b) => b.weight - a.weight);
    expect(byWeight.map((c) => c.weight)).toEqual([0.6, 0.3, 0.1]);
    // Means 102, −51 and 2.25 snapped to member values: 102; −51; 2 (nearest of 0…4.5, the first on a tie).
    expect(byWeight[0]!.row).toEqual([102, "north", true, 1]);
    expect(byWeight[1]!.row).toEqual([-51, "south", false, 2]);
    expect(byWeight[2]!.row).toEqual([2, "east", null, null]);
    expect(summariseBackground(rows, kinds, 3, 4)).toEqual(summary);
  });

  it("drops clusters left empty when rows repeat, and refuses no rows or a wrong width", () => {
    const rows: FeatureRow[] = Array.from({ length: 8 }, (_, i) => [i % 2, i % 2 ? "x" : "y"]);
    const summary = summariseBackground(rows, ["numerical", "categorical"], 4, 1);
    expect(summary.rows).toHaveLength(2);
    expect(new Set(summary.rows.map((r) => r.join()))).toEqual(new Set(["0,y", "1,x"]));
    expect(Array.from(summary.weights)).toEqual([0.5, 0.5]);
    expect(() => summariseBackground([], ["numerical"])).toThrow(InputError);
    expect(() => summariseBackground([[1, 2]], ["numerical"])).toThrow(/row 0 has 2 values/);
  });
});
