import type { ChartOption } from "../../charts/echart";
import { PALETTE } from "../../charts/palette";
import { formatNumber, formatPercent } from "../../format/format";
import type { NumericalReference } from "./lookup-types";

/**
 * The reference histogram as a stepped area on a value axis (bins keep their true widths) with a vertical line at
 * this prediction's value; the axis stretches to include a value outside the reference range.
 */
export function referenceHistogramOption(reference: NumericalReference, value: number | null): ChartOption {
  const { edges, counts } = reference.histogram;
  const total = counts.reduce((a, b) => a + b, 0);
  const shares = counts.map((c) => (total === 0 ? 0 : c / total));
  const points: [number, number][] = edges.slice(0, -1).map((edge, i) => [edge, shares[i] ?? 0]);
  const last = edges[edges.length - 1];
  if (last !== undefined && shares.length > 0) points.push([last, shares[shares.length - 1]!]);
  const low = Math.min(edges[0] ?? reference.min, value ?? Number.POSITIVE_INFINITY);
  const high = Math.max(last ?? reference.max, value ?? Number.NEGATIVE_INFINITY);
  const pad = (high - low) * 0.02;
  return {
    grid: { left: 8, right: 8, top: 18, bottom: 22, containLabel: false },
    tooltip: {
      trigger: "axis",
      valueFormatter: (v: unknown) => (typeof v === "number" ? formatPercent(v) : "—"),
    },
    xAxis: {
      type: "value",
      min: low - pad,
      max: high + pad,
      // The padded ends would label odd numbers (91.46): only the axis's round ticks are labelled.
      axisLabel: {
        formatter: (v: number) => formatNumber(v),
        hideOverlap: true,
        fontSize: 10,
        showMinLabel: false,
        showMaxLabel: false,
      },
      splitLine: { show: false },
    },
    yAxis: { type: "value", show: false },
    series: [
      {
        name: "Reference",
        type: "line",
        step: "end",
        data: points,
        showSymbol: false,
        color: PALETTE.reference,
        lineStyle: { width: 1 },
        areaStyle: { opacity: 0.35 },
        ...(value === null
          ? {}
          : {
              markLine: {
                symbol: "none",
                silent: true,
                lineStyle: { color: PALETTE.current, width: 2, type: "solid" },
                label: { formatter: formatNumber(value), color: PALETTE.ink, position: "end" },
                data: [{ xAxis: value }],
              },
            }),
      },
    ],
  };
}
