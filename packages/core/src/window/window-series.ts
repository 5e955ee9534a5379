import type { Column } from "../columns.js";
import type { DriftColumn } from "../report/types.js";
import { featureDrift } from "./feature-drift.js";
import { gatherRows, groupByBucket } from "./gather-rows.js";
import type { ModelSpec, MonitoredRows } from "./monitored-rows.js";
import { parseSeriesMetric, type SeriesMetric } from "./series-metric.js";
import { sideMetrics } from "./side-metrics.js";

export interface SeriesPoint {
  readonly bucket: number;
  readonly value: number | null;
  /** Rows behind the value: the bucket's rows, or its labelled rows for performance metrics. */
  readonly count: number;
}

export interface Series {
  readonly metric: string;
  readonly points: readonly SeriesPoint[];
}

export interface WindowSeriesInput {
  readonly spec: ModelSpec;
  /** Needed by drift metrics only. */
  readonly reference: MonitoredRows;
  readonly current: MonitoredRows;
  /** Each current row's bucket, 0 … buckets − 1 (other values are left out). */
  readonly bucketOf: Int32Array;
  readonly buckets: number;
  readonly metrics: readonly string[];
}

function present(column: Column, i: number): boolean {
  return column.kind === "numerical" ? Number.isFinite(column.values[i]!) : column.codes[i]! >= 0;
}

function countPresent(column: Column | undefined, rows: number): number {
  if (!column) return 0;
  let n = 0;
  for (let i = 0; i < rows; i++) if (present(column, i)) n++;
  return n;
}

function meanOf(values: Float64Array): { value: number | null; count: number } {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isFinite(v)) {
      sum += v;
      n++;
    }
  }
  return { value: n > 0 ? sum / n : null, count: n };
}

/** Share of present values equal to `label`, for prediction.share and a binary prediction.mean. */
function shareOf(
  column: Column | undefined,
  label: string,
  rows: number,
): { value: number | null; count: number } {
  if (!column) return { value: null, count: 0 };
  let n = 0;
  let hits = 0;
  if (column.kind === "categorical") {
    const code = column.categories.indexOf(label);
    for (let i = 0; i < rows; i++) {
      const c = column.codes[i]!;
      if (c < 0) continue;
      n++;
      if (c === code) hits++;
    }
  } else {
    for (let i = 0; i < rows; i++) {
      const v = column.values[i]!;
      if (!Number.isFinite(v)) continue;
      n++;
      if (String(v) === label) hits++;
    }
  }
  return { value: n > 0 ? hits / n : null, count: n };
}

/**
 * Metrics per time bucket. Every value is what `windowReport` gives for that bucket's rows alone (drift against
 * the same reference, performance over the bucket's labelled rows), computed only for the metrics asked for.
 */
export function windowSeries(input: WindowSeriesInput): Series[] {
  const { spec, current, buckets } = input;
  const parsed = input.metrics.map((m) => [m, parseSeriesMetric(m, spec)] as const);
  const { order, start } = groupByBucket(input.bucketOf, buckets);
  const reference = input.reference;
  const values = parsed.map(() => new Array<SeriesPoint>(buckets));
  const needsPerformance = parsed.some(([, p]) => p.kind === "performance");
  const driftFeatures = new Set<string>();
  let needsDriftShare = false;
  for (const [, p] of parsed) {
    if (p.kind === "drift") driftFeatures.add(p.feature);
    if (p.kind === "driftShare") needsDriftShare = true;
  }
  const drifts = spec.features
    .filter((f) => needsDriftShare || driftFeatures.has(f.name))
    .map(
      (f) =>
        [
          f.name,
          featureDrift(
            f,
            reference.features.find((c) => c.name === f.name),
          ),
        ] as const,
    );
  for (let b = 0; b < buckets; b++) {
    const rows = order.subarray(start[b]!, start[b + 1]!);
    const n = rows.length;
    if (n === 0) {
      parsed.forEach((_, k) => {
        values[k]![b] = { bucket: b, value: null, count: 0 };
      });
      continue;
    }
    const slice = gatherRows(current, rows);
    const performance = needsPerformance ? sideMetrics(spec, slice) : null;
    const drift: DriftColumn[] = [];
    for (const [name, measure] of drifts) {
      const column = measure(slice.features.find((f) => f.name === name));
      if (column) drift.push(column);
    }
    // As the report: the drifted share of the feature columns that hold values on both sides.
    const driftShare = {
      value: drift.length > 0 ? drift.filter((c) => c.drifted).length / drift.length : null,
      count: n,
    };
    const labelled = countPresent(slice.label?.column, n);
    parsed.forEach(([, metric], k) => {
      values[k]![b] = {
        bucket: b,
        ...pointValue(metric, slice, n, labelled, performance, drift, driftShare, spec),
      };
    });
  }
  return parsed.map(([metric], k) => ({ metric, points: values[k]! }));
}

function pointValue(
  metric: SeriesMetric,
  slice: MonitoredRows,
  n: number,
  labelled: number,
  performance: ReturnType<typeof sideMetrics>,
  drift: readonly DriftColumn[],
  driftShare: { value: number | null; count: number },
  spec: ModelSpec,
): { value: number | null; count: number } {
  switch (metric.kind) {
    case "count":
      return { value: n, count: n };
    case "labelCoverage":
      return { value: labelled / n, count: n };
    case "performance": {
      if (!performance) return { value: null, count: 0 };
      const value = (performance as unknown as Record<string, unknown>)[metric.metric];
      return { value: typeof value === "number" ? value : null, count: performance.rows };
    }
    case "predictionMean": {
      const column = slice.prediction?.column;
      if (spec.task === "binary") return shareOf(column, spec.positiveLabel ?? "1", n);
      return column?.kind === "numerical" ? meanOf(column.values) : { value: null, count: 0 };
    }
    case "predictionShare":
      return shareOf(slice.prediction?.column, metric.label, n);
    case "scoreMean": {
      const column = slice.score?.column;
      return column?.kind === "numerical" ? meanOf(column.values) : { value: null, count: 0 };
    }
    case "featureMean": {
      const column = slice.features.find((f) => f.name === metric.feature)?.column;
      return column?.kind === "numerical" ? meanOf(column.values) : { value: null, count: 0 };
    }
    case "featureMissingShare": {
      const column = slice.features.find((f) => f.name === metric.feature)?.column;
      return { value: column ? 1 - countPresent(column, n) / n : 1, count: n };
    }
    case "driftShare":
      return driftShare;
    case "drift": {
      const column = drift.find((c) => c.column === metric.feature);
      return { value: column?.statistic ?? null, count: column ? n : 0 };
    }
  }
}
