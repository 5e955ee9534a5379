import type { Distribution } from "@telltale/core";
import { binLabels, shares } from "../../charts/distribution-option";
import type { ChartOption } from "../../charts/echart";
import { PALETTE } from "../../charts/palette";
import { formatPercent } from "../../format/format";

/**
 * Two versions' predictions side by side as shares per class or score bin (bars beside, not overlaid, so neither
 * hides the other); compare's drift takes side A as its reference, so A is the reference blue and B the current orange.
 */
export function pairDistributionOption(
  distribution: Distribution,
  name: string,
  labelA: string,
  labelB: string,
): ChartOption {
  const labels = binLabels(distribution);
  const numerical = distribution.edges !== undefined;
  const bar = (label: string, counts: readonly number[], colour: string) => ({
    name: label,
    type: "bar",
    data: shares(counts),
    color: colour,
    barGap: "10%",
    barCategoryGap: numerical ? "15%" : "20%",
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
    series: [
      bar(`A: ${labelA}`, distribution.reference, PALETTE.reference),
      bar(`B: ${labelB}`, distribution.current, PALETTE.current),
    ],
  };
}
