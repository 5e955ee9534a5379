import { classificationMetrics } from "../metrics/classification.js";
import { regressionMetrics } from "../metrics/regression.js";
import { labelOutcomes, type PerformanceInput } from "../report/performance-section.js";
import { prepareColumn } from "../report/prepare-column.js";
import type { PreparedColumn, PreparedNumericalColumn } from "../report/prepared-column.js";
import type { ClassificationMetrics, RegressionMetrics } from "../report/types.js";
import type { ModelSpec, MonitoredRows } from "./monitored-rows.js";
import { outcomeTable } from "./window-tables.js";

/**
 * One side's performance metrics over its labelled rows: the steps `buildReport` takes for its current side
 * (prepare, join labels, metrics), run once instead of for two sides. Null without labels or predictions.
 */
export function sideMetrics(
  spec: ModelSpec,
  rows: MonitoredRows,
): ClassificationMetrics | RegressionMetrics | null {
  const outcome = outcomeTable(spec, rows);
  if (!outcome) return null;
  const { table, options } = outcome;
  const numerical = new Set(options.numerical ?? []);
  const categorical = new Set(options.categorical ?? []);
  const prepared = (name: string | undefined): PreparedColumn | undefined => {
    const source = name === undefined ? undefined : table.columns.find((c) => c.name === name);
    if (!source) return undefined;
    const role = name === options.target ? "target" : name === options.prediction ? "prediction" : "score";
    return prepareColumn({
      name: source.name,
      role,
      reference: source,
      current: source,
      referenceFile: table.name,
      currentFile: table.name,
      // As buildReport: the option lists first, else what the task demands of target and prediction.
      forcedKind: numerical.has(source.name)
        ? "numerical"
        : categorical.has(source.name) || spec.task !== "regression"
          ? "categorical"
          : "numerical",
    });
  };
  const target = prepared(options.target)!;
  const prediction = prepared(options.prediction);
  if (spec.task === "regression") {
    if (!prediction) return null;
    return regressionMetrics(
      (target as PreparedNumericalColumn).current,
      (prediction as PreparedNumericalColumn).current,
    );
  }
  const score = prepared(options.score) as PreparedNumericalColumn | undefined;
  const scoreColumns = (options.scoreColumns ?? []).map((n) => prepared(n) as PreparedNumericalColumn);
  const input: PerformanceInput = {
    task: spec.task,
    target,
    ...(prediction ? { prediction } : {}),
    ...(score ? { score } : {}),
    ...(scoreColumns.length > 0 ? { scoreColumns } : {}),
    ...(options.positiveLabel !== undefined ? { positiveLabel: options.positiveLabel } : {}),
  };
  const outcomes = labelOutcomes(input);
  return classificationMetrics({
    labels: outcomes.labels,
    target: outcomes.target.current,
    prediction: outcomes.prediction.current,
    ...(outcomes.scores ? { scores: outcomes.scores.current } : {}),
    ...(outcomes.positive !== undefined ? { positive: outcomes.positive } : {}),
  });
}
