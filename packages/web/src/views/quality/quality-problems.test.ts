import type { QualityColumn, ReportColumn } from "@telltale/core";
import { describe, expect, it } from "vitest";
import { qualityProblems, qualityRows, sortByProblems } from "./quality-problems";

const clean: QualityColumn = {
  column: "x",
  missing: { reference: 0, current: 0 },
  missingShare: { reference: 0, current: 0 },
  newCategories: [],
  outOfRange: 0,
  constant: { reference: false, current: false },
  typeErrors: { reference: 0, current: 0 },
};

const quality = (column: string, patch: Partial<QualityColumn> = {}): QualityColumn => ({
  ...clean,
  column,
  ...patch,
});

describe("qualityProblems", () => {
  it.each([
    ["a clean column", {}, []],
    ["missing where the reference had none", { missingShare: { reference: 0, current: 0.001 } }, ["missing"]],
    ["missing as often as in the reference", { missingShare: { reference: 0.05, current: 0.055 } }, []],
    [
      "missing a point and more above the reference",
      { missingShare: { reference: 0.05, current: 0.07 } },
      ["missing"],
    ],
    ["new categories", { newCategories: [{ value: "mars", count: 2 }] }, ["newCategories"]],
    ["out of range", { outOfRange: 54 }, ["outOfRange"]],
    ["gone constant", { constant: { reference: false, current: true } }, ["constant"]],
    ["constant on both sides", { constant: { reference: true, current: true } }, []],
    ["type errors in the reference only", { typeErrors: { reference: 3, current: 0 } }, []],
    ["type errors in the window", { typeErrors: { reference: 0, current: 1 } }, ["typeErrors"]],
  ] as const)("%s", (_, patch, problems) => {
    expect(qualityProblems(quality("x", patch as Partial<QualityColumn>))).toEqual(problems);
  });
});

describe("qualityRows and sortByProblems", () => {
  const columns: ReportColumn[] = [
    { name: "age", kind: "numerical", role: "feature" },
    { name: "hours", kind: "numerical", role: "feature" },
    { name: "country", kind: "categorical", role: "feature" },
    { name: "job", kind: "categorical", role: "feature" },
    { name: "prediction", kind: "categorical", role: "prediction" },
  ];
  const report = {
    columns,
    current: { rows: 1000 },
    quality: {
      columns: [
        quality("age"),
        quality("hours", { outOfRange: 50 }),
        quality("country", {
          newCategories: [
            { value: "mars", count: 200 },
            { value: "venus", count: 100 },
          ],
          missingShare: { reference: 0, current: 0.02 },
          missing: { reference: 0, current: 20 },
        }),
        quality("job", {
          missingShare: { reference: 0.01, current: 0.4 },
          missing: { reference: 10, current: 400 },
        }),
        quality("prediction"),
      ],
    },
  };

  it("joins each column's kind and role, and shares of the window's rows", () => {
    const rows = qualityRows(report);
    expect(rows.map((r) => [r.column, r.kind, r.role, r.problems])).toEqual([
      ["age", "numerical", "feature", []],
      ["hours", "numerical", "feature", ["outOfRange"]],
      ["country", "categorical", "feature", ["missing", "newCategories"]],
      ["job", "categorical", "feature", ["missing"]],
      ["prediction", "categorical", "prediction", []],
    ]);
    expect(rows[1]!.outOfRangeShare).toBe(0.05);
    expect(rows[2]!.newCategoryShare).toBe(0.3);
    expect(rows[2]!.worst).toBe(0.3);
    expect(rows[3]!.worst).toBe(0.4);
  });

  it("puts the most problems first, then the largest share touched, else the report's order", () => {
    expect(sortByProblems(qualityRows(report)).map((r) => r.column)).toEqual([
      "country",
      "job",
      "hours",
      "age",
      "prediction",
    ]);
  });

  it("gives no shares for an empty window", () => {
    const [row] = qualityRows({ ...report, current: { rows: 0 } });
    expect([row!.outOfRangeShare, row!.newCategoryShare]).toEqual([null, null]);
  });
});
