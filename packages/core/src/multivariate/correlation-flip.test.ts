import { describe, expect, it } from "vitest";
import { buildReport } from "../report/build-report.js";
import { seededRandom } from "../stats/seeded-random.js";
import type { SourceColumn, Table } from "../table.js";
import { DOMAIN_CLASSIFIER_THRESHOLD, domainClassifierAuc } from "./domain-classifier.js";
import { fitReconstructionDrift } from "./reconstruction-drift.js";

/**
 * n rows: (x, y) standard normal with correlation rho, three independent noise features and a category drawn
 * a : b : c = 5 : 3 : 2, coded against the given table order (so the two sides' tables differ).
 */
function side(n: number, rho: number, seed: number, categories: readonly string[]): SourceColumn[] {
  const random = seededRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const columns = {
    x: new Float64Array(n),
    y: new Float64Array(n),
    u: new Float64Array(n),
    v: new Float64Array(n),
  };
  const w = new Float64Array(n);
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const a = normal();
    columns.x[i] = a;
    columns.y[i] = rho * a + Math.sqrt(1 - rho * rho) * normal();
    columns.u[i] = normal();
    columns.v[i] = normal() * 3 + 1;
    w[i] = random() < 0.05 ? Number.NaN : random() * 10;
    const r = random();
    codes[i] = categories.indexOf(r < 0.5 ? "a" : r < 0.8 ? "b" : "c");
  }
  return [
    ...Object.entries({ ...columns, w }).map(
      ([name, values]): SourceColumn => ({
        name,
        sourceType: "float",
        column: { kind: "numerical", values },
      }),
    ),
    { name: "c", sourceType: "string", column: { kind: "categorical", codes, categories } },
  ];
}

const table = (name: string, columns: SourceColumn[]): Table => ({
  name,
  rows: (columns[0]!.column as { values: Float64Array }).values.length,
  columns,
});

/** Two windows one after the other in one table (the second's categories recoded to the first's table). */
function concat(first: SourceColumn[], second: SourceColumn[]): SourceColumn[] {
  return first.map((a, j) => {
    const b = second[j]!;
    if (a.column.kind === "numerical" && b.column.kind === "numerical") {
      const values = new Float64Array(a.column.values.length + b.column.values.length);
      values.set(a.column.values);
      values.set(b.column.values, a.column.values.length);
      return { ...a, column: { kind: "numerical", values } };
    }
    if (a.column.kind === "categorical" && b.column.kind === "categorical") {
      const codes = new Int32Array(a.column.codes.length + b.column.codes.length);
      codes.set(a.column.codes);
      const { categories } = a.column;
      const mapped = Array.from(b.column.codes, (c) =>
        c < 0 ? -1 : categories.indexOf(b.column.categories[c]!),
      );
      codes.set(mapped, a.column.codes.length);
      return { ...a, column: { ...a.column, codes } };
    }
    throw new Error("kinds differ");
  });
}

describe("multivariate drift sees a flipped correlation that no single feature shows", () => {
  const reference = side(4000, 0.9, 1, ["a", "b", "c"]);
  const flipped = side(1500, -0.9, 2, ["c", "a", "b"]);
  const same = side(1500, 0.9, 3, ["b", "c", "a"]);

  it.each([
    ["distances (reference above 1000 rows)", reference, ["wasserstein", "jensenshannon"]],
    ["tests (reference of 800 rows)", side(800, 0.9, 4, ["a", "b", "c"]), ["ks", "chisquare"]],
  ])("leaves every default univariate method quiet on the flipped window: %s", (_, ref, methods) => {
    const { report } = buildReport(table("reference", ref), table("current", flipped));
    expect(report.drift.columns.map((c) => c.column).sort()).toEqual(["c", "u", "v", "w", "x", "y"]);
    for (const column of report.drift.columns) {
      expect(methods, column.column).toContain(column.method);
      expect(column.drifted, `${column.column} by ${column.method}: ${column.statistic}`).toBe(false);
    }
    expect(report.drift.datasetDrift).toBe(false);
  });

  it("raises the reconstruction error above its upper threshold on the flipped window only", () => {
    const fit = fitReconstructionDrift(reference);
    expect(fit.error(flipped).value!).toBeGreaterThan(fit.upper);
    expect(fit.error(same).value!).toBeLessThan(fit.upper);
    expect(fit.error(same).value!).toBeGreaterThan(fit.lower ?? 0);
  });

  it("lets a domain classifier tell the flipped window apart, and not the one drawn like the reference", () => {
    const drifted = domainClassifierAuc(reference, flipped, { maxRows: 2000 });
    const quiet = domainClassifierAuc(reference, same, { maxRows: 2000 });
    expect(drifted.auc!).toBeGreaterThan(DOMAIN_CLASSIFIER_THRESHOLD);
    expect(quiet.auc!).toBeLessThan(DOMAIN_CLASSIFIER_THRESHOLD);
    expect(drifted.rows).toEqual({ reference: 2000, current: 1500 });
  });

  it("measures only the window's rows of a longer table", () => {
    const both = concat(same, flipped);
    const first = Int32Array.from({ length: 1500 }, (_, i) => i);
    const second = Int32Array.from({ length: 1500 }, (_, i) => 1500 + i);
    const fit = fitReconstructionDrift(reference);
    expect(fit.error(both, first)).toEqual(fit.error(same));
    expect(fit.error(both, second)).toEqual(fit.error(flipped));
    expect(domainClassifierAuc(reference, both, { rows: first }).auc!).toBeLessThan(
      DOMAIN_CLASSIFIER_THRESHOLD,
    );
    expect(domainClassifierAuc(reference, both, { rows: second }).auc!).toBeGreaterThan(
      DOMAIN_CLASSIFIER_THRESHOLD,
    );
  });
});
