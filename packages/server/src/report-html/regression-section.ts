import type { RegressionMetrics } from "@telltale/core";
import { formatCount } from "./format-value.js";
import { type MetricRow, metricComparisonTable } from "./metric-comparison.js";

function rows(reference: RegressionMetrics | null, current: RegressionMetrics | null): MetricRow[] {
  const row = (
    label: string,
    pick: (m: RegressionMetrics) => number | null,
    better: MetricRow["better"],
  ) => ({
    label,
    reference: reference ? pick(reference) : null,
    current: current ? pick(current) : null,
    better,
  });
  return [
    row("mean absolute error", (m) => m.mae, "lower"),
    row("root mean squared error", (m) => m.rmse, "lower"),
    row("mean absolute percentage error", (m) => m.mape, "lower"),
    row("R²", (m) => m.r2, "higher"),
    row("mean error (prediction − target)", (m) => m.meanError, "zero"),
    row("max error", (m) => m.maxError, "lower"),
  ];
}

function quantileRows(reference: RegressionMetrics | null, current: RegressionMetrics | null): MetricRow[] {
  const labels = { p05: "5th", p25: "25th", p50: "50th", p75: "75th", p95: "95th" } as const;
  return (Object.keys(labels) as (keyof typeof labels)[]).map((key) => ({
    label: `${labels[key]} percentile`,
    reference: reference?.errorQuantiles[key] ?? null,
    current: current?.errorQuantiles[key] ?? null,
    better: "none",
  }));
}

/** Error metrics side by side (MAPE is a fraction, as scikit-learn reports it), then the error quantiles. */
export function regressionSection(regression: {
  readonly reference: RegressionMetrics | null;
  readonly current: RegressionMetrics | null;
}): string {
  const { reference, current } = regression;
  const note = `labelled rows: reference ${reference ? formatCount(reference.rows) : "—"}, current ${current ? formatCount(current.rows) : "—"}`;
  return `<section id="regression"><h2>Regression <span class="count">${note}</span></h2>
<div class="side-by-side">${metricComparisonTable(rows(reference, current))}${metricComparisonTable(quantileRows(reference, current), "Error (prediction − target) quantiles")}</div></section>`;
}
