import type { Task } from "../../api/types";
import { lowerIsBetter } from "../../format/format";
import type { CompareAnswer, CompareSide } from "./compare-types";

/** Metrics in the order a reader scans them, by task; others a benchmark names follow alphabetically. */
export const METRIC_ORDER_BY_TASK: Record<Task, readonly string[]> = {
  binary: [
    "accuracy",
    "precision",
    "recall",
    "f1",
    "rocAuc",
    "prAuc",
    "specificity",
    "fpr",
    "fnr",
    "logLoss",
    "brier",
    "ece",
  ],
  multiclass: ["accuracy", "precision", "recall", "f1", "rocAuc", "logLoss", "brier", "ece"],
  regression: ["rmse", "mae", "mape", "r2", "meanError", "maxError"],
};

export interface SideValues {
  /** Production value in the window; null without labelled rows or when the task has no such metric. */
  readonly production: number | null;
  /** The registered offline benchmark, or null when the version has none for this metric. */
  readonly benchmark: number | null;
  /** production − benchmark: how far production fell from (or rose above) the promise. */
  readonly gap: number | null;
}

export interface CompareRow {
  readonly metric: string;
  readonly a: SideValues;
  readonly b: SideValues;
  /** b − a in production. */
  readonly difference: number | null;
  /** The side whose production value is better, by the metric's direction; null on a tie or a missing side. */
  readonly better: "a" | "b" | null;
}

function numberAt(record: Readonly<Record<string, unknown>> | null, key: string): number | null {
  const value = record?.[key];
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

function sideValues(side: CompareSide, metric: string): SideValues {
  const production = numberAt(side.metrics, metric);
  const benchmark = numberAt(side.benchmark, metric);
  return {
    production,
    benchmark,
    gap: production !== null && benchmark !== null ? production - benchmark : null,
  };
}

/**
 * One row per metric either side has in production or in its benchmark: the task's metrics first, in a fixed order,
 * then the benchmarks' other keys; a metric with no value anywhere is left out, and business metrics' benchmarks
 * (`business.<name>`) are the business table's.
 */
export function compareRows(answer: CompareAnswer, task: Task): CompareRow[] {
  const extra = [...new Set([...Object.keys(answer.a.benchmark), ...Object.keys(answer.b.benchmark)])]
    .filter((m) => !METRIC_ORDER_BY_TASK[task].includes(m) && !m.startsWith("business."))
    .sort();
  return [...METRIC_ORDER_BY_TASK[task], ...extra]
    .map((metric) => {
      const a = sideValues(answer.a, metric);
      const b = sideValues(answer.b, metric);
      const difference = a.production !== null && b.production !== null ? b.production - a.production : null;
      const better =
        difference === null || difference === 0
          ? null
          : difference > 0 !== lowerIsBetter(metric)
            ? ("b" as const)
            : ("a" as const);
      return { metric, a, b, difference, better };
    })
    .filter((row) =>
      [row.a.production, row.a.benchmark, row.b.production, row.b.benchmark].some((v) => v !== null),
    );
}
