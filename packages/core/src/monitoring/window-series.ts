import { compileBusinessMetric } from "../business/business-metric.js";
import { type BusinessQuantities, businessQuantities } from "../business/business-quantities.js";
import { type Expression, evaluateExpression } from "../business/expression.js";
import type { Column } from "../columns.js";
import { type AttributionValue, importanceOn, referenceAttributionNdcg } from "./attribution-drift.js";
import { groupByBucket } from "./bucket-groups.js";
import { type EncodedOutcomes, encodeOutcomes, positiveLabelOf } from "./encode-outcomes.js";
import type { FeedbackColumns, ModelSpec, MonitoredRows } from "./monitored-rows.js";
import { type FeatureDrift, type MeasureDrift, referenceDrift } from "./reference-drift.js";
import { type MeasureEstimate, referenceEstimate } from "./reference-estimate.js";
import { type MeasureMultivariate, referenceMultivariate } from "./reference-multivariate.js";
import { type MeasureShare, referenceNewCategories, referenceOutOfRange } from "./reference-quality.js";
import { type FeedbackMetricName, parseSeriesMetric, type SeriesMetric } from "./series-metric.js";
import { type MeasureFairness, subsetFairness } from "./subset-fairness.js";
import { type PerformanceMetrics, subsetPerformance } from "./subset-performance.js";

export interface SeriesPoint {
  /** Index of the time bucket, 0 … buckets − 1. */
  readonly bucket: number;
  /** Null when the bucket has no rows or the metric is undefined on them. */
  readonly value: number | null;
  /** Rows behind the value: the bucket's rows, its present values (means, shares, drift) or its labelled rows used (performance). */
  readonly count: number;
}

export interface Series {
  readonly metric: string;
  readonly points: readonly SeriesPoint[];
}

export interface WindowSeriesInput {
  readonly spec: ModelSpec;
  /** The version's reference; read by drift metrics and the out-of-range and new-category shares only. */
  readonly reference: MonitoredRows;
  readonly current: MonitoredRows;
  /** Each current row's bucket, 0 … buckets − 1; rows with other values are left out. */
  readonly bucketOf: Int32Array;
  readonly buckets: number;
  readonly metrics: readonly string[];
}

interface Value {
  readonly value: number | null;
  readonly count: number;
}

const EMPTY: Value = { value: null, count: 0 };

const SCORE_METRICS: ReadonlySet<string> = new Set(["rocAuc", "prAuc", "logLoss", "brier", "ece"]);

function countPresent(column: Column | undefined, rows: Int32Array): number {
  if (!column) return 0;
  let n = 0;
  if (column.kind === "numerical") {
    for (let k = 0; k < rows.length; k++) if (Number.isFinite(column.values[rows[k]!]!)) n++;
  } else {
    for (let k = 0; k < rows.length; k++) if (column.codes[rows[k]!]! >= 0) n++;
  }
  return n;
}

function meanOf(column: Column | undefined, rows: Int32Array): Value {
  if (column?.kind !== "numerical") return EMPTY;
  let sum = 0;
  let n = 0;
  for (let k = 0; k < rows.length; k++) {
    const v = column.values[rows[k]!]!;
    if (Number.isFinite(v)) {
      sum += v;
      n++;
    }
  }
  return n > 0 ? { value: sum / n, count: n } : EMPTY;
}

/** Share of present values equal to `label` (numbers compare as `String(v)`, as the report labels them). */
function shareOf(column: Column | undefined, label: string | undefined, rows: Int32Array): Value {
  if (!column || label === undefined) return EMPTY;
  let n = 0;
  let hits = 0;
  if (column.kind === "categorical") {
    const codes = new Uint8Array(column.categories.length);
    column.categories.forEach((c, i) => {
      if (c === label) codes[i] = 1;
    });
    for (let k = 0; k < rows.length; k++) {
      const c = column.codes[rows[k]!]!;
      if (c < 0) continue;
      n++;
      hits += codes[c]!;
    }
  } else {
    for (let k = 0; k < rows.length; k++) {
      const v = column.values[rows[k]!]!;
      if (Number.isNaN(v)) continue;
      n++;
      if (String(v) === label) hits++;
    }
  }
  return n > 0 ? { value: hits / n, count: n } : EMPTY;
}

/**
 * A bucket's feedback: records on its predictions, the thumbs-up share of its thumbs and its mean rating; the
 * count is the records the value rests on (null without any).
 */
function feedbackValue(
  feedback: FeedbackColumns | undefined,
  metric: FeedbackMetricName,
  rows: Int32Array,
): Value {
  let records = 0;
  let up = 0;
  let down = 0;
  let ratingSum = 0;
  let ratings = 0;
  if (feedback) {
    for (const r of rows) {
      records += feedback.count[r]!;
      up += feedback.up[r]!;
      down += feedback.down[r]!;
      ratingSum += feedback.ratingSum[r]!;
      ratings += feedback.ratingCount[r]!;
    }
  }
  switch (metric) {
    case "count":
      return { value: records, count: rows.length };
    case "positiveShare":
      return up + down > 0 ? { value: up / (up + down), count: up + down } : EMPTY;
    case "rating.mean":
      return ratings > 0 ? { value: ratingSum / ratings, count: ratings } : EMPTY;
  }
}

