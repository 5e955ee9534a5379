import { describe, expect, it } from "vitest";
import type { SourceColumn } from "../table.js";
import { gatherRows } from "./gather-rows.js";
import type { ModelSpec, MonitoredRows } from "./monitored-rows.js";
import { parseSeriesMetric } from "./series-metric.js";
import { windowReport } from "./window-report.js";
import { windowSeries } from "./window-series.js";

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const numerical = (name: string, values: number[]): SourceColumn => ({
  name,
  sourceType: "float",
  column: { kind: "numerical", values: Float64Array.from(values) },
});
const categorical = (name: string, codes: number[], categories: string[]): SourceColumn => ({
  name,
  sourceType: "string",
  column: { kind: "categorical", codes: Int32Array.from(codes), categories },
});

function rows(task: ModelSpec["task"], n: number, seed: number, shift: number): MonitoredRows {
  const next = random(seed);
  const x = Array.from({ length: n }, () => (next() < 0.05 ? Number.NaN : next() * 10 + shift));
  const c = Array.from({ length: n }, () => (next() < 0.05 ? -1 : Math.floor(next() * 3)));
  if (task === "regression") {
    const truth = x.map((v) => (Number.isNaN(v) ? 5 : v) * 2 + next());
    return {
      rows: n,
      features: [numerical("x", x), categorical("c", c, ["a", "b", "c"])],
      prediction: numerical(
        "prediction",
        truth.map((t) => t + next() - 0.5),
      ),
      label: numerical(
        "label",
        truth.map((t) => (next() < 0.3 ? Number.NaN : t)),
      ),
    };
  }
  const classes = ["cat", "dog", "fox"];
  const probabilities = Array.from({ length: n }, () => {
    const raw = classes.map(() => next() + 0.05);
    const sum = raw.reduce((a, b) => a + b, 0);
    return raw.map((p) => p / sum);
  });
  const predicted = probabilities.map((p) => p.indexOf(Math.max(...p)));
  return {
    rows: n,
    features: [numerical("x", x), categorical("c", c, ["a", "b", "c"])],
    prediction: categorical("prediction", predicted, classes),
    label: categorical(
      "label",
      predicted.map((p) => (next() < 0.3 ? -1 : next() < 0.75 ? p : (p + 1) % 3)),
      classes,
    ),
    classScores: classes.map((label, k) => ({
      label,
      values: Float64Array.from(probabilities, (p) => p[k]!),
    })),
  };
}

const cases: [ModelSpec["task"], string[]][] = [
  [
    "regression",
    [
      "count",
      "labelCoverage",
      "mae",
      "rmse",
      "r2",
      "prediction.mean",
      "feature.x.mean",
      "feature.c.missingShare",
      "drift.x",
      "drift.c",
      "drift.share",
    ],
  ],
  [
    "multiclass",
    [
      "count",
      "labelCoverage",
      "accuracy",
      "f1",
      "logLoss",
      "rocAuc",
      "prediction.share.dog",
      "feature.x.mean",
      "drift.x",
      "drift.share",
    ],
  ],
];

describe("windowSeries", () => {
  it.each(cases)("equals windowReport on each bucket's rows alone (%s)", (task, metrics) => {
    const spec: ModelSpec = {
      task,
      features: [
        { name: "x", kind: "numerical" },
        { name: "c", kind: "categorical" },
      ],
    };
    const reference = rows(task, 600, 1, 0);
    const current = rows(task, 900, 2, 1);
    const bucketOf = Int32Array.from({ length: 900 }, (_, i) => (i < 300 ? 0 : i < 320 ? 2 : 3));
    const series = windowSeries({ spec, reference, current, bucketOf, buckets: 4, metrics });
    for (const bucket of [0, 2, 3]) {
      const indices = Int32Array.from([...bucketOf].flatMap((b, i) => (b === bucket ? [i] : [])));
      const { report } = windowReport({ spec, reference, current: gatherRows(current, indices) });
      const performance = (report.regression?.current ?? report.classification?.current) as unknown as Record<
        string,
        number | null
      >;
      for (const s of series) {
        const point = s.points[bucket]!;
        const parsed = parseSeriesMetric(s.metric, spec);
        if (parsed.kind === "performance")
          expect(point.value, `${s.metric} @${bucket}`).toBe(performance[parsed.metric]);
        if (parsed.kind === "drift") {
          expect(point.value).toBe(report.drift.columns.find((c) => c.column === parsed.feature)!.statistic);
        }
        if (parsed.kind === "driftShare") expect(point.value).toBe(report.drift.share);
        if (parsed.kind === "count") expect(point.value).toBe(report.current.rows);
      }
    }
    for (const s of series) expect(s.points[1], s.metric).toEqual({ bucket: 1, value: null, count: 0 });
  });

  it("names the forms that exist when a metric is unknown", () => {
    const spec: ModelSpec = { task: "binary", features: [{ name: "x", kind: "numerical" }] };
    expect(() => parseSeriesMetric("accuracyy", spec)).toThrow(/unknown metric.*count, labelCoverage/);
    expect(() => parseSeriesMetric("drift.y", spec)).toThrow(/no feature 'y'/);
    expect(() => parseSeriesMetric("mae", spec)).toThrow(/not a metric of a binary model/);
    expect(parseSeriesMetric("feature.x.mean", spec)).toEqual({ kind: "featureMean", feature: "x" });
  });
});
