import { describe, expect, it } from "vitest";
import { InputError } from "../errors.js";
import type { SourceColumn, Table } from "../table.js";
import { buildReport } from "./build-report.js";
import { numberColumn, stringColumn } from "./source-columns.test-support.js";

const numbers = numberColumn;
const strings = stringColumn;

function table(name: string, columns: SourceColumn[]): Table {
  return {
    name,
    rows:
      columns[0]!.column.kind === "numerical"
        ? columns[0]!.column.values.length
        : columns[0]!.column.codes.length,
    columns,
  };
}

/** A deterministic pseudo-random sequence, so the test data has no ties by accident. */
function sequence(n: number, seed: number, shift = 0): number[] {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (x * 16807) % 2147483647;
    return x / 2147483647 + shift;
  });
}

const n = 200;
const labels = (values: number[]) => values.map((v) => (v > 0.5 ? "yes" : "no"));
const ref = table("ref.csv", [
  numbers("income", sequence(n, 7)),
  strings(
    "city",
    sequence(n, 11).map((v) => (v < 0.3 ? "Paris" : v < 0.7 ? "Lyon" : "Nice")),
  ),
  strings(
    "sex",
    sequence(n, 13).map((v) => (v < 0.5 ? "F" : "M")),
  ),
  strings("label", labels(sequence(n, 17))),
  strings("pred", labels(sequence(n, 17).map((v, i) => (i % 5 === 0 ? 1 - v : v)))),
]);
const cur = table("cur.csv", [
  numbers("income", sequence(n, 19, 0.4)),
  strings(
    "city",
    sequence(n, 23).map((v) => (v < 0.3 ? "Paris" : v < 0.6 ? "Lyon" : v < 0.9 ? "Nice" : "Lille")),
  ),
  strings(
    "sex",
    sequence(n, 29).map((v) => (v < 0.5 ? "F" : "M")),
  ),
  strings("label", labels(sequence(n, 31))),
  strings("pred", labels(sequence(n, 31).map((v, i) => (i % 3 === 0 ? 1 - v : v)))),
]);

describe("buildReport", () => {
  const { report, notes } = buildReport(ref, cur, {
    target: "label",
    prediction: "pred",
    sensitive: ["sex"],
  });

  it("assigns kinds and roles", () => {
    expect(report.columns).toEqual([
      { name: "income", kind: "numerical", role: "feature" },
      { name: "city", kind: "categorical", role: "feature" },
      { name: "sex", kind: "categorical", role: "sensitive" },
      { name: "label", kind: "categorical", role: "target" },
      { name: "pred", kind: "categorical", role: "prediction" },
    ]);
  });

  it("picks Evidently's default methods for a small reference", () => {
    expect(report.drift.columns.map((c) => [c.column, c.method])).toEqual([
      ["income", "ks"],
      ["city", "chisquare"],
      ["sex", "z"],
      ["label", "z"],
      ["pred", "z"],
    ]);
  });

  it("detects the shifted column and counts features only in the share", () => {
    const income = report.drift.columns.find((c) => c.column === "income")!;
    expect(income.drifted).toBe(true);
    expect(income.pValue).toBeLessThan(1e-6);
    const city = report.drift.columns.find((c) => c.column === "city")!;
    expect(city).toMatchObject({ statistic: null, pValue: 0, drifted: true });
    expect(report.drift.totalColumns).toBe(3);
    expect(report.drift.driftedColumns).toBe(
      report.drift.columns.filter((c) => c.role !== "target" && c.role !== "prediction" && c.drifted).length,
    );
  });

  it("reports the unseen category and out-of-range values", () => {
    const city = report.quality.columns.find((c) => c.column === "city")!;
    expect(city.newCategories).toEqual([{ value: "Lille", count: expect.any(Number) }]);
    const income = report.quality.columns.find((c) => c.column === "income")!;
    expect(income.outOfRange).toBeGreaterThan(0);
  });

  it("computes binary metrics on both sides with a chosen positive label", () => {
    expect(report.task).toBe("binary");
    expect(report.classification?.reference?.accuracy).toBeCloseTo(0.8, 10);
    expect(report.classification?.current?.confusionMatrix.labels).toEqual(["no", "yes"]);
    expect(notes).toContain("positive label: 'yes' (set it with --positive-label)");
    expect(report.fairness?.[0]?.attribute).toBe("sex");
  });

  it("never writes NaN or Infinity", () => {
    expect(JSON.stringify(report)).not.toMatch(/NaN|Infinity/);
    expect(JSON.parse(JSON.stringify(report))).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it("rejects a named column that does not exist", () => {
    expect(() => buildReport(ref, cur, { target: "nope" })).toThrowError(InputError);
  });
});
