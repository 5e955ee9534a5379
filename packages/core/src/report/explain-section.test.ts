import { describe, expect, it } from "vitest";
import type { SourceColumn, Table } from "../table.js";
import { buildReport } from "./build-report.js";
import { numberColumn } from "./source-columns.test-support.js";

const table = (name: string, columns: SourceColumn[]): Table => ({
  name,
  rows: (columns[0]!.column as { values: Float64Array }).values.length,
  columns,
});

/** Rows whose attributions are known: x's are ±2, y's ±1 (reference) or ±3 (current), z's 0. */
function side(name: string, yScale: number, shift: number): Table {
  const n = 100;
  const x = Array.from({ length: n }, (_, i) => (i % 10) / 10);
  const y = Array.from({ length: n }, (_, i) => ((i * 7) % 10) / 10 + shift);
  const z = Array.from({ length: n }, (_, i) => ((i * 3) % 10) / 10);
  const sign = (i: number) => (i % 2 === 0 ? 1 : -1);
  return table(name, [
    numberColumn("x", x),
    numberColumn("y", y),
    numberColumn("z", z),
    numberColumn(
      "attribution.x",
      x.map((_, i) => 2 * sign(i)),
    ),
    numberColumn(
      "attribution.y",
      y.map((_, i) => yScale * sign(i + 1)),
    ),
    numberColumn(
      "attribution.z",
      z.map(() => 0),
    ),
  ]);
}

describe("the report's explanations from logged attributions", () => {
  it("leaves attribution columns out of drift and ranks importance against the reference", () => {
    const { report } = buildReport(side("ref", 1, 0), side("cur", 3, 0.5));
    expect(report.drift.columns.map((c) => c.column)).toEqual(["x", "y", "z"]);
    const explain = report.explain!;
    expect(explain.source).toBe("logged");
    expect(explain.importance).toEqual([
      { feature: "y", importance: 3, baseline: 1, change: 2, rank: 1, baselineRank: 2 },
      { feature: "x", importance: 2, baseline: 2, change: 0, rank: 2, baselineRank: 1 },
      { feature: "z", importance: 0, baseline: 0, change: 0, rank: 3, baselineRank: 3 },
    ]);
    // Baseline relevance x = 2, y = 1, z = 0: ideal DCG = 2/log2(2) + 1/log2(3); current order y, x, z.
    const ideal = 2 + 1 / Math.log2(3);
    expect(explain.ndcg).toBeCloseTo((1 + 2 / Math.log2(3)) / ideal, 12);
    expect(explain.attributionDrift).toBe(true);
    // y drifted (shifted by 0.5) and holds 3/5 of the importance: it explains the change first.
    expect(explain.driftImpact[0]).toMatchObject({ feature: "y", drifted: true, importanceShare: 0.6 });
  });

  it("has no explanations without attributions and no NDCG without the reference's", () => {
    const plain = (t: Table) => ({
      ...t,
      columns: t.columns.filter((c) => !c.name.startsWith("attribution.")),
    });
    expect(buildReport(plain(side("ref", 1, 0)), plain(side("cur", 1, 0))).report.explain).toBeUndefined();
    const { report } = buildReport(plain(side("ref", 1, 0)), side("cur", 1, 0));
    expect(report.explain?.ndcg).toBeNull();
    expect(report.explain?.importance[0]).toMatchObject({ feature: "x", baseline: null, baselineRank: null });
  });
});
