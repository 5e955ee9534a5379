import type { ChartOption } from "../../charts/echart";
import { PALETTE } from "../../charts/palette";
import { formatPercent } from "../../format/format";
import type { CategoricalReference } from "./lookup-types";

export interface CategoryBar {
  readonly category: string;
  readonly share: number;
  readonly isValue: boolean;
}

/** The reference's top categories, plus this prediction's category at the end when it is not among them. */
export function categoryBars(reference: CategoricalReference, value: string | null): CategoryBar[] {
  const bars = reference.top.map((t) => ({ category: t.value, share: t.share, isValue: t.value === value }));
  if (value !== null && !bars.some((b) => b.isValue))
    bars.push({ category: value, share: reference.share, isValue: true });
  return bars;
}

/** Horizontal bars of the reference's category shares, most common on top; this prediction's category in orange. */
export function categoryShareOption(reference: CategoricalReference, value: string | null): ChartOption {
  const bars = categoryBars(reference, value).reverse();
  return {
    grid: { left: 8, right: 44, top: 4, bottom: 4, containLabel: true },
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      valueFormatter: (v: unknown) => (typeof v === "number" ? formatPercent(v) : "—"),
    },
    xAxis: { type: "value", show: false, max: (extent: { max: number }) => Math.max(extent.max, 0.01) },
    yAxis: {
      type: "category",
      data: bars.map((b) => b.category),
      axisLabel: { fontSize: 10, width: 110, overflow: "truncate" },
      axisTick: { show: false },
    },
    series: [
      {
        name: "Share of the reference",
        type: "bar",
        barMaxWidth: 14,
        data: bars.map((b) => ({
          value: b.share,
          itemStyle: { color: b.isValue ? PALETTE.current : PALETTE.reference },
        })),
        label: {
          show: true,
          position: "right",
          fontSize: 10,
          formatter: (p: { value: number }) => formatPercent(p.value),
        },
      },
    ],
  };
}
