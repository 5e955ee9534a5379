import { describe, expect, it } from "vitest";
import { buildReport } from "../report/build-report.js";
import type { ClassificationMetrics, RegressionMetrics } from "../report/types.js";
import type { SourceColumn, Table } from "../table.js";
import { gatherRows, hasValues, isPresent } from "./gather-rows.js";
import type { ModelSpec, MonitoredRows } from "./monitored-rows.js";
import { FEATURES, labels, monitoredWindow } from "./monitored-rows.test-support.js";
import { parseSeriesMetric } from "./series-metric.js";
import { windowReport } from "./window-report.js";
import { windowSeries } from "./window-series.js";

type Metrics = ClassificationMetrics | RegressionMetrics;

/** The core report's drift on a bucket: `buildReport` over the features that hold values on both sides. */
function coreDrift(spec: ModelSpec, reference: MonitoredRows, current: MonitoredRows) {
  const pairs = spec.features.flatMap((f) => {
    const r = reference.features.find((c) => c.name === f.name);
    const c = current.features.find((c) => c.name === f.name);
    return r && c && hasValues(r.column) && hasValues(c.column) ? [{ f, r, c }] : [];
  });
  const table = (name: string, rows: number, columns: SourceColumn[]): Table => ({ name, rows, columns });
  return buildReport(
    table(
      "reference",
      reference.rows,
      pairs.map((p) => p.r),
    ),
    table(
      "current",
      current.rows,
      pairs.map((p) => p.c),
    ),
    {
      numerical: pairs.filter((p) => p.f.kind === "numerical").map((p) => p.f.name),
      categorical: pairs.filter((p) => p.f.kind === "categorical").map((p) => p.f.name),
    },
  ).report;
}

/** The core report's performance on a bucket: `buildReport` over a table of its labelled rows alone. */
function corePerformance(spec: ModelSpec, rows: MonitoredRows): Metrics | null {
  const label = rows.label!.column;
  const labelled = Int32Array.from({ length: rows.rows }, (_, i) => i).filter((i) => isPresent(label, i));
  if (labelled.length === 0) return null;
  const t = gatherRows(rows, labelled);
  const columns = [t.label!];
  const outcome = spec.task === "regression" ? "numerical" : "categorical";
  const kinds = { numerical: [] as string[], categorical: [] as string[] };
  kinds[outcome].push("label");
  const options: { prediction?: string; score?: string; scoreColumns?: string[] } = {};
  if (hasValues(t.prediction!.column)) {
    columns.push(t.prediction!);
    kinds[outcome].push("prediction");
    options.prediction = "prediction";
  }
  if (t.score && hasValues(t.score.column)) {
    columns.push(t.score);
    kinds.numerical.push("score");
    options.score = "score";
  }
  for (const c of t.classScores ?? []) {
    columns.push({ name: c.label, sourceType: "float", column: { kind: "numerical", values: c.values } });
    kinds.numerical.push(c.label);
    options.scoreColumns = [...(options.scoreColumns ?? []), c.label];
  }
  const table: Table = { name: "labelled", rows: t.rows, columns };
  const { report } = buildReport(table, table, {
    task: spec.task,
    target: "label",
    ...options,
    ...kinds,
    ...(spec.task === "binary" ? { positiveLabel: "yes" } : {}),
  });
  return report.classification?.current ?? report.regression?.current ?? null;
}

/** A window whose rows `from … to − 1` have no label yet. */
function unlabelledFrom(rows: MonitoredRows, from: number, to: number): MonitoredRows {
  const label = rows.label!;
  if (label.column.kind === "numerical") {
    const values = label.column.values.slice();
    values.fill(Number.NaN, from, to);
    return { ...rows, label: { ...label, column: { kind: "numerical", values } } };
  }
  const codes = label.column.codes.slice();
  codes.fill(-1, from, to);
  return { ...rows, label: labels("label", codes, label.column.categories) };
}

const PERFORMANCE: Record<ModelSpec["task"], string[]> = {
  binary: [
    "accuracy",
    "precision",
    "recall",
    "f1",
    "specificity",
    "fpr",
    "fnr",
    "rocAuc",
    "prAuc",
    "logLoss",
    "brier",
    "ece",
  ],
  multiclass: [
    "accuracy",
    "precision",
    "recall",
    "f1",
    "specificity",
    "fpr",
    "rocAuc",
    "prAuc",
    "logLoss",
    "brier",
    "ece",
  ],
  regression: ["mae", "rmse", "mape", "r2", "meanError", "maxError"],
};
const OTHERS: Record<ModelSpec["task"], string[]> = {
  binary: ["prediction.mean", "prediction.share.yes", "score.mean"],
  multiclass: ["prediction.share.dog"],
  regression: ["prediction.mean"],
};

const cases: [ModelSpec["task"], number, boolean][] = [
  ["binary", 600, true],
  ["binary", 3000, false],
  ["multiclass", 600, false],
  ["multiclass", 3000, false],
  ["regression", 600, false],
  ["regression", 3000, false],
];

