import { describe, expect, it } from "vitest";
import { encodeOutcomes } from "../monitoring/encode-outcomes.js";
import type { ModelSpec, MonitoredRows } from "../monitoring/monitored-rows.js";
import { FEATURES, monitoredWindow } from "../monitoring/monitored-rows.test-support.js";
import { windowSeries } from "../monitoring/window-series.js";
import { businessQuantities, businessQuantityNames } from "./business-quantities.js";

const all = (n: number) => Int32Array.from({ length: n }, (_, i) => i);
const text = (rows: MonitoredRows, column: "label" | "prediction", i: number) => {
  const c = rows[column]!.column as { codes: Int32Array; categories: readonly string[] };
  return c.codes[i]! < 0 ? null : c.categories[c.codes[i]!]!;
};

describe("business quantities", () => {
  it("counts a binary window's confusion matrix over its labelled rows, as by hand", () => {
    const spec: ModelSpec = { task: "binary", features: FEATURES, positiveLabel: "yes" };
    const rows = monitoredWindow("binary", { rows: 400, seed: 3, unlabelled: 0.25 });
    const q = businessQuantities(encodeOutcomes(spec, rows), all(400));
    const hand = { tp: 0, fp: 0, tn: 0, fn: 0, labelled: 0 };
    for (let i = 0; i < 400; i++) {
      const truth = text(rows, "label", i);
      if (truth === null) continue;
      hand.labelled++;
      const guess = text(rows, "prediction", i)!;
      const key = guess === "yes" ? (truth === "yes" ? "tp" : "fp") : truth === "yes" ? "fn" : "tn";
      hand[key]++;
    }
    expect(q).toMatchObject({ ...hand, count: 400 });
    const scores = (rows.score!.column as { values: Float64Array }).values.filter((v) => Number.isFinite(v));
    expect(q["score.sum"]).toBeCloseTo(
      scores.reduce((s, v) => s + v, 0),
      10,
    );
    expect(q["score.mean"]).toBeCloseTo(q["score.sum"]! / scores.length, 12);
  });

  it("serves business.<name> per bucket from those counts", () => {
    const spec: ModelSpec = {
      task: "binary",
      features: FEATURES,
      positiveLabel: "yes",
      business: [{ name: "cost", expression: "50 * fn + 2 * fp" }],
    };
    const current = monitoredWindow("binary", { rows: 300, seed: 5 });
    const bucketOf = Int32Array.from({ length: 300 }, (_, i) => (i < 100 ? 0 : 1));
    const [cost] = windowSeries({
      spec,
      reference: current,
      current,
      bucketOf,
      buckets: 2,
      metrics: ["business.cost"],
    });
    const encoded = encodeOutcomes(spec, current);
    for (const [b, rows] of [
      [0, all(100)],
      [1, all(200).map((i) => i + 100)],
    ] as const) {
      const q = businessQuantities(encoded, rows);
      expect(cost!.points[b]!.value).toBe(50 * q.fn! + 2 * q.fp!);
    }
  });

  it("gives multiclass counts per class and regression errors, and names them", () => {
    const multi: ModelSpec = { task: "multiclass", features: FEATURES };
    const rows = monitoredWindow("multiclass", { rows: 200, seed: 7 });
    const q = businessQuantities(encodeOutcomes(multi, rows), all(200));
    const labelled = q.labelled!;
    for (const c of ["cat", "dog", "fox"]) {
      expect(q[`tp.${c}`]! + q[`fp.${c}`]! + q[`fn.${c}`]! + q[`tn.${c}`]!).toBeLessThanOrEqual(labelled);
    }
    expect(businessQuantityNames(multi, ["cat"])).toContain("fn.cat");
    const regression: ModelSpec = { task: "regression", features: FEATURES };
    const r = monitoredWindow("regression", { rows: 100, seed: 9 });
    const rq = businessQuantities(encodeOutcomes(regression, r), all(100));
    const p = (r.prediction!.column as { values: Float64Array }).values;
    const t = (r.label!.column as { values: Float64Array }).values;
    let abs = 0;
    let n = 0;
    for (let i = 0; i < 100; i++) {
      if (!Number.isFinite(p[i]!) || !Number.isFinite(t[i]!)) continue;
      abs += Math.abs(p[i]! - t[i]!);
      n++;
    }
    expect(rq.absError).toBeCloseTo(abs, 10);
    expect(rq["absError.mean"]).toBeCloseTo(abs / n, 12);
  });
});
