import { describe, expect, it } from "vitest";
import { codeCells } from "./cell-coding.js";
import { numbers, strings } from "./planted-data.test-support.js";

const every = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

describe("codeCells", () => {
  it.each([
    {
      name: "quartile bins are [lower, upper), the last open, and NaN has its own cell",
      values: [1, 2, 3, 4, 5, 6, 7, 8, 9, Number.NaN],
      bins: 4,
      edges: [3, 5, 7],
      codes: [0, 0, 1, 1, 2, 2, 3, 3, 3, 4],
    },
    {
      name: "repeated quantiles collapse into one edge",
      values: [0, 0, 0, 0, 0, 0, 0, 1, 2, 3],
      bins: 5,
      edges: [0, 1.2000000000000002], // numpy.quantile(x, 0.8) is 1 + 0.2·(2 − 1)
      codes: [1, 1, 1, 1, 1, 1, 1, 1, 2, 2],
    },
  ])("$name", ({ values, bins, edges, codes }) => {
    const [coding] = codeCells([[numbers("x", values)]], [every(values.length)], { bins, maxCategories: 10 });
    const ranges = coding!.conditions.filter((c) => c.kind === "range");
    expect(ranges.map((c) => c.lower)).toEqual([null, ...edges]);
    expect(ranges.map((c) => c.upper)).toEqual([...edges, null]);
    expect(coding!.conditions.at(-1)).toEqual({ feature: "x", kind: "missing" });
    expect(Array.from(coding!.codes[0]!)).toEqual(codes);
  });

  it("keeps the most frequent categories over both sides, matched by text, and codes the rest out", () => {
    const current = strings("c", ["b", "b", "a", "z", null], ["z", "a", "b"]);
    const baseline = strings("c", ["a", "b", "a", "y"], ["a", "b", "y"]);
    const [coding] = codeCells([[current], [baseline]], [every(5), every(4)], { bins: 5, maxCategories: 2 });
    expect(coding!.conditions).toEqual([
      { feature: "c", kind: "category", value: "a" },
      { feature: "c", kind: "category", value: "b" },
      { feature: "c", kind: "missing" },
    ]);
    expect(Array.from(coding!.codes[0]!)).toEqual([1, 1, 0, -1, 2]);
    expect(Array.from(coding!.codes[1]!)).toEqual([0, 1, 0, -1]);
  });

  it("cuts numerical bins at the first side's quantiles and skips a feature whose kind differs", () => {
    const [coding, ...rest] = codeCells(
      [
        [numbers("x", [0, 10, 20, 30, 40]), numbers("k", [1, 2])],
        [numbers("x", [100, 5]), strings("k", ["a"], ["a"])],
      ],
      [every(5), every(2)],
      { bins: 2, maxCategories: 10 },
    );
    expect(rest).toEqual([]);
    expect(coding!.conditions[0]).toEqual({ feature: "x", kind: "range", lower: null, upper: 20 });
    expect(Array.from(coding!.codes[1]!)).toEqual([1, 0]);
  });
});
