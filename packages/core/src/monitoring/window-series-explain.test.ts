import { describe, expect, it } from "vitest";
import { fitCbpe } from "../estimate/cbpe.js";
import { importanceNdcg } from "../importance/importance-ndcg.js";
import { domainClassifierAuc } from "../multivariate/domain-classifier.js";
import { fitReconstructionDrift } from "../multivariate/reconstruction-drift.js";
import type { ModelSpec, MonitoredRows } from "./monitored-rows.js";
import { FEATURES, monitoredWindow, numbers, seeded } from "./monitored-rows.test-support.js";
import { windowSeries } from "./window-series.js";

const spec: ModelSpec = { task: "binary", features: FEATURES, positiveLabel: "yes" };

/** Attributions x: ±scale·x-ish, k: ±1, c: ±0.5 with NaN where a row logged none. */
function withAttributions(rows: MonitoredRows, seed: number, scaleK = 1): MonitoredRows {
  const next = seeded(seed);
  const column = (scale: number) =>
    Float64Array.from({ length: rows.rows }, () => (next() < 0.1 ? Number.NaN : (next() - 0.5) * 2 * scale));
  return {
    ...rows,
    attributions: [numbers("x", column(2)), numbers("k", column(scaleK)), numbers("c", column(0.5))],
  };
}

const meanAbs = (values: Float64Array, rows: number[]) => {
  const present = rows.map((i) => values[i]!).filter((v) => Number.isFinite(v));
  return present.reduce((s, v) => s + Math.abs(v), 0) / present.length;
};

describe("windowSeries: explanations", () => {
  const reference = withAttributions(monitoredWindow("binary", { rows: 600, seed: 1 }), 2);
  const current = withAttributions(monitoredWindow("binary", { rows: 300, seed: 3 }), 4, 4);
  const bucketOf = Int32Array.from({ length: 300 }, (_, i) => (i < 150 ? 0 : 1));
  const bucketRows = (b: number) => Array.from({ length: 150 }, (_, i) => i + b * 150);

  it("gives importance.<feature> as the bucket's mean |attribution| and attribution.ndcg against the reference", () => {
    const [importance, ndcg] = windowSeries({
      spec,
      reference,
      current,
      bucketOf,
      buckets: 2,
      metrics: ["importance.k", "attribution.ndcg"],
    });
    const k = (current.attributions![1]!.column as { values: Float64Array }).values;
    const all = Array.from({ length: 600 }, (_, i) => i);
    for (const b of [0, 1]) {
      expect(importance!.points[b]!.value).toBeCloseTo(meanAbs(k, bucketRows(b)), 14);
      const baseline = new Map(
        reference.attributions!.map((c) => [
          c.name,
          meanAbs((c.column as { values: Float64Array }).values, all),
        ]),
      );
      const now = new Map(
        current.attributions!.map((c) => [
          c.name,
          meanAbs((c.column as { values: Float64Array }).values, bucketRows(b)),
        ]),
      );
      expect(ndcg!.points[b]!.value).toBeCloseTo(importanceNdcg(baseline, now)!, 14);
    }
    // k's attributions are 4× the reference's here: it takes the lead, so the ranking drifted.
    expect(ndcg!.points[0]!.value).toBeLessThan(0.9);
  });

  it("gives estimated.<metric> and its band as CBPE fitted on the reference gives them on the bucket", () => {
    const series = windowSeries({
      spec,
      reference,
      current,
      bucketOf,
      buckets: 2,
      metrics: ["estimated.accuracy", "estimated.accuracy.lower", "estimated.accuracy.upper", "estimated.f1"],
    });
    const flag = (rows: MonitoredRows, column: "prediction" | "label") => {
      const c = rows[column]!.column as { codes: Int32Array; categories: readonly string[] };
      return Uint8Array.from(c.codes, (code) => (code < 0 ? 255 : c.categories[code] === "yes" ? 1 : 0));
    };
    const values = (rows: MonitoredRows) => (rows.score!.column as { values: Float64Array }).values;
    const model = fitCbpe({
      task: "binary",
      scores: values(reference),
      predicted: flag(reference, "prediction"),
      labels: flag(reference, "label"),
    });
    for (const b of [0, 1]) {
      const direct = model.estimate({
        scores: values(current),
        predicted: flag(current, "prediction"),
        rows: Int32Array.from(bucketRows(b)),
      });
      expect(series[0]!.points[b]!.value).toBe(direct.accuracy.value);
      expect(series[1]!.points[b]!.value).toBe(direct.accuracy.lower);
      expect(series[2]!.points[b]!.value).toBe(direct.accuracy.upper);
      expect(series[3]!.points[b]!.value).toBe(direct.f1.value);
      expect(series[0]!.points[b]!.count).toBe(direct.rows);
      expect(direct.accuracy.lower!).toBeLessThanOrEqual(direct.accuracy.value!);
    }
  });

  it("gives multivariate.* as the detectors fitted on the reference give them on each bucket", () => {
    const [error, upper, auc] = windowSeries({
      spec,
      reference,
      current,
      bucketOf,
      buckets: 2,
      metrics: ["multivariate.reconstruction", "multivariate.reconstruction.upper", "multivariate.auc"],
    });
    const fit = fitReconstructionDrift(reference.features);
    for (const b of [0, 1]) {
      const rows = Int32Array.from(bucketRows(b));
      expect(error!.points[b]).toEqual({ bucket: b, ...fit.error(current.features, rows) });
      expect(upper!.points[b]!.value).toBe(fit.upperFor(150));
      const direct = domainClassifierAuc(reference.features, current.features, {
        rows,
        maxRows: 1000,
        folds: 3,
      });
      expect(auc!.points[b]).toEqual({ bucket: b, value: direct.auc, count: 150 });
    }
  });

  it("leaves attribution.ndcg null without reference attributions and estimates null without reference labels", () => {
    const bare: MonitoredRows = { ...reference, attributions: [] };
    const unlabelled: MonitoredRows = { ...bare };
    delete (unlabelled as { label?: unknown }).label;
    const [ndcg, estimated] = windowSeries({
      spec,
      reference: unlabelled,
      current,
      bucketOf,
      buckets: 2,
      metrics: ["attribution.ndcg", "estimated.accuracy"],
    });
    expect(ndcg!.points.map((p) => p.value)).toEqual([null, null]);
    expect(estimated!.points.map((p) => p.value)).toEqual([null, null]);
  });
});
