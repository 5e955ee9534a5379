import { describe, expect, it } from "vitest";
import { meanAbsoluteImportance } from "./mean-absolute-importance.js";

const column = (name: string, values: number[]) => ({ name, values: Float64Array.from(values) });

describe("meanAbsoluteImportance", () => {
  it.each([
    ["signed values", [1, -3, 0.5], undefined, 1.5, 3],
    ["NaN and infinities skipped", [Number.NaN, -2, Number.POSITIVE_INFINITY, 4], undefined, 3, 2],
    ["all missing", [Number.NaN, Number.NaN], undefined, null, 0],
    ["empty column", [], undefined, null, 0],
    ["a subset of rows", [10, -1, 100, -3], Int32Array.from([1, 3]), 2, 2],
    ["a repeated row counts twice", [1, -4], Int32Array.from([1, 1, 0]), 3, 3],
    ["no rows selected", [1, 2], new Int32Array(0), null, 0],
  ])("%s", (_, values, rows, importance, count) => {
    expect(meanAbsoluteImportance([column("f", values)], rows)).toEqual([
      { feature: "f", importance, count },
    ]);
  });

  it("keeps the columns' order", () => {
    const result = meanAbsoluteImportance([column("small", [0.1]), column("big", [-9]), column("none", [])]);
    expect(result.map((r) => r.feature)).toEqual(["small", "big", "none"]);
  });

  it("rejects a row outside the column", () => {
    expect(() => meanAbsoluteImportance([column("f", [1])], Int32Array.from([1]))).toThrow(RangeError);
  });
});