// Buckets: 0 most rows, 1 three rows, 2 empty, 3 every third row of the rest, 4 the rest without labels, and rows
// past the last bucket (left out).
const CURRENT_ROWS = 1500;
const bucketOf = Int32Array.from({ length: CURRENT_ROWS }, (_, i) =>
  i < 500 ? 0 : i < 503 ? 1 : i < 1200 ? (i % 3 === 0 ? 3 : 0) : i < 1400 ? 4 : 9,
);

describe("windowSeries equals the core report on each bucket's rows alone", () => {
  it.each(cases)(
    "%s, reference of %i rows (positive label from the model: %s)",
    (task, referenceRows, positive) => {
      const spec: ModelSpec = {
        task,
        features: FEATURES,
        ...(task === "binary" && positive ? { positiveLabel: "yes" } : {}),
      };
      const reference = monitoredWindow(task, { rows: referenceRows, seed: 1 });
      const current = unlabelledFrom(
        monitoredWindow(task, {
          rows: CURRENT_ROWS,
          seed: 2,
          shift: 0.7,
          withoutGone: true,
          newCategory: true,
        }),
        1200,
        1400,
      );
      const metrics = [
        "count",
        "labelCoverage",
        ...PERFORMANCE[task],
        ...OTHERS[task],
        "feature.x.mean",
        "feature.x.missingShare",
        "feature.c.missingShare",
        "feature.gone.missingShare",
        "drift.x",
        "drift.k",
        "drift.c",
        "drift.gone",
        "drift.share",
      ];
      const series = windowSeries({ spec, reference, current, bucketOf, buckets: 5, metrics });
      expect(series.map((s) => s.metric)).toEqual(metrics);
      for (const s of series) expect(s.points[2], s.metric).toEqual({ bucket: 2, value: null, count: 0 });
      const methods = new Set<string>();
      let compared = 0;
      for (const bucket of [0, 1, 3, 4]) {
        const rows = gatherRows(
          current,
          Int32Array.from({ length: CURRENT_ROWS }, (_, i) => i).filter((i) => bucketOf[i] === bucket),
        );
        const drift = coreDrift(spec, reference, rows);
        for (const column of drift.drift.columns) methods.add(column.method);
        let performance: Metrics | null;
        try {
          performance = corePerformance(spec, rows);
        } catch (error) {
          // The core report refuses a binary window whose rows never show the positive label; the series gives values.
          expect(String(error)).toMatch(/positive-label 'yes' is not a label/);
          performance = undefined as unknown as null;
        }
        const { report } = windowReport({ spec, reference, current: rows });
        const windowMetrics = (report.classification?.current ??
          report.regression?.current ??
          null) as Metrics | null;
        if (performance !== undefined) expect(windowMetrics).toEqual(performance);
        for (const column of drift.drift.columns) {
          expect(report.drift.columns.find((c) => c.column === column.column)).toEqual(column);
        }
        for (const s of series) {
          const point = s.points[bucket]!;
          const where = `${s.metric} @ bucket ${bucket}`;
          const parsed = parseSeriesMetric(s.metric, spec);
          switch (parsed.kind) {
            case "count":
              expect(point, where).toEqual({ bucket, value: rows.rows, count: rows.rows });
              break;
            case "performance": {
              const expected =
                (windowMetrics as unknown as Record<string, number | null> | null)?.[parsed.metric] ?? null;
              expect(point.value, where).toBe(expected);
              expect(point.count, where).toBe(windowMetrics?.rows ?? 0);
              if (performance !== undefined) {
                if (performance !== null) compared++;
                expect(point.value, where).toBe(
                  (performance as unknown as Record<string, number | null> | null)?.[parsed.metric] ?? null,
                );
              }
              break;
            }
            case "drift": {
              const column = drift.drift.columns.find((c) => c.column === parsed.feature);
              expect(point.value, where).toBe(column ? column.statistic : null);
              break;
            }
            case "driftShare":
              expect(point.value, where).toBe(drift.drift.totalColumns > 0 ? drift.drift.share : null);
              break;
            case "featureMissingShare": {
              const quality = drift.quality.columns.find((c) => c.column === parsed.feature);
              expect(point.value, where).toBe(quality ? quality.missingShare.current : 1);
              break;
            }
            default:
              break;
          }
        }
      }
      // Both drift paths (samples; counts or shares) ran, and the core computed metrics to compare with.
      expect([...methods].sort()).toEqual(
        referenceRows > 1000 ? ["jensenshannon", "wasserstein"] : ["chisquare", "ks"],
      );
      expect(compared).toBeGreaterThan(PERFORMANCE[task].length);
      // The performance metrics of the unlabelled bucket are null over no rows; the drift of `gone` (absent) too.
      expect(series.find((s) => s.metric === PERFORMANCE[task][0])!.points[4]).toEqual({
        bucket: 4,
        value: null,
        count: 0,
      });
      expect(series.find((s) => s.metric === "labelCoverage")!.points[4]!.value).toBe(0);
      expect(series.find((s) => s.metric === "drift.gone")!.points[0]).toEqual({
        bucket: 0,
        value: null,
        count: 0,
      });
    },
  );

  it("computes means and shares over the present values of each bucket", () => {
    const spec: ModelSpec = {
      task: "binary",
      features: [{ name: "x", kind: "numerical" }],
      positiveLabel: "yes",
    };
    const current: MonitoredRows = {
      rows: 5,
      features: [
        {
          name: "x",
          sourceType: "float",
          column: {
            kind: "numerical",
            values: Float64Array.of(1, Number.NaN, 3, Number.POSITIVE_INFINITY, 6),
          },
        },
      ],
      prediction: labels("prediction", [1, 0, -1, 1, 1], ["no", "yes"]),
      label: labels("label", [1, -1, -1, 0, -1], ["no", "yes"]),
      score: {
        name: "score",
        sourceType: "float",
        column: { kind: "numerical", values: Float64Array.of(0.9, 0.2, Number.NaN, 0.7, 0.8) },
      },
    };
    const series = windowSeries({
      spec,
      reference: { rows: 0, features: [] },
      current,
      bucketOf: Int32Array.of(0, 0, 0, 1, 1),
      buckets: 2,
      metrics: [
        "count",
        "labelCoverage",
        "prediction.mean",
        "prediction.share.no",
        "score.mean",
        "feature.x.mean",
        "feature.x.missingShare",
        "drift.x",
        "drift.share",
      ],
    });
    const at = (metric: string) => series.find((s) => s.metric === metric)!.points;
    expect(at("count")).toEqual([
      { bucket: 0, value: 3, count: 3 },
      { bucket: 1, value: 2, count: 2 },
    ]);
    expect(at("labelCoverage").map((p) => p.value)).toEqual([1 / 3, 1 / 2]);
    expect(at("prediction.mean")).toEqual([
      { bucket: 0, value: 0.5, count: 2 },
      { bucket: 1, value: 1, count: 2 },
    ]);
    expect(at("prediction.share.no").map((p) => p.value)).toEqual([0.5, 0]);
    expect(at("score.mean")).toEqual([
      { bucket: 0, value: (0.9 + 0.2) / 2, count: 2 },
      { bucket: 1, value: 0.75, count: 2 },
    ]);
    expect(at("feature.x.mean")).toEqual([
      { bucket: 0, value: 2, count: 2 },
      { bucket: 1, value: 6, count: 1 },
    ]);
    expect(at("feature.x.missingShare").map((p) => p.value)).toEqual([1 / 3, 1 / 2]);
    // No reference: nothing to compare against.
    expect(at("drift.x")[0]).toEqual({ bucket: 0, value: null, count: 0 });
    expect(at("drift.share")[0]).toEqual({ bucket: 0, value: null, count: 0 });
  });

  it("keeps the model's positive label in an hour that shows only the negative class", () => {
    const spec: ModelSpec = { task: "binary", features: [], positiveLabel: "yes" };
    const current: MonitoredRows = {
      rows: 4,
      features: [],
      prediction: labels("prediction", [0, 0, 1, 0], ["no", "yes"]),
      label: labels("label", [0, 0, 1, 0], ["no", "yes"]),
      score: {
        name: "score",
        sourceType: "float",
        column: { kind: "numerical", values: Float64Array.of(0.1, 0.2, 0.9, 0.4) },
      },
    };
    const series = windowSeries({
      spec,
      reference: { rows: 0, features: [] },
      current,
      bucketOf: Int32Array.of(0, 0, 1, 1),
      buckets: 2,
      metrics: ["accuracy", "recall", "specificity", "prediction.mean"],
    });
    const at = (metric: string) => series.find((s) => s.metric === metric)!.points.map((p) => p.value);
    expect(at("accuracy")).toEqual([1, 1]);
    // Bucket 0 has no positive row: recall is undefined there, not the negative class's recall.
    expect(at("recall")).toEqual([null, 1]);
    expect(at("specificity")).toEqual([1, 1]);
    expect(at("prediction.mean")).toEqual([0, 0.5]);
  });

  it("gives a binary model's label metrics unchanged when no score metric is asked for", () => {
    const spec: ModelSpec = { task: "binary", features: FEATURES, positiveLabel: "yes" };
    const reference = monitoredWindow("binary", { rows: 400, seed: 5 });
    const current = monitoredWindow("binary", { rows: 900, seed: 6 });
    const buckets = Int32Array.from({ length: 900 }, (_, i) => i % 4);
    const input = { spec, reference, current, bucketOf: buckets, buckets: 4 };
    const labelMetrics = ["accuracy", "precision", "recall", "f1", "specificity", "fpr", "fnr"];
    const alone = windowSeries({ ...input, metrics: labelMetrics });
    const withScores = windowSeries({ ...input, metrics: [...labelMetrics, "rocAuc"] });
    expect(alone).toEqual(withScores.slice(0, labelMetrics.length));
  });
});
