import type { Comparison, ComparisonSideMetrics } from "../../api/types";
import { METRIC_ORDER_BY_TASK } from "../versions/compare-rows";
import {
  type Direction,
  finiteOrNull,
  metricDirection,
  type SideBySideRow,
  sideBySide,
} from "./side-by-side";

/** Headline metrics first, in the order the versions view reads them (classification, then regression). */
const METRIC_ORDER = [...new Set([...METRIC_ORDER_BY_TASK.binary, ...METRIC_ORDER_BY_TASK.regression])];

/** What a business metric needs here of its definition (GET …/business-metrics). */
export interface BusinessDefinition {
  readonly name: string;
  readonly unit: string | null;
  readonly better: "lower" | "higher";
}

export interface BusinessRow extends SideBySideRow {
  readonly unit: string | null;
  /** False for a value the comparison holds whose definition is gone: no side is called better. */
  readonly defined: boolean;
}

export interface ProductionRow {
  readonly metric: string;
  readonly value: number | null;
}

const byOrder = (a: string, b: string) => {
  const x = METRIC_ORDER.indexOf(a);
  const y = METRIC_ORDER.indexOf(b);
  if (x >= 0 || y >= 0)
    return (x < 0 ? Number.POSITIVE_INFINITY : x) - (y < 0 ? Number.POSITIVE_INFINITY : y);
  return a.localeCompare(b);
};

/**
 * The scalar metrics of one or more sides, headline first: a name with a number on some side, or a known metric
 * that is null (no scores, say). The report's nested fields (confusion matrix, calibration, per-class, which may
 * be null too) and the row count are not metrics to compare.
 */
export function metricNames(...sides: (Readonly<Record<string, unknown>> | null)[]): string[] {
  const names = new Set<string>();
  for (const side of sides) {
    for (const [name, value] of Object.entries(side ?? {})) {
      if (name === "rows") continue;
      if (typeof value === "number" || (value === null && METRIC_ORDER.includes(name))) names.add(name);
    }
  }
  return [...names].sort(byOrder);
}

/** The offline benchmarks side by side; `business.<name>` takes its direction from the business definition. */
export function benchmarkRows(
  benchmark: Comparison["benchmark"],
  definitions: readonly BusinessDefinition[],
): SideBySideRow[] {
  const business = new Map<string, Direction>(definitions.map((d) => [`business.${d.name}`, d.better]));
  return [...benchmark]
    .sort((a, b) => byOrder(a.metric, b.metric))
    .map((b) => {
      const direction: Direction = b.metric.startsWith("business.")
        ? (business.get(b.metric) ?? null)
        : metricDirection(b.metric);
      return sideBySide(b.metric, b.baseline, b.candidate, direction);
    });
}

/** The baseline's production metrics in the window, headline first. */
export function productionRows(production: Comparison["production"]): ProductionRow[] {
  if (production === null) return [];
  return metricNames(production.metrics).map((metric) => ({
    metric,
    value: finiteOrNull(production.metrics?.[metric]),
  }));
}

/** The replay's performance metrics: what was served beside what the candidate predicts on the same rows. */
export function replayMetricRows(replay: {
  readonly served: ComparisonSideMetrics;
  readonly candidate: ComparisonSideMetrics;
}): SideBySideRow[] {
  const { served, candidate } = replay;
  return metricNames(served.metrics, candidate.metrics).map((metric) =>
    sideBySide(metric, served.metrics?.[metric], candidate.metrics?.[metric], metricDirection(metric)),
  );
}

/**
 * The replay's business metrics, in the definitions' order, then any the replay holds that are no longer defined.
 * Both sides cover the same rows, so totals compare directly (no per-prediction scaling).
 */
export function replayBusinessRows(
  replay: { readonly served: ComparisonSideMetrics; readonly candidate: ComparisonSideMetrics },
  definitions: readonly BusinessDefinition[],
): BusinessRow[] {
  const present = new Set([
    ...Object.keys(replay.served.business),
    ...Object.keys(replay.candidate.business),
  ]);
  const defined = definitions.filter((d) => present.has(d.name));
  const known = new Set(defined.map((d) => d.name));
  const rest = [...present].filter((name) => !known.has(name)).sort();
  return [
    ...defined.map((d) => ({ name: d.name, unit: d.unit, better: d.better as Direction, defined: true })),
    ...rest.map((name) => ({ name, unit: null, better: null as Direction, defined: false })),
  ].map((d) => ({
    ...sideBySide(d.name, replay.served.business[d.name], replay.candidate.business[d.name], d.better),
    unit: d.unit,
    defined: d.defined,
  }));
}

export interface Verdict {
  readonly candidate: number;
  readonly base: number;
  readonly tie: number;
}

/** How many metrics favour each side, counting only those with a direction and both values. */
export function verdict(rows: readonly SideBySideRow[]): Verdict {
  const count = (side: SideBySideRow["better"]) => rows.filter((r) => r.better === side).length;
  return { candidate: count("candidate"), base: count("base"), tie: count("tie") };
}

/** Metrics that sum a comparison up in a list, the first one the replay has both values of. */
const HEADLINE = ["accuracy", "rocAuc", "f1", "mae", "rmse", "r2"];

/** The replay's headline metric for a list row; null without a replay or any headline metric on both sides. */
export function replayHeadline(comparison: Pick<Comparison, "replay">): SideBySideRow | null {
  if (comparison.replay === null) return null;
  const rows = replayMetricRows(comparison.replay);
  for (const metric of HEADLINE) {
    const row = rows.find((r) => r.metric === metric && r.difference !== null);
    if (row !== undefined) return row;
  }
  return null;
}
