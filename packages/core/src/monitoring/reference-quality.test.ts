import { describe, expect, it } from "vitest";
import type { SourceColumn } from "../table.js";
import { gatherRows } from "./gather-rows.js";
import type { ModelSpec, MonitoredRows } from "./monitored-rows.js";
import { FEATURES, labels, monitoredWindow, numbers, seeded } from "./monitored-rows.test-support.js";
import { windowReport } from "./window-report.js";
import { windowSeries } from "./window-series.js";

/** Features stored as the other kind than the model's: numbers of a categorical feature, text of a numerical one. */
const MIXED: ModelSpec["features"] = [
  { name: "code", kind: "categorical" },
  { name: "amount", kind: "numerical" },
];

/** Appends `code` and `amount` columns: the reference's `code` is numbers, the current's text, and so on. */
function withMixed(rows: MonitoredRows, side: "reference" | "current", seed: number): MonitoredRows {
  const next = seeded(seed);
  const n = rows.rows;
  const pick = () => next();
  const code: SourceColumn =
    side === "reference"
      ? numbers(
          "code",
          Float64Array.from({ length: n }, () => (pick() < 0.1 ? Number.NaN : Math.floor(pick() * 3))),
        )
      : labels(
          "code",
          Int32Array.from({ length: n }, () => (pick() < 0.1 ? -1 : Math.floor(pick() * 5))),
          ["0", "1", "2", "3", "x"],
        );
  const amount: SourceColumn =
    side === "reference"
      ? numbers(
          "amount",
          Float64Array.from({ length: n }, () => 10 + pick() * 10),
        )
      : labels(
          "amount",
          // Rows 500 and 501 (a bucket of their own) hold numbers: the report refuses a column of text alone.
          Int32Array.from({ length: n }, (_, i) =>
            i === 500 || i === 501 ? i - 500 : pick() < 0.1 ? -1 : Math.floor(pick() * 6),
          ),
          ["5", "12.5", " 19 ", "20.5", "n/a", "Infinity"],
        );
  return { ...rows, features: [...rows.features, code, amount] };
}

const METRICS = [
  "feature.x.outOfRangeShare",
  "feature.k.outOfRangeShare",
  "feature.gone.outOfRangeShare",
  "feature.c.newCategoryShare",
  "feature.code.newCategoryShare",
  "feature.amount.outOfRangeShare",
];

// Buckets: 0 most rows, 1 two rows, 2 empty, 3 every fourth row of the rest, and rows left out.
const ROWS = 1200;
const bucketOf = Int32Array.from({ length: ROWS }, (_, i) =>
  i < 500 ? 0 : i < 502 ? 1 : i < 1100 ? (i % 4 === 0 ? 3 : 0) : 7,
);

describe("out-of-range and new-category shares equal the report's quality on each bucket's rows alone", () => {
  it.each([
    ["shifted, with a new category", 4, true],
    ["in range, no new category", 0, false],
  ])("%s", (_, shift, newCategory) => {
    const spec: ModelSpec = { task: "binary", features: [...FEATURES, ...MIXED], positiveLabel: "yes" };
    const reference = withMixed(monitoredWindow("binary", { rows: 700, seed: 1 }), "reference", 3);
    const current = withMixed(
      monitoredWindow("binary", { rows: ROWS, seed: 2, shift, newCategory, withoutGone: true }),
      "current",
      4,
    );
    const series = windowSeries({ spec, reference, current, bucketOf, buckets: 4, metrics: METRICS });
    let nonZero = 0;
    for (let bucket = 0; bucket < 4; bucket++) {
      const indices = Int32Array.from({ length: ROWS }, (_, i) => i).filter((i) => bucketOf[i] === bucket);
      if (indices.length === 0) {
        for (const s of series) expect(s.points[bucket]).toEqual({ bucket, value: null, count: 0 });
        continue;
      }
      const { report } = windowReport({ spec, reference, current: gatherRows(current, indices) });
      for (const s of series) {
        const feature = s.metric.split(".")[1]!;
        const quality = report.quality.columns.find((c) => c.column === feature);
        const point = s.points[bucket]!;
        const where = `${s.metric} @ bucket ${bucket}`;
        if (!quality) {
          expect(point, where).toEqual({ bucket, value: null, count: 0 });
          continue;
        }
        const present = indices.length - quality.missing.current;
        const unusual = s.metric.endsWith("outOfRangeShare")
          ? quality.outOfRange
          : quality.newCategories.reduce((sum, c) => sum + c.count, 0);
        expect(point, where).toEqual({ bucket, value: unusual / present, count: present });
        if (unusual > 0) nonZero++;
      }
    }
    const at = (metric: string) => series.find((s) => s.metric === metric)!.points;
    // The feature the current side lacks has no share; the others have one on every bucket with rows.
    expect(at("feature.gone.outOfRangeShare").every((p) => p.value === null)).toBe(true);
    expect(at("feature.x.outOfRangeShare")[0]!.value).not.toBeNull();
    // Text codes the reference never held ('3', 'x') and text amounts outside [10, 20] are always there.
    expect(nonZero).toBeGreaterThan(newCategory ? 10 : 4);
    if (newCategory) expect(at("feature.x.outOfRangeShare")[0]!.value).toBeGreaterThan(0.2);
  });

  it("counts present values outside the reference's [min, max], and categories the reference never holds", () => {
    const spec: ModelSpec = {
      task: "regression",
      features: [
        { name: "x", kind: "numerical" },
        { name: "c", kind: "categorical" },
      ],
    };
    const reference: MonitoredRows = {
      rows: 4,
      features: [
        numbers("x", [1, 5, Number.NaN, Number.POSITIVE_INFINITY]),
        labels("c", [0, 1, -1, 0], ["a", "b", "z"]),
      ],
    };
    const current: MonitoredRows = {
      rows: 6,
      features: [
        numbers("x", [0, 1, 5, Number.NaN, 6, Number.NEGATIVE_INFINITY]),
        labels("c", [0, 2, -1, 3, 1, -1], ["a", "b", "z", "y"]),
      ],
    };
    const series = windowSeries({
      spec,
      reference,
      current,
      bucketOf: Int32Array.of(0, 0, 0, 0, 1, 1),
      buckets: 2,
      metrics: ["feature.x.outOfRangeShare", "feature.c.newCategoryShare"],
    });
    // x: 0 is below 1 of [1, 5]; NaN and −∞ are missing. c: 'z' is a category the reference's rows never hold.
    expect(series[0]!.points).toEqual([
      { bucket: 0, value: 1 / 3, count: 3 },
      { bucket: 1, value: 1, count: 1 },
    ]);
    expect(series[1]!.points).toEqual([
      { bucket: 0, value: 2 / 3, count: 3 },
      { bucket: 1, value: 0, count: 1 },
    ]);
    const without = windowSeries({
      spec,
      reference: { rows: 0, features: [] },
      current,
      bucketOf: Int32Array.of(0, 0, 0, 0, 1, 1),
      buckets: 2,
      metrics: ["feature.x.outOfRangeShare", "feature.c.newCategoryShare"],
    });
    expect(without.map((s) => s.points[0])).toEqual([
      { bucket: 0, value: null, count: 0 },
      { bucket: 0, value: null, count: 0 },
    ]);
  });
});
