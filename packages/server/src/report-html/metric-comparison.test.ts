import { describe, expect, it } from "vitest";
import { type Better, changeDirection } from "./metric-comparison.js";

describe("changeDirection", () => {
  it.each<[number | null, number | null, Better, string]>([
    [0.8, 0.7, "higher", "worse"],
    [0.7, 0.8, "higher", "better"],
    [0.3, 0.4, "lower", "worse"],
    [0.4, 0.3, "lower", "better"],
    [-0.1, 0.2, "zero", "worse"],
    [0.3, -0.2, "zero", "better"],
    [1, 5, "none", "same"],
    [0.5, 0.5, "higher", "same"],
    [null, 0.5, "higher", "same"],
    [0.5, null, "lower", "same"],
  ])("%s → %s with %s better is %s", (reference, current, better, expected) => {
    expect(changeDirection(reference, current, better)).toBe(expected);
  });
});
