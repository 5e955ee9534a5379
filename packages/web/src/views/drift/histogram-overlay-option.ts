import type { Distribution } from "@telltale/core";
import { shares } from "../../charts/distribution-option";
import type { ChartOption } from "../../charts/echart";
import { PALETTE } from "../../charts/palette";
import { formatNumber, formatPercent } from "../../format/format";

/** Bin widths differing by less than this fraction of the first count as equal (edges are floats). */
const WIDTH_TOLERANCE = 1e-6;

export interface HistogramHeights {
  /** `share` when bins are equally wide; `density` (share per unit of x) when not, so wide bins don't look tall. */
  readonly unit: "share" | "density";
  readonly reference: number[];
  readonly current: number[];
}

/** Each side's counts as shares of that side, divided by the bin width when the widths differ (quantile bins). */
export function histogramHeights(distribution: Distribution): HistogramHeights {
  const edges = distribution.edges ?? [];
  const widths = edges.slice(1).map((edge, i) => edge - edges[i]!);
  const first = widths[0] ?? 0;
  const equal = widths.every((w) => Math.abs(w - first) <= Math.abs(first) * WIDTH_TOLERANCE);
  const heights = (counts: readonly number[]) =>
    shares(counts).map((s, i) => (equal ? s : widths[i]! > 0 ? s / widths[i]! : 0));
  return {
    unit: equal ? "share" : "density",
    reference: heights(distribution.reference),
    current: heights(distribution.current),
  };
}

/**
 * A closed step outline over the bins ([edge, height] pairs, drawn with `step: "end"`): it rises from 0 at the first
 * edge and falls back to 0 at the last, so the filled area is the histogram with its true bin widths.
 */
export function stepPoints(edges: readonly number[], heights: readonly number[]): [number, number][] {
  if (edges.length < 2 || heights.length === 0) return [];
  const points: [number, number][] = [[edges[0]!, 0]];
  heights.forEach((h, i) => {
    points.push([edges[i]!, h]);
  });
  const last = edges[heights.length] ?? edges[edges.length - 1]!;
  points.push([last, heights[heights.length - 1]!], [last, 0]);
  return points;
}

/** The bin holding `x`: [edge i, edge i+1), the last bin closed; -1 outside the edges. */
export function binAt(edges: readonly number[], x: number): number {
  const n = edges.length - 1;
  if (n < 1 || !(x >= edges[0]!) || x > edges[n]!) return -1;
  for (let i = 0; i < n; i++) if (x < edges[i + 1]!) return i;
  return n - 1;
}

/** The tooltip of one bin: its range and both sides' shares of rows. */
export function binTooltip(distribution: Distribution, bin: number): string {
  const edges = distribution.edges ?? [];
  const ref = shares(distribution.reference)[bin];
  const cur = shares(distribution.current)[bin];
  if (ref === undefined || cur === undefined) return "";
  return [
    `${formatNumber(edges[bin])} – ${formatNumber(edges[bin + 1])}`,
    `Reference: ${formatPercent(ref)} of rows`,
    `Current: ${formatPercent(cur)} of rows`,
  ].join("<br/>");
}

/**
 * A numerical column's reference and current histograms overlaid on a value axis (blue and orange, translucent,
 * the current outline dashed so the two read apart without colour), as shares of each side so sizes compare.
 */
export function histogramOverlayOption(distribution: Distribution, name: string): ChartOption {
  const edges = distribution.edges ?? [];
  const heights = histogramHeights(distribution);
  const axisFormat =
    heights.unit === "share" ? (v: number) => formatPercent(v, 0) : (v: number) => formatNumber(v);
  const side = (label: string, values: readonly number[], colour: string, dashed: boolean) => ({
    name: label,
    type: "line",
    step: "end",
    data: stepPoints(edges, values),
    showSymbol: false,
    color: colour,
    lineStyle: { width: 2, type: dashed ? "dashed" : "solid" },
    areaStyle: { opacity: 0.25 },
  });
  return {
    grid: { left: 56, right: 16, top: 32, bottom: 48 },
    legend: { top: 0 },
    tooltip: {
      trigger: "axis",
      formatter: (params: unknown) => {
        const first = Array.isArray(params) ? (params[0] as { axisValue?: unknown } | undefined) : undefined;
        const x = typeof first?.axisValue === "number" ? first.axisValue : Number(first?.axisValue);
        return binTooltip(distribution, binAt(edges, x));
      },
    },
    xAxis: {
      type: "value",
      min: edges[0],
      max: edges[edges.length - 1],
      name,
      nameLocation: "middle",
      nameGap: 28,
      axisLabel: { formatter: (v: number) => formatNumber(v), hideOverlap: true },
      splitLine: { show: false },
    },
    yAxis: {
      type: "value",
      name: heights.unit === "share" ? "share of rows" : "share per unit",
      nameTextStyle: { align: "left" },
      axisLabel: { formatter: axisFormat },
    },
    series: [
      side("Reference", heights.reference, PALETTE.reference, false),
      side("Current", heights.current, PALETTE.current, true),
    ],
  };
}
