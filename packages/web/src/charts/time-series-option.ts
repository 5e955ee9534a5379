import type { SeriesPoint } from "../api/types";
import { formatMetric, formatTime } from "../format/format";
import type { ChartOption } from "./echart";
import { PALETTE, SERIES_COLOURS } from "./palette";

export interface LineInput {
  readonly name: string;
  readonly points: readonly SeriesPoint[];
  readonly colour?: string;
  readonly dashed?: boolean;
  /** Draw as bars (volumes) instead of a line. */
  readonly bars?: boolean;
}

export interface TimeSeriesInput {
  readonly lines: readonly LineInput[];
  /** The metric the y axis shows, for units (percent, count). */
  readonly metric: string;
  readonly from: number;
  readonly to: number;
  /** Horizontal lines: a benchmark, a threshold. */
  readonly referenceLines?: readonly {
    readonly value: number;
    readonly label: string;
    readonly colour?: string;
  }[];
  /** A horizontal band, e.g. the four-fifths rule's [0.8, 1.25]. */
  readonly band?: { readonly min: number; readonly max: number; readonly label: string };
  /** Shaded time spans, e.g. alerts from start to resolution (open when `to` is null). */
  readonly spans?: readonly {
    readonly from: string;
    readonly to: string | null;
    readonly label: string;
    readonly colour?: string;
  }[];
  /** Vertical marks at instants, e.g. a version deploy. */
  readonly marks?: readonly { readonly at: string; readonly label: string; readonly colour?: string }[];
  readonly yMin?: number;
  readonly yMax?: number;
  /** Hide axes and legend: a sparkline. */
  readonly compact?: boolean;
}

/** Points as [time ms, value]; a bucket without a value is a gap, not a zero. */
export function toPairs(points: readonly SeriesPoint[]): [number, number | null][] {
  return points.map((p) => [Date.parse(p.start), p.value]);
}

/** An ECharts option for metrics over time with the reference drawn beside the current data. */
export function timeSeriesOption(input: TimeSeriesInput): ChartOption {
  const format = (v: number) => formatMetric(input.metric, v);
  const series: Record<string, unknown>[] = input.lines.map((line, i) => ({
    name: line.name,
    type: line.bars ? "bar" : "line",
    data: toPairs(line.points),
    showSymbol: line.points.length < 40 && !input.compact,
    connectNulls: false,
    smooth: false,
    color: line.colour ?? SERIES_COLOURS[i % SERIES_COLOURS.length],
    lineStyle: { width: input.compact ? 1.5 : 2, type: line.dashed ? "dashed" : "solid" },
    ...(line.bars ? { barMaxWidth: 14, itemStyle: { opacity: 0.8 } } : {}),
  }));
  const first = series[0];
  if (first !== undefined) {
    const markLine = [
      ...(input.referenceLines ?? []).map((r) => ({
        yAxis: r.value,
        name: r.label,
        lineStyle: { color: r.colour ?? PALETTE.reference, type: "dashed" },
        label: {
          show: !input.compact,
          formatter: `${r.label}: ${format(r.value)}`,
          position: "insideEndTop",
        },
      })),
      ...(input.marks ?? []).map((m) => ({
        xAxis: Date.parse(m.at),
        name: m.label,
        lineStyle: { color: m.colour ?? PALETTE.neutral, type: "dotted" },
        label: { formatter: m.label, position: "insideEndTop" },
      })),
    ];
    const markArea = [
      ...(input.spans ?? []).map((s) => [
        {
          xAxis: Date.parse(s.from),
          name: s.label,
          itemStyle: { color: s.colour ?? PALETTE.bad, opacity: 0.12 },
        },
        { xAxis: s.to === null ? input.to : Date.parse(s.to) },
      ]),
      ...(input.band
        ? [
            [
              {
                yAxis: input.band.min,
                name: input.band.label,
                itemStyle: { color: PALETTE.good, opacity: 0.08 },
              },
              { yAxis: input.band.max },
            ],
          ]
        : []),
    ];
    if (markLine.length > 0) first.markLine = { symbol: "none", silent: true, data: markLine };
    if (markArea.length > 0)
      first.markArea = { silent: true, label: { show: !input.compact, fontSize: 10 }, data: markArea };
  }
  if (input.compact) {
    return {
      grid: { left: 2, right: 2, top: 2, bottom: 2 },
      xAxis: { type: "time", show: false, min: input.from, max: input.to },
      yAxis: {
        type: "value",
        show: false,
        scale: true,
        ...(input.yMin !== undefined ? { min: input.yMin } : {}),
        ...(input.yMax !== undefined ? { max: input.yMax } : {}),
      },
      tooltip: { show: false },
      series,
    };
  }
  return {
    grid: { left: 56, right: 20, top: input.lines.length > 1 ? 36 : 16, bottom: 28, containLabel: false },
    legend: input.lines.length > 1 ? { top: 0, type: "scroll" } : { show: false },
    tooltip: {
      trigger: "axis",
      valueFormatter: (v: unknown) => (typeof v === "number" ? format(v) : "—"),
      axisPointer: { type: "line" },
      formatter: undefined,
    },
    xAxis: {
      type: "time",
      min: input.from,
      max: input.to,
      axisLabel: { hideOverlap: true },
    },
    yAxis: {
      type: "value",
      scale: input.yMin === undefined,
      ...(input.yMin !== undefined ? { min: input.yMin } : {}),
      ...(input.yMax !== undefined ? { max: input.yMax } : {}),
      axisLabel: { formatter: format },
    },
    series,
    aria: {
      enabled: true,
      description: `${input.metric} from ${formatTime(input.from)} to ${formatTime(input.to)}`,
    },
  };
}