/** Everything a window's metrics read, looked up or prepared once for all buckets. */
interface Plan {
  readonly features: ReadonlyMap<string, Column>;
  readonly outcomes: EncodedOutcomes | undefined;
  readonly drifts: readonly (readonly [string, MeasureDrift])[];
  /** By feature: its out-of-range share (numerical) or new-category share (categorical), as asked for. */
  readonly shares: ReadonlyMap<string, MeasureShare>;
  readonly fairness: MeasureFairness | undefined;
  readonly driftShare: boolean;
  readonly positive: string | undefined;
  /** Whether a metric computed from scores (rocAuc … ece) is asked for. */
  readonly scoreMetrics: boolean;
  /** Attribution NDCG against the reference's logged attributions, when asked for and the reference has them. */
  readonly ndcg: ((current: MonitoredRows, rows: Int32Array) => AttributionValue) | undefined;
  /** CBPE fitted on the reference, when an estimated metric is asked for. */
  readonly estimate: MeasureEstimate | undefined;
  readonly multivariate: MeasureMultivariate | undefined;
  /** Parsed business-metric expressions, by name. */
  readonly business: ReadonlyMap<string, Expression>;
}

function plan(input: WindowSeriesInput, metrics: readonly SeriesMetric[]): Plan {
  const { spec, reference, current } = input;
  const has = (kind: SeriesMetric["kind"]) => metrics.some((m) => m.kind === kind);
  const driftShare = has("driftShare");
  const drifted = new Set(metrics.flatMap((m) => (m.kind === "drift" ? [m.feature] : [])));
  const attributes = [
    ...new Set(
      metrics.flatMap((m) => (m.kind === "fairness" || m.kind === "selectionRate" ? [m.attribute] : [])),
    ),
  ];
  const outcomes =
    has("performance") || has("business") || attributes.length > 0
      ? encodeOutcomes(spec, current)
      : undefined;
  const referenceOf = (feature: string) => reference.features.find((c) => c.name === feature);
  const shares = new Map<string, MeasureShare>();
  for (const m of metrics) {
    // A feature has one of the two, by its kind.
    if (m.kind === "featureOutOfRangeShare")
      shares.set(m.feature, referenceOutOfRange(referenceOf(m.feature)));
    if (m.kind === "featureNewCategoryShare")
      shares.set(m.feature, referenceNewCategories(referenceOf(m.feature)));
  }
  return {
    features: new Map(current.features.map((f) => [f.name, f.column] as const)),
    outcomes,
    drifts: spec.features
      .filter((f) => driftShare || drifted.has(f.name))
      .map(
        (f) =>
          [
            f.name,
            referenceDrift(
              f,
              reference.features.find((c) => c.name === f.name),
            ),
          ] as const,
      ),
    shares,
    fairness:
      outcomes && outcomes.task !== "regression" && attributes.length > 0
        ? subsetFairness(spec, current, outcomes, attributes)
        : undefined,
    driftShare,
    positive: has("predictionMean") ? positiveLabelOf(spec, current) : undefined,
    scoreMetrics: metrics.some((m) => m.kind === "performance" && SCORE_METRICS.has(m.metric)),
    ndcg: has("attributionNdcg") ? referenceAttributionNdcg(reference) : undefined,
    business: new Map(
      (spec.business ?? [])
        .filter((b) => metrics.some((m) => m.kind === "business" && m.name === b.name))
        .map((b) => [b.name, compileBusinessMetric(spec, b)] as const),
    ),
    estimate: has("estimated") ? referenceEstimate(spec, reference, current) : undefined,
    multivariate:
      has("multivariateReconstruction") || has("multivariateAuc")
        ? referenceMultivariate(reference, current, {
            reconstruction: has("multivariateReconstruction"),
            classifier: has("multivariateAuc"),
          })
        : undefined,
  };
}

