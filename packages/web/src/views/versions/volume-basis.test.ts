import { describe, expect, it } from "vitest";
import { volumeBasis } from "./volume-basis";

describe("volumeBasis", () => {
  it.each([
    ["120 * fn + 15 * fp", "labelled"],
    ["-(fn - 2 * tp) / 3", "labelled"],
    ["label.sum", "labelled"],
    ["0.01 * count", "prediction"],
    ["count * score.mean", "prediction"],
    ["max(fn, 2 * fp)", "labelled"],
    ["abs(error)", "labelled"],
    ["if(score.mean > 0.5, count, 0 * count)", "prediction"],
    ["tp / (tp + fp)", null],
    ["(120 * fn + 15 * fp) / labelled", null],
    ["score.mean * 100", null],
    ["fn + 5", null],
    ["fn * fp", null],
    ["fn > 10", null],
    ["if(fn > 10, 1, 0)", null],
    ["42", null],
    ["1e3 * fn", "labelled"],
    ["fn +", null],
    [null, null],
  ] as const)("%s → %s", (expression, basis) => {
    expect(volumeBasis(expression)).toBe(basis);
  });
});
