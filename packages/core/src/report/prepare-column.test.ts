import { describe, expect, it } from "vitest";
import { InputError } from "../errors.js";
import type { SourceColumn, SourceType } from "../table.js";
import { type ColumnPair, prepareColumn } from "./prepare-column.js";
import { numberColumn, stringColumn } from "./source-columns.test-support.js";

const num = (values: number[], sourceType: SourceType = "float") => numberColumn("x", values, sourceType);
const str = (values: (string | null)[]) => stringColumn("x", values);
const pair = (
  reference: SourceColumn,
  current: SourceColumn,
  extra: Partial<ColumnPair> = {},
): ColumnPair => ({
  name: "x",
  role: "feature",
  reference,
  current,
  referenceFile: "ref.csv",
  currentFile: "cur.csv",
  ...extra,
});

describe("prepareColumn", () => {
  it("counts text in a numerical column as type errors and leaves it out as NaN", () => {
    const out = prepareColumn(pair(num([1.5, 2, 3]), str(["1", "abc", null, "4.5"])));
    expect(out.kind).toBe("numerical");
    expect(out.typeErrors).toEqual({ reference: 0, current: 1 });
    expect(Array.from(out.current as Float64Array)).toEqual([1, Number.NaN, Number.NaN, 4.5]);
  });

  it("rejects a numerical column that holds only text, naming file, column, value and row", () => {
    expect(() => prepareColumn(pair(num([1, 2]), str([null, "abc", "def"])))).toThrowError(
      /cur\.csv: column 'x' should be numerical but holds text \('abc' at data row 2\)/,
    );
  });

  it("rejects a column whose values are all missing on one side", () => {
    const run = () => prepareColumn(pair(num([1, 2]), num([Number.NaN, Number.NaN])));
    expect(run).toThrowError(InputError);
    expect(run).toThrowError(/cur\.csv: every value of column 'x' is missing/);
  });

  it("makes an integer column with few values categorical over one sorted dictionary", () => {
    const out = prepareColumn(pair(num([3, 1, 2, 10], "integer"), num([2, 11, Number.NaN], "integer")));
    expect(out.kind).toBe("categorical");
    if (out.kind === "numerical") return;
    expect(out.categories).toEqual(["1", "2", "3", "10", "11"]);
    expect(Array.from(out.reference)).toEqual([2, 0, 1, 3]);
    expect(Array.from(out.current)).toEqual([1, 4, -1]);
  });

  it("keeps an integer column with many values numerical", () => {
    const values = Array.from({ length: 11 }, (_, i) => i);
    expect(prepareColumn(pair(num(values, "integer"), num(values, "integer"))).kind).toBe("numerical");
  });

  it("honours --categorical on a float column", () => {
    const out = prepareColumn(pair(num([0.5, 1]), num([1, 1]), { forcedKind: "categorical" }));
    expect(out.kind).toBe("categorical");
  });

  it("reads a mostly numeric text column in the reference as numbers with type errors", () => {
    const out = prepareColumn(pair(str(["1.5", "2", "oops", "3.25"]), num([1, 2])));
    expect(out.kind).toBe("numerical");
    expect(out.typeErrors).toEqual({ reference: 1, current: 0 });
  });

  it("treats infinite values as missing", () => {
    const out = prepareColumn(
      pair(num([1.5, Number.POSITIVE_INFINITY, 2]), num([Number.NEGATIVE_INFINITY, 3.5])),
    );
    expect(Array.from(out.reference as Float64Array)).toEqual([1.5, Number.NaN, 2]);
    expect(Array.from(out.current as Float64Array)).toEqual([Number.NaN, 3.5]);
  });

  it("calls a string column whose values are mostly distinct text", () => {
    const ids = Array.from({ length: 10 }, (_, i) => `id-${i}`);
    expect(prepareColumn(pair(str(ids), str(ids))).kind).toBe("text");
  });
});
