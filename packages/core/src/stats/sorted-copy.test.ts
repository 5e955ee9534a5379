import { describe, expect, it } from "vitest";
import { sortedCopy } from "./sorted-copy.js";

function random(n: number, seed: number): Float64Array {
  let x = seed;
  return Float64Array.from({ length: n }, () => {
    x = (x * 48271) % 2147483647;
    return (x / 2147483647 - 0.5) * 10 ** ((x % 7) - 3);
  });
}

describe("sortedCopy", () => {
  it.each([
    ["a short array", random(100, 3)],
    ["a long array with both signs and magnitudes", random(100_000, 5)],
    ["a long array of integers with ties", Float64Array.from(random(70_000, 9), (v) => Math.round(v * 10))],
    [
      "special values",
      Float64Array.from([
        ...random(20_000, 11),
        -0,
        0,
        Infinity,
        -Infinity,
        5e-324,
        -5e-324,
        Number.MAX_VALUE,
      ]),
    ],
  ])("matches the engine's sort on %s, leaving the input alone", (_, values) => {
    const before = values.slice();
    const sorted = sortedCopy(values);
    expect(Array.from(sorted)).toEqual(Array.from(values.slice().sort()));
    expect(Array.from(values)).toEqual(Array.from(before));
  });
});
