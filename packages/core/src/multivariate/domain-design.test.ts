import { describe, expect, it } from "vitest";
import type { SourceColumn } from "../table.js";
import { domainDesign } from "./domain-design.js";

const numbers = (name: string, values: number[]): SourceColumn => ({
  name,
  sourceType: "float",
  column: { kind: "numerical", values: Float64Array.from(values) },
});
const category = (name: string, categories: string[], codes: number[]): SourceColumn => ({
  name,
  sourceType: "string",
  column: { kind: "categorical", codes: Int32Array.from(codes), categories },
});
const all = (n: number) => Int32Array.from({ length: n }, (_, i) => i);
const rowsOf = (d: { x: Float64Array; width: number; rows: number }) =>
  Array.from({ length: d.rows }, (_, i) => Array.from(d.x.subarray(i * d.width, (i + 1) * d.width)));

describe("domainDesign", () => {
  it("standardises numbers on the reference and adds a missing column when a side lacks a value", () => {
    const d = domainDesign([numbers("a", [1, 3])], all(2), [numbers("a", [Number.NaN, 5])], all(2));
    expect(d.width).toBe(2);
    expect(Array.from(d.numerical)).toEqual([0]);
    expect(rowsOf(d)).toEqual([
      [-1, 0],
      [1, 0],
      [0, 1],
      [3, 0],
    ]);
  });

  it("one-hot encodes categories by their text, whatever each side's table order", () => {
    const d = domainDesign(
      [category("c", ["x", "y"], [0, 0, 1])],
      all(3),
      [category("c", ["z", "y", "x"], [2, 1, 0, -1])],
      all(4),
    );
    // Ranked by count over both sides: x (3), y (2), then missing and z (1 each, ties by text).
    expect(d.width).toBe(4);
    expect(d.numerical.length).toBe(0);
    expect(rowsOf(d)).toEqual([
      [1, 0, 0, 0],
      [1, 0, 0, 0],
      [0, 1, 0, 0],
      [1, 0, 0, 0],
      [0, 1, 0, 0],
      [0, 0, 0, 1],
      [0, 0, 1, 0],
    ]);
  });

  it("takes only the sampled rows, and reads a feature the window lacks as missing", () => {
    const d = domainDesign(
      [numbers("a", [0, 10, 2, 4]), numbers("b", [1, 1, 1, 1])],
      Int32Array.from([0, 2]),
      [numbers("b", [7, 1])],
      Int32Array.from([1]),
    );
    expect(d.rows).toBe(3);
    expect(rowsOf(d)).toEqual([
      [-1, 0, 0],
      [1, 0, 0],
      [0, 1, 0],
    ]);
  });
});
