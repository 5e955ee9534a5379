import type { ChartOption } from "../../charts/echart";
import { PALETTE } from "../../charts/palette";
import { formatNumber } from "../../format/format";
import { BASELINE_LABELS } from "./explain-params";
import type { Baseline, ExplainMethod, FeatureImportanceRow } from "./explain-types";

/** What one unit of importance is, per method, for the axis name. */
export const IMPORTANCE_UNITS: Readonly<Record<ExplainMethod, string>> = {
  logged: "mean |attribution|",
  shap: "mean |SHAP value|",
  "prediction-change": "mean |change of output|",
  permutation: "metric lost when shuffled",
};

export interface ImportanceBars {
  /** Most important first. */
  readonly features: readonly string[];
  readonly current: readonly (number | null)[];
  /** Null when no feature has a baseline value. */
  readonly baseline: readonly (number | null)[] | null;
}

/** The `limit` most important features (by the window's rank, unranked last, then by name) with both values. */
export function importanceBars(rows: readonly FeatureImportanceRow[], limit = 15): ImportanceBars {
  const top = [...rows]
    .sort(
      (a, b) =>
        (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
        a.feature.localeCompare(b.feature),
    )
    .slice(0, limit);
  const hasBaseline = top.some((r) => r.baseline !== null);
  return {
    features: top.map((r) => r.feature),
    current: top.map((r) => r.importance),
    baseline: hasBaseline ? top.map((r) => r.baseline) : null,
  };
}

/** Pixels for a bar chart of `features` rows: a row per feature, wider when the baseline doubles the bars. */
export function importanceChartHeight(features: number, withBaseline: boolean): number {
  return 64 + Math.max(1, features) * (withBaseline ? 30 : 20);
}

/**
 * Horizontal bars of importance, the most important feature on top: the window (orange) beside the baseline
 * (blue), so a feature that gained or lost weight stands out without reading numbers.
 */
export function importanceOption(
  bars: ImportanceBars,
  method: ExplainMethod,
  baseline: Baseline | null,
): ChartOption {
  const series: Record<string, unknown>[] = [];
  if (bars.baseline !== null && baseline !== null) {
    series.push({
      name: `Baseline (${BASELINE_LABELS[baseline]})`,
      type: "bar",
      data: [...bars.baseline],
      color: PALETTE.reference,
      barMaxWidth: 12,
    });
  }
  series.push({
    name: "This window",
    type: "bar",
    data: [...bars.current],
    color: PALETTE.current,
    barMaxWidth: 12,
  });
  return {
    grid: { left: 8, right: 24, top: series.length > 1 ? 32 : 8, bottom: 32, containLabel: true },
    legend: series.length > 1 ? { top: 0 } : { show: false },
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      valueFormatter: (v: unknown) => (typeof v === "number" ? formatNumber(v) : "—"),
    },
    xAxis: {
      type: "value",
      min: 0,
      name: IMPORTANCE_UNITS[method],
      nameLocation: "middle",
      nameGap: 22,
      axisLabel: { formatter: (v: number) => formatNumber(v) },
    },
    yAxis: { type: "category", data: [...bars.features], inverse: true, axisTick: { show: false } },
    series,
  };
}