/** One bucket's value of each metric; performance, drift and fairness are computed once and only when asked for. */
function bucketValues(
  input: WindowSeriesInput,
  metrics: readonly SeriesMetric[],
  p: Plan,
  rows: Int32Array,
): Value[] {
  const { spec, current } = input;
  const n = rows.length;
  let performance: PerformanceMetrics | null | undefined;
  const drift = new Map<string, FeatureDrift | undefined>();
  for (const [name, measure] of p.drifts) drift.set(name, measure(p.features.get(name), rows));
  const fairness = p.fairness?.(rows);
  let estimated: ReturnType<MeasureEstimate> | undefined;
  let quantities: BusinessQuantities | undefined;
  let auc: Value | undefined;
  const value = (metric: SeriesMetric): Value => {
    switch (metric.kind) {
      case "count":
        return { value: n, count: n };
      case "labelCoverage":
        return { value: countPresent(current.label?.column, rows) / n, count: n };
      case "performance": {
        if (performance === undefined) performance = subsetPerformance(p.outcomes!, rows, p.scoreMetrics);
        if (!performance) return EMPTY;
        const value = (performance as unknown as Readonly<Record<string, number | null>>)[metric.metric];
        return { value: value ?? null, count: performance.rows };
      }
      case "predictionMean":
        return spec.task === "binary"
          ? shareOf(current.prediction?.column, p.positive, rows)
          : meanOf(current.prediction?.column, rows);
      case "predictionShare":
        return shareOf(current.prediction?.column, metric.label, rows);
      case "scoreMean":
        return meanOf(current.score?.column, rows);
      case "featureMean":
        return meanOf(p.features.get(metric.feature), rows);
      case "featureMissingShare":
        // missing / rows, as the report's quality section divides.
        return { value: (n - countPresent(p.features.get(metric.feature), rows)) / n, count: n };
      case "featureOutOfRangeShare":
      case "featureNewCategoryShare":
        return p.shares.get(metric.feature)!(p.features.get(metric.feature), rows) ?? EMPTY;
      case "fairness": {
        const result = fairness?.get(metric.attribute);
        if (!result) return EMPTY;
        return { value: result[metric.metric], count: result.groups.reduce((sum, g) => sum + g.count, 0) };
      }
      case "selectionRate": {
        const group = fairness?.get(metric.attribute)?.groups.find((g) => g.group === metric.group);
        return group ? { value: group.selectionRate, count: group.count } : EMPTY;
      }
      case "driftShare": {
        // As the report: the drifted share of the features that hold values on both sides.
        let tested = 0;
        let drifted = 0;
        for (const result of drift.values()) {
          if (!result) continue;
          tested++;
          if (result.drifted) drifted++;
        }
        return tested > 0 ? { value: drifted / tested, count: n } : EMPTY;
      }
      case "drift": {
        const result = drift.get(metric.feature);
        return result
          ? { value: result.statistic, count: countPresent(p.features.get(metric.feature), rows) }
          : EMPTY;
      }
      case "importance":
        return importanceOn(current, metric.feature, rows);
      case "attributionNdcg":
        return p.ndcg?.(current, rows) ?? EMPTY;
      case "estimated": {
        if (!p.estimate) return EMPTY;
        if (estimated === undefined) estimated = p.estimate(rows);
        const result = estimated?.[metric.metric];
        if (!result || !estimated) return EMPTY;
        return { value: result[metric.bound], count: estimated.rows };
      }
      case "multivariateReconstruction": {
        if (!p.multivariate?.reconstruction) return EMPTY;
        if (metric.bound === "upper") return { value: p.multivariate.reconstruction.upper(n), count: n };
        return p.multivariate.reconstruction.error(rows);
      }
      case "business": {
        if (quantities === undefined) quantities = businessQuantities(p.outcomes!, rows);
        return { value: evaluateExpression(p.business.get(metric.name)!, quantities), count: n };
      }
      case "feedback":
        return feedbackValue(current.feedback, metric.metric, rows);
      case "multivariateAuc":
        if (!p.multivariate?.classifier) return EMPTY;
        if (auc === undefined) auc = p.multivariate.classifier(rows);
        return auc;
    }
  };
  return metrics.map(value);
}

/**
 * Metrics per time bucket of a window. Each value is what `windowReport` gives on that bucket's rows alone —
 * performance over its labelled rows, `drift.<feature>` the statistic of the feature's default method against the
 * reference, `drift.share` the report's drifted share, the quality shares the report's out-of-range values and new
 * categories over the bucket's present values, `fairness.<attribute>.…` the report's fairness section (binary
 * models; null for multiclass, as the report) — computed only for the metrics asked for: rows are grouped by
 * bucket once, outcomes encoded once and each reference prepared once. Empty buckets give null with count 0.
 * Throws InputError (from `parseSeriesMetric`) for a metric the model does not have, RangeError for a `bucketOf`
 * that does not fit the rows (a caller's bug).
 */
export function windowSeries(input: WindowSeriesInput): Series[] {
  if (!Number.isInteger(input.buckets) || input.buckets < 0) {
    throw new RangeError(`buckets = ${input.buckets} is not a count of buckets`);
  }
  if (input.bucketOf.length !== input.current.rows) {
    throw new RangeError(`bucketOf has ${input.bucketOf.length} entries for ${input.current.rows} rows`);
  }
  const metrics = input.metrics.map((m) => parseSeriesMetric(m, input.spec));
  const { order, start } = groupByBucket(input.bucketOf, input.buckets);
  const p = plan(input, metrics);
  const points = metrics.map(() => new Array<SeriesPoint>(input.buckets));
  for (let b = 0; b < input.buckets; b++) {
    const rows = order.subarray(start[b]!, start[b + 1]!);
    const values = rows.length === 0 ? metrics.map(() => EMPTY) : bucketValues(input, metrics, p, rows);
    for (let k = 0; k < metrics.length; k++) points[k]![b] = { bucket: b, ...values[k]! };
  }
  return input.metrics.map((metric, k) => ({ metric, points: points[k]! }));
}
