import { seriesOf } from "../../api/queries";
import type { SeriesPoint, Timeseries } from "../../api/types";
import type { ChartOption } from "../../charts/echart";
import { PALETTE, SERIES_COLOURS } from "../../charts/palette";
import { timeSeriesOption } from "../../charts/time-series-option";
import {
  DOMAIN_AUC_METRIC,
  DOMAIN_AUC_THRESHOLD,
  importanceMetric,
  NDCG_METRIC,
  NDCG_THRESHOLD,
  RECONSTRUCTION_METRIC,
  RECONSTRUCTION_UPPER_METRIC,
} from "./explain-series";

/**
 * A y range that shows the data and the threshold with `pad` around both, within [floor, ceiling]: ECharts leaves
 * a mark line out of the axis range, and a threshold off the chart says nothing.
 */
export function rangeWithThreshold(
  points: readonly SeriesPoint[],
  threshold: number,
  pad: number,
  floor: number,
  ceiling: number,
): { yMin: number; yMax: number } {
  let low = threshold;
  let high = threshold;
  for (const p of points) {
    if (p.value === null || !Number.isFinite(p.value)) continue;
    low = Math.min(low, p.value);
    high = Math.max(high, p.value);
  }
  const round = (v: number) => Math.round(v * 100) / 100;
  return { yMin: round(Math.max(floor, low - pad)), yMax: round(Math.min(ceiling, high + pad)) };
}

/** Attribution NDCG per interval with the 0.9 line below which the importance ranking has drifted. */
export function ndcgOverTimeOption(data: Timeseries | undefined, from: number, to: number): ChartOption {
  const points = seriesOf(data, NDCG_METRIC);
  return timeSeriesOption({
    lines: [{ name: "NDCG", points, colour: PALETTE.current }],
    metric: NDCG_METRIC,
    from,
    to,
    referenceLines: [{ value: NDCG_THRESHOLD, label: "drift below", colour: PALETTE.bad }],
    ...rangeWithThreshold(points, NDCG_THRESHOLD, 0.02, 0, 1),
  });
}

/** Mean |attribution| of each feature per interval, one line per feature in the palette's order. */
export function importanceOverTimeOption(
  data: Timeseries | undefined,
  features: readonly string[],
  from: number,
  to: number,
): ChartOption {
  return timeSeriesOption({
    lines: features.map((feature, i) => ({
      name: feature,
      points: seriesOf(data, importanceMetric(feature)),
      colour: SERIES_COLOURS[i % SERIES_COLOURS.length]!,
    })),
    metric: "importance",
    from,
    to,
    yMin: 0,
  });
}

/**
 * The features' reconstruction error (a compression learnt on the reference) per interval, with the upper threshold
 * as a dashed line of its own: the server sends it per interval, constant for one reference.
 */
export function reconstructionOption(data: Timeseries | undefined, from: number, to: number): ChartOption {
  return timeSeriesOption({
    lines: [
      {
        name: "Reconstruction error",
        points: seriesOf(data, RECONSTRUCTION_METRIC),
        colour: PALETTE.current,
      },
      {
        name: "Upper threshold",
        points: seriesOf(data, RECONSTRUCTION_UPPER_METRIC),
        colour: PALETTE.bad,
        dashed: true,
      },
    ],
    metric: RECONSTRUCTION_METRIC,
    from,
    to,
  });
}

/** ROC AUC of a classifier telling the window from the reference, with the 0.65 line above which it is drift. */
export function domainAucOption(data: Timeseries | undefined, from: number, to: number): ChartOption {
  const points = seriesOf(data, DOMAIN_AUC_METRIC);
  return timeSeriesOption({
    lines: [{ name: "Domain classifier ROC AUC", points, colour: PALETTE.current }],
    metric: DOMAIN_AUC_METRIC,
    from,
    to,
    referenceLines: [{ value: DOMAIN_AUC_THRESHOLD, label: "drift above", colour: PALETTE.bad }],
    ...rangeWithThreshold(points, DOMAIN_AUC_THRESHOLD, 0.05, 0, 1),
  });
}
