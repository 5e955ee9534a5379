import type { SeriesPoint } from "../../api/types";
import type { ChartOption } from "../../charts/echart";
import { PALETTE } from "../../charts/palette";
import { timeSeriesOption, toPairs } from "../../charts/time-series-option";
import { formatMetric, formatTime, metricLabel } from "../../format/format";

export interface EstimatedBandInput {
  /** The metric's name (`accuracy`), for units and labels. */
  readonly metric: string;
  readonly estimate: readonly SeriesPoint[];
  readonly lower: readonly SeriesPoint[];
  readonly upper: readonly SeriesPoint[];
  /** The metric on labelled predictions; empty or null where no label arrived. */
  readonly realized: readonly SeriesPoint[];
  readonly from: number;
  readonly to: number;
}

export interface EstimatedAt {
  readonly estimate: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly realized: number | null;
}

const BAND_STACK = "estimated-band";
const BAND_BASE = "band-base";

/** Each bucket's four values by its start (ms), for the tooltip. */
export function estimatedByTime(input: EstimatedBandInput): Map<number, EstimatedAt> {
  const at = new Map<
    number,
    { estimate: number | null; lower: number | null; upper: number | null; realized: number | null }
  >();
  const put = (points: readonly SeriesPoint[], field: keyof EstimatedAt) => {
    for (const p of points) {
      const t = Date.parse(p.start);
      const entry = at.get(t) ?? { estimate: null, lower: null, upper: null, realized: null };
      entry[field] = p.value;
      at.set(t, entry);
    }
  };
  put(input.estimate, "estimate");
  put(input.lower, "lower");
  put(input.upper, "upper");
  put(input.realized, "realized");
  return at;
}

/** Upper − lower per bucket, stacked on the lower bound to draw the band; null where either bound is missing. */
export function bandWidths(
  lower: readonly SeriesPoint[],
  upper: readonly SeriesPoint[],
): [number, number | null][] {
  const upperAt = new Map(upper.map((p) => [p.start, p.value]));
  return lower.map((p) => {
    const top = upperAt.get(p.start) ?? null;
    return [Date.parse(p.start), p.value === null || top === null ? null : top - p.value];
  });
}

/** `2026-01-01 10:00<br/>Estimated 84% (81% – 87%)<br/>Realized 83%`. */
export function estimatedTooltip(metric: string, time: number, values: EstimatedAt | undefined): string {
  const f = (v: number | null) => formatMetric(metric, v);
  const lines = [formatTime(time)];
  if (values === undefined) return lines[0]!;
  lines.push(`Estimated ${f(values.estimate)} (${f(values.lower)} – ${f(values.upper)})`);
  lines.push(values.realized === null ? "Realized: no labels" : `Realized ${f(values.realized)}`);
  return lines.join("<br/>");
}

/**
 * CBPE's estimate as a line inside its ±3 SE band (the lower bound stacked with the band's width, the usual ECharts
 * confidence band), with the realized metric dashed where labels exist: a realized value outside the band says the
 * estimate's assumption (calibrated scores, no concept drift) failed.
 */
export function estimatedBandOption(input: EstimatedBandInput): ChartOption {
  const name = metricLabel(input.metric);
  const base = timeSeriesOption({
    lines: [
      { name: `Estimated ${name} (CBPE)`, points: input.estimate, colour: PALETTE.current },
      { name: `Realized ${name}`, points: input.realized, colour: PALETTE.reference, dashed: true },
    ],
    metric: input.metric,
    from: input.from,
    to: input.to,
  }) as {
    series: Record<string, unknown>[];
    tooltip: Record<string, unknown>;
    grid: Record<string, unknown>;
  };
  const byTime = estimatedByTime(input);
  const band = [
    {
      name: BAND_BASE,
      type: "line",
      data: toPairs(input.lower),
      stack: BAND_STACK,
      lineStyle: { opacity: 0 },
      showSymbol: false,
      silent: true,
      connectNulls: false,
      tooltip: { show: false },
    },
    {
      name: "±3 SE band",
      type: "line",
      data: bandWidths(input.lower, input.upper),
      stack: BAND_STACK,
      lineStyle: { opacity: 0 },
      areaStyle: { color: PALETTE.current, opacity: 0.18 },
      color: PALETTE.current,
      showSymbol: false,
      silent: true,
      connectNulls: false,
    },
  ];
  return {
    ...base,
    grid: { ...base.grid, top: 36 },
    legend: { top: 0, type: "scroll", data: [`Estimated ${name} (CBPE)`, "±3 SE band", `Realized ${name}`] },
    tooltip: {
      ...base.tooltip,
      valueFormatter: undefined,
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { axisValue?: number } | undefined;
        const time = Number(first?.axisValue);
        return estimatedTooltip(input.metric, time, byTime.get(time));
      },
    },
    series: [...band, ...base.series],
  };
}
