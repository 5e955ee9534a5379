import type { Distribution } from "@telltale/core";
import { formatNumber, formatPercent } from "../format/format";
import type { ChartOption } from "./echart";
import { PALETTE } from "./palette";

/** Counts as shares of their side, so a reference of 30k rows and a window of 2k compare bin by bin. */
export function shares(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((c) => (total === 0 ? 0 : c / total));
}

/** Bin names: `[a, b)` ranges for numerical columns, the categories otherwise. */
export function binLabels(distribution: Distribution): string[] {
  if (distribution.categories) return [...distribution.categories];
  const edges = distribution.edges ?? [];
  return edges.slice(0, -1).map((edge, i) => `${formatNumber(edge)} – ${formatNumber(edges[i + 1]!)}`);
}

/** Reference and current side by side as shares per bin (numerical) or per category (categorical). */
export function distributionOption(distribution: Distribution, name: string): ChartOption {
  const labels = binLabels(distribution);
  const bar = (side: "reference" | "current") => ({
    name: side === "reference" ? "Reference" : "Current",
    type: "bar",
    data: shares(distribution[side]),
    color: side === "reference" ? PALETTE.reference : PALETTE.current,
    barGap: distribution.edges ? "-100%" : "10%",
    itemStyle: { opacity: distribution.edges ? 0.6 : 0.9 },
    barCategoryGap: distribution.edges ? "0%" : "20%",
  });
  return {
    grid: { left: 52, right: 12, top: 32, bottom: 56 },
    legend: { top: 0 },
    tooltip: {
      trigger: "axis",
      valueFormatter: (v: unknown) => (typeof v === "number" ? formatPercent(v) : "—"),
    },
    xAxis: {
      type: "category",
      data: labels,
      name,
      nameLocation: "middle",
      nameGap: 40,
      axisLabel: { hideOverlap: true, rotate: labels.length > 8 ? 30 : 0 },
    },
    yAxis: { type: "value", axisLabel: { formatter: (v: number) => formatPercent(v, 0) } },
    series: [bar("reference"), bar("current")],
  };
}
